package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.spi.RenderOptions;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/**
 * The blank form, opened with Apache POI's XWPF (a parser of its own, independent of ours): real
 * heading styles with outline levels, every question with its printed number, A4, en-GB, title
 * and author, and the right controls.
 */
class DocumentStructureTest {
  private final Questionnaire q = Fixtures.everyKind();
  private final byte[] blank = Docs.blank(q);

  private XWPFDocument open(byte[] docx) throws IOException {
    return new XWPFDocument(new ByteArrayInputStream(docx));
  }

  @Test
  void headingsUseTheBuiltInHeadingStylesWithOutlineLevels() throws IOException {
    try (XWPFDocument doc = open(blank)) {
      for (int level = 1; level <= 3; level++) {
        XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
        assertNotNull(style, "Heading" + level);
        assertEquals("heading " + level, style.getName());
        assertEquals(
            BigInteger.valueOf(level - 1), style.getCTStyle().getPPr().getOutlineLvl().getVal(), "outline level");
      }
      List<String> h1 = textsOfStyle(doc, "Heading1");
      List<String> expected = new ArrayList<>();
      for (Part p : q.parts()) {
        expected.add((p.label().orElse("") + " " + p.title().orElse("")).trim());
      }
      assertEquals(expected, h1);
      List<String> h2 = textsOfStyle(doc, "Heading2");
      assertEquals(
          q.parts().stream().flatMap(p -> p.sections().stream()).map(Section::title)
              .flatMap(java.util.Optional::stream).collect(Collectors.toList()),
          h2);
      assertTrue(textsOfStyle(doc, "Heading3").containsAll(List.of("About this call", "Children and young people", "Group")));
    }
  }

  private static List<String> textsOfStyle(XWPFDocument doc, String style) {
    return doc.getParagraphs().stream()
        .filter(p -> style.equals(p.getStyle()))
        .map(XWPFParagraph::getText)
        .collect(Collectors.toList());
  }

  @Test
  void everyQuestionIsPrintedWithItsNumberExactlyAsPrinted() throws IOException {
    try (XWPFDocument doc = open(blank)) {
      List<String> questions =
          doc.getParagraphs().stream()
              .filter(p -> "Question".equals(p.getStyle()) || "SubQuestion".equals(p.getStyle()))
              .map(XWPFParagraph::getText)
              .collect(Collectors.toList());
      List<String> expected = new ArrayList<>();
      for (Question question : q.questions()) {
        expected.add(question.label().map(l -> l + "\t").orElse("") + question.text());
      }
      assertEquals(expected.size(), questions.size());
      for (int i = 0; i < expected.size(); i++) {
        assertTrue(questions.get(i).startsWith(expected.get(i)), questions.get(i) + " / " + expected.get(i));
      }
      assertEquals(2, questions.stream().filter(s -> s.startsWith("1.\tHow many victims")).count());
      String all = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
      assertTrue(all.contains("c. Local training") && all.contains("c. National training"));
    }
  }

  @Test
  void a4PageBritishEnglishTitleAndAuthor() throws IOException {
    try (XWPFDocument doc = open(blank)) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      assertEquals(BigInteger.valueOf(11906), sect.getPgSz().getW());
      assertEquals(BigInteger.valueOf(16838), sect.getPgSz().getH());
      POIXMLProperties props = doc.getProperties();
      assertEquals(q.title(), props.getCoreProperties().getTitle());
      assertEquals(q.issuer().orElseThrow(), props.getCoreProperties().getCreator());
      assertEquals(q.id(), props.getCustomProperties().getProperty("EvidenceKit.Questionnaire").getLpwstr());
      assertEquals(q.version(), props.getCustomProperties().getProperty("EvidenceKit.QuestionnaireVersion").getLpwstr());
    }
    String styles = Packages.part(blank, "word/styles.xml");
    assertTrue(styles.contains("<w:lang w:val=\"en-GB\""), "British English by default");
    assertTrue(Packages.part(blank, "docProps/core.xml").contains("<dc:language>en-GB</dc:language>"));
    assertTrue(Packages.part(Docs.blank(Fixtures.unbound()), "word/styles.xml").contains("<w:lang w:val=\"cy\""));
  }

  @Test
  void aCheckBoxForEveryOptionTickBoxAndDeclarationAndATextControlForEveryAnswer() {
    String xml = Packages.part(blank, "word/document.xml");
    int[] controls = new int[5]; // options, tick boxes, details of options, text, long text
    QuestionVisitor<Void> counter =
        new QuestionVisitor<>() {
          @Override
          public Void visit(ShortTextQuestion question) {
            controls[3]++;
            return null;
          }

          @Override
          public Void visit(LongTextQuestion question) {
            controls[4]++;
            return null;
          }

          @Override
          public Void visit(EmailQuestion question) {
            controls[3]++;
            return null;
          }

          @Override
          public Void visit(CountQuestion question) {
            controls[3]++;
            return null;
          }

          @Override
          public Void visit(TickBoxQuestion question) {
            controls[1]++;
            return null;
          }

          @Override
          public Void visit(SingleChoiceQuestion question) {
            return options(question);
          }

          @Override
          public Void visit(MultipleChoiceQuestion question) {
            return options(question);
          }

          @Override
          public Void visit(QuestionGroup group) {
            return null; // its questions are counted on their own
          }

          private Void options(ChoiceQuestion question) {
            for (Option o : question.options()) {
              controls[0]++;
              controls[2] += o.specify() ? 1 : 0;
            }
            return null;
          }
        };
    q.questions().forEach(question -> question.accept(counter));
    int options = controls[0];
    int ticks = controls[1];
    int specify = controls[2];
    int text = controls[3];
    int longText = controls[4];
    long declarations = q.parts().stream().filter(p -> p.declaration().isPresent()).count();
    assertEquals(options + ticks + declarations, count(xml, "<w14:checkbox>"));
    assertEquals(text + specify, count(xml, "<w:text/>"));
    assertEquals(longText, count(xml, "<w:tbl>"));
    assertEquals(options + ticks + declarations + text + specify + longText, count(xml, "<w:sdt>"));
    assertEquals(count(xml, "<w:sdt>"), count(xml, "<w:bookmarkStart "));
    assertEquals(count(xml, "<w:sdt>"), count(xml, "<w:tag "));
    // the specify control sits in its option's paragraph, after the option's text
    assertTrue(
        Pattern.compile("Other \\(please explain\\):</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
            + "<w:bookmarkStart [^>]*/><w:bookmarkEnd [^>]*/><w:sdt>").matcher(xml).find());
    // every control has its own id
    Matcher ids = Pattern.compile("<w:id w:val=\"(\\d+)\"/>").matcher(xml);
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (ids.find()) {
      assertTrue(seen.add(ids.group(1)), "duplicate control id " + ids.group(1));
    }
  }

  private static long count(String s, String what) {
    long n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void aFilledFormTicksItsBoxesAndShowsItsTexts() {
    for (long seed = 1; seed <= 5; seed++) {
      org.evidencekit.model.Response r = org.evidencekit.model.questionnaires.ExampleResponses.random(q, seed);
      String dump = DocumentDump.of(Packages.part(Docs.filled(q, r), "word/document.xml"));
      org.evidencekit.model.Answer groups = r.answers().get("groups");
      for (Option o : ((ChoiceQuestion) q.question("groups").orElseThrow()).options()) {
        boolean ticked =
            groups instanceof org.evidencekit.model.ChoiceAnswer
                && ((org.evidencekit.model.ChoiceAnswer) groups).isSelected(o.id());
        String box = (ticked ? "[x]" : "[ ]") + " [checkbox \"4. " + o.label().orElseThrow() + " " + o.text() + "\"]";
        assertTrue(dump.contains(box), box + " in\n" + dump);
      }
      String name = r.respondent().name().orElseThrow();
      assertTrue(dump.contains("[text \"1. d) Name of the individual completing the return\" = " + name + "]"), dump);
    }
  }

  @Test
  void restrictingEditingProtectsTheDocumentForFillingInForms() {
    byte[] restricted = Docs.render(q, null, RenderOptions.builder().restrictEditing(true).build());
    assertTrue(Packages.part(restricted, "word/settings.xml").contains("<w:documentProtection w:edit=\"forms\" w:enforcement=\"1\"/>"));
    assertFalse(Packages.part(blank, "word/settings.xml").contains("documentProtection"));
  }

  @Test
  void aPrintedResponseLocksItsControls() {
    byte[] printed =
        Docs.render(q, org.evidencekit.model.questionnaires.ExampleResponses.random(q, 3), org.evidencekit.model.spi.Layout.PRINTED);
    String xml = Packages.part(printed, "word/document.xml");
    assertEquals(count(xml, "<w:sdt>"), count(xml, "<w:lock w:val=\"sdtContentLocked\"/>"));
    assertEquals(0, count(Packages.part(blank, "word/document.xml"), "sdtContentLocked"));
  }
}
