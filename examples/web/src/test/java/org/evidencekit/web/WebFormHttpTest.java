package org.evidencekit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.web.internal.Store;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The web form over plain HTTP: whole responses sent and stored as given, and its safety rules. */
class WebFormHttpTest {
  @TempDir static Path dir;
  static WebForm.Running form2012;
  static WebForm.Running westvale;
  static Store store;

  @BeforeAll
  static void start() {
    form2012 = WebForm.builder().questionnaire(Questionnaires.callForEvidence2012()).database(TestForms.h2(dir.resolve("a")))
        .port(0).adminPassword(Password.of("test-admin-password".toCharArray())).submissionsPerMinute(1000).build().start();
    westvale = WebForm.builder().questionnaire(Questionnaires.referralScreening()).database(TestForms.h2(dir.resolve("b")))
        .port(0).submissionsPerMinute(3).build().start();
    store = new Store(TestForms.h2(dir.resolve("a")), 2);
  }

  @AfterAll
  static void stop() {
    store.close();
    form2012.close();
    westvale.close();
  }

  @Test
  void aWholeResponseToThe2012FormIsStoredAsGiven() throws Exception {
    Questionnaire q = Questionnaires.callForEvidence2012();
    for (long seed : new long[] {1, 2, 3}) {
      Response intended = ExampleResponses.random(q, seed);
      String reference = new Robot(form2012.uri(), q, intended).run();
      assertEquals(TestForms.expected(q, intended, reference, List.of()), TestForms.stored(store, reference), "seed " + seed);
    }
    Response complete = ExampleResponses.complete(q);
    String reference = new Robot(form2012.uri(), q, complete).run();
    assertEquals(TestForms.expected(q, complete, reference, List.of()), TestForms.stored(store, reference));
  }

  @Test
  void securityHeadersAndNoStoreOnEveryPage() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : List.of("/", "/definitions", "/about", "/resume", "/admin", "/nowhere")) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(form2012.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
      String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
      assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""), path);
      assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
      assertFalse(r.body().contains("<script>") || r.body().contains(" style=\""), path + " has inline script or style");
    }
  }

  @Test
  void anUnknownPageIsAGovUkNotFoundPage() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : List.of("/nowhere", "/form/no-such-page", "/assets/fonts/bold-affa96571d-v2.woff2", "/about/no-such-part")) {
      HttpResponse<String> r = client.send(HttpRequest.newBuilder(form2012.uri().resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
      assertEquals(path.startsWith("/form/") ? 403 : 404, r.statusCode(), path);
    }
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/nowhere")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(r.body().contains("Page not found") && r.body().contains("govuk-template"), r.body());
  }

  @Test
  void aPostWithoutTheSessionsCsrfTokenIsRefused() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    client.send(HttpRequest.newBuilder(form2012.uri()).build(), HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/start"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("csrf=forged")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(403, r.statusCode());
  }

  @Test
  void theAdminAreaNeedsThePassword() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    HttpResponse<String> home = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/admin")).build(), HttpResponse.BodyHandlers.ofString());
    assertTrue(home.body().contains("Sign in to the admin area"));
    assertFalse(home.body().contains("EK-"));
    String csrf = Robot.csrf(home.body());
    HttpResponse<String> wrong = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/admin/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + Robot.enc(csrf) + "&password=wrong")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(401, wrong.statusCode());
    HttpResponse<String> export = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/admin/export"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + Robot.enc(Robot.csrf(wrong.body())))).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, export.statusCode());
    assertFalse(export.headers().firstValue("Content-Type").orElse("").contains("zip"));
  }

  @Test
  void theAdminDownloadsEachResponseAsJsonWordOrPdfAnonymisedAndProtectedAndAllAsAZip() throws Exception {
    Questionnaire q = Questionnaires.callForEvidence2012();
    // Consent to publish anonymised: the anonymiser then takes out who sent it.
    Response intended = ExampleResponses.complete(q).withConsent(java.util.Optional.of(org.evidencekit.model.Consent.ANONYMISED));
    String reference = new Robot(form2012.uri(), q, intended).run();
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    String csrf = Robot.csrf(client.send(HttpRequest.newBuilder(form2012.uri().resolve("/admin")).build(),
        HttpResponse.BodyHandlers.ofString()).body());
    HttpResponse<String> login = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/admin/login"))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString("csrf=" + Robot.enc(csrf) + "&password=test-admin-password")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(303, login.statusCode());
    String list = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/admin")).build(), HttpResponse.BodyHandlers.ofString()).body();
    assertTrue(list.contains(reference) && list.contains("Valid"));
    String adminCsrf = Robot.csrf(list);
    String base = "csrf=" + Robot.enc(adminCsrf) + "&reference=" + reference;

    byte[] json = download(client, "/admin/download", base + "&format=json");
    assertEquals(TestForms.stored(store, reference), org.evidencekit.model.json.EvidenceJson.standard().readResponse(json, "download"));

    byte[] anonymised = download(client, "/admin/download", base + "&format=json&anonymise=true");
    String anonymisedText = new String(anonymised, java.nio.charset.StandardCharsets.UTF_8);
    String name = intended.respondent().name().orElseThrow();
    assertFalse(anonymisedText.contains(name), "the anonymised JSON still names the respondent");

    // Anonymised, the Word document says "Withheld" where the respondent's details were.
    byte[] anonymisedDocx = download(client, "/admin/download", base + "&format=docx&anonymise=true");
    String documentXml = documentXml(anonymisedDocx);
    assertTrue(documentXml.contains(">Withheld<"), "the anonymised Word document does not say Withheld");
    assertFalse(documentXml.contains(name), "the anonymised Word document still names the respondent");

    byte[] pdf = download(client, "/admin/download", base + "&format=pdf&password=s3cret-for-the-team");
    assertEquals("%PDF-", new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
    assertTrue(new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1).contains("/Encrypt"), "the PDF is not encrypted");

    byte[] docx = download(client, "/admin/download", base + "&format=docx&password=s3cret-for-the-team&anonymise=true");
    // A password-protected Word document is an encrypted OLE2 container, not a plain zip.
    assertEquals(0xD0, docx[0] & 0xff);
    assertEquals(0xCF, docx[1] & 0xff);

    byte[] zip = download(client, "/admin/export", "csrf=" + Robot.enc(adminCsrf));
    int entries = 0;
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        assertTrue(e.getName().startsWith("responses/") && e.getName().endsWith(".json"), e.getName());
        org.evidencekit.model.json.EvidenceJson.standard().readResponse(in.readAllBytes(), e.getName());
        entries++;
      }
    }
    assertEquals(store.submissionCount(), entries);

    // Exit this page in the admin area ends the admin session at once.
    HttpResponse<String> exit = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/admin/exit")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(303, exit.statusCode());
    HttpResponse<String> after = client.send(HttpRequest.newBuilder(form2012.uri().resolve("/admin")).build(),
        HttpResponse.BodyHandlers.ofString());
    assertTrue(after.body().contains("Sign in to the admin area") && !after.body().contains(reference));
  }

  private static String documentXml(byte[] docx) throws java.io.IOException {
    try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx))) {
      for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (e.getName().equals("word/document.xml")) {
          return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
      }
    }
    throw new AssertionError("no word/document.xml in the download");
  }

  static byte[] download(HttpClient client, String path, String body) throws Exception {
    HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(form2012.uri().resolve(path))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, r.statusCode(), path + " " + body.replaceAll("csrf=[^&]*", ""));
    assertTrue(r.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment;"),
        new String(r.body(), 0, Math.min(2000, r.body().length), java.nio.charset.StandardCharsets.UTF_8));
    assertEquals("no-store", r.headers().firstValue("Cache-Control").orElse(""));
    return r.body();
  }

  @Test
  void exitClearsTheSessionAndDeletesUnsavedAnswers() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    String csrf = Robot.csrf(client.send(HttpRequest.newBuilder(westvale.uri()).build(), HttpResponse.BodyHandlers.ofString()).body());
    HttpResponse<String> started = client.send(HttpRequest.newBuilder(westvale.uri().resolve("/start"))
        .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("csrf=" + Robot.enc(csrf))).build(),
        HttpResponse.BodyHandlers.ofString());
    assertEquals(303, started.statusCode());
    String page = started.headers().firstValue("Location").orElseThrow();
    assertEquals(200, client.send(HttpRequest.newBuilder(westvale.uri().resolve(page)).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
    HttpResponse<String> exit = client.send(HttpRequest.newBuilder(westvale.uri().resolve("/exit")).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(303, exit.statusCode());
    assertEquals("https://www.bbc.co.uk/weather", exit.headers().firstValue("Location").orElse(""));
    assertTrue(exit.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("ek_session=;") && c.contains("Max-Age=0")));
    assertTrue(exit.headers().firstValue("Clear-Site-Data").orElse("").contains("cookies"));
    // The old page is gone even for someone who kept the cookie.
    HttpResponse<String> again = client.send(HttpRequest.newBuilder(westvale.uri().resolve(page)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(403, again.statusCode());
    assertTrue(again.body().contains("Your session has ended"));
  }

  @Test
  void submissionsAreRateLimited() throws Exception {
    Questionnaire q = Questionnaires.referralScreening();
    int sent = 0;
    AssertionError refused = null;
    for (int i = 0; i < 5 && refused == null; i++) {
      try {
        new Robot(westvale.uri(), q, ExampleResponses.random(q, 100 + i)).run();
        sent++;
      } catch (AssertionError e) {
        refused = e;
      }
    }
    assertEquals(3, sent);
    assertTrue(refused != null && refused.getMessage().contains("429"), String.valueOf(refused));
  }

  static URI uri(WebForm.Running r, String path) {
    return r.uri().resolve(path);
  }

  static Duration timeout() {
    return Duration.ofSeconds(30);
  }
}
