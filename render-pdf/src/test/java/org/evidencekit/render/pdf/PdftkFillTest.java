package org.evidencekit.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDVectorFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.evidencekit.model.Answer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Issue 11, item 2: a blank form filled by other software draws every typed value. pdftk fills
 * every text field of the bundled forms from XFDF (UTF-8) with Latin-1, Welsh and Polish text,
 * draws the appearances itself and flattens the form: pdftotext then shows every value, every
 * glyph drawn exists in its font (no missing-glyph boxes), and the filled form is still PDF/UA-1.
 * The flattened pages are kept as pictures in {@code target/pages/pdftk-ID-N.png}.
 */
class PdftkFillTest {
  static final String LATIN = "Café Zoë £5 – ‘quoted’ Caerdydd ŵyr ŷd Ŵ Ŷ Łódź Gdańsk ąęł ő ř ş ğ ı 12";
  static final String[] LINES = {"Llinell un: ŵyr ŷd, Café £5", "Line two: Łódź, Gdańsk, Dvořák, Erdős"};

  static Stream<Questionnaire> questionnaires() {
    return Stream.of(Questionnaires.callForEvidence2012(), Questionnaires.referralScreening());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("questionnaires")
  void issue11_aFormFilledAndFlattenedByPdftkShowsEveryValue(Questionnaire q) throws Exception {
    Path dir = Files.createTempDirectory("evidencekit-pdftk-");
    try {
      Path blank = dir.resolve("blank.pdf");
      Files.write(blank, Pdfs.blank(q));
      Map<String, String> values = new LinkedHashMap<>();
      for (Map<String, String> f : fields(blank)) {
        if (!"Text".equals(f.get("FieldType"))) {
          continue;
        }
        int max = Integer.parseInt(f.getOrDefault("FieldMaxLength", "1000"));
        boolean multiline = (Long.parseLong(f.getOrDefault("FieldFlags", "0")) & (1 << 12)) != 0;
        String v = multiline && max >= 80 ? String.join("\n", LINES) : LATIN;
        if (v.length() > max) {
          v = "ŵŷ ł ő é " + values.size(); // a count's field: 18 characters
          v = v.substring(0, Math.min(v.length(), max));
        }
        values.put(f.get("FieldName"), v);
      }
      assertTrue(values.size() > 5, "text fields found: " + values.keySet());
      Path xfdf = dir.resolve("data.xfdf");
      Files.writeString(xfdf, xfdf(values), StandardCharsets.UTF_8);
      Path filled = dir.resolve("filled.pdf");
      Path flat = dir.resolve("flat.pdf");
      run("pdftk", blank.toString(), "fill_form", xfdf.toString(), "output", filled.toString());
      run("pdftk", filled.toString(), "output", flat.toString(), "flatten");

      String text = Pdfs.squeezed(Pdfs.pdftotext(Files.readAllBytes(flat)));
      List<String> missing = new ArrayList<>();
      values.forEach((name, v) -> {
        for (String line : v.split("\n")) {
          if (!text.contains(Pdfs.squeezed(line))) {
            missing.add(name + ": " + line);
          }
        }
      });
      assertEquals(List.of(), missing, "values pdftotext does not find after pdftk fill_form + flatten");
      assertEquals(List.of(), missingGlyphs(Files.readAllBytes(flat)), "characters drawn as the missing glyph");

      VeraPdf.Result ua = VeraPdf.validate(Files.readAllBytes(filled), PDFAFlavour.PDFUA_1);
      assertEquals(List.of(), ua.failures, "the pdftk-filled form is still PDF/UA-1");

      Path pages = Path.of("target", "pages");
      Files.createDirectories(pages);
      run("pdftoppm", "-r", "60", "-png", flat.toString(), pages.resolve("pdftk-" + q.id()).toString());
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /**
   * A letter the field font lacks (Esperanto ĉ, Maltese ħ, Greek): EvidenceKit draws that field
   * with the Type0 font, so its own filled form shows it, and still reads it back exactly.
   */
  @Test
  void issue11_aValueBeyondTheFieldFontIsDrawnWithTheType0Font() throws Exception {
    Questionnaire q = Questionnaires.referralScreening();
    Map<String, Answer> answers = new LinkedHashMap<>(Responses.answersOf(q, ExampleResponses.complete(q)));
    String beyond = "Esperanto ĉ ĝ ŭ, Maltese ħ Ħ, Ελληνικά, and ŵ ŷ too";
    answers.put("concerns", TextAnswer.of(beyond));
    Response r = Responses.assemble(q, answers).build();
    byte[] pdf = Pdfs.render(q, r, Layout.FORM);
    assertTrue(Pdfs.squeezed(Pdfs.pdftotext(pdf)).contains(Pdfs.squeezed(beyond)));
    assertEquals(List.of(), missingGlyphs(pdf));
    assertEquals(beyond, PdfReader.standard().read(q, new java.io.ByteArrayInputStream(pdf),
        org.evidencekit.model.spi.ReadOptions.defaults()).answers().get("concerns").asText().orElseThrow().value());
  }

  /** Each character shown whose code has no glyph in its font, as "font: U+XXXX". */
  static List<String> missingGlyphs(byte[] pdf) throws IOException {
    List<String> missing = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper() {
        @Override
        protected void processTextPosition(TextPosition t) {
          PDFont font = t.getFont();
          for (int code : t.getCharacterCodes()) {
            try {
              if (font instanceof PDVectorFont && !((PDVectorFont) font).hasGlyph(code)) {
                missing.add(font.getName() + ": code " + code + " (" + t.getUnicode() + ")");
              }
            } catch (IOException e) {
              missing.add(font.getName() + ": " + e);
            }
          }
          super.processTextPosition(t);
        }
      };
      stripper.getText(doc);
    }
    return missing;
  }

  private static String xfdf(Map<String, String> values) {
    StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<xfdf xmlns=\"http://ns.adobe.com/xfdf/\" xml:space=\"preserve\"><fields>\n");
    values.forEach((k, v) -> sb.append("<field name=\"").append(escape(k)).append("\"><value>").append(escape(v))
        .append("</value></field>\n"));
    return sb.append("</fields></xfdf>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  /** pdftk's dump_data_fields_utf8, one map a field. */
  private static List<Map<String, String>> fields(Path pdf) throws Exception {
    List<Map<String, String>> out = new ArrayList<>();
    Map<String, String> cur = null;
    for (String line : run("pdftk", pdf.toString(), "dump_data_fields_utf8").split("\n")) {
      if (line.equals("---")) {
        cur = new LinkedHashMap<>();
        out.add(cur);
      } else if (cur != null && line.contains(": ")) {
        cur.putIfAbsent(line.substring(0, line.indexOf(": ")), line.substring(line.indexOf(": ") + 2));
      }
    }
    return out;
  }

  private static String run(String... command) throws Exception {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException missing) {
      throw new AssertionError(command[0] + " is not installed: apt-get install pdftk-java poppler-utils"
          + " (./run-tests does it)", missing);
    }
    byte[] out = p.getInputStream().readAllBytes();
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), command[0] + " did not finish");
    String s = new String(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), String.join(" ", command) + ": " + s);
    return s;
  }
}
