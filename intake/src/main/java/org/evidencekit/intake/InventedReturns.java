package org.evidencekit.intake;

import org.evidencekit.intake.records.ReturnStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidencekit.intake.internal.Examiner;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Password;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.FormatRegistry;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.spi.RenderOptions;

/**
 * A folder of invented returns for demonstrations, tests and benchmarks: valid and invalid
 * responses as JSON and as filled forms in each readable format intake reads (in equal parts),
 * and, if asked, one of each kind of awkward file: a protected form (opened by the password
 * given), one protected by another password, a return for another questionnaire (the partner
 * form), a copy of another file's bytes, a return sent again by the same respondent, a zip bomb,
 * a hostile PDF, a damaged document, an OpenDocument file, a file too large, and a file that is
 * not a return. Every name, organisation and answer is invented; the respondent's name and
 * organisation are planted in a free-text answer, so that a test can check they are removed.
 *
 * <p>{@link #write} returns the status each file should get, by file name.
 */
public final class InventedReturns {
  private static final String[] FIRST = {"Alex", "Sam", "Jordan", "Robin", "Casey", "Jamie", "Morgan"};
  private static final String[] LAST = {"Fairweather", "Holloway", "Pemberton", "Ashdown", "Whitlock", "Marchbank"};
  private static final String[] ORGS = {"Riverside Youth Project", "Northgate Family Service", "Eastbrook Outreach",
      "Hillcrest Safeguarding Team", "Westvale Young People's Service"};

  private final Questionnaire q;
  private final FormatRegistry formats;
  private final int count;
  private final long seed;
  private final boolean awkward;
  private final Optional<Password> password;
  private final long hugeBytes;
  private final double invalidShare;

  private InventedReturns(Builder b) {
    this.q = Objects.requireNonNull(b.questionnaire, "questionnaire");
    this.formats = b.formats != null ? b.formats : FormatRegistry.discover();
    this.count = b.count;
    this.seed = b.seed;
    this.awkward = b.awkward;
    this.password = b.password;
    this.hugeBytes = b.hugeBytes;
    this.invalidShare = b.invalidShare;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The document formats returns are made in: those that read back, with an extension intake reads. */
  public List<DocumentFormat> documentFormats() {
    List<DocumentFormat> out = new ArrayList<>();
    for (DocumentFormat f : formats.all()) {
      if (f.reader().isPresent() && Examiner.EXTENSIONS.contains(f.fileExtension())
          && f.layouts().contains(Layout.FORM)) {
        out.add(f);
      }
    }
    return out;
  }

  /** The respondent planted in return {@code i}: a name and organisation (invented). */
  public static Respondent respondent(int i) {
    return Respondent.builder().name(FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length])
        .organisation(ORGS[i % ORGS.length] + " " + (i + 1)).build();
  }

  /** The response of return {@code i} (valid unless it is one of the invalid share). */
  public Response response(int i) {
    return response(i, invalid(i));
  }

  private Response response(int i, boolean invalid) {
    Response r = ExampleResponses.random(q, seed * 1_000_003L + i);
    Respondent who = respondent(i);
    Respondent.Builder rb = Respondent.builder().name(who.name().orElseThrow())
        .organisation(who.organisation().orElseThrow());
    r.respondent().jobTitle().ifPresent(rb::jobTitle);
    r.respondent().email().ifPresent(rb::email);
    r.respondent().area().ifPresent(rb::area);
    r.respondent().contactName().ifPresent(rb::contactName);
    r.respondent().phone().ifPresent(rb::phone);
    r = r.withRespondent(rb.build());
    if (q.question("service-description").isPresent()) {
      r = r.withAnswer("service-description", TextAnswer.of("Written by " + who.name().orElseThrow() + " of "
          + who.organisation().orElseThrow() + ". We work with young people at risk in the town centre."));
    }
    if (invalid) {
      String count = q.questions().stream().filter(x -> x.asCount().isPresent()).map(x -> x.id()).findFirst()
          .orElse(null);
      if (count != null) {
        r = r.withAnswer(count, NumberAnswer.of(-3));
      }
    }
    return r;
  }

  private boolean invalid(int i) {
    return invalidShare > 0 && (i % Math.max(1, (int) Math.round(1 / invalidShare))) == 1;
  }

  /** Writes the returns into {@code dir}; the status each file should get, by file name. */
  public Map<String, ReturnStatus> write(Path dir) throws IOException {
    Files.createDirectories(dir);
    Map<String, ReturnStatus> expect = new LinkedHashMap<>();
    List<DocumentFormat> docs = documentFormats();
    int kinds = docs.size() + 1;
    EvidenceJson json = EvidenceJson.standard();
    for (int i = 0; i < count; i++) {
      Response r = response(i);
      int kind = i % kinds;
      String stem = String.format("return-%05d", i + 1);
      String name;
      if (kind == 0) {
        name = stem + ".json";
        Files.writeString(dir.resolve(name), json.write(r), StandardCharsets.UTF_8);
      } else {
        DocumentFormat f = docs.get(kind - 1);
        name = stem + "." + f.fileExtension();
        Files.write(dir.resolve(name), render(f, q, r, RenderOptions.defaults()));
      }
      expect.put(name, invalid(i) ? ReturnStatus.READ_INVALID : ReturnStatus.READ_VALID);
    }
    if (awkward) {
      awkward(dir, expect, docs, json);
    }
    return expect;
  }

  private void awkward(Path dir, Map<String, ReturnStatus> expect, List<DocumentFormat> docs, EvidenceJson json)
      throws IOException {
    Path sub = dir.resolve("stragglers");
    Files.createDirectories(sub);
    // A copy of the first return's bytes under another name.
    if (!expect.isEmpty()) {
      String first = expect.keySet().iterator().next();
      String copy = "stragglers/copy-of-" + first;
      Files.copy(dir.resolve(first), dir.resolve(copy));
      expect.put(copy, ReturnStatus.DUPLICATE);
    }
    // The same respondent and organisation again, later: the earlier one becomes the duplicate.
    if (count > 2) {
      int i = 2;
      Response again = invalid(i) ? response(0).withRespondent(respondent(i)) : response(i);
      Response later = resubmitted(again, again.submitted().orElse(LocalDate.of(2012, 11, 1)).plusDays(3));
      String name = "stragglers/resent-by-respondent-3.json";
      Files.writeString(dir.resolve(name), json.write(later), StandardCharsets.UTF_8);
      expect.put(name, ReturnStatus.READ_VALID);
      String earlier = expect.keySet().stream().skip(2).findFirst().orElseThrow();
      expect.put(earlier, ReturnStatus.DUPLICATE);
    }
    // Protected forms: one with the password given to intake, one with another.
    for (DocumentFormat f : docs) {
      if (!f.supports(DocumentFormat.Capability.PASSWORD)) {
        continue;
      }
      Response r = response(count + 10 + docs.indexOf(f), false);
      String name = "stragglers/protected." + f.fileExtension();
      if (password.isPresent()) {
        Files.write(dir.resolve(name), render(f, q, r, RenderOptions.builder().password(password.get()).build()));
        expect.put(name, ReturnStatus.READ_VALID);
      }
      try (Password other = Password.of("not-the-password-given".toCharArray())) {
        String wrong = "stragglers/wrong-password." + f.fileExtension();
        Files.write(dir.resolve(wrong), render(f, q, response(count + 20 + docs.indexOf(f), false), RenderOptions.builder().password(other)
            .build()));
        expect.put(wrong, ReturnStatus.PROTECTED);
      }
    }
    // The partner organisation's form.
    Questionnaire partner = Questionnaires.referralScreening();
    if (!partner.id().equals(q.id())) {
      Response p = ExampleResponses.random(partner, seed + 7);
      Files.writeString(dir.resolve("stragglers/partner-form.json"), json.write(p), StandardCharsets.UTF_8);
      expect.put("stragglers/partner-form.json", ReturnStatus.OTHER_QUESTIONNAIRE);
      if (!docs.isEmpty()) {
        String name = "stragglers/partner-form." + docs.get(0).fileExtension();
        Files.write(dir.resolve(name), render(docs.get(0), partner, p, RenderOptions.defaults()));
        expect.put(name, ReturnStatus.OTHER_QUESTIONNAIRE);
      }
    }
    // Damaged: the first part of a form.
    if (!docs.isEmpty()) {
      byte[] whole = render(docs.get(0), q, response(count + 3, false), RenderOptions.defaults());
      String name = "stragglers/damaged." + docs.get(0).fileExtension();
      Files.write(dir.resolve(name), Arrays.copyOf(whole, whole.length / 3));
      expect.put(name, ReturnStatus.UNREADABLE);
    }
    // A zip bomb dressed as a Word document: 200 MiB of zeros in a few hundred KiB.
    try (OutputStream o = Files.newOutputStream(dir.resolve("stragglers/zip-bomb.docx"));
        ZipOutputStream zip = new ZipOutputStream(o)) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      byte[] zeros = new byte[1 << 20];
      for (int i = 0; i < 200; i++) {
        zip.write(zeros);
      }
      zip.closeEntry();
    }
    expect.put("stragglers/zip-bomb.docx", ReturnStatus.UNREADABLE);
    // A hostile PDF: deeply nested arrays and a cross-reference table that points nowhere.
    StringBuilder pdf = new StringBuilder("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /X ");
    pdf.append("[".repeat(200_000)).append("]".repeat(200_000));
    pdf.append(" >>\nendobj\nxref\n0 3\n0000000000 65535 f \n9999999999 00000 n \ntrailer\n<< /Root 1 0 R /Size 3 >>\n"
        + "startxref\n999999999\n%%EOF\n");
    Files.writeString(dir.resolve("stragglers/hostile.pdf"), pdf, StandardCharsets.ISO_8859_1);
    expect.put("stragglers/hostile.pdf", ReturnStatus.UNREADABLE);
    // An OpenDocument text (what LibreOffice saves by default): not one of our forms.
    try (OutputStream o = Files.newOutputStream(dir.resolve("stragglers/saved-by-libreoffice.odt"));
        ZipOutputStream zip = new ZipOutputStream(o)) {
      zip.putNextEntry(new ZipEntry("mimetype"));
      zip.write("application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII));
      zip.closeEntry();
      zip.putNextEntry(new ZipEntry("content.xml"));
      zip.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    expect.put("stragglers/saved-by-libreoffice.odt", ReturnStatus.UNREADABLE);
    // Too large to read.
    if (hugeBytes > 0) {
      try (OutputStream o = Files.newOutputStream(dir.resolve("stragglers/huge.json"))) {
        o.write("{\"answers\": {\"x\": \"".getBytes(StandardCharsets.US_ASCII));
        byte[] a = new byte[1 << 16];
        Arrays.fill(a, (byte) 'a');
        for (long w = 0; w < hugeBytes; w += a.length) {
          o.write(a);
        }
        o.write("\"}}".getBytes(StandardCharsets.US_ASCII));
      }
      expect.put("stragglers/huge.json", ReturnStatus.UNREADABLE);
    }
    // Not JSON at all, and not a return.
    Files.writeString(dir.resolve("stragglers/not-json.json"), "this is not JSON {", StandardCharsets.UTF_8);
    expect.put("stragglers/not-json.json", ReturnStatus.UNREADABLE);
    Files.writeString(dir.resolve("stragglers/covering-note.txt"), "Please find our return attached.",
        StandardCharsets.UTF_8);
    expect.put("stragglers/covering-note.txt", ReturnStatus.UNREADABLE);
  }

  private static Response resubmitted(Response r, LocalDate date) {
    Response.Builder b = Response.builder().questionnaire(r.questionnaire()).respondent(r.respondent())
        .oralEvidence(r.oralEvidence()).putAllAnswers(r.answers()).addAllAttachments(r.attachments())
        .submitted(date);
    r.id().ifPresent(b::id);
    r.consent().ifPresent(b::consent);
    return b.build();
  }

  private static byte[] render(DocumentFormat f, Questionnaire q, Response r, RenderOptions options)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    f.renderer().render(q, Optional.of(r), options, out);
    return out.toByteArray();
  }

  @Override
  public String toString() {
    return "InventedReturns[" + count + " returns of " + q.id() + (awkward ? ", with awkward files" : "") + "]";
  }

  /** Configures {@link InventedReturns}. */
  public static final class Builder {
    private Questionnaire questionnaire;
    private FormatRegistry formats;
    private int count = 20;
    private long seed = 1;
    private boolean awkward = true;
    private Optional<Password> password = Optional.empty();
    private long hugeBytes;
    private double invalidShare = 0.1;

    private Builder() {}

    public Builder questionnaire(Questionnaire q) {
      this.questionnaire = q;
      return this;
    }

    public Builder formats(FormatRegistry formats) {
      this.formats = formats;
      return this;
    }

    /** How many ordinary returns (default 20). */
    public Builder count(int count) {
      this.count = count;
      return this;
    }

    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Whether to add one of each kind of awkward file (default true). */
    public Builder awkward(boolean awkward) {
      this.awkward = awkward;
      return this;
    }

    /** The password of the protected form that intake should open. */
    public Builder password(Password password) {
      this.password = Optional.of(password);
      return this;
    }

    /** The size of the file too large to read (default 0: none is written). */
    public Builder hugeFile(long bytes) {
      this.hugeBytes = bytes;
      return this;
    }

    /** The share of ordinary returns made invalid (default 0.1). */
    public Builder invalidShare(double share) {
      this.invalidShare = share;
      return this;
    }

    public InventedReturns build() {
      return new InventedReturns(this);
    }
  }
}
