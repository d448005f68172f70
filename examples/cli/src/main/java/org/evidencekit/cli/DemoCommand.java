package org.evidencekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.anonymise.counts.PublishedTable;
import org.evidencekit.anonymise.response.AnonymisedResponse;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.anonymise.response.ResponseCounts;
import org.evidencekit.intake.Intake;
import org.evidencekit.intake.records.IntakeResult;
import org.evidencekit.intake.InventedReturns;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.DocumentFormat.Capability;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The main job, as far as it goes: what a call for evidence needs, end to end. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    description = "Run the main job on the 2012 call for evidence and say what was written where.")
final class DemoCommand extends Cmd {
  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "demo-output",
      description = "Where to write (default: ${DEFAULT-VALUE}).")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter say = out();
    Files.createDirectories(out);
    EvidenceJson json = EvidenceJson.standard();
    Questionnaire q = Questionnaires.callForEvidence2012();
    say.println("EvidenceKit demo: " + q.title() + " (" + q.id() + ", version " + q.version() + ")");
    say.println("  " + q.parts().size() + " parts, " + q.questions().size() + " questions, "
        + q.definitions().size() + " definitions; closing date " + q.closingDate().map(Object::toString).orElse("none"));

    write(out.resolve("questionnaire.json"), json.write(q, Format.JSON), "the questionnaire definition (JSON)");
    write(out.resolve("questionnaire.yaml"), json.write(q, Format.YAML), "the same definition as YAML");

    Response example = Questionnaires.exampleResponse(q.id());
    write(out.resolve("example-response.json"), json.write(example), "a complete, invented example response");
    ValidationReport report = ResponseValidator.standard().validate(q, example);
    say.println("  validated the example response: " + (report.isValid() ? "valid" : "INVALID") + ", "
        + report.problems().size() + " problems");

    Response broken = example.withAnswer("cse-victims-per-year", NumberAnswer.of(-3));
    ValidationReport brokenReport = ResponseValidator.standard().validate(q, broken);
    StringBuilder lines = new StringBuilder();
    for (Problem p : brokenReport.problems()) {
      lines.append(p.toLine()).append('\n');
    }
    write(out.resolve("broken-response.json"), json.write(broken), "the example with a count of -3");
    write(out.resolve("broken-response.problems.txt"), lines.toString(), "what validation says about it");
    say.print(lines.toString().lines().map(l -> "    " + l + "\n").reduce("", String::concat));

    renderDocuments(q, example);
    publish(q, example);

    intake(q);

    Questionnaire partner = Questionnaires.referralScreening();
    write(out.resolve("partner-form.yaml"), json.write(partner, Format.YAML),
        "a partner organisation's own form (" + partner.id() + "), written in the same format");
    say.println("Done. Everything is in " + out.toAbsolutePath());
    return Exit.OK;
  }

  /**
   * What the call for evidence asks for: evidence anonymised and password-protected before it is
   * sent, the password sent separately; and counts across responses that are safe to publish.
   */
  private void publish(Questionnaire q, Response example) throws IOException {
    AnonymisedResponse anonymised = ResponseAnonymiser.standard().anonymise(example);
    write(out.resolve("example-response.anonymised.json"), EvidenceJson.standard().write(anonymised.forPublication()),
        "the example response as it may be published (consent: " + anonymised.appliedConsent().id() + ")");
    StringWriter report = new StringWriter();
    AnonymiseCommand.printReport(anonymised, new PrintWriter(report));
    write(out.resolve("example-response.anonymised.report.txt"), report.toString(),
        "what was removed where (types and places only, never the text)");

    char[] secret = randomPassword();
    try (Password password = Password.of(secret)) {
      write(out.resolve("password.txt"), new String(secret),
          "the password for the protected documents (in real use, send it separately)");
      for (DocumentFormat format : formats().all()) {
        if (!format.supports(Capability.PASSWORD)) {
          continue;
        }
        String ext = format.fileExtension();
        render(format, q, Optional.of(anonymised.forPublication()),
            RenderOptions.builder().password(password).build(), "example-response.anonymised.protected." + ext,
            "the anonymised response, password-protected (" + ext + ")");
      }
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }

    List<Response> batch = new ArrayList<>();
    for (long seed = 1; seed <= 12; seed++) {
      batch.add(ExampleResponses.random(q, seed));
    }
    PublishedTable table = DisclosureControl.standard().publish(
        ResponseCounts.optionCounts(q, batch, "specialist-groups"));
    write(out.resolve("published-counts.tsv"), table.toTsv(),
        "how many of 12 invented responses specialise in each group of children, small counts suppressed");
  }

  /**
   * The inquiry team's day: a folder of returns as they arrive (Word, PDF and JSON, one
   * protected, one damaged, one sent twice, one of the partner's form, and more), read by intake
   * into a spreadsheet, a report with charts, an evidence pack and what may be published.
   */
  private void intake(Questionnaire q) throws IOException {
    Path returns = out.resolve("returns");
    if (Files.exists(returns)) {
      try (java.util.stream.Stream<Path> s = Files.walk(returns)) {
        for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    char[] secret = randomPassword();
    try (Password password = Password.of(secret)) {
      write(out.resolve("returns-password.txt"), new String(secret),
          "the password of the protected return in returns/ (in real use, sent separately)");
      Map<String, ReturnStatus> made = InventedReturns.builder().questionnaire(q).formats(formats()).count(36)
          .seed(2012).password(password).build().write(returns);
      out().println("  wrote " + returns + ": " + made.size() + " invented returns as they arrive (JSON and forms,"
          + " a protected one, a damaged one, a duplicate, one of the partner's form, a zip bomb …)");
      out().println("  running intake on them (evidencekit intake " + returns + " -o " + out.resolve("intake")
          + " --password-file " + out.resolve("returns-password.txt") + "):");
      IntakeResult r = Intake.builder().questionnaire(q).formats(formats()).password(password).build()
          .run(List.of(returns), out.resolve("intake"), new IntakeCommand.Bar(out(), false));
      StringWriter said = new StringWriter();
      IntakeCommand.report(new PrintWriter(said), r, out.resolve("intake"));
      said.toString().lines().forEach(l -> out().println("    " + l));
    } finally {
      java.util.Arrays.fill(secret, '\0');
    }
  }

  private static char[] randomPassword() {
    String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    SecureRandom random = new SecureRandom();
    char[] c = new char[20];
    for (int i = 0; i < c.length; i++) {
      c[i] = alphabet.charAt(random.nextInt(alphabet.length()));
    }
    return c;
  }

  /**
   * The blank form and the example response in every document format there is, in each layout the
   * format has, and as an archival document where the format makes them.
   */
  private void renderDocuments(Questionnaire q, Response example) throws IOException {
    for (DocumentFormat format : formats().all()) {
      String ext = format.fileExtension();
      render(format, q, Optional.empty(), RenderOptions.defaults(), "blank-form." + ext,
          "the blank fillable form (" + ext + ")");
      render(format, q, Optional.of(example), RenderOptions.defaults(), "example-response-form." + ext,
          "the form filled in with the example response (" + ext + ")");
      if (format.layouts().contains(Layout.ANSWERS_ONLY)) {
        render(format, q, Optional.of(example), RenderOptions.of(Layout.ANSWERS_ONLY), "example-response-answers." + ext,
            "the example response's answers only (" + ext + ")");
      }
      if (format.defaultResponseLayout() == Layout.PRINTED) {
        render(format, q, Optional.of(example), RenderOptions.of(Layout.PRINTED), "example-response-printed." + ext,
            "the example response printed as text (" + ext + ")");
      }
      if (format.supports(Capability.ARCHIVAL) && format.layouts().contains(Layout.PRINTED)) {
        render(format, q, Optional.of(example), RenderOptions.builder().layout(Layout.PRINTED).archival(true).build(),
            "example-response-archival." + ext, "the same as an archival document (" + ext + ")");
      }
    }
  }

  private void render(DocumentFormat format, Questionnaire q, Optional<Response> response,
      RenderOptions options, String name, String what) throws IOException {
    Path file = out.resolve(name);
    Path tmp = Files.createTempFile(out.toAbsolutePath(), ".demo", ".tmp");
    try {
      try (OutputStream stream = Files.newOutputStream(tmp)) {
        format.renderer().render(q, response, options, stream);
      }
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
    out().println("  wrote " + file + ": " + what);
  }

  private void write(Path file, String text, String what) throws IOException {
    Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".demo", ".tmp");
    Files.writeString(tmp, text.endsWith("\n") ? text : text + "\n", StandardCharsets.UTF_8);
    Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    out().println("  wrote " + file + ": " + what);
  }
}
