package org.evidencekit.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.Password;
import org.evidencekit.redact.DocumentType;
import org.evidencekit.redact.Finding;
import org.evidencekit.redact.RedactedDocument;
import org.evidencekit.redact.RedactionException;
import org.evidencekit.redact.RedactionReport;
import org.evidencekit.redact.Redactor;
import org.evidencekit.redact.ReviewList;
import org.evidencekit.redact.SelfCheckException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Redacts a Word or PDF document that someone sent in: review first, then apply. */
@Command(
    name = "redact",
    mixinStandardHelpOptions = true,
    description = {
      "Remove personal details and hidden data from a Word (.docx) or PDF document, for real.",
      "Text is replaced or taken out of the file, not only covered; comments, tracked changes,"
          + " hidden text, properties, metadata, annotations, form fields, attachments, scripts and"
          + " earlier revisions are removed. The output is read back and checked before it is written.",
      "With --review, a copy with every proposed redaction highlighted and labelled is written"
          + " instead. Decide with a list file given to --keep, one decision a line: '- text' keeps"
          + " it, '+ text' adds it, '+ page N: x y width height' adds an area (points from the top left).",
      "Exit 0 done, 1 not clean (a leftover was found and nothing written, or a page needs a"
          + " person), 2 unusable input."
    })
final class RedactCommand extends Cmd {
  private static final Redactor REDACTOR = Redactor.standard();

  @Parameters(index = "0", paramLabel = "FILE", description = "The document: a .docx or .pdf file.")
  Path file;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true,
      description = "Where to write the redacted document (or the review copy).")
  Path output;

  @Option(names = "--review", description = "Write a review copy: proposals highlighted and labelled, nothing removed.")
  boolean review;

  @Option(names = "--report", description = "Print the report on standard error: what was removed where (never the text).")
  boolean report;

  @Option(names = "--keep", paramLabel = "LIST", description = "A person's decisions after a review, one a line (see above).")
  Path keep;

  @Mixin PasswordOptions passwords;

  @Override
  public Integer call() {
    byte[] in = read(file, "document");
    DocumentType type = Redactor.typeOf(in).orElseThrow(
        () -> new EvidenceKitException(file + ": not a Word (.docx) or PDF document"));
    String ext = extension(output);
    if (!ext.isEmpty() && !ext.equals(type.extension())) {
      throw new EvidenceKitException(output + ": the output of a " + type.extension()
          + " document is a ." + type.extension() + " file");
    }
    ReviewList list = ReviewList.none();
    if (keep != null) {
      try {
        list = ReviewList.parse(new String(read(keep, "list"), StandardCharsets.UTF_8));
      } catch (RedactionException e) {
        throw new EvidenceKitException(keep + ": " + e.getMessage());
      }
    }
    Optional<Password> password = passwords.password();
    char[] chars = password.map(Password::chars).orElse(null);
    RedactedDocument out;
    try {
      out = review ? REDACTOR.review(in, list, chars) : REDACTOR.redact(in, list, chars);
    } catch (SelfCheckException e) {
      err().println(file + ": nothing written: the check of the redacted copy found what should have gone:");
      e.places().forEach(p -> err().println("  " + p));
      return Exit.INVALID;
    } catch (RedactionException e) {
      throw new EvidenceKitException(file + ": " + e.getMessage());
    } finally {
      if (chars != null) {
        Arrays.fill(chars, '\0');
      }
      password.ifPresent(Password::close);
    }
    try {
      Files.write(output, out.bytes());
    } catch (IOException e) {
      throw new EvidenceKitException(output + ": cannot be written");
    }
    RedactionReport r = out.report();
    if (report) {
      r.lines().forEach(err()::println);
    }
    int details = 0;
    for (Finding f : r.removed()) {
      details += f.count();
    }
    err().println(output + ": " + (review ? "review copy written: " + details + " proposed redactions highlighted"
        : "redacted and checked: " + details + " redactions"));
    if (!r.clean()) {
      for (Finding f : r.needsPerson()) {
        err().println(output + ": needs a person: " + f.what() + ", " + f.where());
      }
      return Exit.INVALID;
    }
    return Exit.OK;
  }

  private static byte[] read(Path p, String what) {
    try {
      return Files.readAllBytes(p);
    } catch (NoSuchFileException e) {
      throw new EvidenceKitException(p + ": no such " + what + " file");
    } catch (IOException e) {
      throw new EvidenceKitException(p + ": the " + what + " file cannot be read");
    }
  }

  private static String extension(Path p) {
    String name = p.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
