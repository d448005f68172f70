package org.evidencekit.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.DocumentReader;
import org.evidencekit.model.spi.ReadOptions;
import org.evidencekit.model.validation.Problem;
import org.evidencekit.model.validation.ResponseValidator;
import org.evidencekit.model.validation.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Reads a filled form of any registered format that can be read back into a response. */
@Command(
    name = "read",
    mixinStandardHelpOptions = true,
    description = {
      "Read a filled form back and print the response as JSON.",
      "The form's format is recognised from the file itself. The response's validation problems go to"
          + " standard error.",
      "Exit 0 valid, 1 read but invalid, 2 unreadable (not a form of a format that can be read back, not one"
          + " of our forms, a wrong password)."
    })
final class ReadCommand extends Cmd {
  @Parameters(index = "0", paramLabel = "FILE", description = "The filled form.")
  Path file;

  @Option(names = "--definition", paramLabel = "FILE",
      description = "The questionnaire definition the form was made from, if it is not a bundled one.")
  Path definition;

  @Mixin PasswordOptions passwords;

  @Override
  public Integer call() throws IOException {
    byte[] bytes;
    try {
      long size = Files.size(file);
      if (size > ReadOptions.defaults().maxBytes()) {
        throw new EvidenceKitException(Names.shown(file) + ": larger than " + (ReadOptions.defaults().maxBytes() >> 20) + " MiB, too large to read");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new EvidenceKitException(Names.shown(file) + ": no such file");
    } catch (IOException e) {
      throw new EvidenceKitException(Names.shown(file) + ": " + Names.whyUnreadable(file, e));
    }
    List<String> readable = formats().all().stream().filter(f -> f.reader().isPresent()).map(DocumentFormat::id)
        .collect(Collectors.toList());
    DocumentFormat format = formats().recognise(bytes).orElseThrow(
        () -> new EvidenceKitException(Names.shown(file) + ": not a document of a format that can be read back ("
            + inWords(readable) + ")"));
    DocumentReader reader = format.reader().orElseThrow(
        () -> new EvidenceKitException(Names.shown(file) + ": a document of the " + format.id() + " format, which cannot be read"
            + " back (only " + inWords(readable) + " documents can)"));
    Optional<Password> password = passwords.password();
    try {
      ReadOptions options = ReadOptions.builder().password(password).build();
      QuestionnaireRef ref = reader.identify(stream(bytes), options);
      Questionnaire q = definition != null
          ? EvidenceJson.standard().readQuestionnaire(definition)
          : QuestionnaireChoice.bundled(ref.id());
      Response response = reader.read(q, stream(bytes), options);
      out().println(EvidenceJson.standard().write(response).stripTrailing());
      ValidationReport report = ResponseValidator.standard().validate(q, response);
      for (Problem p : report.problems()) {
        err().println(p.toLine());
      }
      return report.isValid() ? Exit.OK : Exit.INVALID;
    } catch (EvidenceKitException e) {
      throw new EvidenceKitException(Names.shown(file) + ": " + e.getMessage(), e);
    } finally {
      password.ifPresent(Password::close);
    }
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }
}
