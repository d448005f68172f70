package org.evidencekit.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.evidencekit.anonymise.response.NotForPublicationException;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.spi.DocumentFormat.Capability;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Renders a questionnaire, blank or with a response, as a document of any registered format. */
@Command(
    name = "render",
    mixinStandardHelpOptions = true,
    description = {
      "Render a questionnaire as a document: the blank form, or a response.",
      "With --response, the form is filled in or the response printed, as the format does by default"
          + " (--fillable, --printed and --answers-only choose). The response is checked first.",
      "The format is the one the output's extension names (-o form.pdf), or --format; a --format that the"
          + " extension contradicts is refused. The output file is replaced only when rendering succeeds."
    })
final class RenderCommand extends Cmd {
  @Mixin QuestionnaireChoice choice;

  @Option(names = "--format", paramLabel = "FORMAT", completionCandidates = FormatIds.class,
      description = "The document format: ${COMPLETION-CANDIDATES} (default: the one the output's extension"
          + " names).")
  String format;

  @Option(names = "--response", paramLabel = "FILE.json", description = "A response to render (validated first).")
  Path responseFile;

  @ArgGroup(exclusive = true)
  LayoutChoice layout = new LayoutChoice();

  static final class LayoutChoice {
    @Option(names = "--answers-only", description = "A compact document of the answers only.")
    boolean answersOnly;

    @Option(names = "--printed", description = "The answers printed as text (the default with a response where the format prints responses).")
    boolean printed;

    @Option(names = "--fillable", description = "The form filled in and still editable (the default with a response where the format fills forms).")
    boolean fillable;
  }

  @Option(names = "--archival", description = "An archival document (such as PDF/A), where the format makes them; cannot be password-protected.")
  boolean archival;

  @Option(names = "--restrict-editing", description = "Restrict editing to filling in the form.")
  boolean restrictEditing;

  @Option(names = "--allow-invalid", description = "Render a response even if validation finds errors.")
  boolean allowInvalid;

  @Option(names = "--anonymise", description = "Render the publishable response: the respondent's consent applied"
      + " and personal details removed (see 'anonymise'). A response given in confidence is refused.")
  boolean anonymise;

  @Mixin PasswordOptions passwords;

  @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "The file to write.")
  Path output;

  @Override
  public Integer call() throws IOException {
    DocumentFormat documentFormat = chooseFormat();
    check(documentFormat, archival, Capability.ARCHIVAL, "archival documents", "--archival");
    check(documentFormat, restrictEditing, Capability.RESTRICT_EDITING, "documents restricted to filling in",
        "--restrict-editing");
    Questionnaire q = choice.resolve();
    Optional<Response> response = Optional.empty();
    java.util.Set<String> withheld = java.util.Set.of();
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
          org.evidencekit.anonymise.response.AnonymisedResponse a = ResponseAnonymiser.standard().anonymise(r);
          r = a.forPublication();
          withheld = a.withheld();
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
        : layout.fillable || response.isEmpty() ? Layout.FORM
        : documentFormat.defaultResponseLayout();
    if (!documentFormat.layouts().contains(chosen)) {
      throw new EvidenceKitException("the " + documentFormat.id() + " format has no " + chosen.id() + " layout: use "
          + inWords(documentFormat.layouts().stream().map(Layout::id).collect(Collectors.toList())));
    }
    Optional<Password> password = passwords.password();
    try {
      check(documentFormat, password.isPresent(), Capability.PASSWORD, "password-protected documents",
          "--password-file or --password-env");
      RenderOptions options = RenderOptions.builder().layout(chosen).password(password)
          .archival(archival).restrictEditing(restrictEditing).anonymised(anonymise).addAllWithheld(withheld)
          .build();
      Path dir = output.toAbsolutePath().getParent();
      Files.createDirectories(dir);
      // Killed (SIGTERM, Ctrl-C) before the rename, the JVM runs its shutdown hooks but no finally
      // block: the hook removes the part file, so nothing half-written is left behind. The hook is
      // in place before the file exists, so no kill can fall between the two.
      Path tmp = dir.resolve(".evidencekit-" + UUID.randomUUID() + ".part");
      Thread cleanUp = new Thread(() -> {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException | RuntimeException ignored) {
          // the JVM is stopping: nothing more to do
        }
      }, "evidencekit-remove-part-file");
      Runtime.getRuntime().addShutdownHook(cleanUp);
      try {
        createPrivately(tmp);
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE)) {
          documentFormat.renderer().render(q, response, options, out);
        }
        Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } finally {
        Files.deleteIfExists(tmp);
        try {
          Runtime.getRuntime().removeShutdownHook(cleanUp);
        } catch (IllegalStateException stopping) {
          // already shutting down: the hook runs, harmlessly
        }
      }
    } finally {
      password.ifPresent(Password::close);
    }
    err().println("wrote " + output + " (" + documentFormat.id() + ", " + chosen.id()
        + (anonymise ? ", anonymised" : "") + (password.isPresent() ? ", password-protected" : "") + (archival ? ", archival" : "") + ")");
    return Exit.OK;
  }

  /** Creates a new, empty file that only its owner may read, where the file system has permissions. */
  private static void createPrivately(Path file) throws IOException {
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } else {
      Files.createFile(file);
    }
  }

  /**
   * The format asked for with --format, else the one the output's extension names; refuses a
   * --format that the output's extension contradicts, before anything is read or written.
   */
  private DocumentFormat chooseFormat() {
    FormatRegistry formats = formats();
    Optional<DocumentFormat> named = formats.byFileName(output);
    if (format == null) {
      return named.orElseThrow(() -> new EvidenceKitException(
          "say which format to write: end the output's name in "
              + inWords(formats.all().stream().map(f -> "." + f.fileExtension()).collect(Collectors.toList()))
              + ", or give --format (" + formats.describeIds() + ")"));
    }
    DocumentFormat chosen = formats.require(format);
    if (named.isPresent() && !named.get().id().equals(chosen.id())) {
      throw new EvidenceKitException("--format " + chosen.id() + " does not match the output's name, "
          + output.getFileName() + ", which says " + named.get().id() + ": end its name in ."
          + chosen.fileExtension() + " for " + chosen.id() + ", or leave out --format");
    }
    return chosen;
  }

  /** Refuses an option the format cannot honour, saying which formats can. */
  private static void check(DocumentFormat format, boolean asked, Capability capability, String what, String option) {
    if (asked && !format.supports(capability)) {
      List<String> can = formats().all().stream().filter(f -> f.supports(capability)).map(DocumentFormat::id)
          .collect(Collectors.toList());
      throw new EvidenceKitException("the " + format.id() + " format cannot make " + what + " (" + option + ")"
          + (can.isEmpty() ? ": leave it out" : ": leave it out, or use " + inWords(can)));
    }
  }
}
