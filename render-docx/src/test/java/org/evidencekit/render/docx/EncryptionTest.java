package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.poi.poifs.crypt.ChainingMode;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.DocumentEntry;
import org.apache.poi.poifs.filesystem.DocumentInputStream;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;

/**
 * Password protection: ECMA-376 Agile encryption with AES-256 and SHA-512, checked with POI's own
 * decryptor; a wrong or missing password is a clear error that never quotes the password; no
 * temporary file is written.
 */
class EncryptionTest {
  private static final String SECRET = "correct horse \u0175 battery";
  private final Questionnaire q = Fixtures.everyKind();
  private final Response r = ExampleResponses.random(q, 11);

  private static Password password() {
    return Password.of(SECRET.toCharArray());
  }

  private byte[] encrypted(Layout layout) {
    return Docs.render(q, r, RenderOptions.builder().layout(layout).password(password()).build());
  }

  @Test
  void encryptedWithAgileAes256AndSha512AndReadableByPoi() throws Exception {
    byte[] doc = encrypted(Layout.FORM);
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
      EncryptionInfo info = new EncryptionInfo(fs);
      assertEquals(EncryptionMode.agile, info.getEncryptionMode());
      assertEquals(CipherAlgorithm.aes256, info.getHeader().getCipherAlgorithm());
      assertEquals(256, info.getHeader().getKeySize());
      assertEquals(HashAlgorithm.sha512, info.getHeader().getHashAlgorithm());
      assertEquals(HashAlgorithm.sha512, info.getVerifier().getHashAlgorithm());
      assertEquals(ChainingMode.cbc, info.getHeader().getChainingMode());
      assertEquals(100_000, info.getVerifier().getSpinCount());
      Decryptor d = Decryptor.getInstance(info);
      assertTrue(d.verifyPassword(SECRET));
      try (InputStream plain = d.getDataStream(fs);
          XWPFDocument docx = new XWPFDocument(plain)) {
        assertEquals(q.title(), docx.getProperties().getCoreProperties().getTitle());
      }
    }
  }

  @Test
  void readBackWithThePasswordForEveryLayout() {
    for (Layout layout : Layout.values()) {
      assertEquals(r, Docs.read(q, encrypted(layout), ReadOptions.withPassword(password())), layout.toString());
    }
  }

  @Test
  void aBlankFormCanBeEncryptedToo() {
    byte[] doc = Docs.render(q, null, RenderOptions.builder().password(password()).restrictEditing(true).build());
    Response back = Docs.read(q, doc, ReadOptions.withPassword(password()));
    assertEquals(Response.builder().questionnaire(QuestionnaireRef.of(q)).build(), back);
  }

  @Test
  void aWrongPasswordIsAClearErrorThatNeverQuotesAPassword() {
    byte[] doc = encrypted(Layout.FORM);
    DocumentException e =
        assertThrows(
            DocumentException.class,
            () -> Docs.read(q, doc, ReadOptions.withPassword(Password.of("Tr0ub4dor&3".toCharArray()))));
    assertEquals(DocumentException.Reason.WRONG_PASSWORD, e.reason());
    assertEquals("The password does not open the document", e.getMessage());
    assertNoPasswordIn(e);
  }

  @Test
  void aMissingPasswordIsAClearError() throws IOException {
    byte[] doc = encrypted(Layout.FORM);
    DocumentException e = assertThrows(DocumentException.class, () -> Docs.read(q, doc));
    assertEquals(DocumentException.Reason.PASSWORD_REQUIRED, e.reason());
    DocumentException identify =
        assertThrows(
            DocumentException.class,
            () -> Docs.READER.identify(new ByteArrayInputStream(doc), ReadOptions.defaults()));
    assertEquals(DocumentException.Reason.PASSWORD_REQUIRED, identify.reason());
    assertEquals(
        QuestionnaireRef.of(q),
        Docs.READER.identify(new ByteArrayInputStream(doc), ReadOptions.withPassword(password())));
  }

  @Test
  void anAlteredEncryptedDocumentFailsItsIntegrityCheck() throws IOException {
    byte[] doc = encrypted(Layout.FORM);
    byte[] altered;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(doc))) {
      DocumentEntry entry = (DocumentEntry) fs.getRoot().getEntry("EncryptedPackage");
      byte[] content;
      try (DocumentInputStream in = new DocumentInputStream(entry)) {
        content = in.readAllBytes();
      }
      content[content.length - 40] ^= 1;
      entry.delete();
      fs.getRoot().createDocument("EncryptedPackage", new ByteArrayInputStream(content));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      fs.writeFilesystem(out);
      altered = out.toByteArray();
    }
    DocumentException e =
        assertThrows(DocumentException.class, () -> Docs.read(q, altered, ReadOptions.withPassword(password())));
    assertEquals(DocumentException.Reason.MALFORMED, e.reason());
    assertTrue(e.getMessage().contains("integrity"), e.getMessage());
  }

  @Test
  void encryptionUsesFreshSaltsSoTwoDocumentsDiffer() {
    assertFalse(Arrays.equals(encrypted(Layout.FORM), encrypted(Layout.FORM)));
  }

  @Test
  void noTemporaryFileIsWritten() throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Set<String> before = listing(tmp);
    byte[] doc = encrypted(Layout.FORM);
    Docs.read(q, doc, ReadOptions.withPassword(password()));
    Set<String> after = listing(tmp);
    after.removeAll(before);
    assertEquals(Set.of(), after.stream().filter(n -> n.contains("poifiles") || n.contains("crypt") || n.contains("encrypted_package"))
        .collect(Collectors.toSet()));
    File poifiles = tmp.resolve("poifiles").toFile();
    if (poifiles.isDirectory()) {
      Set<String> inside = listing(poifiles.toPath());
      assertTrue(inside.stream().noneMatch(n -> n.startsWith("encrypted_package")), inside.toString());
    }
  }

  private static Set<String> listing(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).collect(Collectors.toCollection(HashSet::new));
    }
  }

  private static void assertNoPasswordIn(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = String.valueOf(t.getMessage()) + t;
      assertFalse(m.contains(SECRET) || m.contains("Tr0ub4dor"), "a password in " + t);
    }
  }
}
