package org.evidencekit.cli;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.web.WebForm;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Serves a questionnaire as a web form until stopped (Ctrl-C). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve a questionnaire as an accessible web form (GOV.UK Design System) on this machine, with save and"
          + " return, and an admin area where the team downloads responses as JSON, Word or PDF.",
      "Drafts, responses and files are kept in a database: an H2 file under --data-dir by default, or"
          + " PostgreSQL with --database. Stop with Ctrl-C."
    })
final class ServeCommand extends Cmd {
  @Mixin QuestionnaireChoice questionnaire;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "The port (default ${DEFAULT-VALUE}; 0 for any free one).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "The address to listen on (default ${DEFAULT-VALUE}: this machine only).")
  String host;

  @Option(names = "--database", paramLabel = "JDBC-URL",
      description = "A database instead of the H2 file, such as jdbc:postgresql://localhost/evidence?user=ek;"
          + " its password comes from --database-password-file or EVIDENCEKIT_DATABASE_PASSWORD, never the URL.")
  String database;

  @Option(names = "--database-password-file", paramLabel = "FILE",
      description = "Read the database's password from the first line of FILE (default: EVIDENCEKIT_DATABASE_PASSWORD if set).")
  Path databasePasswordFile;

  @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "evidencekit-data",
      description = "Where the H2 database file is kept (default ${DEFAULT-VALUE}).")
  Path dataDir;

  @Option(names = "--admin-password-file", paramLabel = "FILE",
      description = "Set the admin password from the first line of FILE (its hash is stored; needed once).")
  Path adminPasswordFile;

  @Option(names = "--admin-password-env", paramLabel = "VAR",
      description = "Set the admin password from the environment variable VAR (default: EVIDENCEKIT_ADMIN_PASSWORD if set).")
  String adminPasswordEnv;

  @Option(names = "--draft-days", paramLabel = "DAYS", defaultValue = "28",
      description = "Days drafts are kept after the closing date (default ${DEFAULT-VALUE}).")
  int draftDays;

  @Override
  public Integer call() throws InterruptedException {
    Questionnaire q = questionnaire.resolve();
    WebForm.Builder b = WebForm.builder().questionnaire(q).host(host).port(port).dataDirectory(dataDir)
        .draftRetention(java.time.Duration.ofDays(draftDays));
    if (database != null) {
      b.database(database);
      PasswordOptions db = new PasswordOptions();
      db.file = databasePasswordFile;
      db.variable = databasePasswordFile == null && System.getenv("EVIDENCEKIT_DATABASE_PASSWORD") != null
          ? "EVIDENCEKIT_DATABASE_PASSWORD" : null;
      db.password().ifPresent(b::databasePassword);
    }
    PasswordOptions pw = new PasswordOptions();
    pw.file = adminPasswordFile;
    pw.variable = adminPasswordEnv != null ? adminPasswordEnv
        : adminPasswordFile == null && System.getenv("EVIDENCEKIT_ADMIN_PASSWORD") != null ? "EVIDENCEKIT_ADMIN_PASSWORD" : null;
    try (Password admin = pw.password().orElse(null)) {
      if (admin != null) {
        b.adminPassword(admin);
      }
      WebForm form = b.build();
      WebForm.Running running = form.start();
      CountDownLatch stopped = new CountDownLatch(1);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        running.close();
        stopped.countDown();
      }, "evidencekit-serve-stop"));
      out().println("Serving '" + q.title() + "' at " + running.uri());
      out().println("Database: " + form.databaseDescription());
      out().println(running.adminEnabled()
          ? "Admin area: " + running.uri().resolve("/admin")
          : "Admin area: off until a password is set (--admin-password-file FILE or EVIDENCEKIT_ADMIN_PASSWORD)");
      out().println("Press Ctrl-C to stop.");
      out().flush();
      stopped.await();
      return Exit.OK;
    }
  }
}
