package org.evidencekit.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.web.internal.Store;

/**
 * What every database must do for the web form, run against H2 and PostgreSQL: responses stored
 * as given; a draft saved with a code, and its file, survive a restart and come back with the code;
 * the admin password's hash survives too.
 */
final class StorageScenarios {
  private StorageScenarios() {}

  static void run(String jdbcUrl) throws Exception {
    run(jdbcUrl, null);
  }

  /** With the database's password given apart from its URL, when {@code dbPassword} is not null. */
  static void run(String jdbcUrl, String dbPassword) throws Exception {
    Questionnaire q = Questionnaires.callForEvidence2012();
    Response intended = ExampleResponses.random(q, 42);
    String reference;
    String code;
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
    try (WebForm.Running form = builder(q, jdbcUrl, dbPassword).adminPassword(Password.of("scenario-password".toCharArray())).build().start()) {
      reference = new Robot(form.uri(), q, intended).run();
      // A draft: the first page answered, a file attached, saved with a code.
      String csrf = Robot.csrf(get(client, form.uri(), "/").body());
      post(client, form.uri(), "/start", "csrf=" + Robot.enc(csrf));
      csrf = Robot.csrf(get(client, form.uri(), "/form/about-you").body());
      post(client, form.uri(), "/form/about-you", "csrf=" + Robot.enc(csrf) + "&action=continue&q:contact-name=Draft+Person"
          + "&q:completed-by-name=Draft+Person&q:completed-by-email=draft%40example.org");
      upload(client, form.uri(), csrf, "notes.txt", "Notes for the inquiry\n".getBytes(StandardCharsets.UTF_8));
      HttpResponse<String> saved = post(client, form.uri(), "/form/intervention/applies", "csrf=" + Robot.enc(csrf) + "&action=save");
      assertEquals("/saved", saved.headers().firstValue("Location").map(l -> URI.create(l).getPath()).orElse(""));
      Matcher m = Pattern.compile("id=\"save-code\">([A-Z0-9-]+)<").matcher(get(client, form.uri(), "/saved").body());
      assertTrue(m.find());
      code = m.group(1);
    }
    // Restarted: the response, the draft and its file, and the admin password are all still there.
    try (WebForm.Running form = builder(q, jdbcUrl, dbPassword).build().start()) {
      assertTrue(form.adminEnabled(), "the admin password's hash should survive a restart");
      HttpClient again = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
      String csrf = Robot.csrf(get(again, form.uri(), "/resume").body());
      HttpResponse<String> resumed = post(again, form.uri(), "/resume", "csrf=" + Robot.enc(csrf) + "&code=" + Robot.enc(code));
      String at = URI.create(resumed.headers().firstValue("Location").orElseThrow()).getPath();
      assertEquals("/form/intervention/applies", at);
      String aboutYou = get(again, form.uri(), "/form/about-you").body();
      assertTrue(aboutYou.contains("value=\"Draft Person\""), "the saved answer is back");
      assertTrue(get(again, form.uri(), "/files").body().contains("notes.txt"), "the saved file is back");
    }
    try (Store store = new Store(jdbcUrl, java.util.Optional.ofNullable(dbPassword).map(p -> Password.of(p.toCharArray())), 2)) {
      assertEquals(TestForms.expected(q, intended, reference, List.of()), TestForms.stored(store, reference));
    }
  }

  static WebForm.Builder builder(Questionnaire q, String jdbcUrl, String dbPassword) {
    WebForm.Builder b = WebForm.builder().questionnaire(q).database(jdbcUrl).port(0);
    if (dbPassword != null) {
      b.databasePassword(Password.of(dbPassword.toCharArray()));
    }
    return b;
  }

  static HttpResponse<String> get(HttpClient client, URI base, String path) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve(path)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(200, r.statusCode(), path);
    return r;
  }

  static HttpResponse<String> post(HttpClient client, URI base, String path, String body) throws Exception {
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(303, r.statusCode(), path + ": " + r.body());
    return r;
  }

  /** Posts a file as a browser's multipart form does. */
  static HttpResponse<String> upload(HttpClient client, URI base, String csrf, String name, byte[] content) throws Exception {
    String boundary = "----ek" + UUID.randomUUID();
    StringBuilder head = new StringBuilder();
    head.append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n").append(csrf).append("\r\n")
        .append("--").append(boundary).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"").append(name)
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    byte[] h = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] t = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    byte[] body = new byte[h.length + content.length + t.length];
    System.arraycopy(h, 0, body, 0, h.length);
    System.arraycopy(content, 0, body, h.length, content.length);
    System.arraycopy(t, 0, body, h.length + content.length, t.length);
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve("/files"))
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    return r;
  }
}
