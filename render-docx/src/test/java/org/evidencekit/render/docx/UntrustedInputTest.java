package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.ReadOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every document is untrusted. Each test crafts a hostile or broken document and expects a
 * {@link DocumentException} with the right reason, thrown before memory or time runs away.
 */
class UntrustedInputTest {
  private static final String DOC = "word/document.xml";
  private final Questionnaire q = Fixtures.everyKind();
  private final byte[] form = Docs.filled(q, ExampleResponses.complete(q));

  private static DocumentException fails(Reason reason, Executable read) {
    DocumentException e = assertThrows(DocumentException.class, read);
    assertEquals(reason, e.reason(), e.getMessage());
    return e;
  }

  private DocumentException readFails(Reason reason, byte[] doc) {
    return readFails(reason, doc, ReadOptions.defaults());
  }

  private DocumentException readFails(Reason reason, byte[] doc, ReadOptions options) {
    return fails(reason, () -> Docs.read(q, doc, options));
  }

  /** A zip with one part of {@code size} bytes: {@code start}, then {@code block} again and again. */
  private static byte[] zipWith(String name, int size, byte[] start, byte[] block) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      z.putNextEntry(new ZipEntry("[Content_Types].xml"));
      z.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      z.putNextEntry(new ZipEntry(name));
      z.write(start);
      for (int written = start.length; written < size; written += block.length) {
        z.write(block, 0, Math.min(block.length, size - written));
      }
      z.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void aZipBombIsRefusedInAPartThatIsRead() throws IOException {
    byte[] start = ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>"
        + "<w:p/>".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
    byte[] bomb = zipWith(DOC, 200 << 20, start, "<w:p/>".repeat(10_000).getBytes(StandardCharsets.UTF_8));
    assertTrue(bomb.length < 1_000_000, "200 MiB packed into " + bomb.length + " bytes");
    DocumentException e = readFails(Reason.UNSAFE, bomb);
    assertTrue(e.getMessage().contains("inflates to more than the limit of 32 MiB"), e.getMessage());
  }

  @Test
  void aZipBombIsRefusedInAPartThatIsSkipped() throws IOException {
    byte[] bomb = zipWith("word/media/image1.png", 200 << 20, new byte[0], new byte[1 << 20]);
    DocumentException e = readFails(Reason.UNSAFE, bomb);
    assertTrue(e.getMessage().contains("word/media/image1.png inflates to more than the limit of 32 MiB"),
        e.getMessage());
  }

  /** Issue 10, item 10: a ratio alone called this a zip bomb; an absolute budget reads it. */
  @Test
  void docxLongRunOfOneLetterIsNotAZipBomb() {
    org.evidencekit.model.Response complete = ExampleResponses.complete(q);
    org.evidencekit.model.Question longText = q.questions().stream()
        .filter(x -> complete.answers().containsKey(x.id()))
        .filter(x -> x.accept(new org.evidencekit.model.QuestionVisitor.Default<Boolean>() {
          @Override
          protected Boolean otherwise(org.evidencekit.model.Question question) {
            return false;
          }

          @Override
          public Boolean visit(org.evidencekit.model.LongTextQuestion question) {
            return true;
          }
        }))
        .findFirst().orElseThrow();
    String run = "a".repeat(2_000_000);
    org.evidencekit.model.Response r = Docs.withAnswer(complete, longText.id(),
        org.evidencekit.model.TextAnswer.of(run));
    byte[] docx = Docs.filled(q, r);
    assertTrue(docx.length < 200_000, "packed " + docx.length + " bytes");
    assertEquals(org.evidencekit.model.TextAnswer.of(run), Docs.read(q, docx).answers().get(longText.id()));
  }

  @Test
  void aPartLargerThanTheLimitIsRefused() throws IOException {
    byte[] start = ("<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
        .getBytes(StandardCharsets.UTF_8);
    byte[] noise = new byte[1 << 16];
    Random random = new Random(1);
    for (int i = 0; i < noise.length; i++) {
      noise[i] = (byte) ('a' + random.nextInt(26));
    }
    byte[] big = zipWith(DOC, 3 << 20, start, noise);
    DocumentException e = readFails(Reason.UNSAFE, big, ReadOptions.builder().maxBytes(2 << 20).build());
    assertTrue(e.getMessage().contains("inflates to more than the limit"), e.getMessage());
  }

  @Test
  void badBytesInAPartAreMalformedAndNothingIsPrinted() throws IOException {
    byte[] noise = new byte[4096];
    new Random(2).nextBytes(noise);
    java.io.PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      readFails(Reason.MALFORMED, zipWith(DOC, noise.length, new byte[0], noise));
    } finally {
      System.setErr(err);
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aDocumentLargerThanTheLimitIsRefused() {
    DocumentException e = readFails(Reason.UNSAFE, form, ReadOptions.builder().maxBytes(2000).build());
    assertTrue(e.getMessage().contains("larger than the limit of 2000 bytes"), e.getMessage());
  }

  @Test
  void tooManyPartsAreRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (int i = 0; i < 1001; i++) {
        z.putNextEntry(new ZipEntry("p" + i));
      }
    }
    readFails(Reason.UNSAFE, out.toByteArray());
  }

  @Test
  void anExternalEntityIsRefused() {
    byte[] doc =
        Packages.withPart(
            form,
            DOC,
            x -> x.replaceFirst(
                    "\\?>\n<w:document",
                    "?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<w:document")
                .replaceFirst("<w:t xml:space=\"preserve\">", "<w:t xml:space=\"preserve\">&xxe;"));
    DocumentException e = readFails(Reason.UNSAFE, doc);
    assertTrue(e.getMessage().contains("DTD"), e.getMessage());
    assertTrue(!e.getMessage().contains("root:"), "nothing of the file in the message");
  }

  @Test
  void entityExpansionIsRefusedInEveryPartThatIsRead() {
    String laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;\">"
            + "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;\">]>";
    byte[] props =
        Packages.withPart(form, "docProps/custom.xml", x -> laughs + x.substring(x.indexOf("<Properties")));
    readFails(Reason.UNSAFE, props);
    fails(Reason.UNSAFE, () -> Docs.READER.identify(new ByteArrayInputStream(props), ReadOptions.defaults()));
    byte[] record =
        Packages.withPart(form, "customXml/item1.xml", x -> laughs + x.substring(x.indexOf("<ek:response")));
    readFails(Reason.UNSAFE, record);
  }

  @Test
  void elementsNestedTooDeeplyAreRefused() {
    byte[] doc =
        Packages.withPart(
            form, DOC, x -> x.replace("<w:body>", "<w:body>" + "<w:sdt><w:sdtContent>".repeat(300)
                + "</w:sdtContent></w:sdt>".repeat(300)));
    readFails(Reason.UNSAFE, doc);
  }

  @Test
  void notAWordDocumentIsMalformed() {
    readFails(Reason.MALFORMED, new byte[0]);
    readFails(Reason.MALFORMED, "hello, world".getBytes(StandardCharsets.UTF_8));
    readFails(Reason.MALFORMED, "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
    readFails(Reason.MALFORMED, Arrays.copyOf(form, form.length / 2));
    readFails(Reason.MALFORMED, Packages.without(form, DOC));
  }

  @Test
  void badlyFormedXmlIsMalformedAndSaysWhere() {
    byte[] doc = Packages.withPart(form, DOC, x -> x.replaceFirst("</w:p>", "</w:q>"));
    DocumentException e = readFails(Reason.MALFORMED, doc);
    assertTrue(e.getMessage().contains("word/document.xml is not well-formed XML (line"), e.getMessage());
  }

  @Test
  void aWordDocumentNotMadeByUsIsNotOurForm() {
    Map<String, byte[]> parts = new LinkedHashMap<>(Packages.parts(form));
    parts.remove("docProps/custom.xml");
    parts.remove("customXml/item1.xml");
    readFails(Reason.NOT_OUR_FORM, Packages.zip(parts));
  }

  @Test
  void anOlderWordDocumentIsNotOurForm() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      fs.createDocument(new ByteArrayInputStream(new byte[600]), "WordDocument");
      fs.writeFilesystem(out);
    }
    readFails(Reason.NOT_OUR_FORM, out.toByteArray());
  }

  @Test
  void aFormOfAnotherVersionOrQuestionnaireIsNamed() throws IOException {
    Questionnaire v2 = Fixtures.everyKindVersion2();
    byte[] other = Docs.blank(v2);
    assertEquals(QuestionnaireRef.of(v2), Docs.READER.identify(new ByteArrayInputStream(other), ReadOptions.defaults()));
    DocumentException e = readFails(Reason.OTHER_QUESTIONNAIRE, other);
    assertEquals(
        "The document is a form of questionnaire 'fixture-every-kind' version '2', not of 'fixture-every-kind' version '1'",
        e.getMessage());
    byte[] unbound = Docs.blank(Fixtures.unbound());
    readFails(Reason.OTHER_QUESTIONNAIRE, unbound);
  }

  @Test
  void aFormOfALaterFormatIsRefused() {
    byte[] doc =
        Packages.withPart(form, "docProps/custom.xml", x -> x.replace("<vt:lpwstr>1</vt:lpwstr>", "<vt:lpwstr>2</vt:lpwstr>"));
    DocumentException e = readFails(Reason.NOT_OUR_FORM, doc);
    assertTrue(e.getMessage().contains("later version of EvidenceKit"), e.getMessage());
  }

  @Test
  void identifyNamesTheQuestionnaireFromTheRecordIfThePropertiesAreGone() throws IOException {
    byte[] doc = Packages.without(form, "docProps/custom.xml");
    assertEquals(QuestionnaireRef.of(q), Docs.READER.identify(new ByteArrayInputStream(doc), ReadOptions.defaults()));
    assertEquals(ExampleResponses.complete(q), Docs.read(q, doc));
  }
}
