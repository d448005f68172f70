package org.evidencekit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.intake.Intake;
import org.evidencekit.intake.records.IntakeResult;
import org.evidencekit.intake.records.Progress;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.validation.Messages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** From folders of returns to a spreadsheet, a report with charts, an evidence pack and what may be published. */
@Command(
    name = "intake",
    mixinStandardHelpOptions = true,
    description = {
      "Read folders of returns into a spreadsheet, a report with charts, an evidence pack and what may be"
          + " published.",
      "Every return (.docx, .odt, .pdf, .json) under the folders is read, recursively; OUT receives:"
          + " returns.jsonl (every file: its SHA-256, status, problems and response), returns.csv and returns.xlsx"
          + " (a row per response read, a column per question and option), problems.csv, summary.html and"
          + " summary.pdf (charts and tables, every number through disclosure control), evidence-pack.docx (the"
          + " free-text answers, anonymised) and publish/ (each publishable return, anonymised, as JSON and a"
          + " document).",
      "Input files are never changed. Every file is accounted for: read-valid, read-invalid, other-questionnaire,"
          + " duplicate (the same bytes, or the same respondent and organisation again: the latest is kept),"
          + " protected, unreadable (why). A run again reads only new or changed files; an interrupted run leaves"
          + " the previous outputs as they were.",
      "Exit 0 done (whatever the returns held), 2 unusable input (no such folder, a wrong definition)."
    })
final class IntakeCommand extends Cmd {
  @Parameters(arity = "1..*", paramLabel = "DIR",
      description = "The folders of returns; a bundled questionnaire's id among them chooses the questionnaire"
          + " (default: the 2012 call for evidence).")
  List<String> arguments;

  @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT", description = "Where to write.")
  Path out;

  @Option(names = "--definition", paramLabel = "FILE",
      description = "Your own questionnaire definition (JSON or YAML) instead of a bundled one.")
  Path definition;

  @Mixin PasswordOptions passwords;

  @Option(names = "--threshold", paramLabel = "N", defaultValue = "5",
      description = "Counts from 1 to N-1 are withheld in the summary (default: ${DEFAULT-VALUE}).")
  int threshold;

  @Option(names = "--threads", paramLabel = "N", description = "Returns read at once (default: one per core).")
  int threads;

  @Override
  public Integer call() throws IOException {
    List<Path> folders = new ArrayList<>();
    String id = null;
    for (String a : arguments) {
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        folders.add(p);
      } else if (Questionnaires.byId(a).isPresent() && id == null && definition == null) {
        id = a;
      } else {
        throw new EvidenceKitException((Messages.isQuotable(a) || Files.exists(p) ? a : "an argument")
            + ": no such folder (give folders of returns, and at most one bundled questionnaire's id)");
      }
    }
    if (folders.isEmpty()) {
      throw new EvidenceKitException("no folder of returns given: evidencekit intake DIR... -o OUT");
    }
    if (threshold < 2) {
      throw new EvidenceKitException("--threshold is 2 or more");
    }
    Questionnaire q = definition != null ? EvidenceJson.standard().readQuestionnaire(definition)
        : QuestionnaireChoice.bundled(id != null ? id : Questionnaires.CALL_FOR_EVIDENCE_2012);
    Optional<Password> password = passwords.password();
    try {
      Intake.Builder b = Intake.builder().questionnaire(q).formats(formats()).threads(threads)
          .disclosureControl(DisclosureControl.builder().threshold(threshold).build());
      password.ifPresent(b::password);
      IntakeResult r = b.build().run(folders, out, new Bar(err(), System.console() != null));
      report(out(), r, out);
      return Exit.OK;
    } finally {
      password.ifPresent(Password::close);
    }
  }

  /** What the run did and where everything is. */
  static void report(PrintWriter say, IntakeResult r, Path out) {
    say.println("intake: " + r.summary() + ".");
    say.println("  " + r.published() + " returns may be published (publish/).");
    for (Path p : r.written()) {
      say.println("  wrote " + p);
    }
    say.println("The report is " + out.resolve("summary.html").toAbsolutePath() + " (and summary.pdf); what is wrong"
        + " with each file is in " + out.resolve("problems.csv"));
    say.flush();
  }

  /** A progress bar on a terminal, plain lines elsewhere; on standard error. */
  static final class Bar implements Progress {
    private final PrintWriter err;
    private final boolean terminal;
    private final long start = System.nanoTime();
    private volatile int lastShown = -1;
    private volatile long lastLine;

    Bar(PrintWriter err, boolean terminal) {
      this.err = err;
      this.terminal = terminal;
    }

    @Override
    public void started(int files) {
      synchronized (err) {
        err.println("intake: " + files + " files found");
        err.flush();
      }
    }

    @Override
    public void advanced(int done, int files, int fromCache) {
      long now = System.nanoTime();
      int percent = files == 0 ? 100 : (int) (100L * done / files);
      boolean show = terminal ? percent != lastShown || done == files
          : (now - lastLine > 2_000_000_000L || done == files);
      if (!show) {
        return;
      }
      synchronized (err) {
        lastShown = percent;
        lastLine = now;
        double secs = (now - start) / 1e9;
        String left = done == 0 || done == files ? "" : ", about " + Math.round(secs / done * (files - done))
            + " s left";
        String text = done + " of " + files + " files (" + percent + "%" + (fromCache > 0 ? ", " + fromCache
            + " unchanged" : "") + ")" + left;
        if (terminal) {
          int width = 30;
          int filled = width * percent / 100;
          err.print("\r[" + "#".repeat(filled) + " ".repeat(width - filled) + "] " + text + "   ");
          if (done == files) {
            err.println();
          }
        } else {
          err.println("intake: " + text);
        }
        err.flush();
      }
    }

    @Override
    public void writing(String what) {
      synchronized (err) {
        err.println("intake: " + what);
        err.flush();
      }
    }
  }
}
