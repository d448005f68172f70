package org.evidencekit.intake;

import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.intake.records.IntakeResult;
import org.evidencekit.intake.records.Progress;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Password;
import org.evidencekit.model.Respondent;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Intake over a generated folder of a few hundred mixed returns (JSON, Word and PDF forms, valid
 * and invalid) with one of every kind of awkward file: every file is accounted for with the
 * status it should have; the spreadsheet opens in LibreOffice with a row per response read and a
 * column per question and option; summary.pdf passes veraPDF's PDF/UA-1; no published number is
 * under the threshold; the evidence pack holds none of the respondents' planted names or
 * organisations; and a second run reads nothing again and writes the same outputs.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IntakeTest {
  static final int COUNT = 240;

  Path tmp;
  Path in;
  Path out;
  Map<String, ReturnStatus> expected;
  IntakeResult first;

  @BeforeAll
  void run() throws Exception {
    tmp = Files.createTempDirectory("intake-test");
    in = tmp.resolve("returns");
    out = tmp.resolve("out");
    expected = Fixture.generate(in, COUNT);
    try (Password p = Fixture.password()) {
      first = Fixture.intake(p).run(List.of(in), out, Progress.NONE);
    }
  }

  @AfterAll
  void clean() throws IOException {
    try (Stream<Path> s = Files.walk(tmp)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  List<JsonNode> records() throws IOException {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(this.out.resolve("returns.jsonl"))) {
      out.add(JsonMapper.builder().build().readTree(line));
    }
    return out;
  }

  @Test
  void everyFileIsAccountedForWithItsStatus() throws IOException {
    long files;
    try (Stream<Path> s = Files.walk(in)) {
      files = s.filter(Files::isRegularFile).count();
    }
    assertEquals(expected.size(), files);
    List<JsonNode> records = records();
    assertEquals(files, records.size(), "one line per file");
    assertEquals(files, first.files());
    Map<String, String> got = new HashMap<>();
    for (JsonNode r : records) {
      String rel = in.relativize(Paths.get(r.get("path").asString())).toString().replace('\\', '/');
      got.put(rel, r.get("status").asString());
      assertEquals(64, r.get("sha256").asString().length());
      // Inputs are never changed: each file still has the bytes it was read with.
      assertEquals(r.get("sha256").asString(), org.evidencekit.intake.internal.Examiner.sha256(
          Files.readAllBytes(Paths.get(r.get("path").asString()))), rel);
      if (!r.get("status").asString().equals("read-valid")) {
        assertFalse(r.get("problems").isEmpty(), rel + " says what is wrong");
      }
    }
    for (Map.Entry<String, ReturnStatus> e : expected.entrySet()) {
      assertEquals(e.getValue().id(), got.get(e.getKey()), e.getKey());
    }
    JsonNode dup = records.stream().filter(r -> r.get("path").asString().endsWith("return-00003.docx")
        || r.get("path").asString().endsWith("return-00003.pdf") || r.get("path").asString().endsWith(
            "return-00003.json")).findFirst().orElseThrow();
    assertTrue(dup.get("duplicateOf").asString().endsWith("resent-by-respondent-3.json"));
  }

  @Test
  void problemsCsvHasARowPerProblemOfEveryBadFile() throws IOException {
    List<CSVRecord> rows = csv(out.resolve("problems.csv"));
    assertEquals(List.of("file", "status", "severity", "pointer", "question", "message"), rows.get(0).toList());
    for (Map.Entry<String, ReturnStatus> e : expected.entrySet()) {
      if (e.getValue() != ReturnStatus.READ_VALID) {
        assertTrue(rows.stream().anyMatch(r -> r.get(0).endsWith(e.getKey()) && r.get(1).equals(e.getValue().id())),
            e.getKey());
      }
    }
    assertTrue(rows.stream().anyMatch(r -> r.get(4).equals("1.") && r.get(3).equals("/answers/cse-victims-per-year")));
  }

  @Test
  void spreadsheetOpensInLibreOfficeWithARowPerResponseAndAColumnPerQuestionAndOption() throws Exception {
    Path conv = tmp.resolve("soffice");
    Files.createDirectories(conv);
    Process p = new ProcessBuilder("soffice", "-env:UserInstallation=file://" + tmp.resolve("lo-profile"),
        "--headless", "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1", "--outdir", conv.toString(),
        out.resolve("returns.xlsx").toString()).redirectErrorStream(true).redirectOutput(tmp.resolve("lo.log")
        .toFile()).start();
    assertTrue(p.waitFor(5, TimeUnit.MINUTES), "soffice finished");
    List<CSVRecord> sheet = csv(conv.resolve("returns.csv"));
    List<CSVRecord> ours = csv(out.resolve("returns.csv"));
    long read = records().stream().filter(r -> r.has("response") && r.has("questionnaire")
        && r.get("questionnaire").get("id").asString().equals(Fixture.Q.id())).count();
    assertEquals(read + 1, sheet.size(), "a header and a row per response read");
    assertEquals(ours.size(), sheet.size());
    assertEquals(ours.get(0).toList(), sheet.get(0).toList(), "the same headers");
    List<String> header = sheet.get(0).toList();
    // A column per question, a multiple choice one per option, "other" texts their own.
    int options = Fixture.Q.question("intervention-types").flatMap(q -> q.asChoice()).orElseThrow().options().size();
    assertEquals(options, header.stream().filter(h -> h.startsWith("6. ") && !h.endsWith("(text)")).count());
    assertEquals(1, header.stream().filter(h -> h.startsWith("6. j. Other") && h.endsWith("(text)")).count());
    assertTrue(header.contains("File") && header.contains("Status"));
    for (int i = 1; i < sheet.size(); i++) {
      assertEquals(header.size(), sheet.get(i).size());
      assertEquals(ours.get(i).get(0), sheet.get(i).get(0));
    }
  }

  @Test
  void summaryPdfPassesPdfUaAndShowsItsCharts() throws Exception {
    byte[] pdf = Files.readAllBytes(out.resolve("summary.pdf"));
    assertEquals(List.of(), VeraPdf.pdfUaFailures(pdf));
    Path pages = Paths.get("target", "pages");
    Files.createDirectories(pages);
    Process p = new ProcessBuilder("pdftoppm", "-r", "70", "-png", out.resolve("summary.pdf").toString(),
        pages.resolve("summary").toString()).inheritIO().start();
    assertTrue(p.waitFor(2, TimeUnit.MINUTES));
    assertEquals(0, p.exitValue());
    Process t = new ProcessBuilder("pdftotext", "-layout", out.resolve("summary.pdf").toString(), "-")
        .redirectErrorStream(true).start();
    String text = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(text.contains("Disclosure control"), "the rule is stated");
    assertTrue(text.contains("Returns received per week"));
    String html = Files.readString(out.resolve("summary.html"));
    assertFalse(html.toLowerCase().contains("<script"));
    assertTrue(html.contains("<svg role=\"img\""));
  }

  /**
   * Issue 13: "a bar chart of respondents per option with the table beside it". In summary.pdf
   * each table stands in the right-hand column, beside its chart: every word "Total" (a table's
   * total row and column) is right of the page's middle, and each chart's first bar label is on
   * the line of its table's heading row or near it. Poppler's {@code pdftotext -bbox} gives the
   * words' places.
   */
  @Test
  void summaryPdfPutsEachTableBesideItsChart() throws Exception {
    Process t = new ProcessBuilder("pdftotext", "-bbox", out.resolve("summary.pdf").toString(), "-")
        .redirectErrorStream(true).start();
    String boxes = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(t.waitFor(1, TimeUnit.MINUTES));
    Matcher page = Pattern.compile("<page width=\"([0-9.]+)\"").matcher(boxes);
    assertTrue(page.find());
    double middle = Double.parseDouble(page.group(1)) / 2;
    Matcher total = Pattern.compile("<word xMin=\"([0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"[0-9.]+\""
        + " yMax=\"[0-9.]+\">Total</word>").matcher(boxes);
    int totals = 0;
    while (total.find()) {
      totals++;
      assertTrue(Double.parseDouble(total.group(1)) > middle, "a table's 'Total' left of the middle: " + total.group());
    }
    assertTrue(totals > 10, "tables have totals");
    assertFalse(boxes.contains(">side</word>"), "no table had to go under its chart (\"do not fit side by side\")");
    String html = Files.readString(out.resolve("summary.html"));
    assertTrue(html.contains("<div class=\"pair\">\n<figure>"), "chart and table side by side in one flex row");
  }

  @Test
  void noPublishedNumberIsUnderTheThreshold() throws IOException {
    String html = Files.readString(out.resolve("summary.html"));
    Matcher m = Pattern.compile("<td class=\"n\">([^<]*)</td>").matcher(html);
    int numbers = 0;
    int suppressed = 0;
    while (m.find()) {
      String v = m.group(1);
      if (v.matches("\\d+")) {
        long n = Long.parseLong(v);
        assertTrue(n == 0 || n >= 5, "published " + n);
        numbers++;
      } else {
        suppressed++;
      }
    }
    assertTrue(numbers > 50, "numbers are published");
    assertTrue(suppressed > 0, "small numbers are suppressed");
  }

  @Test
  void evidencePackHoldsNoPlantedIdentity() throws IOException {
    String text;
    try (ZipFile z = new ZipFile(out.resolve("evidence-pack.docx").toFile())) {
      text = new String(z.getInputStream(z.getEntry("word/document.xml")).readAllBytes(), StandardCharsets.UTF_8);
    }
    InventedReturns gen = InventedReturns.builder().questionnaire(Fixture.Q).formats(Fixture.FORMATS).count(COUNT)
        .seed(42).build();
    int checked = 0;
    for (int i = 0; i < COUNT; i++) {
      Respondent who = InventedReturns.respondent(i);
      if (gen.response(i).consent().orElse(Consent.ANONYMISED) == Consent.ATTRIBUTED) {
        continue;
      }
      // "Riverside Youth Project 1" is not in "… Project 11" (another return's, perhaps attributed).
      assertFalse(Pattern.compile(Pattern.quote(who.organisation().orElseThrow()) + "(?![0-9])").matcher(text).find(),
          "return " + i + "'s organisation");
      assertFalse(text.contains(who.name().orElseThrow()) && gen.response(i).consent().isPresent()
          && onlyHolder(gen, i), "return " + i + "'s name");
      checked++;
    }
    assertTrue(checked > COUNT / 3);
    assertTrue(text.contains("Written by"), "the planted answers are there, anonymised");
    assertTrue(text.matches("(?s).*R-[0-9A-F]{10}.*"), "answers are labelled with references");
    assertTrue(text.contains("given in confidence left out"));
    assertTrue(Files.list(out.resolve("publish")).anyMatch(f -> f.toString().endsWith(".pdf")));
    assertTrue(Files.list(out.resolve("publish")).anyMatch(f -> f.toString().endsWith(".json")));
  }

  /** A published PDF says "Withheld" where anonymisation took out who sent it, not "Not answered". */
  @Test
  void publishedDocumentsSayWithheldWhereTheRespondentWas() throws Exception {
    int checked = 0;
    try (Stream<Path> files = Files.list(out.resolve("publish"))) {
      for (Path json : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".json")).sorted()::iterator) {
        org.evidencekit.model.Response r = org.evidencekit.model.json.EvidenceJson.standard().readResponse(json);
        if (r.consent().orElse(Consent.ANONYMISED) == Consent.ATTRIBUTED || checked == 3) {
          continue;
        }
        Path pdf = Paths.get(json.toString().replaceAll("\\.json$", ".pdf"));
        Process t = new ProcessBuilder("pdftotext", "-layout", pdf.toString(), "-").redirectErrorStream(true).start();
        String text = new String(t.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(t.waitFor(1, TimeUnit.MINUTES));
        assertTrue(text.contains("Withheld"), pdf.getFileName() + " does not say Withheld");
        checked++;
      }
    }
    assertTrue(checked > 0, "no published return without consent to be named");
  }

  @Test
  @Order(Integer.MAX_VALUE) // it changes the folder: last
  void aSecondRunReadsOnlyWhatChangedAndWritesWhatAFreshRunWrites() throws Exception {
    try (Password p = Fixture.password()) {
      Intake intake = Fixture.intake(p);
      IntakeResult again = intake.run(List.of(in), out, Progress.NONE);
      int protectedFiles = first.count(ReturnStatus.PROTECTED);
      assertEquals(2, protectedFiles);
      assertEquals(first.files() - protectedFiles, again.fromCache(), "only files still protected are read again");
      // A new return, and a changed one.
      Files.copy(in.resolve("return-00007.json"), in.resolve("return-99999.json"));
      Files.writeString(in.resolve("return-00004.json"), Files.readString(in.resolve("return-00004.json")) + "\n");
      IntakeResult third = intake.run(List.of(in), out, Progress.NONE);
      assertEquals(first.files() + 1 - protectedFiles - 2, third.fromCache());
      // A damaged cache is no cache: a record overwritten with other bytes, and the records file
      // cut short in the middle of another, are read again from their files (before, the first
      // stopped the run as it wrote the outputs); the run still ends with what a fresh run writes.
      damageTwoRecords(out.resolve(".intake"));
      IntakeResult fourth = intake.run(List.of(in), out, Progress.NONE);
      assertEquals(first.files() + 1 - protectedFiles - 2, fourth.fromCache(), "the two damaged records read again");
      Path fresh = tmp.resolve("fresh");
      intake.run(List.of(in), fresh, Progress.NONE);
      for (String f : List.of("returns.jsonl", "returns.csv", "problems.csv", "summary.html", "evidence-pack.docx")) {
        assertArrayEquals(Files.readAllBytes(fresh.resolve(f)), Files.readAllBytes(out.resolve(f)), f);
      }
      assertEquals(Files.list(fresh.resolve("publish")).count(), Files.list(out.resolve("publish")).count());
    } finally {
      Files.deleteIfExists(in.resolve("return-99999.json"));
    }
  }

  /**
   * Overwrites the first cached record (by its place in the records file) with other bytes of the
   * same length, and cuts the file short in the middle of the last one that is not of a protected
   * file (those are never taken from the cache).
   */
  static void damageTwoRecords(Path cache) throws IOException {
    List<String> index = Files.readAllLines(cache.resolve("index.tsv"), StandardCharsets.UTF_8);
    Path records = cache.resolve(index.get(0).split("\t", -1)[2]);
    List<long[]> cached = new ArrayList<>(); // offset, length
    for (String line : index.subList(1, index.size())) {
      String[] f = line.split("\t", -1);
      if (!f[4].equals("protected")) {
        cached.add(new long[] {Long.parseLong(f[5]), Long.parseLong(f[6])});
      }
    }
    cached.sort(java.util.Comparator.comparingLong(a -> a[0]));
    long[] firstRecord = cached.get(0);
    long[] lastRecord = cached.get(cached.size() - 1);
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(records,
        java.nio.file.StandardOpenOption.WRITE)) {
      byte[] junk = new byte[(int) firstRecord[1]];
      java.util.Arrays.fill(junk, (byte) '#');
      ch.write(java.nio.ByteBuffer.wrap(junk), firstRecord[0]);
      ch.truncate(lastRecord[0] + lastRecord[1] / 2);
    }
  }

  /** Whether no attributed return shares return i's name (names repeat; organisations do not). */
  static boolean onlyHolder(InventedReturns gen, int i) {
    String name = InventedReturns.respondent(i).name().orElseThrow();
    for (int j = 0; j < COUNT; j++) {
      if (InventedReturns.respondent(j).name().orElseThrow().equals(name)
          && gen.response(j).consent().orElse(Consent.ANONYMISED) == Consent.ATTRIBUTED) {
        return false;
      }
    }
    return true;
  }

  static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.parse(r).getRecords();
    }
  }
}
