package org.evidencekit.intake;

import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.intake.records.IntakeResult;
import org.evidencekit.intake.records.Progress;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.evidencekit.anonymise.counts.DisclosureControl;
import org.evidencekit.anonymise.response.ResponseAnonymiser;
import org.evidencekit.intake.internal.Examiner;
import org.evidencekit.intake.internal.Runner;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.ReadOptions;

/**
 * Intake of returns for one questionnaire.
 *
 * <p>{@link #examine} is the per-return step: one file's path and bytes to its {@link
 * ReturnRecord}, a pure function (no file system, no clock, nothing shared), so that it can run in
 * any order on any number of machines. {@link #run} runs it over every file under some folders, in
 * parallel over all cores with a bounded number of files in memory, and writes in OUT:
 * {@code returns.jsonl}, {@code returns.csv}, {@code returns.xlsx}, {@code problems.csv},
 * {@code summary.html}, {@code summary.pdf}, {@code evidence-pack.docx} and {@code publish/}.
 * Every file is written whole to a temporary file and renamed into place, so an interrupted run
 * leaves the previous outputs as they were. A run again reads only new or changed files (the
 * records of the others are kept in {@code OUT/.intake/}) and writes the same outputs as a fresh
 * run would.
 *
 * <p>Configured once with {@link #builder()}; immutable and thread-safe (the password given is
 * used, not copied: close it after the runs).
 */
public final class Intake {
  private final Questionnaire questionnaire;
  private final FormatRegistry formats;
  private final Optional<Password> password;
  private final DisclosureControl control;
  private final ResponseAnonymiser anonymiser;
  private final int threads;
  private final long maxBytes;
  private final boolean publishDocuments;
  private final Examiner examiner;

  private Intake(Builder b) {
    this.questionnaire = Objects.requireNonNull(b.questionnaire, "questionnaire");
    this.formats = b.formats != null ? b.formats : FormatRegistry.discover();
    this.password = b.password;
    this.control = b.control;
    this.anonymiser = b.anonymiser;
    this.threads = b.threads > 0 ? b.threads : Runtime.getRuntime().availableProcessors();
    this.maxBytes = b.maxBytes;
    this.publishDocuments = b.publishDocuments;
    this.examiner = new Examiner(questionnaire, formats, password, maxBytes, anonymiser);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The questionnaire returns are read against. */
  public Questionnaire questionnaire() {
    return questionnaire;
  }

  /**
   * The per-return step: what one file is. {@code path} names it in the record (any string: a
   * path, an object key); {@code bytes} is its whole content. Never throws for a bad file: a file
   * that cannot be read is a record with status {@link ReturnStatus#UNREADABLE} saying why.
   * Duplicates are found across records, by {@link #run}: this step never marks one.
   */
  public ReturnRecord examine(String path, byte[] bytes) {
    return examiner.examine(Objects.requireNonNull(path, "path"), Objects.requireNonNull(bytes, "bytes"));
  }

  /**
   * Reads every file under the folders (recursively; names starting with '.' are skipped, and so
   * is OUT itself) and writes the outputs in {@code out}.
   *
   * @throws IOException if a folder cannot be walked or OUT cannot be written (a bad return is
   *     never an exception: it is a record)
   */
  public IntakeResult run(List<Path> folders, Path out, Progress progress) throws IOException {
    return new Runner(examiner, questionnaire, formats, control, threads, publishDocuments)
        .run(folders, out, progress);
  }

  /**
   * The records a run wrote to {@code returns.jsonl} (in OUT), read back in path order: what the
   * {@code counts} command counts from, so that it and the summary count the same returns.
   *
   * @throws IOException if the file cannot be read
   */
  public static List<ReturnRecord> records(Path returnsJsonl) throws IOException {
    List<ReturnRecord> out = new java.util.ArrayList<>();
    try (java.io.BufferedReader r = java.nio.file.Files.newBufferedReader(returnsJsonl,
        java.nio.charset.StandardCharsets.UTF_8)) {
      String line;
      int n = 0;
      while ((line = r.readLine()) != null) {
        n++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(org.evidencekit.intake.internal.Codec.decode(line));
        } catch (RuntimeException e) {
          throw new org.evidencekit.model.EvidenceKitException(returnsJsonl + ":" + n
              + ": not a record written by intake");
        }
      }
    }
    return out;
  }

  @Override
  public String toString() {
    return "Intake[" + questionnaire.id() + " " + questionnaire.version() + ", " + threads + " threads]";
  }

  /** Configures an {@link Intake}. */
  public static final class Builder {
    private Questionnaire questionnaire;
    private FormatRegistry formats;
    private Optional<Password> password = Optional.empty();
    private DisclosureControl control = DisclosureControl.standard();
    private ResponseAnonymiser anonymiser = ResponseAnonymiser.standard();
    private int threads;
    private long maxBytes = ReadOptions.defaults().maxBytes();
    private boolean publishDocuments = true;

    private Builder() {}

    /** The questionnaire the returns answer (required). */
    public Builder questionnaire(Questionnaire q) {
      this.questionnaire = Objects.requireNonNull(q, "questionnaire");
      return this;
    }

    /** The document formats to read (default: every one {@link FormatRegistry#discover()} finds). */
    public Builder formats(FormatRegistry formats) {
      this.formats = Objects.requireNonNull(formats, "formats");
      return this;
    }

    /** The password protected returns are opened with. */
    public Builder password(Password password) {
      this.password = Optional.of(password);
      return this;
    }

    /** The disclosure control every published number passes (default {@link DisclosureControl#standard()}). */
    public Builder disclosureControl(DisclosureControl control) {
      this.control = Objects.requireNonNull(control, "control");
      return this;
    }

    /** How responses are anonymised for the evidence pack and publish/ (default standard). */
    public Builder anonymiser(ResponseAnonymiser anonymiser) {
      this.anonymiser = Objects.requireNonNull(anonymiser, "anonymiser");
      return this;
    }

    /** How many returns are read at once (default: the number of cores). */
    public Builder threads(int threads) {
      this.threads = threads;
      return this;
    }

    /** The largest return read, in bytes (default that of {@link ReadOptions}: 50 MiB). */
    public Builder maxBytes(long maxBytes) {
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * Whether publish/ holds a document (in each format that makes archival ones) beside each JSON
     * (default true).
     */
    public Builder publishDocuments(boolean publish) {
      this.publishDocuments = publish;
      return this;
    }

    public Intake build() {
      return new Intake(this);
    }
  }
}
