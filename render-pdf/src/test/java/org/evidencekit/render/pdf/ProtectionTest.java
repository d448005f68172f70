package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.PDEncryption;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Password protection: AES-256 with a user password, form filling and accessibility extraction
 * permitted; reading needs the password; PDF/A with a password is refused before anything is
 * written; the password is never in a message.
 */
class ProtectionTest {
  private static final Questionnaire Q = Fixtures.allKinds();
  private static final String SECRET = "correct horse ŵ battery";

  private static byte[] protectedForm(Response r, boolean restrict) {
    return Pdfs.render(Q, Optional.of(r), RenderOptions.builder()
        .password(Password.of(SECRET.toCharArray())).restrictEditing(restrict).build());
  }

  @Test
  void aPasswordEncryptsWithAes256AndPermitsFillingAndAccessibility() throws Exception {
    byte[] pdf = protectedForm(ExampleResponses.complete(Q), true);
    try (PDDocument doc = Loader.loadPDF(pdf, SECRET)) {
      PDEncryption enc = doc.getEncryption();
      assertEquals(256, enc.getLength());
      assertEquals(5, enc.getVersion());
      assertEquals(6, enc.getRevision());
      AccessPermission p = new AccessPermission(enc.getPermissions());
      assertTrue(p.canFillInForm());
      assertTrue(p.canExtractForAccessibility());
      assertTrue(p.canPrint());
      assertFalse(p.canModify(), "editing restricted to filling in");
    }
    String info = Pdfs.tool(pdf, List.of("pdfinfo", "-upw", SECRET), List.of());
    assertTrue(info.matches("(?s).*Encrypted:\\s+yes.*algorithm:AES-256.*"), info);
    assertTrue(Pdfs.tool(pdf, List.of("qpdf", "--check", "--password=" + SECRET), List.of())
        .contains("No syntax or stream encoding errors"));
  }

  @Test
  void aProtectedFormReadsBackWithItsPasswordOnly() throws Exception {
    Response r = ExampleResponses.random(Q, 42);
    byte[] pdf = protectedForm(r, false);
    PdfReader reader = PdfReader.standard();
    assertEquals(r, reader.read(Q, new ByteArrayInputStream(pdf),
        ReadOptions.withPassword(Password.of(SECRET.toCharArray()))));

    DocumentException missing = assertThrows(DocumentException.class,
        () -> reader.read(Q, new ByteArrayInputStream(pdf), ReadOptions.defaults()));
    assertEquals(Reason.PASSWORD_REQUIRED, missing.reason());

    String wrongPassword = "not the password 1234";
    DocumentException wrong = assertThrows(DocumentException.class,
        () -> reader.read(Q, new ByteArrayInputStream(pdf),
            ReadOptions.withPassword(Password.of(wrongPassword.toCharArray()))));
    assertEquals(Reason.WRONG_PASSWORD, wrong.reason());
    assertPasswordNowhere(wrong, wrongPassword);
    assertPasswordNowhere(missing, SECRET);

    DocumentException identify = assertThrows(DocumentException.class,
        () -> reader.identify(new ByteArrayInputStream(pdf), ReadOptions.defaults()));
    assertEquals(Reason.PASSWORD_REQUIRED, identify.reason());
  }

  @Test
  void restrictingEditingWithoutAPasswordStillOpensForEveryone() throws Exception {
    Response r = ExampleResponses.random(Q, 7);
    byte[] pdf = Pdfs.render(Q, Optional.of(r), RenderOptions.builder().restrictEditing(true).build());
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.isEncrypted());
      assertFalse(doc.getCurrentAccessPermission().canModify());
      assertTrue(doc.getCurrentAccessPermission().canFillInForm());
    }
    assertEquals(r, PdfReader.standard().read(Q, new ByteArrayInputStream(pdf), ReadOptions.defaults()));
    assertTrue(Pdfs.pdftotext(pdf).contains("Please provide:"));
  }

  @Test
  void aProtectedDocumentIsStillAccessible() throws Exception {
    // veraPDF cannot open a file with a user password, and (measured: about 1 file in 60) fails
    // to open some AES-256 files with an empty user password that qpdf, poppler and PDFBox open,
    // depending on the random salts. So: the permissions must allow extraction for accessibility,
    // and the document, decrypted by PDFBox, must still be PDF/UA-1 (encryption keeps the tags).
    byte[] pdf = Pdfs.render(Q, Optional.of(ExampleResponses.complete(Q)),
        RenderOptions.builder().layout(Layout.PRINTED).restrictEditing(true).build());
    byte[] decrypted;
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.isEncrypted());
      assertTrue(doc.getCurrentAccessPermission().canExtractForAccessibility());
      doc.setAllSecurityToBeRemoved(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      decrypted = out.toByteArray();
    }
    VeraPdf.Result ua = VeraPdf.validate(decrypted, PDFAFlavour.PDFUA_1);
    assertEquals(List.of(), ua.failures);
  }

  @Test
  void archivalWithAPasswordOrRestrictionIsRefusedBeforeAnythingIsWritten() throws Exception {
    for (RenderOptions options : List.of(
        RenderOptions.builder().archival(true).password(Password.of(SECRET.toCharArray())).build(),
        RenderOptions.builder().archival(true).restrictEditing(true).build())) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      EvidenceKitException e = assertThrows(EvidenceKitException.class,
          () -> Pdfs.RENDERER.render(Q, Optional.empty(), options, out));
      assertEquals(0, out.size(), "nothing written");
      assertTrue(e.getMessage().contains("PDF/A"), e.getMessage());
      assertPasswordNowhere(e, SECRET);
    }
  }

  private static void assertPasswordNowhere(Throwable e, String password) {
    ByteArrayOutputStream trace = new ByteArrayOutputStream();
    e.printStackTrace(new PrintStream(trace, true, StandardCharsets.UTF_8));
    assertFalse(trace.toString(StandardCharsets.UTF_8).contains(password), "the password leaked");
  }
}
