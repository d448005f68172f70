package org.evidencekit.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.web.internal.Flow;

/**
 * A respondent without a browser: plain HTTP requests (cookies, CSRF tokens from the pages,
 * forms posted as a browser without JavaScript posts them) that give an intended response page by
 * page and send it. For the load and kill tests. Records how long each request took.
 */
final class Robot {
  private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");
  private static final Pattern REFERENCE = Pattern.compile("id=\"reference\">([A-Z0-9-]+)<");

  private final URI base;
  private final Questionnaire questionnaire;
  private final Flow flow;
  private final Response intended;
  private final HttpClient client;
  final List<Long> nanos = new ArrayList<>();
  /** Set once the server has answered the submission with the confirmation's address. */
  volatile boolean acknowledged;
  /** Set while the submission is on its way (sent, not yet answered). */
  volatile boolean submitting;

  Robot(URI base, Questionnaire questionnaire, Response intended) {
    this.base = base;
    this.questionnaire = questionnaire;
    this.flow = new Flow(questionnaire);
    this.intended = intended;
    this.client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** The intended respondent's name. */
  String intendedName() {
    return intended.respondent().name().orElse("");
  }

  /** Fills in and sends the response; returns its reference. */
  String run() throws IOException, InterruptedException {
    HttpResponse<String> start = get("/");
    String csrf = csrf(start.body());
    String location = post("/start", "csrf=" + enc(csrf));
    while (location.startsWith("/form/")) {
      // Each page as a browser sees it first; its CSRF token is the session's (a new session from the start).
      csrf = csrf(get(location).body());
      String slug = location.substring("/form/".length());
      Flow.Page page = flow.page(slug).orElseThrow(() -> new AssertionError("no page " + slug));
      String body = "csrf=" + enc(csrf) + "&action=continue" + fields(page);
      location = post(location, body);
    }
    if (location.equals("/files")) {
      get("/files");
      location = "/check";
    }
    if (!location.equals("/check")) {
      throw new AssertionError("expected check your answers, went to " + location);
    }
    get("/check");
    submitting = true;
    String after;
    try {
      after = post("/submit", "csrf=" + enc(csrf));
    } finally {
      submitting = false;
    }
    if (!after.equals("/confirmation")) {
      throw new AssertionError("the submission was not acknowledged: " + after);
    }
    acknowledged = true;
    HttpResponse<String> confirmation = get("/confirmation");
    Matcher m = REFERENCE.matcher(confirmation.body());
    if (!m.find()) {
      throw new AssertionError("no reference on the confirmation page");
    }
    return m.group(1);
  }

  private String fields(Flow.Page page) {
    StringBuilder sb = new StringBuilder();
    AnswerSheet sheet = AnswerSheet.of(questionnaire, intended);
    if (page.isDeclaration()) {
      String id = page.part().declaration().orElseThrow().id();
      if (sheet.applies(page.part())) {
        sb.append("&").append(enc("d:" + id)).append("=true");
      }
      return sb.toString();
    }
    for (Question q : page.allQuestions()) {
      if (q instanceof QuestionGroup || !sheet.applies(q)) {
        continue;
      }
      Optional<Answer> a = sheet.answer(q);
      if (a.isEmpty()) {
        continue;
      }
      for (Map.Entry<String, String> e : Robot.fieldValues(q, a.get())) {
        sb.append("&").append(enc(e.getKey())).append("=").append(enc(e.getValue()));
      }
    }
    return sb.toString();
  }

  /** The form fields (name, value) a browser would post for this answer. */
  static List<Map.Entry<String, String>> fieldValues(Question q, Answer answer) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    answer.accept(new AnswerVisitor<Void>() {
      @Override
      public Void visit(TextAnswer t) {
        out.add(Map.entry("q:" + q.id(), t.value()));
        return null;
      }

      @Override
      public Void visit(NumberAnswer n) {
        out.add(Map.entry("q:" + q.id(), n.value().toPlainString()));
        return null;
      }

      @Override
      public Void visit(BooleanAnswer b) {
        if (b.value()) {
          out.add(Map.entry("q:" + q.id(), "true"));
        }
        return null;
      }

      @Override
      public Void visit(ChoiceAnswer c) {
        for (String s : c.selected()) {
          out.add(Map.entry("q:" + q.id(), s));
        }
        c.specified().forEach((option, text) -> out.add(Map.entry("s:" + q.id() + ":" + option, text)));
        return null;
      }
    });
    return out;
  }

  static String csrf(String html) {
    Matcher m = CSRF.matcher(html);
    if (!m.find()) {
      throw new AssertionError("no CSRF token on the page");
    }
    return m.group(1).replace("&amp;", "&");
  }

  private HttpResponse<String> get(String path) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
    record(t0);
    if (r.statusCode() != 200) {
      throw new AssertionError("GET " + path + " answered " + r.statusCode());
    }
    return r;
  }

  /** Posts a form; returns where the server sends the browser next (it must redirect). */
  private String post(String path, String body) throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    HttpResponse<String> r = client.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    record(t0);
    if (r.statusCode() != 303) {
      throw new AssertionError("POST " + path + " answered " + r.statusCode() + (r.statusCode() == 200 ? " (the page has errors)" : ""));
    }
    URI to = URI.create(r.headers().firstValue("Location").orElseThrow());
    return to.getRawPath() + (to.getRawQuery() == null ? "" : "?" + to.getRawQuery());
  }

  private synchronized void record(long t0) {
    nanos.add(System.nanoTime() - t0);
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
