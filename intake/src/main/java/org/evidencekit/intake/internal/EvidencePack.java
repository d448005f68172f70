package org.evidencekit.intake.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.evidencekit.intake.records.ReturnRecord;
import org.evidencekit.intake.records.ReturnStatus;
import org.evidencekit.model.Answer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Consent;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.validation.Messages;

/**
 * evidence-pack.docx, what the analysts read: for each free-text question (and each "other,
 * please explain" text), every answer to it from the valid returns kept, anonymised as its
 * respondent's consent requires, each under its return's reference and never a name; answers
 * given in confidence are left out and counted. Streamed: each question's answers go to a scratch
 * file as WordprocessingML paragraphs, joined into the document at the end, so memory does not
 * grow with the returns.
 */
public final class EvidencePack implements AutoCloseable {
  private record Section(String heading, String questionId, String optionId, Path scratch, Writer out, int[] counts) {}

  private final Questionnaire q;
  private final List<Section> sections = new ArrayList<>();

  public EvidencePack(Questionnaire q, Path scratchDir) throws IOException {
    this.q = q;
    List<String[]> wanted = new ArrayList<>();
    for (Question question : q.questions()) {
      if (question.responseField().isPresent()) {
        continue; // the respondent's own details: never in the pack
      }
      question.accept(new QuestionVisitor.Default<Void>() {
        @Override
        protected Void otherwise(Question x) {
          x.asChoice().ifPresent(this::specified);
          return null;
        }

        private void specified(ChoiceQuestion c) {
          for (Option o : c.options()) {
            if (o.specify()) {
              wanted.add(new String[] {head(c) + ": " + Messages.abbreviate(o.text(), 80), c.id(), o.id()});
            }
          }
        }

        @Override
        public Void visit(ShortTextQuestion t) {
          wanted.add(new String[] {head(t), t.id(), null});
          return null;
        }

        @Override
        public Void visit(LongTextQuestion t) {
          wanted.add(new String[] {head(t), t.id(), null});
          return null;
        }
      });
    }
    int i = 0;
    for (String[] w : wanted) {
      Path p = scratchDir.resolve("pack-" + (i++) + ".xml");
      Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(p), StandardCharsets.UTF_8), 1 << 15);
      sections.add(new Section(w[0], w[1], w[2], p, out, new int[2]));
    }
  }

  private String head(Question question) {
    String n = q.printedNumber(question).trim();
    return (n.isEmpty() ? "" : "Question " + n + " ") + Messages.abbreviate(question.text(), 160);
  }

  /** What {@code String.split("\\R")} splits on, compiled once. */
  private static final Pattern LINE_BREAK = Pattern.compile("\\R");

  /** One record (after duplicates are marked): a valid return kept adds its answers. */
  public void accept(ReturnRecord r) throws IOException {
    if (r.status() != ReturnStatus.READ_VALID || r.anonymised().isEmpty()) {
      return;
    }
    Response a = r.anonymised().get();
    boolean confidential = a.consent().orElse(Consent.ANONYMISED) == Consent.IN_CONFIDENCE;
    for (Section s : sections) {
      Optional<String> text = answer(a, s);
      if (text.isEmpty() || text.get().isBlank()) {
        continue;
      }
      if (confidential) {
        s.counts()[1]++;
        continue;
      }
      s.counts()[0]++;
      paragraph(s.out(), "Reference", r.reference(), true);
      for (String line : LINE_BREAK.split(text.get())) {
        if (!line.isBlank()) {
          paragraph(s.out(), null, line, false);
        }
      }
    }
  }

  private static Optional<String> answer(Response a, Section s) {
    Answer answer = a.answers().get(s.questionId());
    if (answer == null) {
      return Optional.empty();
    }
    if (s.optionId() == null) {
      return answer.asText().map(t -> t.value());
    }
    return answer.asChoice().map(c -> c.specified().get(s.optionId()));
  }

  /** Writes the document, whole, to a temporary file beside {@code target}, to be renamed into place. */
  public AtomicFiles.Staged finish(Path target, String title) throws IOException {
    for (Section s : sections) {
      s.out().close();
    }
    return AtomicFiles.stage(target, raw -> {
      ZipOutputStream zip = new ZipOutputStream(raw);
      entry(zip, "[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/>"
          + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.styles+xml\"/>"
          + "</Types>");
      entry(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>");
      entry(zip, "word/_rels/document.xml.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "styles\" Target=\"styles.xml\"/></Relationships>");
      entry(zip, "word/styles.xml", STYLES);
      zip.putNextEntry(fixed("word/document.xml"));
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\""
          + "http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>");
      paragraph(w, "Title", title, false);
      paragraph(w, null, "Every answer to each free-text question, from the valid returns kept, anonymised as its"
          + " respondent's consent requires. Each is labelled with its return's reference (see returns.csv), never a"
          + " name. Answers given in confidence are left out, and counted under each question.", false);
      for (Section s : sections) {
        w.flush();
        paragraph(w, "Heading1", s.heading(), false);
        int shown = s.counts()[0];
        int confidential = s.counts()[1];
        paragraph(w, null, shown + (shown == 1 ? " answer" : " answers") + "; " + confidential
            + (confidential == 1 ? " answer" : " answers") + " given in confidence left out.", false);
        w.flush();
        Files.copy(s.scratch(), new java.io.FilterOutputStream(zip) {
          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            zip.write(b, off, len);
          }

          @Override
          public void close() {}
        });
      }
      w.write("<w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1134\" w:right=\"1134\" "
          + "w:bottom=\"1134\" w:left=\"1134\" w:header=\"0\" w:footer=\"0\" w:gutter=\"0\"/></w:sectPr>"
          + "</w:body></w:document>");
      w.flush();
      zip.closeEntry();
      zip.finish();
    });
  }

  /** An entry with a fixed time, so the same answers give the same bytes. */
  private static ZipEntry fixed(String name) {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(java.time.LocalDateTime.of(2012, 1, 1, 0, 0));
    return e;
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(fixed(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static void paragraph(Writer w, String style, String text, boolean boldRun) throws IOException {
    StringBuilder p = new StringBuilder(text.length() + 160).append("<w:p>");
    if (style != null && !style.equals("Reference")) {
      p.append("<w:pPr><w:pStyle w:val=\"").append(style).append("\"/></w:pPr>");
    } else if (style != null) {
      p.append("<w:pPr><w:keepNext/><w:spacing w:before=\"200\"/></w:pPr>");
    }
    p.append("<w:r>");
    if (boldRun) {
      p.append("<w:rPr><w:b/></w:rPr>");
    }
    p.append("<w:t xml:space=\"preserve\">").append(xml(text)).append("</w:t></w:r></w:p>");
    w.write(p.toString());
  }

  /** Whether {@link #xml} leaves the text as it is (most texts): no markup, control character or surrogate. */
  private static boolean plain(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '<' || c == '>' || c == '&' || (c < 0x20 && c != '\t') || Character.isSurrogate(c) || c >= '\uFFFE') {
        return false;
      }
    }
    return true;
  }

  static String xml(String s) {
    if (plain(s)) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        default -> {
          if (c < 0x20 && c != '\t') {
            sb.append(' ');
          } else if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
              && Character.isLowSurrogate(s.charAt(i + 1))) && !(Character.isLowSurrogate(c) && i > 0
              && Character.isHighSurrogate(s.charAt(i - 1)))) {
            sb.append('\uFFFD');
          } else if (c == '\uFFFE' || c == '\uFFFF') {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    IOException first = null;
    for (Section s : sections) {
      try {
        s.out().close();
      } catch (IOException e) {
        first = first == null ? e : first;
      }
      Files.deleteIfExists(s.scratch());
    }
    if (first != null) {
      throw first;
    }
  }

  private static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
      + "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      + "<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>"
      + "<w:sz w:val=\"22\"/><w:lang w:val=\"en-GB\"/></w:rPr></w:rPrDefault></w:docDefaults>"
      + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>"
      + "<w:pPr><w:spacing w:after=\"120\"/></w:pPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Title\"><w:name w:val=\"Title\"/><w:basedOn w:val=\"Normal\"/>"
      + "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"36\"/></w:rPr></w:style>"
      + "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/>"
      + "<w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:pPr><w:keepNext/><w:spacing w:before=\"360\"/>"
      + "<w:outlineLvl w:val=\"0\"/></w:pPr><w:rPr><w:b/><w:sz w:val=\"28\"/></w:rPr></w:style>"
      + "</w:styles>";
}
