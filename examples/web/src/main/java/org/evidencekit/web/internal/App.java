package org.evidencekit.web.internal;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;

/**
 * The web form's routes on Javalin (Jetty 12). Respondent pages: start, information and
 * definitions, question pages, files, check your answers, confirmation, save and return, exit.
 * Admin pages behind a password. Every response carries strict security headers; every page
 * with answers {@code Cache-Control: no-store}; every POST a CSRF token. Nothing is logged.
 */
public final class App implements AutoCloseable {
  /** The settings of one web form. */
  public record Settings(
      Questionnaire questionnaire, String host, int port, String jdbcUrl, Optional<Password> databasePassword,
      Optional<Password> adminPassword,
      Duration draftRetention, Duration sessionTimeout, int submissionsPerMinute, URI exitUrl,
      long maxAttachmentBytes, boolean secureCookies, Clock clock) {}

  static final String SESSION_COOKIE = "ek_session";
  static final String ADMIN_COOKIE = "ek_admin";
  static final int MAX_FILES = 5;
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK);
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self';"
      + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

  private final Settings settings;
  private final Questionnaire questionnaire;
  private final Flow flow;
  private final FormView formView;
  private final Chrome chrome;
  private final Store store;
  private final Sessions sessions;
  private final Sessions adminSessions;
  private final RateLimiter submitLimiter;
  private final RateLimiter codeLimiter;
  private final RateLimiter loginLimiter;
  private final Assets assets = new Assets();
  private final ResponseValidator validator = ResponseValidator.standard();
  private final EvidenceJson json = EvidenceJson.standard();
  private final FormatRegistry formats = FormatRegistry.discover();
  private final ScheduledExecutorService tidier;
  private final Javalin javalin;

  public App(Settings settings) {
    this.settings = settings;
    this.questionnaire = settings.questionnaire();
    this.flow = new Flow(questionnaire);
    this.formView = new FormView(questionnaire);
    this.chrome = new Chrome(questionnaire.title(), questionnaire.language());
    this.store = new Store(settings.jdbcUrl(), settings.databasePassword(), 16);
    this.sessions = new Sessions(settings.sessionTimeout().toMillis());
    this.adminSessions = new Sessions(Duration.ofMinutes(15).toMillis());
    this.submitLimiter = new RateLimiter(settings.submissionsPerMinute());
    this.codeLimiter = new RateLimiter(10);
    this.loginLimiter = new RateLimiter(5);
    settings.adminPassword().ifPresent(p -> store.setCredential(PasswordHash.hash(p), now()));
    this.tidier = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "evidencekit-web-tidy");
      t.setDaemon(true);
      return t;
    });
    tidier.scheduleWithFixedDelay(this::tidy, 1, 1, TimeUnit.MINUTES);
    try {
      this.javalin = Javalin.create(config -> {
        config.startup.showJavalinBanner = false;
        config.jetty.host = settings.host();
        config.http.maxRequestSize = 2L * 1024 * 1024;
        long fileLimitMb = Math.max(1, settings.maxAttachmentBytes() / (1024 * 1024) + 2);
        config.jetty.multipartConfig.maxFileSize(fileLimitMb, SizeUnit.MB);
        config.jetty.multipartConfig.maxTotalRequestSize(fileLimitMb + 1, SizeUnit.MB);
        config.jetty.multipartConfig.maxInMemoryFileSize(1, SizeUnit.MB);
        config.routes.before(this::headers);
        config.routes.get("/assets/<path>", this::asset);
        config.routes.get("/", this::startPage);
        config.routes.post("/start", this::start);
        config.routes.get("/about", this::aboutIndex);
        config.routes.get("/about/{part}", this::aboutPart);
        config.routes.get("/definitions", this::definitionsPage);
        config.routes.get("/privacy", this::privacyPage);
        config.routes.get("/form/<slug>", this::formGet);
        config.routes.post("/form/<slug>", this::formPost);
        config.routes.get("/files", this::filesGet);
        config.routes.post("/files", this::filesPost);
        config.routes.get("/check", this::checkGet);
        config.routes.post("/submit", this::submit);
        config.routes.get("/confirmation", this::confirmation);
        config.routes.get("/saved", this::saved);
        config.routes.get("/resume", this::resumeGet);
        config.routes.post("/resume", this::resumePost);
        config.routes.get("/exit", this::exit);
        config.routes.get("/admin", this::adminHome);
        config.routes.post("/admin/login", this::adminLogin);
        config.routes.post("/admin/logout", this::adminLogout);
        config.routes.post("/admin/download", this::adminDownload);
        config.routes.post("/admin/export", this::adminExport);
        config.routes.get("/admin/files/{reference}/{id}", this::adminFile);
        config.routes.get("/admin/exit", this::adminExit);
        config.routes.exception(Sessions.TooManySessions.class, (e, ctx) -> {
          ctx.header("Retry-After", "60");
          problemPage(ctx, HttpStatus.SERVICE_UNAVAILABLE, "Sorry, the service is busy", "Try again in a few minutes.");
        });
        config.routes.exception(Store.StoreException.class, (e, ctx) -> problemPage(ctx, HttpStatus.SERVICE_UNAVAILABLE,
            "Sorry, there is a problem with the service", "Try again later. Your answers up to the last page you saved are kept."));
        config.routes.exception(Exception.class, (e, ctx) -> problemPage(ctx, HttpStatus.INTERNAL_SERVER_ERROR,
            "Sorry, there is a problem with the service", "Try again later."));
        config.routes.error(404, ctx -> {
          String type = ctx.res().getContentType();
          if (ctx.result() == null || ctx.result().isEmpty() || type == null || !type.startsWith("text/html")) {
            problemPage(ctx, HttpStatus.NOT_FOUND, "Page not found",
                "If you typed the web address, check it is correct.");
          }
        });
        config.routes.error(405, ctx -> problemPage(ctx, HttpStatus.METHOD_NOT_ALLOWED, "Page not found",
            "If you typed the web address, check it is correct."));
      }).start(settings.port());
    } catch (RuntimeException e) {
      tidier.shutdownNow();
      store.close();
      throw new EvidenceKitException("the web form cannot listen on " + settings.host() + ":" + settings.port()
          + " (" + Redact.firstLine(e) + "): is the port in use?");
    }
  }

  public int port() {
    return javalin.port();
  }

  public URI uri() {
    String h = settings.host().contains(":") ? "[" + settings.host() + "]" : settings.host();
    return URI.create("http://" + h + ":" + port() + "/");
  }

  public boolean adminEnabled() {
    return store.credential().isPresent();
  }

  @Override
  public void close() {
    tidier.shutdownNow();
    javalin.stop();
    store.close();
  }

  private long now() {
    return settings.clock().millis();
  }

  private LocalDate today() {
    return LocalDate.now(settings.clock());
  }

  private void tidy() {
    try {
      long now = now();
      sessions.tidy(now);
      adminSessions.tidy(now);
      submitLimiter.tidy(now);
      codeLimiter.tidy(now);
      loginLimiter.tidy(now);
      store.purge(now, now - 2 * settings.sessionTimeout().toMillis());
    } catch (RuntimeException e) {
      // Tidying is tried again in a minute; nothing is lost by a failed round.
    }
  }

  // ---------------------------------------------------------------- plumbing

  private void headers(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
    ctx.header("Cross-Origin-Opener-Policy", "same-origin");
    ctx.header("Cross-Origin-Resource-Policy", "same-origin");
    if (settings.secureCookies()) {
      ctx.header("Strict-Transport-Security", "max-age=31536000");
    }
    if (!ctx.path().startsWith("/assets/")) {
      ctx.header("Cache-Control", "no-store");
      ctx.header("Pragma", "no-cache");
    }
  }

  private void html(Context ctx, String title, boolean hasErrors, Optional<String> back, String main) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(chrome.page(title, hasErrors, back, main, false));
  }

  private void adminHtml(Context ctx, String title, boolean hasErrors, String main) {
    ctx.contentType("text/html; charset=utf-8");
    ctx.result(chrome.page(title, hasErrors, Optional.empty(), main, true));
  }

  private void problemPage(Context ctx, HttpStatus status, String title, String text) {
    Html h = new Html();
    h.raw("<h1 class=\"govuk-heading-l\">").text(title).raw("</h1>\n<p class=\"govuk-body\">").text(text).raw("</p>\n")
        .raw("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/\">Go to the start of the form</a></p>\n");
    ctx.status(status);
    html(ctx, title, false, Optional.empty(), h.toString());
  }

  private void sessionEnded(Context ctx) {
    problemPage(ctx, HttpStatus.FORBIDDEN, "Your session has ended",
        "For your safety, answers are cleared after " + settings.sessionTimeout().toMinutes()
            + " minutes without activity, or when you leave the form. If you saved your answers, return to them with your code.");
  }

  private String cookie(String name, String value, String path, long maxAgeSeconds) {
    return name + "=" + value + "; Path=" + path + "; HttpOnly; SameSite=Lax" + (maxAgeSeconds >= 0 ? "; Max-Age=" + maxAgeSeconds : "")
        + (settings.secureCookies() ? "; Secure" : "");
  }

  /** The respondent's session, made if there is none and {@code create}. */
  private Optional<Sessions.Session> session(Context ctx, boolean create) {
    Optional<Sessions.Session> s = sessions.find(ctx.cookie(SESSION_COOKIE), false, now());
    if (s.isEmpty() && create) {
      Sessions.Session fresh = sessions.create(false, now());
      ctx.res().addHeader("Set-Cookie", cookie(SESSION_COOKIE, fresh.token, "/", -1));
      return Optional.of(fresh);
    }
    return s;
  }

  /** The session of a POST whose CSRF token matches; empty (and the page said) otherwise. */
  private Optional<Sessions.Session> postSession(Context ctx) {
    Optional<Sessions.Session> s = session(ctx, false);
    if (s.isEmpty()) {
      sessionEnded(ctx);
      return Optional.empty();
    }
    if (!Codes.same(s.get().csrf, ctx.formParam("csrf"))) {
      problemPage(ctx, HttpStatus.FORBIDDEN, "Sorry, that did not work",
          "The page you sent from was out of date. Go back, reload the page and try again.");
      return Optional.empty();
    }
    return s;
  }

  private static String csrfField(Sessions.Session s) {
    return "<input type=\"hidden\" name=\"csrf\" value=\"" + Html.escape(s.csrf) + "\">\n";
  }

  private Optional<Response> draft(Sessions.Session s) {
    if (s.draftId == null) {
      return Optional.empty();
    }
    return store.draft(s.draftId, now()).map(d -> json.readResponse(d.responseJson()));
  }

  private long draftExpiry() {
    long now = now();
    long retention = settings.draftRetention().toMillis();
    if (questionnaire.closingDate().isPresent()) {
      long closes = questionnaire.closingDate().get().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli();
      if (closes + retention > now) {
        return closes + retention;
      }
    }
    return now + retention;
  }

  private void saveDraft(Sessions.Session s, Response r, String lastPage) {
    if (!store.saveDraft(s.draftId, json.write(r), lastPage, now(), draftExpiry())) {
      throw new Store.StoreException("the draft is gone", null);
    }
  }

  // ---------------------------------------------------------------- assets

  private void asset(Context ctx) {
    Optional<Assets.Asset> a = assets.get(ctx.pathParam("path"));
    if (a.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND);
      ctx.result("");
      return;
    }
    ctx.header("Cache-Control", "public, max-age=3600");
    ctx.contentType(a.get().contentType());
    ctx.result(a.get().bytes());
  }

  // ---------------------------------------------------------------- start and information

  private void startPage(Context ctx) {
    Sessions.Session s = session(ctx, true).orElseThrow();
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n")
        .raw("<h1 class=\"govuk-heading-xl\">").text(questionnaire.title()).raw("</h1>\n");
    questionnaire.subtitle().ifPresent(t -> h.raw("<p class=\"govuk-body-l\">").text(t).raw("</p>\n"));
    questionnaire.issuer().ifPresent(t -> h.raw("<p class=\"govuk-body\">From ").text(t).raw(".</p>\n"));
    questionnaire.closingDate().ifPresent(d -> h.raw("<p class=\"govuk-body\">Closing date: <strong>").text(DATE.format(d))
        .raw("</strong>.</p>\n"));
    h.raw("<p class=\"govuk-body\">The form has ").text(String.valueOf(flow.pages().size()))
        .raw(" pages at most; some apply only if an earlier answer says so. You can check your answers before you send them, ")
        .raw("and save them to come back later with a code.</p>\n")
        .raw("<div class=\"govuk-warning-text\"><span class=\"govuk-warning-text__icon\" aria-hidden=\"true\">!</span>")
        .raw("<strong class=\"govuk-warning-text__text\"><span class=\"govuk-visually-hidden\">Warning</span> ")
        .raw("If you need to leave quickly, use the Exit this page button or press Shift 3 times. It clears your answers from this browser.</strong></div>\n");
    if (s.draftId != null && store.draft(s.draftId, now()).isPresent()) {
      h.raw("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/check\">Continue the response you started</a></p>\n");
    }
    h.raw("<form method=\"post\" action=\"/start\" novalidate>\n").raw(csrfField(s))
        .raw("<button type=\"submit\" class=\"govuk-button govuk-button--start\" data-module=\"govuk-button\">Start now")
        .raw("<svg class=\"govuk-button__start-icon\" xmlns=\"http://www.w3.org/2000/svg\" width=\"17.5\" height=\"19\" viewBox=\"0 0 33 40\" aria-hidden=\"true\" focusable=\"false\">")
        .raw("<path fill=\"currentColor\" d=\"M0 0h13l20 20-20 20H0l20-20z\"/></svg></button>\n</form>\n")
        .raw("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/resume\">Return to a saved response</a></p>\n");
    if (!flow.infoParts().isEmpty() || !questionnaire.definitions().isEmpty()) {
      h.raw("<h2 class=\"govuk-heading-m\">Before you start</h2>\n<ul class=\"govuk-list\">\n");
      for (var part : flow.infoParts()) {
        h.raw("<li><a class=\"govuk-link\"").attr("href", "/about/" + part.id()).raw(">").text(partTitle(part)).raw("</a></li>\n");
      }
      if (!questionnaire.definitions().isEmpty()) {
        h.raw("<li><a class=\"govuk-link\" href=\"/definitions\">Definitions</a></li>\n");
      }
      h.raw("</ul>\n");
    }
    questionnaire.contact().ifPresent(c -> {
      h.raw("<h2 class=\"govuk-heading-m\">Contact</h2>\n<p class=\"govuk-body\">");
      c.name().ifPresent(n -> h.text(n).raw("<br>"));
      c.email().ifPresent(e -> h.text(e).raw("<br>"));
      c.phone().ifPresent(p -> h.text(p));
      h.raw("</p>\n");
    });
    h.raw("</div></div>\n");
    html(ctx, questionnaire.title(), false, Optional.empty(), h.toString());
  }

  static String partTitle(org.evidencekit.model.Part part) {
    String label = part.label().orElse("");
    String title = part.title().orElse("");
    String t = (label + " " + title).strip();
    if (!t.isEmpty()) {
      return t;
    }
    // No printed title: the part's id in words ("about-you": "About you").
    String words = part.id().replaceAll("[-_.]+", " ").strip();
    return words.isEmpty() ? part.id() : Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private void start(Context ctx) {
    Optional<Sessions.Session> s = postSession(ctx);
    if (s.isEmpty()) {
      return;
    }
    Sessions.Session session = s.get();
    if (session.draftId == null || store.draft(session.draftId, now()).isEmpty()) {
      String id = UUID.randomUUID().toString();
      Response empty = Response.builder().questionnaire(QuestionnaireRef.of(questionnaire)).build();
      store.createDraft(id, questionnaire.id(), questionnaire.version(), json.write(empty), now(), draftExpiry());
      // A new session for the new draft: a token handed out before (or planted) opens nothing.
      sessions.end(session);
      session = sessions.create(false, now());
      ctx.res().addHeader("Set-Cookie", cookie(SESSION_COOKIE, session.token, "/", -1));
      session.draftId = id;
    }
    Response draft = draft(session).orElseThrow();
    redirect(ctx, flow.next(Optional.empty(), draft).map(p -> "/form/" + p.slug()).orElse("/check"));
  }

  private static void redirect(Context ctx, String location) {
    ctx.redirect(location, HttpStatus.SEE_OTHER);
  }

  private void aboutIndex(Context ctx) {
    Html h = new Html();
    h.raw("<h1 class=\"govuk-heading-l\">About this form</h1>\n<ul class=\"govuk-list\">\n");
    for (var part : flow.infoParts()) {
      h.raw("<li><a class=\"govuk-link\"").attr("href", "/about/" + part.id()).raw(">").text(partTitle(part)).raw("</a></li>\n");
    }
    h.raw("<li><a class=\"govuk-link\" href=\"/definitions\">Definitions</a></li>\n</ul>\n");
    html(ctx, "About this form", false, Optional.of("/"), h.toString());
  }

  private void aboutPart(Context ctx) {
    Optional<org.evidencekit.model.Part> part = flow.infoParts().stream()
        .filter(p -> p.id().equals(ctx.pathParam("part"))).findFirst();
    if (part.isEmpty()) {
      problemPage(ctx, HttpStatus.NOT_FOUND, "Page not found", "If you typed the web address, check it is correct.");
      return;
    }
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n")
        .raw("<h1 class=\"govuk-heading-l\">").text(partTitle(part.get())).raw("</h1>\n");
    for (var section : part.get().sections()) {
      section.title().ifPresent(t -> h.raw("<h2 class=\"govuk-heading-m\">").text(t).raw("</h2>\n"));
      formView.content(h, section.items());
    }
    h.raw("</div></div>\n");
    html(ctx, partTitle(part.get()), false, Optional.of("/about"), h.toString());
  }

  private void definitionsPage(Context ctx) {
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n<h1 class=\"govuk-heading-l\">Definitions</h1>\n");
    if (questionnaire.definitions().isEmpty()) {
      h.raw("<p class=\"govuk-body\">This form has no formal definitions.</p>\n");
    } else {
      FormView.definitions(h, questionnaire, List.of());
    }
    h.raw("</div></div>\n");
    html(ctx, "Definitions", false, Optional.of("/"), h.toString());
  }

  private void privacyPage(Context ctx) {
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n")
        .raw("<h1 class=\"govuk-heading-l\">How your answers are kept</h1>\n")
        .raw("<ul class=\"govuk-list govuk-list--bullet\">\n")
        .raw("<li>Your answers are never put in web addresses, and this browser is told not to keep pages with answers.</li>\n")
        .raw("<li>Exit this page clears your session at once. Answers you have not saved with a code are deleted.</li>\n")
        .raw("<li>Your session ends after ").text(String.valueOf(settings.sessionTimeout().toMinutes()))
        .raw(" minutes without activity.</li>\n")
        .raw("<li>Saved answers are kept until ").text(String.valueOf(settings.draftRetention().toDays()))
        .raw(" days after the closing date, then deleted. Only the code you are given can open them; we keep no copy of the code.</li>\n")
        .raw("<li>Only the team running this form can read responses you send.</li>\n</ul>\n</div></div>\n");
    html(ctx, "How your answers are kept", false, Optional.of("/"), h.toString());
  }

  // ---------------------------------------------------------------- question pages

  private Optional<Flow.Page> page(Context ctx) {
    return flow.page(ctx.pathParam("slug"));
  }

  private void formGet(Context ctx) {
    Optional<Sessions.Session> s = session(ctx, false);
    Optional<Response> draft = s.flatMap(this::draft);
    if (draft.isEmpty()) {
      sessionEnded(ctx);
      return;
    }
    Optional<Flow.Page> page = page(ctx);
    if (page.isEmpty()) {
      problemPage(ctx, HttpStatus.NOT_FOUND, "Page not found", "If you typed the web address, check it is correct.");
      return;
    }
    if (!flow.shows(page.get(), AnswerSheet.of(questionnaire, draft.get()))) {
      redirect(ctx, flow.next(Optional.of(page.get()), draft.get()).map(p -> "/form/" + p.slug()).orElse("/check"));
      return;
    }
    renderPage(ctx, s.get(), page.get(), draft.get(), FieldErrors.none(), "check".equals(ctx.queryParam("from")));
  }

  private void renderPage(Context ctx, Sessions.Session s, Flow.Page page, Response draft, FieldErrors errors, boolean fromCheck) {
    AnswerSheet sheet = AnswerSheet.of(questionnaire, draft);
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n");
    errors.summary(h);
    String title = partTitle(page.part());
    h.raw("<h1 class=\"govuk-heading-l\">").text(title).raw("</h1>\n")
        .raw("<form method=\"post\" novalidate").attr("action", "/form/" + page.slug()).raw(">\n").raw(csrfField(s));
    if (fromCheck) {
      h.raw("<input type=\"hidden\" name=\"from\" value=\"check\">\n");
    }
    if (page.isDeclaration()) {
      formView.declaration(h, page.part(), sheet, errors);
    } else {
      formView.questions(h, page.items(), sheet, errors);
    }
    h.raw("<div class=\"govuk-button-group\">\n")
        .raw("<button type=\"submit\" name=\"action\" value=\"continue\" class=\"govuk-button\" data-module=\"govuk-button\">")
        .raw(fromCheck ? "Save and return to check your answers" : "Continue").raw("</button>\n")
        .raw("<button type=\"submit\" name=\"action\" value=\"save\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">")
        .raw("Save and come back later</button>\n</div>\n</form>\n</div></div>\n");
    Optional<String> back = fromCheck ? Optional.of("/check")
        : Optional.of(flow.previous(page, draft).map(p -> "/form/" + p.slug()).orElse("/"));
    String pageTitle = page.isDeclaration() ? title + ": does it apply?" : title;
    html(ctx, pageTitle, !errors.isEmpty(), back, h.toString());
  }

  private void formPost(Context ctx) {
    Optional<Sessions.Session> s = postSession(ctx);
    if (s.isEmpty()) {
      return;
    }
    Optional<Response> draft = draft(s.get());
    Optional<Flow.Page> page = page(ctx);
    if (draft.isEmpty()) {
      sessionEnded(ctx);
      return;
    }
    if (page.isEmpty()) {
      problemPage(ctx, HttpStatus.NOT_FOUND, "Page not found", "If you typed the web address, check it is correct.");
      return;
    }
    boolean jsOn = "1".equals(ctx.formParam("js"));
    boolean fromCheck = "check".equals(ctx.formParam("from"));
    Response updated = FormInput.read(flow, page.get(), draft.get(), ctx.formParamMap(), jsOn);
    saveDraft(s.get(), updated, page.get().slug());
    if ("save".equals(ctx.formParam("action"))) {
      saveAndReturn(ctx, s.get());
      return;
    }
    FieldErrors errors = pageErrors(page.get(), updated);
    if (!errors.isEmpty()) {
      renderPage(ctx, s.get(), page.get(), updated, errors, fromCheck);
      return;
    }
    Optional<Flow.Page> next = flow.next(page, updated);
    if (fromCheck && !(page.get().isDeclaration() && AnswerSheet.of(questionnaire, updated).declared(page.get().part()).orElse(false))) {
      redirect(ctx, "/check");
    } else if (next.isPresent()) {
      redirect(ctx, "/form/" + next.get().slug() + (fromCheck ? "?from=check" : ""));
    } else {
      redirect(ctx, settings.maxAttachmentBytes() > 0 ? "/files" : "/check");
    }
  }

  /** Validation's errors about the questions a page shows. */
  private FieldErrors pageErrors(Flow.Page page, Response draft) {
    if (page.isDeclaration()) {
      return FieldErrors.none();
    }
    AnswerSheet sheet = AnswerSheet.of(questionnaire, draft);
    Set<String> ids = new HashSet<>();
    for (Question q : page.allQuestions()) {
      if (sheet.applies(q)) {
        ids.add(q.id());
      }
    }
    ValidationReport report = validator.validate(questionnaire, flow.pruned(draft));
    return FieldErrors.of(report.problems(), ids);
  }

  // ---------------------------------------------------------------- save and return

  private void saveAndReturn(Context ctx, Sessions.Session s) {
    String code = Codes.readable(3, 4);
    store.setCode(s.draftId, Store.sha256(Codes.canonical(code)));
    s.savedCode = code;
    redirect(ctx, "/saved");
  }

  private void saved(Context ctx) {
    Optional<Sessions.Session> s = session(ctx, false);
    if (s.isEmpty() || s.get().savedCode == null) {
      sessionEnded(ctx);
      return;
    }
    String code = s.get().savedCode;
    long expires = store.draft(s.get().draftId, now()).map(Store.DraftRow::expiresAt).orElse(draftExpiry());
    sessions.end(s.get());
    ctx.res().addHeader("Set-Cookie", cookie(SESSION_COOKIE, "", "/", 0));
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n")
        .raw("<div class=\"govuk-panel govuk-panel--confirmation\"><h1 class=\"govuk-panel__title\">Your answers are saved</h1>")
        .raw("<div class=\"govuk-panel__body\">Your code<br><strong class=\"ek-code\" id=\"save-code\">").text(code)
        .raw("</strong></div></div>\n")
        .raw("<p class=\"govuk-body\">Write the code down or keep it somewhere safe. You need it to return to your answers: ")
        .raw("we do not send it to you and cannot tell you it again.</p>\n")
        .raw("<p class=\"govuk-body\">Your saved answers will be deleted on <strong>")
        .text(DATE.format(Instant.ofEpochMilli(expires).atZone(ZoneOffset.UTC))).raw("</strong> if you do not send them.</p>\n")
        .raw("<p class=\"govuk-body\">You have been signed out of the form on this browser.</p>\n")
        .raw("<p class=\"govuk-body\"><a class=\"govuk-link\" href=\"/resume\">Return to your answers now</a></p>\n</div></div>\n");
    html(ctx, "Your answers are saved", false, Optional.empty(), h.toString());
  }

  private void resumeGet(Context ctx) {
    resumePage(ctx, session(ctx, true).orElseThrow(), null);
  }

  private void resumePage(Context ctx, Sessions.Session s, String error) {
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n");
    FieldErrors errors = FieldErrors.none();
    if (error != null) {
      errors.add("code", error);
    }
    errors.summary(h);
    h.raw("<form method=\"post\" action=\"/resume\" novalidate>\n").raw(csrfField(s))
        .raw("<div class=\"govuk-form-group").raw(error != null ? " govuk-form-group--error" : "").raw("\">\n")
        .raw("<h1 class=\"govuk-label-wrapper\"><label class=\"govuk-label govuk-label--l\" for=\"code\">Return to your saved answers</label></h1>\n")
        .raw("<div id=\"code-hint\" class=\"govuk-hint\">Enter the code you were given when you saved, like K7PX-M3QD-9RTA</div>\n");
    FormView.errorMessage(h, "code", error);
    h.raw("<input class=\"govuk-input govuk-input--width-20").raw(error != null ? " govuk-input--error" : "")
        .raw("\" id=\"code\" name=\"code\" type=\"text\" autocomplete=\"off\" spellcheck=\"false\" aria-describedby=\"code-hint")
        .raw(error != null ? " code-error" : "").raw("\">\n</div>\n")
        .raw("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Continue</button>\n</form>\n</div></div>\n");
    html(ctx, "Return to your saved answers", error != null, Optional.of("/"), h.toString());
  }

  private void resumePost(Context ctx) {
    Optional<Sessions.Session> s = postSession(ctx);
    if (s.isEmpty()) {
      return;
    }
    if (!codeLimiter.tryAcquire(ctx.ip(), now())) {
      tooMany(ctx);
      return;
    }
    String typed = Codes.canonical(Optional.ofNullable(ctx.formParam("code")).orElse(""));
    if (typed.isEmpty()) {
      resumePage(ctx, s.get(), "Enter the code you were given when you saved your answers");
      return;
    }
    Optional<String> draftId = store.draftIdByCode(Store.sha256(typed), now());
    if (draftId.isEmpty()) {
      resumePage(ctx, s.get(), "The code is not right, or the answers it saved have been sent or deleted: check the code and try again");
      return;
    }
    // A new session for the draft, so that a session token seen before the code was typed is of no use.
    sessions.end(s.get());
    Sessions.Session fresh = sessions.create(false, now());
    fresh.draftId = draftId.get();
    ctx.res().addHeader("Set-Cookie", cookie(SESSION_COOKIE, fresh.token, "/", -1));
    Store.DraftRow row = store.draft(fresh.draftId, now()).orElseThrow();
    Response draft = json.readResponse(row.responseJson());
    Optional<Flow.Page> last = Optional.ofNullable(row.lastPage()).flatMap(flow::page)
        .filter(p -> flow.shows(p, AnswerSheet.of(questionnaire, draft)));
    redirect(ctx, last.map(p -> "/form/" + p.slug()).orElseGet(() -> firstUnfinished(draft)));
  }

  /** The first page with something to fix or answer, else check your answers. */
  private String firstUnfinished(Response draft) {
    for (Flow.Page p : flow.shown(draft)) {
      if (!pageErrors(p, draft).isEmpty()) {
        return "/form/" + p.slug();
      }
    }
    return "/check";
  }

  private void tooMany(Context ctx) {
    ctx.header("Retry-After", "60");
    problemPage(ctx, HttpStatus.TOO_MANY_REQUESTS, "Too many attempts", "Wait a minute, then try again.");
  }

  // ---------------------------------------------------------------- files

  private void filesGet(Context ctx) {
    Optional<Sessions.Session> s = session(ctx, false);
    if (s.flatMap(this::draft).isEmpty() || settings.maxAttachmentBytes() <= 0) {
      sessionEnded(ctx);
      return;
    }
    filesPage(ctx, s.get(), null, "check".equals(ctx.queryParam("from")));
  }

  private void filesPage(Context ctx, Sessions.Session s, String error, boolean fromCheck) {
    List<Store.AttachmentRow> files = store.draftAttachments(s.draftId);
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n");
    FieldErrors errors = FieldErrors.none();
    if (error != null) {
      errors.add("file", error);
    }
    errors.summary(h);
    h.raw("<h1 class=\"govuk-heading-l\">Files to send with your response</h1>\n")
        .raw("<p class=\"govuk-body\">You can send up to ").text(String.valueOf(MAX_FILES)).raw(" files, for example a report or a short film. ")
        .raw("Each file must be a ").text(Attachments.ALLOWED).raw(" and smaller than ")
        .text(Attachments.size(settings.maxAttachmentBytes())).raw(". This is optional.</p>\n");
    if (!files.isEmpty()) {
      h.raw("<dl class=\"govuk-summary-list\">\n");
      for (Store.AttachmentRow f : files) {
        h.raw("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">").text(f.name())
            .raw("</dt><dd class=\"govuk-summary-list__value\">").text(Attachments.size(f.size()))
            .raw("</dd><dd class=\"govuk-summary-list__actions\"><form method=\"post\" action=\"/files\">").raw(csrfField(s))
            .raw("<input type=\"hidden\" name=\"delete\"").attr("value", f.id()).raw(">")
            .raw("<button type=\"submit\" class=\"govuk-button govuk-button--secondary govuk-!-margin-bottom-0\" data-module=\"govuk-button\">Remove")
            .raw("<span class=\"govuk-visually-hidden\"> ").text(f.name()).raw("</span></button></form></dd></div>\n");
      }
      h.raw("</dl>\n");
    }
    if (files.size() < MAX_FILES) {
      h.raw("<form method=\"post\" action=\"/files\" enctype=\"multipart/form-data\" novalidate>\n").raw(csrfField(s))
          .raw("<div class=\"govuk-form-group").raw(error != null ? " govuk-form-group--error" : "").raw("\">\n")
          .raw("<label class=\"govuk-label govuk-label--m\" for=\"file\">Upload a file</label>\n");
      FormView.errorMessage(h, "file", error);
      h.raw("<input class=\"govuk-file-upload").raw(error != null ? " govuk-file-upload--error" : "")
          .raw("\" id=\"file\" name=\"file\" type=\"file\" accept=\".pdf,.docx,.txt,.png,.jpg,.jpeg,.mp4\"")
          .raw(error != null ? " aria-describedby=\"file-error\"" : "").raw(">\n</div>\n")
          .raw("<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">Upload file</button>\n</form>\n");
    }
    h.raw("<a class=\"govuk-button\" data-module=\"govuk-button\" href=\"/check\">Continue</a>\n</div></div>\n");
    Response draft = draft(s).orElseThrow();
    Optional<String> back = fromCheck ? Optional.of("/check")
        : Optional.of(flow.shown(draft).isEmpty() ? "/" : "/form/" + flow.shown(draft).get(flow.shown(draft).size() - 1).slug());
    html(ctx, "Files to send with your response", error != null, back, h.toString());
  }

  private void filesPost(Context ctx) throws IOException {
    Optional<Sessions.Session> s = postSession(ctx);
    if (s.isEmpty()) {
      return;
    }
    if (draft(s.get()).isEmpty() || settings.maxAttachmentBytes() <= 0) {
      sessionEnded(ctx);
      return;
    }
    String delete = ctx.formParam("delete");
    if (delete != null) {
      store.deleteDraftAttachment(s.get().draftId, delete);
      redirect(ctx, "/files");
      return;
    }
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0 || file.filename() == null || file.filename().isBlank()) {
      filesPage(ctx, s.get(), "Select a file to upload", false);
      return;
    }
    if (store.draftAttachments(s.get().draftId).size() >= MAX_FILES) {
      filesPage(ctx, s.get(), "You can send up to " + MAX_FILES + " files: remove one to add another", false);
      return;
    }
    if (file.size() > settings.maxAttachmentBytes()) {
      filesPage(ctx, s.get(), "The file must be smaller than " + Attachments.size(settings.maxAttachmentBytes()), false);
      return;
    }
    byte[] content;
    try (InputStream in = file.content()) {
      content = in.readNBytes((int) settings.maxAttachmentBytes() + 1);
    }
    if (content.length > settings.maxAttachmentBytes()) {
      filesPage(ctx, s.get(), "The file must be smaller than " + Attachments.size(settings.maxAttachmentBytes()), false);
      return;
    }
    String name = Attachments.safeName(file.filename());
    Optional<String> type = Attachments.mediaType(name, content);
    if (type.isEmpty()) {
      filesPage(ctx, s.get(), "The file must be a " + Attachments.ALLOWED, false);
      return;
    }
    store.addAttachment(s.get().draftId,
        new Store.AttachmentRow(UUID.randomUUID().toString(), name, type.get(), content.length, Store.sha256(content)),
        content, now());
    redirect(ctx, "/files");
  }

  // ---------------------------------------------------------------- check, submit, confirmation

  private void checkGet(Context ctx) {
    Optional<Sessions.Session> s = session(ctx, false);
    Optional<Response> draft = s.flatMap(this::draft);
    if (draft.isEmpty()) {
      if (s.isPresent() && s.get().submittedReference != null) {
        redirect(ctx, "/confirmation");
        return;
      }
      sessionEnded(ctx);
      return;
    }
    Response pruned = flow.pruned(draft.get());
    ValidationReport report = validator.validate(questionnaire, pruned);
    Set<String> all = new HashSet<>();
    for (Question q : questionnaire.questions()) {
      all.add(q.id());
    }
    FieldErrors errors = FieldErrors.of(report.problems(), all);
    AnswerSheet sheet = AnswerSheet.of(questionnaire, draft.get());
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n");
    if (!errors.isEmpty()) {
      h.raw("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">\n")
          .raw("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>\n")
          .raw("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">\n");
      for (Problem p : report.errors()) {
        Optional<String> slug = p.questionId().flatMap(this::pageOf);
        h.raw("<li><a").attr("href", slug.map(sl -> "/form/" + sl + "?from=check#" + FieldErrors.fieldFor(p)).orElse("#"))
            .raw(">").text(p.message()).raw("</a></li>\n");
      }
      h.raw("</ul></div></div></div>\n");
    }
    h.raw("<h1 class=\"govuk-heading-l\">Check your answers before sending</h1>\n");
    CheckView.answers(h, flow, sheet, errors, store.draftAttachments(s.get().draftId), settings.maxAttachmentBytes() > 0);
    h.raw("<h2 class=\"govuk-heading-m\">Now send your response</h2>\n")
        .raw("<p class=\"govuk-body\">By sending this response you confirm that, to the best of your knowledge, the details you are providing are correct.</p>\n")
        .raw("<form method=\"post\" action=\"/submit\" novalidate>\n").raw(csrfField(s.get()))
        .raw("<div class=\"govuk-button-group\">")
        .raw("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\" data-prevent-double-click=\"true\">Send response</button>\n")
        .raw("</div>\n</form>\n</div></div>\n");
    Optional<String> back = Optional.of(settings.maxAttachmentBytes() > 0 ? "/files"
        : flow.shown(draft.get()).isEmpty() ? "/" : "/form/" + flow.shown(draft.get()).get(flow.shown(draft.get()).size() - 1).slug());
    html(ctx, "Check your answers before sending", !errors.isEmpty(), back, h.toString());
  }

  private Optional<String> pageOf(String questionId) {
    Optional<Question> q = questionnaire.question(questionId);
    if (q.isEmpty()) {
      return Optional.empty();
    }
    for (Flow.Page p : flow.pages()) {
      if (p.allQuestions().contains(q.get())) {
        return Optional.of(p.slug());
      }
    }
    return Optional.empty();
  }

  private void submit(Context ctx) {
    Optional<Sessions.Session> s = postSession(ctx);
    if (s.isEmpty()) {
      return;
    }
    if (s.get().draftId == null && s.get().submittedReference != null) {
      redirect(ctx, "/confirmation");
      return;
    }
    Optional<Response> draft = draft(s.get());
    if (draft.isEmpty()) {
      sessionEnded(ctx);
      return;
    }
    if (!submitLimiter.tryAcquire(ctx.ip(), now())) {
      tooMany(ctx);
      return;
    }
    Response pruned = flow.pruned(draft.get());
    ValidationReport report = validator.validate(questionnaire, pruned);
    if (!report.isValid()) {
      redirect(ctx, "/check");
      return;
    }
    List<Attachment> attachments = new ArrayList<>();
    for (Store.AttachmentRow a : store.draftAttachments(s.get().draftId)) {
      attachments.add(Attachment.builder().name(a.name()).mediaType(a.mediaType()).size(a.size()).sha256(a.sha256()).build());
    }
    String draftId = s.get().draftId;
    for (int attempt = 0; ; attempt++) {
      String reference = "EK-" + Codes.readable(2, 4);
      Response sent = org.evidencekit.model.Responses.assemble(questionnaire, org.evidencekit.model.Responses.answersOf(questionnaire, pruned))
          .id(reference).submitted(today()).addAllAttachments(attachments).build();
      ValidationReport finalReport = validator.validate(questionnaire, sent);
      String text = json.write(sent);
      try {
        store.submit(draftId, new Store.SubmissionRow(reference, questionnaire.id(), questionnaire.version(), text,
            Store.sha256(text), finalReport.isValid(), finalReport.errors().size(), now()));
        s.get().draftId = null;
        s.get().submittedReference = reference;
        break;
      } catch (Store.StoreException e) {
        if (store.submission(reference).isEmpty() && store.draft(draftId, now()).isPresent() && attempt < 3) {
          continue; // a reference taken already: try another
        }
        throw e;
      }
    }
    redirect(ctx, "/confirmation");
  }

  private void confirmation(Context ctx) {
    Optional<Sessions.Session> s = session(ctx, false);
    if (s.isEmpty() || s.get().submittedReference == null) {
      sessionEnded(ctx);
      return;
    }
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n")
        .raw("<div class=\"govuk-panel govuk-panel--confirmation\"><h1 class=\"govuk-panel__title\">Response sent</h1>")
        .raw("<div class=\"govuk-panel__body\">Your reference number<br><strong id=\"reference\">").text(s.get().submittedReference)
        .raw("</strong></div></div>\n")
        .raw("<h2 class=\"govuk-heading-m\">What happens next</h2>\n")
        .raw("<p class=\"govuk-body\">");
    questionnaire.issuer().ifPresentOrElse(i -> h.text(i), () -> h.raw("The team"));
    h.raw(" will read your response. Quote your reference number if you contact them about it.</p>\n")
        .raw("<p class=\"govuk-body\">Nothing you entered is kept in this browser. To leave now, use Exit this page.</p>\n")
        .raw("</div></div>\n");
    html(ctx, "Response sent", false, Optional.empty(), h.toString());
  }

  private void exit(Context ctx) {
    Optional<Sessions.Session> s = session(ctx, false);
    if (s.isPresent()) {
      String draftId = s.get().draftId;
      if (draftId != null) {
        store.draft(draftId, now()).filter(d -> !d.hasCode()).ifPresent(d -> store.deleteDraft(draftId));
      }
      sessions.end(s.get());
    }
    ctx.res().addHeader("Set-Cookie", cookie(SESSION_COOKIE, "", "/", 0));
    ctx.header("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    ctx.redirect(settings.exitUrl().toString(), HttpStatus.SEE_OTHER);
  }

  // ---------------------------------------------------------------- admin

  private Optional<Sessions.Session> adminSession(Context ctx) {
    return adminSessions.find(ctx.cookie(ADMIN_COOKIE), true, now());
  }

  private void adminHome(Context ctx) {
    if (store.credential().isEmpty()) {
      ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
      Html h = new Html();
      h.raw("<h1 class=\"govuk-heading-l\">The admin area is not set up</h1>\n<p class=\"govuk-body\">")
          .raw("Start the service with an admin password (the serve command's --admin-password-file FILE, or the ")
          .raw("EVIDENCEKIT_ADMIN_PASSWORD environment variable) to open it.</p>\n");
      adminHtml(ctx, "The admin area is not set up", false, h.toString());
      return;
    }
    Optional<Sessions.Session> s = adminSession(ctx);
    if (s.isEmpty()) {
      loginPage(ctx, null);
      return;
    }
    adminList(ctx, s.get(), null);
  }

  private void loginPage(Context ctx, String error) {
    // A login form needs a CSRF token before anyone is signed in: a short-lived pre-login session.
    Sessions.Session pre = adminSessions.create(true, now());
    pre.preLogin = true;
    ctx.res().addHeader("Set-Cookie", cookie(ADMIN_COOKIE, pre.token, "/admin", -1));
    Html h = new Html();
    h.raw("<div class=\"govuk-grid-row\"><div class=\"govuk-grid-column-two-thirds\">\n");
    FieldErrors errors = FieldErrors.none();
    if (error != null) {
      errors.add("password", error);
    }
    errors.summary(h);
    h.raw("<h1 class=\"govuk-heading-l\">Sign in to the admin area</h1>\n")
        .raw("<form method=\"post\" action=\"/admin/login\" novalidate>\n").raw(csrfField(pre))
        .raw("<div class=\"govuk-form-group").raw(error != null ? " govuk-form-group--error" : "").raw("\">\n")
        .raw("<label class=\"govuk-label\" for=\"password\">Password</label>\n");
    FormView.errorMessage(h, "password", error);
    h.raw("<input class=\"govuk-input govuk-input--width-20").raw(error != null ? " govuk-input--error" : "")
        .raw("\" id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" spellcheck=\"false\"")
        .raw(error != null ? " aria-describedby=\"password-error\"" : "").raw(">\n</div>\n")
        .raw("<button type=\"submit\" class=\"govuk-button\" data-module=\"govuk-button\">Sign in</button>\n</form>\n</div></div>\n");
    adminHtml(ctx, "Sign in to the admin area", error != null, h.toString());
  }

  private void adminLogin(Context ctx) {
    Optional<Sessions.Session> pre = adminSession(ctx);
    if (pre.isEmpty() || !Codes.same(pre.get().csrf, ctx.formParam("csrf"))) {
      loginPage(ctx, "Your sign-in page was out of date: enter the password again");
      return;
    }
    adminSessions.end(pre.get());
    if (!loginLimiter.tryAcquire(ctx.ip(), now())) {
      tooMany(ctx);
      return;
    }
    Optional<Store.Credential> credential = store.credential();
    String typed = Optional.ofNullable(ctx.formParam("password")).orElse("");
    if (credential.isEmpty() || typed.isEmpty() || !PasswordHash.verify(typed.toCharArray(), credential.get())) {
      ctx.status(HttpStatus.UNAUTHORIZED);
      loginPage(ctx, "The password is not right");
      return;
    }
    Sessions.Session s = adminSessions.create(true, now());
    ctx.res().addHeader("Set-Cookie", cookie(ADMIN_COOKIE, s.token, "/admin", -1));
    redirect(ctx, "/admin");
  }

  private Optional<Sessions.Session> adminPost(Context ctx) {
    Optional<Sessions.Session> s = adminSession(ctx).filter(x -> !x.preLogin);
    if (s.isEmpty() || !Codes.same(s.get().csrf, ctx.formParam("csrf"))) {
      ctx.status(HttpStatus.FORBIDDEN);
      loginPage(ctx, "Sign in again to continue");
      return Optional.empty();
    }
    return s;
  }

  /** Exit this page in the admin area: the admin session ends at once. */
  private void adminExit(Context ctx) {
    adminSession(ctx).ifPresent(adminSessions::end);
    ctx.res().addHeader("Set-Cookie", cookie(ADMIN_COOKIE, "", "/admin", 0));
    ctx.header("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    ctx.redirect(settings.exitUrl().toString(), HttpStatus.SEE_OTHER);
  }

  private void adminLogout(Context ctx) {
    adminPost(ctx).ifPresent(s -> {
      adminSessions.end(s);
      ctx.res().addHeader("Set-Cookie", cookie(ADMIN_COOKIE, "", "/admin", 0));
      redirect(ctx, "/admin");
    });
  }

  private void adminList(Context ctx, Sessions.Session s, String error) {
    if (s.preLogin) {
      loginPage(ctx, null);
      return;
    }
    List<Store.SubmissionRow> rows = store.submissions();
    Html h = new Html();
    FieldErrors errors = FieldErrors.none();
    if (error != null) {
      errors.add("submissions", error);
    }
    errors.summary(h);
    h.raw("<h1 class=\"govuk-heading-l\">Responses</h1>\n")
        .raw("<p class=\"govuk-body\">").text(String.valueOf(rows.size())).raw(rows.size() == 1 ? " response" : " responses")
        .raw(" sent to ").text(questionnaire.title()).raw(".</p>\n")
        .raw("<form method=\"post\" action=\"/admin/export\" class=\"govuk-!-margin-bottom-6\">\n").raw(csrfField(s))
        .raw("<div class=\"govuk-checkboxes govuk-checkboxes--small\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">")
        .raw("<input class=\"govuk-checkboxes__input\" id=\"export-anonymise\" name=\"anonymise\" type=\"checkbox\" value=\"true\">")
        .raw("<label class=\"govuk-label govuk-checkboxes__label\" for=\"export-anonymise\">Anonymise (responses given in confidence are left out)</label>")
        .raw("</div></div>\n")
        .raw("<button type=\"submit\" class=\"govuk-button govuk-button--secondary govuk-!-margin-top-2\" data-module=\"govuk-button\">")
        .raw("Download all as a zip of JSON files</button>\n</form>\n");
    h.raw("<table class=\"govuk-table\" id=\"submissions\"><caption class=\"govuk-table__caption govuk-table__caption--m\">Responses received</caption>\n")
        .raw("<thead class=\"govuk-table__head\"><tr class=\"govuk-table__row\">")
        .raw("<th scope=\"col\" class=\"govuk-table__header\">Reference</th>")
        .raw("<th scope=\"col\" class=\"govuk-table__header\">Sent</th>")
        .raw("<th scope=\"col\" class=\"govuk-table__header\">Validity</th>")
        .raw("<th scope=\"col\" class=\"govuk-table__header\">Files</th>")
        .raw("<th scope=\"col\" class=\"govuk-table__header\">Download</th></tr></thead>\n<tbody class=\"govuk-table__body\">\n");
    List<String> formatIds = new ArrayList<>();
    formatIds.add("json");
    formatIds.addAll(formats.ids());
    for (Store.SubmissionRow r : rows) {
      h.raw("<tr class=\"govuk-table__row\"><th scope=\"row\" class=\"govuk-table__header\">").text(r.reference()).raw("</th>")
          .raw("<td class=\"govuk-table__cell\">").text(DATE_TIME.format(Instant.ofEpochMilli(r.submittedAt()).atZone(ZoneOffset.UTC)))
          .raw("</td><td class=\"govuk-table__cell\">")
          .raw(r.valid() ? "<strong class=\"govuk-tag govuk-tag--green\">Valid</strong>"
              : "<strong class=\"govuk-tag govuk-tag--red\">Invalid: " + r.errorCount() + " errors</strong>");
      h.raw("</td><td class=\"govuk-table__cell\">");
      List<Store.AttachmentRow> files = store.submissionAttachments(r.reference());
      if (files.isEmpty()) {
        h.raw("None");
      }
      for (Store.AttachmentRow a : files) {
        h.raw("<a class=\"govuk-link\"").attr("href", "/admin/files/" + r.reference() + "/" + a.id()).raw(">").text(a.name()).raw("</a><br>");
      }
      String f = "dl-" + r.reference();
      h.raw("</td><td class=\"govuk-table__cell ek-table-actions\"><form method=\"post\" action=\"/admin/download\">").raw(csrfField(s))
          .raw("<input type=\"hidden\" name=\"reference\"").attr("value", r.reference()).raw(">")
          .raw("<div class=\"govuk-form-group govuk-!-margin-bottom-2\"><label class=\"govuk-label govuk-label--s\"").attr("for", f + "-format")
          .raw(">Format<span class=\"govuk-visually-hidden\"> for ").text(r.reference()).raw("</span></label>")
          .raw("<select class=\"govuk-select\"").attr("id", f + "-format").raw(" name=\"format\">");
      for (String id : formatIds) {
        h.raw("<option").attr("value", id).raw(">").text(id.toUpperCase(Locale.ROOT)).raw("</option>");
      }
      h.raw("</select></div>")
          .raw("<div class=\"govuk-checkboxes govuk-checkboxes--small govuk-!-margin-bottom-2\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">")
          .raw("<input class=\"govuk-checkboxes__input\" type=\"checkbox\" name=\"anonymise\" value=\"true\"").attr("id", f + "-anon").raw(">")
          .raw("<label class=\"govuk-label govuk-checkboxes__label\"").attr("for", f + "-anon").raw(">Anonymise<span class=\"govuk-visually-hidden\"> ")
          .text(r.reference()).raw("</span></label></div></div>")
          .raw("<div class=\"govuk-form-group govuk-!-margin-bottom-2\"><label class=\"govuk-label govuk-label--s\"").attr("for", f + "-pw")
          .raw(">Password to protect it (optional)<span class=\"govuk-visually-hidden\"> for ").text(r.reference()).raw("</span></label>")
          .raw("<input class=\"govuk-input govuk-input--width-10\" type=\"password\" name=\"password\" autocomplete=\"new-password\"").attr("id", f + "-pw").raw("></div>")
          .raw("<button type=\"submit\" class=\"govuk-button govuk-button--secondary govuk-!-margin-bottom-0\" data-module=\"govuk-button\">Download")
          .raw("<span class=\"govuk-visually-hidden\"> ").text(r.reference()).raw("</span></button></form></td></tr>\n");
    }
    h.raw("</tbody></table>\n")
        .raw("<form method=\"post\" action=\"/admin/logout\">").raw(csrfField(s))
        .raw("<button type=\"submit\" class=\"govuk-button govuk-button--secondary\" data-module=\"govuk-button\">Sign out</button></form>\n");
    adminHtml(ctx, "Responses", error != null, h.toString());
  }

  private void adminDownload(Context ctx) throws IOException {
    Optional<Sessions.Session> s = adminPost(ctx);
    if (s.isEmpty()) {
      return;
    }
    Optional<Store.SubmissionRow> row = store.submission(Optional.ofNullable(ctx.formParam("reference")).orElse(""));
    if (row.isEmpty()) {
      adminList(ctx, s.get(), "There is no response with that reference");
      return;
    }
    String format = Optional.ofNullable(ctx.formParam("format")).orElse("json");
    boolean anonymise = "true".equals(ctx.formParam("anonymise"));
    String pw = Optional.ofNullable(ctx.formParam("password")).orElse("");
    try {
      Response r = json.readResponse(row.get().responseJson());
      java.util.Set<String> withheld = java.util.Set.of();
      if (anonymise) {
        var a = ResponseAnonymiser.standard().anonymise(r);
        r = a.forPublication();
        withheld = a.withheld();
      }
      String base = row.get().reference() + (anonymise ? "-anonymised" : "");
      if (format.equals("json")) {
        if (!pw.isEmpty()) {
          adminList(ctx, s.get(), "A JSON file cannot be protected with a password: choose " + formats.describeIds() + ", or leave the password empty");
          return;
        }
        sendFile(ctx, base + ".json", "application/json", json.write(r).getBytes(StandardCharsets.UTF_8));
        return;
      }
      Optional<DocumentFormat> f = formats.byId(format);
      if (f.isEmpty()) {
        adminList(ctx, s.get(), "Choose a format: json or " + formats.describeIds());
        return;
      }
      if (!pw.isEmpty() && !f.get().supports(DocumentFormat.Capability.PASSWORD)) {
        adminList(ctx, s.get(), "A " + format + " document cannot be protected with a password");
        return;
      }
      // Anonymised, a printed document says "Withheld" where the respondent's details were.
      RenderOptions.Builder options = RenderOptions.builder().layout(f.get().defaultResponseLayout())
          .anonymised(anonymise).addAllWithheld(withheld);
      Password password = pw.isEmpty() ? null : Password.of(pw.toCharArray());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      try {
        if (password != null) {
          options.password(password);
        }
        f.get().renderer().render(questionnaire, Optional.of(r), options.build(), out);
      } finally {
        if (password != null) {
          password.close();
        }
      }
      sendFile(ctx, base + "." + f.get().fileExtension(), f.get().mediaType(), out.toByteArray());
    } catch (EvidenceKitException e) {
      adminList(ctx, s.get(), "This response cannot be downloaded that way: " + e.getMessage());
    }
  }

  private static void sendFile(Context ctx, String name, String mediaType, byte[] bytes) {
    ctx.contentType(mediaType);
    ctx.header("Content-Disposition", "attachment; filename=\"" + name.replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
    ctx.result(bytes);
  }

  private void adminExport(Context ctx) throws IOException {
    Optional<Sessions.Session> s = adminPost(ctx);
    if (s.isEmpty()) {
      return;
    }
    boolean anonymise = "true".equals(ctx.formParam("anonymise"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Store.SubmissionRow row : store.submissions()) {
        Response r = json.readResponse(row.responseJson());
        if (anonymise) {
          var a = ResponseAnonymiser.standard().anonymise(r);
          if (!a.publishable()) {
            continue;
          }
          r = a.forPublication();
        }
        zip.putNextEntry(new ZipEntry("responses/" + row.reference() + ".json"));
        zip.write(json.write(r).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    sendFile(ctx, "responses-" + today() + (anonymise ? "-anonymised" : "") + ".zip", "application/zip", bytes.toByteArray());
  }

  private void adminFile(Context ctx) {
    Optional<Sessions.Session> s = adminSession(ctx).filter(x -> !x.preLogin);
    if (s.isEmpty()) {
      loginPage(ctx, null);
      return;
    }
    String ref = ctx.pathParam("reference");
    String id = ctx.pathParam("id");
    Optional<Store.AttachmentRow> a = store.submissionAttachments(ref).stream().filter(x -> x.id().equals(id)).findFirst();
    Optional<byte[]> content = store.submissionAttachmentContent(ref, id);
    if (a.isEmpty() || content.isEmpty()) {
      ctx.status(HttpStatus.NOT_FOUND);
      adminList(ctx, s.get(), "There is no such file");
      return;
    }
    // Sent as a download of bytes, never shown in the browser, whatever it claims to be.
    sendFile(ctx, a.get().name(), "application/octet-stream", content.get());
  }
}
