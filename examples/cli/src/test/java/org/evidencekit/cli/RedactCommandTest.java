package org.evidencekit.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code evidencekit redact}: review, decide with a list, apply; exit codes and messages. */
class RedactCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
    return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A small Word document by hand: two paragraphs and an author (all invented). */
  private Path docx() throws IOException {
    String w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(b)) {
      put(z, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
          + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/></Types>");
      put(z, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>"
          + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/></Relationships>");
      put(z, "docProps/core.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
          + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:creator>Hortensia Vexley</dc:creator></cp:coreProperties>");
      put(z, "word/document.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"" + w + "\"><w:body>"
          + "<w:p><w:r><w:t xml:space=\"preserve\">Our worker met Mrs Rosalind </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>Haverford at the Oakfield Centre.</w:t></w:r></w:p>"
          + "<w:p><w:r><w:t>The project ran for two years.</w:t></w:r></w:p></w:body></w:document>");
    }
    Path p = dir.resolve("report.docx");
    Files.write(p, b.toByteArray());
    return p;
  }

  private static void put(ZipOutputStream z, String name, String text) throws IOException {
    z.putNextEntry(new ZipEntry(name));
    z.write(text.getBytes(StandardCharsets.UTF_8));
    z.closeEntry();
  }

  private static String text(Path docx) throws IOException {
    StringBuilder b = new StringBuilder();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(docx)))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        b.append(new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]*>", "")).append('\n');
      }
    }
    return b.toString();
  }

  @Test
  void reviewThenKeepAndAddThenApply() throws IOException {
    Path in = docx();
    Path review = dir.resolve("review.docx");
    Run r = run("redact", in.toString(), "-o", review.toString(), "--review", "--report");
    assertEquals(0, r.exit(), r.err());
    assertTrue(r.err().contains("review copy written"), r.err());
    assertTrue(r.err().contains("NAME, body, paragraph 1"), r.err());
    assertFalse(r.err().contains("Haverford"), "the report never holds the text");
    assertTrue(text(review).contains("Haverford"), "a review copy keeps the text, highlighted");
    assertTrue(new String(Files.readAllBytes(review), StandardCharsets.ISO_8859_1).length() > 0);

    Path list = dir.resolve("decisions.txt");
    Files.writeString(list, "# after the review\n+ Oakfield Centre\n");
    Path out = dir.resolve("redacted.docx");
    r = run("redact", in.toString(), "-o", out.toString(), "--keep", list.toString());
    assertEquals(0, r.exit(), r.err());
    String text = text(out);
    assertFalse(text.contains("Haverford") || text.contains("Rosalind"), text);
    assertFalse(text.contains("Oakfield"), "added by the person: " + text);
    assertFalse(text.contains("Vexley"), "the author property: " + text);
    assertTrue(text.contains("The project ran for two years."), text);

    Files.writeString(list, "- Rosalind Haverford\n");
    r = run("redact", in.toString(), "-o", out.toString(), "--keep", list.toString());
    assertEquals(0, r.exit(), r.err());
    assertTrue(text(out).contains("Haverford"), "kept by the person");
  }

  @Test
  void unusableInputIsExitTwoWithAClearMessage() throws IOException {
    Run r = run("redact", dir.resolve("missing.docx").toString(), "-o", dir.resolve("x.docx").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("no such document file"), r.err());

    Path txt = dir.resolve("notes.txt");
    Files.writeString(txt, "Mrs Rosalind Haverford");
    r = run("redact", txt.toString(), "-o", dir.resolve("x.docx").toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("not a Word (.docx) or PDF document"), r.err());
    assertFalse(r.err().contains("Haverford"));

    r = run("redact", docx().toString(), "-o", dir.resolve("x.pdf").toString());
    assertEquals(2, r.exit());

    Path list = dir.resolve("bad.txt");
    Files.writeString(list, "Rosalind Haverford\n");
    r = run("redact", docx().toString(), "-o", dir.resolve("x.docx").toString(), "--keep", list.toString());
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("line 1"), r.err());
    assertFalse(r.err().contains("Haverford"), "never the list's text");
  }
}
