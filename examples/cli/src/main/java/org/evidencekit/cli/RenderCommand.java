package org.evidencekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.evidencekit.anonymise.response.NotForPublicationException;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.spi.DocumentRenderer;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Renders a questionnaire, blank or with a response, as a Word or PDF document. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a questionnaire as a Word (docx) or PDF document: the blank fillable form, or with --response",
      "the form filled in (docx) or the response printed (pdf). The output file is replaced only when",
      "rendering succeeds."
    })
final class RenderCommand extends Cmd {
  @Mixin QuestionnaireChoice choice;

  @Option(names = "--format", required = true, paramLabel = "docx|pdf", description = "The document format.")
  String format;

  @Option(names = "--response", paramLabel = "FILE.json", description = "A response to render (validated first).")
  Path responseFile;

  @ArgGroup(exclusive = true)
  LayoutChoice layout = new LayoutChoice();

  static final class LayoutChoice {
    @Option(names = "--answers-only", description = "A compact document of the answers only.")
    boolean answersOnly;

    @Option(names = "--printed", description = "The answers printed as text (the default for pdf with a response).")
    boolean printed;

    @Option(names = "--fillable", description = "The form filled in and still editable (the default for docx).")
    boolean fillable;
  }

  @Option(names = "--archival", description = "An archival document (PDF/A); cannot be password-protected.")
  boolean archival;

  @Option(names = "--restrict-editing", description = "Restrict editing to filling in the form.")
  boolean restrictEditing;

  @Option(names = "--allow-invalid", description = "Render a response even if validation finds errors.")
  boolean allowInvalid;

  @Option(names = "--anonymise", description = {
      "Render the publishable response: the respondent's consent applied and personal details removed",
      "(see the anonymise command). A response given in confidence is refused."})
  boolean anonymise;

  @Mixin PasswordOptions passwords;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The file to write.")
  Path output;

  @Override
  public Integer call() throws IOException {
    Questionnaire q = choice.resolve();
    DocumentRenderer renderer = Formats.renderer(format);
    Optional<Response> response = Optional.empty();
    if (responseFile != null) {
      Response r = EvidenceJson.standard().readResponse(responseFile);
      ValidationReport report = ResponseValidator.standard().validate(q, r);
      if (!report.isValid() && !allowInvalid) {
        for (Problem p : report.problems()) {
          out().println(p.toLine());
        }
        err().println(responseFile + ": invalid, not rendered (use --allow-invalid to render it anyway)");
        return Exit.INVALID;
      }
      if (anonymise) {
        try {
          r = ResponseAnonymiser.standard().anonymise(r).forPublication();
        } catch (NotForPublicationException e) {
          err().println(responseFile + ": given in confidence: not for publication, not rendered");
          return Exit.INVALID;
        }
      }
      response = Optional.of(r);
    } else if (anonymise) {
      throw new EvidenceKitException("--anonymise needs a --response to anonymise");
    }
    Layout chosen = layout.answersOnly ? Layout.ANSWERS_ONLY
        : layout.printed ? Layout.PRINTED
        : layout.fillable || response.isEmpty() || !format.equals("pdf") ? Layout.FORM
        : Layout.PRINTED;
    Optional<Password> password = passwords.password();
    try {
      RenderOptions options = RenderOptions.builder().layout(chosen).password(password)
          .archival(archival).restrictEditing(restrictEditing).build();
      Path dir = output.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, ".evidencekit-", ".part");
      try {
        try (OutputStream out = Files.newOutputStream(tmp)) {
          renderer.render(q, response, options, out);
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } finally {
      password.ifPresent(Password::close);
    }
    err().println("wrote " + output + " (" + format + ", " + chosen.id()
        + (anonymise ? ", anonymised" : "") + (password.isPresent() ? ", password-protected" : "") + (archival ? ", archival" : "") + ")");
    return Exit.OK;
  }
}
