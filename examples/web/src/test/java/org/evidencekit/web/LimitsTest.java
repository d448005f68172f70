package org.evidencekit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.web.internal.Store;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Time and size limits: drafts expire, sessions end, files are checked. */
class LimitsTest {
  @TempDir Path dir;

  /** A clock the test moves. */
  static final class TestClock extends Clock {
    volatile long millis = Instant.parse("2026-06-01T09:00:00Z").toEpochMilli();

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return Instant.ofEpochMilli(millis);
    }

    void advance(Duration d) {
      millis += d.toMillis();
    }
  }

  static HttpClient client() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Starts a response, answers the first page and saves it; returns the code. */
  static String saveDraft(HttpClient c, URI base) throws Exception {
    String csrf = Robot.csrf(StorageScenarios.get(c, base, "/").body());
    String first = URI.create(StorageScenarios.post(c, base, "/start", "csrf=" + Robot.enc(csrf)).headers().firstValue("Location").orElseThrow()).getPath();
    csrf = Robot.csrf(StorageScenarios.get(c, base, first).body());
    StorageScenarios.post(c, base, first, "csrf=" + Robot.enc(csrf) + "&action=save");
    Matcher m = Pattern.compile("id=\"save-code\">([A-Z0-9-]+)<").matcher(StorageScenarios.get(c, base, "/saved").body());
    assertTrue(m.find());
    return m.group(1);
  }

  static HttpResponse<String> resume(HttpClient c, URI base, String code) throws Exception {
    String csrf = Robot.csrf(StorageScenarios.get(c, base, "/resume").body());
    return c.send(java.net.http.HttpRequest.newBuilder(base.resolve("/resume")).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("csrf=" + Robot.enc(csrf) + "&code=" + Robot.enc(code))).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void draftsExpireAfterTheirRetentionAndSessionsAfterTheirTimeout() throws Exception {
    TestClock clock = new TestClock();
    try (WebForm.Running form = WebForm.builder().questionnaire(Questionnaires.referralScreening()).database(TestForms.h2(dir))
        .port(0).clock(clock).draftRetention(Duration.ofDays(1)).sessionTimeout(Duration.ofMinutes(30)).build().start()) {
      HttpClient c = client();
      String code = saveDraft(c, form.uri());
      clock.advance(Duration.ofHours(20));
      HttpClient later = client();
      HttpResponse<String> back = resume(later, form.uri(), code);
      assertEquals(303, back.statusCode());
      String page = URI.create(back.headers().firstValue("Location").orElseThrow()).getPath();
      StorageScenarios.get(later, form.uri(), page);
      // Half an hour and a minute without a request: the session has ended.
      clock.advance(Duration.ofMinutes(31));
      HttpResponse<String> ended = later.send(java.net.http.HttpRequest.newBuilder(form.uri().resolve(page)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertEquals(403, ended.statusCode());
      assertTrue(ended.body().contains("Your session has ended"));
      // The draft was last saved over 20 hours ago; a day after that it is gone.
      clock.advance(Duration.ofHours(4));
      HttpResponse<String> expired = resume(client(), form.uri(), code);
      assertEquals(200, expired.statusCode());
      assertTrue(expired.body().contains("The code is not right"), "an expired draft cannot be resumed");
    }
  }

  @Test
  void beforeTheClosingDateDraftsAreKeptUntilTheClosingDatePlusTheRetention() throws Exception {
    TestClock clock = new TestClock();
    String yaml = EvidenceJson.standard().write(Questionnaires.referralScreening(), Format.YAML);
    Questionnaire closing = EvidenceJson.standard().readQuestionnaire(
        yaml.replaceFirst("(?m)^language:", "closingDate: \"2026-06-30\"\nlanguage:"), Format.YAML);
    assertEquals(LocalDate.of(2026, 6, 30), closing.closingDate().orElseThrow());
    try (WebForm.Running form = WebForm.builder().questionnaire(closing).database(TestForms.h2(dir)).port(0).clock(clock)
        .draftRetention(Duration.ofDays(28)).build().start();
        Store store = new Store(TestForms.h2(dir), 2)) {
      String code = saveDraft(client(), form.uri());
      String id = store.draftIdByCode(Store.sha256(code.replace("-", "")), clock.millis()).orElseThrow();
      long expected = LocalDate.of(2026, 7, 1).plusDays(28).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      assertEquals(expected, store.draft(id, clock.millis()).orElseThrow().expiresAt());
      // The code itself is not in the database, only its hash.
      assertFalse(store.draft(id, clock.millis()).orElseThrow().responseJson().contains(code));
    }
  }

  @Test
  void onlyAllowedKindsOfFileWithinTheSizeLimitAreTaken() throws Exception {
    try (WebForm.Running form = WebForm.builder().questionnaire(Questionnaires.referralScreening()).database(TestForms.h2(dir))
        .port(0).maxAttachmentBytes(4096).build().start()) {
      HttpClient c = client();
      String csrf = Robot.csrf(StorageScenarios.get(c, form.uri(), "/").body());
      StorageScenarios.post(c, form.uri(), "/start", "csrf=" + Robot.enc(csrf));
      csrf = Robot.csrf(StorageScenarios.get(c, form.uri(), "/files").body());
      HttpResponse<String> exe = StorageScenarios.upload(c, form.uri(), csrf, "report.pdf", "MZ\u0090\u0000 not a pdf".getBytes(StandardCharsets.ISO_8859_1));
      assertEquals(200, exe.statusCode());
      assertTrue(exe.body().contains("The file must be a PDF"), "a program named .pdf is refused");
      assertTrue(exe.body().startsWith("<!DOCTYPE html>") && exe.body().contains("<title>Error: "));
      byte[] big = new byte[5000];
      System.arraycopy("%PDF-1.7".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 8);
      HttpResponse<String> tooBig = StorageScenarios.upload(c, form.uri(), csrf, "big.pdf", big);
      assertTrue(tooBig.body().contains("The file must be smaller than"), "a file over the limit is refused");
      HttpResponse<String> ok = StorageScenarios.upload(c, form.uri(), csrf, "../../etc/evidence.txt", "Plain notes\n".getBytes(StandardCharsets.UTF_8));
      assertEquals(303, ok.statusCode());
      String files = StorageScenarios.get(c, form.uri(), "/files").body();
      assertTrue(files.contains("evidence.txt") && !files.contains("../"), "only the file's own name is kept");
    }
  }
}
