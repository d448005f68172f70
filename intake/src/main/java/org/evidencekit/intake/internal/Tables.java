package org.evidencekit.intake.internal;

import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.GZIPSheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.evidencekit.intake.records.ReturnProblem;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.Questionnaire;

/**
 * returns.jsonl, problems.csv, returns.csv and returns.xlsx, written as the records stream past in
 * path order: each to a temporary file, renamed into place by {@link #commit}. The workbook is
 * streamed (SXSSF: a window of rows in memory, the rest on disk).
 */
public final class Tables implements AutoCloseable {
  private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private final Path out;
  private final Columns columns;
  private final Path jsonlTmp;
  private final Path problemsTmp;
  private final Path csvTmp;
  private final Writer jsonl;
  private final CSVPrinter problems;
  private final CSVPrinter csv;
  private final SXSSFWorkbook book;
  private final SXSSFSheet sheet;
  private int rows = 1;
  private List<AtomicFiles.Staged> staged = List.of();

  public Tables(Path out, Questionnaire q) throws IOException {
    this.out = out;
    this.columns = new Columns(q);
    this.jsonlTmp = AtomicFiles.temp(out.resolve("returns.jsonl"));
    this.problemsTmp = AtomicFiles.temp(out.resolve("problems.csv"));
    this.csvTmp = AtomicFiles.temp(out.resolve("returns.csv"));
    this.jsonl = writer(jsonlTmp);
    this.problems = new CSVPrinter(writer(problemsTmp), CSV);
    problems.printRecord("file", "status", "severity", "pointer", "question", "message");
    this.csv = new CSVPrinter(writer(csvTmp), CSV);
    csv.printRecord(columns.headers().stream().map(Columns::neutral).toArray());
    this.book = new FastTempWorkbook();
    this.sheet = book.createSheet("Returns");
    CellStyle bold = book.createCellStyle();
    Font f = book.createFont();
    f.setBold(true);
    bold.setFont(f);
    bold.setWrapText(true);
    Row header = sheet.createRow(0);
    List<String> headers = columns.headers();
    for (int i = 0; i < headers.size(); i++) {
      Cell c = header.createCell(i);
      c.setCellValue(Columns.neutral(headers.get(i)));
      c.setCellStyle(bold);
    }
    sheet.createFreezePane(1, 1);
    explain(book.createSheet("Columns"), bold);
  }

  /**
   * A streamed workbook (200 rows in memory) whose rows on disk, until the workbook is written, are
   * gzipped at the fastest level: POI's default level cost about as much CPU as all the rest of
   * the spreadsheet, for a temporary file. What the workbook holds is the same.
   */
  private static final class FastTempWorkbook extends SXSSFWorkbook {
    FastTempWorkbook() {
      super(200);
      setCompressTempFiles(true);
    }

    @Override
    protected SheetDataWriter createSheetDataWriter() throws IOException {
      return new GZIPSheetDataWriter() {
        @Override
        protected OutputStream decorateOutputStream(FileOutputStream fos) throws IOException {
          return new GZIPOutputStream(fos) {
            {
              def.setLevel(Deflater.BEST_SPEED);
            }
          };
        }

        @Override
        protected void outputEscapedString(String s) throws IOException {
          escape(s, _out);
        }
      };
    }
  }

  /**
   * What POI's {@code SheetDataWriter.outputEscapedString} (5.5.1) writes for a cell's text, the
   * same characters, but a run of characters that need nothing in one write instead of one write
   * a character: {@code < > & "}, tab, line feed, carriage return and no-break space as entities,
   * other control characters and U+FFFE, U+FFFF as {@code ?}, everything else (surrogates too)
   * as it is. {@code TablesTest} checks it against POI's own for every character.
   */
  static void escape(String s, Writer out) throws IOException {
    if (s == null) {
      return;
    }
    int run = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      String entity;
      switch (c) {
        case '<' -> entity = "&lt;";
        case '>' -> entity = "&gt;";
        case '&' -> entity = "&amp;";
        case '"' -> entity = "&quot;";
        case '\n' -> entity = "&#xa;";
        case '\r' -> entity = "&#xd;";
        case '\t' -> entity = "&#x9;";
        case '\u00a0' -> entity = "&#xa0;";
        default -> entity = c < 0x20 || c >= 0xFFFE ? "?" : null;
      }
      if (entity != null) {
        if (i > run) {
          out.write(s, run, i - run);
        }
        out.write(entity);
        run = i + 1;
      }
    }
    if (n > run) {
      out.write(s, run, n - run);
    }
  }

  private static Writer writer(Path p) throws IOException {
    return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 16);
  }

  private void explain(Sheet s, CellStyle bold) {
    Row h = s.createRow(0);
    String[] head = {"Column", "Header", "Question or option id", "What it holds"};
    for (int i = 0; i < head.length; i++) {
      Cell c = h.createCell(i);
      c.setCellValue(head[i]);
      c.setCellStyle(bold);
    }
    int r = 1;
    for (Columns.Column c : columns.all()) {
      Row row = s.createRow(r);
      row.createCell(0).setCellValue(CellReference.convertNumToColString(r - 1));
      row.createCell(1).setCellValue(Columns.neutral(c.header()));
      row.createCell(2).setCellValue(c.questionId());
      row.createCell(3).setCellValue(Columns.neutral(c.holds()));
      r++;
    }
    Row note = s.createRow(r + 1);
    note.createCell(1).setCellValue("One row per response read (valid, invalid, or a duplicate of another file)."
        + " A text that begins with = + - or @ is written with a ' before it, so no spreadsheet takes it for a"
        + " formula.");
  }

  /** One record, in path order. */
  public void accept(ReturnRecord r) throws IOException {
    accept(r, Codec.encode(r, false));
  }

  /** One record, in path order, with its line of returns.jsonl ({@link Codec#encode}{@code (r, false)}). */
  public void accept(ReturnRecord r, String jsonlLine) throws IOException {
    jsonl.write(jsonlLine);
    jsonl.write('\n');
    for (ReturnProblem p : r.problems()) {
      problems.printRecord(Columns.neutral(r.path()), r.status().id(), p.severity(), p.pointer(), p.questionNumber(),
          Columns.neutral(p.message()));
    }
    boolean oursRead = r.response().isPresent() && (r.status() == ReturnStatus.READ_VALID
        || r.status() == ReturnStatus.READ_INVALID || r.status() == ReturnStatus.DUPLICATE)
        && r.questionnaire().isPresent();
    if (!oursRead) {
      return;
    }
    Columns.Row row = columns.row(r);
    List<Object> values = new ArrayList<>();
    for (Columns.Column c : columns.all()) {
      values.add(c.value().apply(row));
    }
    List<String> text = new ArrayList<>();
    Row x = sheet.createRow(rows++);
    for (int i = 0; i < values.size(); i++) {
      Object v = values.get(i);
      Optional<BigDecimal> n = Columns.number(v);
      if (n.isPresent()) {
        text.add(n.get().toPlainString());
        x.createCell(i).setCellValue(n.get().doubleValue());
      } else {
        String s = Columns.neutral(String.valueOf(v));
        text.add(s);
        if (!s.isEmpty()) {
          x.createCell(i).setCellValue(s.length() > 32_000 ? s.substring(0, 32_000) + "…" : s);
        }
      }
    }
    csv.printRecord(text);
  }

  /**
   * Finishes every file, each whole in its temporary file: returns.jsonl, returns.csv,
   * returns.xlsx and problems.csv, to be renamed into place ({@link AtomicFiles.Staged#commit}).
   */
  public List<AtomicFiles.Staged> finish() throws IOException {
    jsonl.close();
    problems.close();
    csv.close();
    AtomicFiles.Staged xlsx = AtomicFiles.stage(out.resolve("returns.xlsx"), (OutputStream o) -> book.write(o));
    book.close();
    staged = List.of(new AtomicFiles.Staged(jsonlTmp, out.resolve("returns.jsonl")),
        new AtomicFiles.Staged(csvTmp, out.resolve("returns.csv")), xlsx,
        new AtomicFiles.Staged(problemsTmp, out.resolve("problems.csv")));
    return staged;
  }

  /** Closes what is open and deletes every temporary file not renamed into place, whatever fails. */
  @Override
  public void close() throws IOException {
    IOException first = null;
    for (java.io.Closeable c : List.<java.io.Closeable>of(jsonl, problems, csv, book)) {
      try {
        c.close();
      } catch (IOException | RuntimeException e) {
        first = first == null ? new IOException("could not close the tables", e) : first;
      }
    }
    Files.deleteIfExists(jsonlTmp);
    Files.deleteIfExists(problemsTmp);
    Files.deleteIfExists(csvTmp);
    for (AtomicFiles.Staged x : staged) {
      x.discard();
    }
    if (first != null) {
      throw first;
    }
  }
}
