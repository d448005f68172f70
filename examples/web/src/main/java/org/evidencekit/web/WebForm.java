package org.evidencekit.web;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.web.internal.App;
import org.evidencekit.web.internal.Redact;

/**
 * A questionnaire served as a multi-page web form in the GOV.UK Design System's style, with its
 * drafts, submissions and attachments kept in a database (an H2 file by default, or PostgreSQL),
 * and an admin area behind a password for the team.
 *
 * <pre>{@code
 * WebForm form = WebForm.builder()
 *     .questionnaire(Questionnaires.callForEvidence2012())
 *     .port(8080)
 *     .dataDirectory(Path.of("evidencekit-data"))   // or .database("jdbc:postgresql://...")
 *     .adminPassword(password)                       // optional: sets the admin password
 *     .build();
 * try (WebForm.Running running = form.start()) {
 *   // running.uri() serves the form until closed
 * }
 * }</pre>
 *
 * <p>Configured once with {@link #builder()}; {@link #start()} may be called more than once (each
 * a server of its own on the same database).
 */
public final class WebForm {
  /** The default number of days a draft is kept after the closing date. */
  public static final Duration DEFAULT_DRAFT_RETENTION = Duration.ofDays(28);

  private final Questionnaire questionnaire;
  private final String host;
  private final int port;
  private final String jdbcUrl;
  private final Optional<Password> databasePassword;
  private final Optional<Password> adminPassword;
  private final Duration draftRetention;
  private final Duration sessionTimeout;
  private final int submissionsPerMinute;
  private final URI exitUrl;
  private final long maxAttachmentBytes;
  private final boolean secureCookies;
  private final Clock clock;

  private WebForm(Builder b) {
    this.questionnaire = Objects.requireNonNull(b.questionnaire, "questionnaire");
    this.host = b.host;
    this.port = b.port;
    this.jdbcUrl = b.jdbcUrl != null ? b.jdbcUrl
        : "jdbc:h2:file:" + b.dataDirectory.toAbsolutePath().resolve("evidencekit").toString().replace('\\', '/')
            + ";WRITE_DELAY=0";
    this.databasePassword = Optional.ofNullable(b.databasePassword);
    this.adminPassword = Optional.ofNullable(b.adminPassword);
    this.draftRetention = b.draftRetention;
    this.sessionTimeout = b.sessionTimeout;
    this.submissionsPerMinute = b.submissionsPerMinute;
    this.exitUrl = b.exitUrl;
    this.maxAttachmentBytes = b.maxAttachmentBytes;
    this.secureCookies = b.secureCookies;
    this.clock = b.clock;
  }

  public static Builder builder() {
    return new Builder();
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /** The database in words, without any credentials in its URL. */
  public String databaseDescription() {
    return Redact.jdbcUrl(jdbcUrl);
  }

  /**
   * Opens the database (making or migrating its schema), sets the admin password if one was
   * given, and starts serving.
   *
   * @throws EvidenceKitException if the database cannot be opened or the port is taken
   */
  public Running start() {
    App app = new App(new App.Settings(questionnaire, host, port, jdbcUrl, databasePassword, adminPassword, draftRetention,
        sessionTimeout, submissionsPerMinute, exitUrl, maxAttachmentBytes, secureCookies, clock));
    return new Running(app);
  }

  /** A running web form; {@link #close()} stops it and closes its database. */
  public static final class Running implements AutoCloseable {
    private final App app;

    private Running(App app) {
      this.app = app;
    }

    /** The port it listens on. */
    public int port() {
      return app.port();
    }

    /** The address of the form's start page. */
    public URI uri() {
      return app.uri();
    }

    /** Whether the admin area has a password (and so can be reached). */
    public boolean adminEnabled() {
      return app.adminEnabled();
    }

    @Override
    public void close() {
      app.close();
    }
  }

  /** Configures a {@link WebForm}. */
  public static final class Builder {
    private Questionnaire questionnaire;
    private String host = "127.0.0.1";
    private int port = 8080;
    private String jdbcUrl;
    private Path dataDirectory = Path.of("evidencekit-data");
    private Password databasePassword;
    private Password adminPassword;
    private Duration draftRetention = DEFAULT_DRAFT_RETENTION;
    private Duration sessionTimeout = Duration.ofMinutes(30);
    private int submissionsPerMinute = 10;
    private URI exitUrl = URI.create("https://www.bbc.co.uk/weather");
    private long maxAttachmentBytes = 10L * 1024 * 1024;
    private boolean secureCookies;
    private Clock clock = Clock.systemUTC();

    private Builder() {}

    /** The questionnaire to serve (required). */
    public Builder questionnaire(Questionnaire questionnaire) {
      this.questionnaire = questionnaire;
      return this;
    }

    /** The address to listen on (default 127.0.0.1: this machine only). */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /** The port (default 8080; 0 for any free port). */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new EvidenceKitException("the port must be 0 to 65535");
      }
      this.port = port;
      return this;
    }

    /** A JDBC URL: {@code jdbc:postgresql://host/db?user=...} or {@code jdbc:h2:...}. */
    public Builder database(String jdbcUrl) {
      this.jdbcUrl = jdbcUrl;
      return this;
    }

    /** The database's password, kept out of its URL (and so out of command lines and process lists). */
    public Builder databasePassword(Password password) {
      this.databasePassword = password;
      return this;
    }

    /** Where the default H2 database file goes when no {@link #database} is given. */
    public Builder dataDirectory(Path directory) {
      this.dataDirectory = directory;
      return this;
    }

    /** Sets (or replaces) the admin password; its hash is stored, never the password. */
    public Builder adminPassword(Password password) {
      this.adminPassword = password;
      return this;
    }

    /**
     * How long drafts are kept after the questionnaire's closing date (default 28 days). For a
     * questionnaire past its closing date, or without one, drafts are kept this long after they
     * were last saved.
     */
    public Builder draftRetention(Duration retention) {
      this.draftRetention = retention;
      return this;
    }

    /** How long a session lasts without a request (default 30 minutes). */
    public Builder sessionTimeout(Duration timeout) {
      this.sessionTimeout = timeout;
      return this;
    }

    /** How many responses one client address may send a minute (default 10). */
    public Builder submissionsPerMinute(int perMinute) {
      this.submissionsPerMinute = perMinute;
      return this;
    }

    /** Where "Exit this page" goes once the session is cleared (default BBC Weather). */
    public Builder exitUrl(URI uri) {
      this.exitUrl = uri;
      return this;
    }

    /** The largest file a respondent may attach (default 10 MiB; 0 turns attachments off). */
    public Builder maxAttachmentBytes(long bytes) {
      this.maxAttachmentBytes = bytes;
      return this;
    }

    /** Marks cookies Secure, for a service behind HTTPS (default off: plain HTTP on localhost). */
    public Builder secureCookies(boolean secure) {
      this.secureCookies = secure;
      return this;
    }

    /** The clock (for tests). */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    public WebForm build() {
      return new WebForm(this);
    }
  }
}
