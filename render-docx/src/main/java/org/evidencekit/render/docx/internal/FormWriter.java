package org.evidencekit.render.docx.internal;

import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.CaseStudy;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Consent;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Definition;
import org.evidencekit.model.DefinitionsBlock;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.Heading;
import org.evidencekit.model.Item;
import org.evidencekit.model.ItemVisitor;
import org.evidencekit.model.ListBlock;
import org.evidencekit.model.ListItem;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Paragraph;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Quotation;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.validation.Messages;

/**
 * Writes a questionnaire's {@code word/document.xml} into a {@link Template}: the whole document
 * for a form (blank, filled or printed), or for an answers-only document just the questions a
 * response answers. Headings use the built-in heading styles, so the document has an outline.
 */
public final class FormWriter {
  static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
          + " xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
          + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
          + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
          + " mc:Ignorable=\"w14\"><w:body>";
  static final String TAIL =
      "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"" + Parts.HEADER_REL + "\"/>"
          + "<w:footerReference w:type=\"default\" r:id=\"" + Parts.FOOTER_REL + "\"/><w:pgSz w:w=\"11906\" w:h=\"16838\"/><w:pgMar w:top=\"1440\" w:right=\"1440\""
          + " w:bottom=\"1440\" w:left=\"1440\" w:header=\"709\" w:footer=\"709\" w:gutter=\"0\"/>"
          + "<w:cols w:space=\"708\"/><w:docGrid w:linePitch=\"360\"/></w:sectPr></w:body></w:document>";

  private final Questionnaire q;
  private final SlotTable table;
  private final Template.Builder out;
  /** For an answers-only document: what is answered. Null for a whole form. */
  private final Values answered;

  private FormWriter(SlotTable table, Controls.Mode mode, Values answered) {
    this(table, new Template.Builder(mode), answered);
  }

  private FormWriter(SlotTable table, Template.Builder out, Values answered) {
    this.q = table.questionnaire();
    this.table = table;
    this.out = out;
    this.answered = answered;
  }

  /** The whole questionnaire as a form, its controls editable or read-only. */
  public static Template form(SlotTable table, Controls.Mode mode) {
    FormWriter w = new FormWriter(table, mode, null);
    w.out.xml(HEAD);
    w.frontMatter();
    w.out.about(); // a filled form shows its response's record here (issue 10)
    for (Part part : w.q.parts()) {
      w.part(part);
    }
    w.out.xml("<w:p/>").xml(TAIL);
    return w.out.build();
  }

  /** The questions a response answers, with the answers, after a summary of the response. */
  public static Template answersOnly(SlotTable table, Values values, Response response) {
    FormWriter w = new FormWriter(table, Controls.Mode.EDITABLE, values);
    w.out.xml(HEAD);
    w.para("Title", w.q.title());
    w.para("Subtitle", "Answers given in a response");
    w.about(response);
    for (Part part : w.q.parts()) {
      if (w.answered(part)) {
        w.part(part);
      }
    }
    w.out.xml("<w:p/>").xml(TAIL);
    return w.out.build();
  }

  // ---- front matter and the summary of a response

  private void frontMatter() {
    para("Title", q.title());
    q.subtitle().ifPresent(s -> para("Subtitle", s));
    q.issuer().ifPresent(s -> para("Issuer", s));
    q.closingDate().ifPresent(d -> para("Normal", "Closing date: " + Texts.date(d)));
    q.contact()
        .ifPresent(
            c -> {
              c.name().ifPresent(s -> para("Normal", "Contact: " + s));
              c.email().ifPresent(s -> para("Normal", "Email: " + s));
              c.phone().ifPresent(s -> para("Normal", "Telephone: " + s));
              c.web().ifPresent(s -> para("Normal", "Web: " + s));
            });
  }

  /**
   * The XML of the block that shows what a filled document's hidden record holds (issue 10): the
   * response's reference and date, its attachments, and any respondent field, consent or
   * oral-evidence answer that no question shows. Empty when there is nothing to show.
   */
  public static String aboutXml(SlotTable table, Response response) {
    FormWriter w = new FormWriter(table, new Template.Builder(Controls.Mode.READ_ONLY, 1024), null);
    w.about(response);
    return w.out.xmlSoFar();
  }

  /** Whether a response holds anything its document's record keeps beyond the answers. */
  private boolean recorded(Response r) {
    if (r.id().isPresent() || r.submitted().isPresent() || !r.attachments().isEmpty()
        || unboundConsent(r).isPresent() || unboundOralEvidence(r)) {
      return true;
    }
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField() && q.questionFor(f).isEmpty() && r.respondent().get(f).isPresent()) {
        return true;
      }
    }
    return false;
  }

  private void about(Response r) {
    if (!recorded(r)) {
      return;
    }
    heading(1, "About this response");
    r.id().ifPresent(s -> para("Normal", "Reference: " + s));
    r.submitted().ifPresent(d -> para("Normal", "Sent: " + Texts.date(d)));
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField() && q.questionFor(f).isEmpty()) {
        r.respondent().get(f).ifPresent(s -> para("Normal", label(f) + ": " + s));
      }
    }
    unboundConsent(r).ifPresent(c -> para("Normal", "Consent to publish: " + consent(c)));
    if (unboundOralEvidence(r)) {
      para("Normal", "Oral evidence: willing to give oral evidence or take part in a workshop or focus group");
    }
    if (!r.attachments().isEmpty()) {
      // as the printed PDF and HTML list them: name (type, size): description, the checksum small
      heading(2, "Sent with this response");
      for (Attachment a : r.attachments()) {
        out.xml("<w:p><w:pPr><w:pStyle w:val=\"ListBullet\"/></w:pPr>");
        runs(attachment(a));
        a.sha256().ifPresent(h -> {
          out.xml("<w:r><w:br/></w:r><w:r><w:rPr><w:color w:val=\"505050\"/><w:sz w:val=\"16\"/>"
              + "<w:szCs w:val=\"16\"/></w:rPr><w:t xml:space=\"preserve\">");
          out.text("SHA-256: " + h).xml("</w:t></w:r>");
        });
        out.xml("</w:p>");
      }
    }
  }

  /** The consent, when no question of the questionnaire shows it (so the record keeps it). */
  private Optional<Consent> unboundConsent(Response r) {
    return q.questionFor(ResponseField.CONSENT).isEmpty() ? r.consent() : Optional.empty();
  }

  /** Willing to give oral evidence, when no question of the questionnaire shows it. */
  private boolean unboundOralEvidence(Response r) {
    return q.questionFor(ResponseField.ORAL_EVIDENCE).isEmpty() && r.oralEvidence();
  }

  /** An attachment as the documents list it: its name, media type and size, then its description. */
  static String attachment(Attachment a) {
    return org.evidencekit.model.validation.Messages.describe(a);
  }

  private static String label(ResponseField f) {
    switch (f) {
      case RESPONDENT_NAME:
        return "Name";
      case RESPONDENT_JOB_TITLE:
        return "Job title";
      case RESPONDENT_EMAIL:
        return "Email";
      case RESPONDENT_PHONE:
        return "Telephone";
      case RESPONDENT_ORGANISATION:
        return "Organisation";
      case RESPONDENT_AREA:
        return "Area covered";
      case RESPONDENT_CONTACT_NAME:
        return "Contact name";
      default:
        return f.id();
    }
  }

  private static String consent(Consent c) {
    switch (c) {
      case ATTRIBUTED:
        return "published with the respondent's name and organisation";
      case ANONYMISED:
        return "published anonymised";
      default:
        return "in confidence, not published";
    }
  }

  // ---- parts and sections

  private void part(Part part) {
    String heading =
        (part.label().orElse("") + " " + part.title().orElse("")).trim();
    if (!heading.isEmpty()) {
      heading(1, heading);
    }
    if (part.declaration().isPresent()) {
      Declaration d = part.declaration().get();
      Slot slot = table.declaration(d.id());
      if (answered == null || answered.has(slot)) {
        para("Declaration", d.prompt());
        out.xml("<w:p><w:pPr><w:pStyle w:val=\"Option\"/></w:pPr>");
        d.label().ifPresent(l -> runs(l.trim() + " ")); // a printed box label, "G0" (issue 11)
        out.control(slot);
        runs(" " + d.text());
        out.xml("</w:p>");
      }
    }
    for (Section section : part.sections()) {
      if (answered != null && !answered(section)) {
        continue;
      }
      section.title().ifPresent(t -> heading(2, t));
      ItemWriter items = new ItemWriter();
      for (Item item : section.items()) {
        item.accept(items);
      }
    }
  }

  private boolean answered(Part part) {
    if (part.declaration().isPresent() && answered.has(table.declaration(part.declaration().get().id()))) {
      return true;
    }
    return part.sections().stream().anyMatch(this::answered);
  }

  private boolean answered(Section section) {
    return section.items().stream().anyMatch(i -> i.asQuestion().map(this::answered).orElse(false));
  }

  private boolean answered(Question question) {
    if (question.asGroup().isPresent()) {
      return question.asGroup().get().questions().stream().anyMatch(this::answered);
    }
    return table.slotsOf(question.id()).stream().anyMatch(answered::has);
  }

  private final class ItemWriter implements ItemVisitor<Void> {
    private int depth;

    @Override
    public Void visit(Heading heading) {
      if (answered == null) {
        heading(heading.level(), heading.text());
      }
      return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
      if (answered == null) {
        para("Normal", paragraph.text());
      }
      return null;
    }

    @Override
    public Void visit(ListBlock list) {
      if (answered == null) {
        for (ListItem item : list.items()) {
          if (item.label().isPresent()) {
            para("ListParagraph", item.label().get() + "\t" + item.text());
          } else {
            para("ListBullet", item.text());
          }
        }
      }
      return null;
    }

    @Override
    public Void visit(Quotation quotation) {
      if (answered == null) {
        para("Quote", quotation.text());
        quotation.attribution().ifPresent(a -> para("Attribution", "\u2014 " + a));
      }
      return null;
    }

    @Override
    public Void visit(CaseStudy caseStudy) {
      if (answered == null) {
        caseStudy.title().ifPresent(t -> para("CaseStudyTitle", t));
        for (String p : Texts.paragraphs(caseStudy.text())) {
          para("CaseStudy", p);
        }
      }
      return null;
    }

    @Override
    public Void visit(DefinitionsBlock block) {
      if (answered != null) {
        return null;
      }
      List<String> ids = block.definitions();
      if (ids.isEmpty()) {
        q.definitions().forEach(this::definition);
      } else {
        ids.forEach(id -> q.definition(id).ifPresent(this::definition));
      }
      return null;
    }

    private void definition(Definition d) {
      heading(3, d.term());
      for (String p : Texts.paragraphs(d.text())) {
        para("Normal", p);
      }
      para("Source", "Source: " + d.source());
    }

    @Override
    public Void visit(ShortTextQuestion question) {
      return text(question);
    }

    @Override
    public Void visit(EmailQuestion question) {
      return text(question);
    }

    @Override
    public Void visit(CountQuestion question) {
      return text(question);
    }

    private Void text(Question question) {
      if (!include(question)) {
        return null;
      }
      prompt(question);
      answerParagraph("Answer", "SubAnswer");
      out.control(table.question(question.id()));
      out.xml("</w:p>");
      return null;
    }

    @Override
    public Void visit(LongTextQuestion question) {
      if (!include(question)) {
        return null;
      }
      prompt(question);
      out.control(table.question(question.id()));
      return null;
    }

    @Override
    public Void visit(TickBoxQuestion question) {
      if (!include(question)) {
        return null;
      }
      questionParagraph(question);
      boxFirst(question, table.question(question.id()));
      out.xml("</w:p>");
      hint(question);
      return null;
    }

    @Override
    public Void visit(SingleChoiceQuestion question) {
      return choice(question, false);
    }

    @Override
    public Void visit(MultipleChoiceQuestion question) {
      return choice(question, true);
    }

    private Void choice(ChoiceQuestion question, boolean multiple) {
      if (!include(question)) {
        return null;
      }
      prompt(question);
      List<Option> shown = new java.util.ArrayList<>();
      for (Option o : question.options()) {
        Slot box = table.option(question.id(), o.id());
        Slot specify = o.specify() ? table.specify(question.id(), o.id()) : null;
        if (answered != null && !answered.has(box) && (specify == null || !answered.has(specify))) {
          continue;
        }
        shown.add(o);
      }
      if (question.columns() > 1 && shown.size() > 1) {
        optionsInColumns(question, shown);
      } else {
        for (int i = 0; i < shown.size(); i++) {
          Option o = shown.get(i);
          if (multiple && o.exclusive() && answered == null && o != question.options().get(0)) {
            // "or" before a "None" that excludes the other options, as GOV.UK prints it (issue 11)
            answerParagraph("Option", "SubOption", true);
            runs("or");
            out.xml("</w:p>");
          }
          answerParagraph("Option", "SubOption", i < shown.size() - 1);
          option(question, o);
          out.xml("</w:p>");
        }
      }
      return null;
    }

    @Override
    public Void visit(QuestionGroup group) {
      if (!include(group)) {
        return null;
      }
      prompt(group);
      depth++;
      for (Question sub : group.questions()) {
        sub.accept((ItemVisitor<Void>) this);
      }
      depth--;
      return null;
    }

    private boolean include(Question question) {
      return answered == null || answered(question);
    }

    /**
     * A question's paragraph: its number hangs in the margin so that every question's text lines
     * up; a question without a number, or deeper in groups, is indented to the same line.
     */
    private void questionParagraph(Question question) {
      out.xml("<w:p><w:pPr><w:pStyle w:val=\"").xml(depth == 0 ? "Question" : "SubQuestion").xml("\"/>");
      if (question.label().isEmpty() || depth > 1) {
        int left = 567 * (depth + 1);
        out.xml("<w:ind w:left=\"" + left + "\" w:hanging=\"" + (question.label().isEmpty() ? 0 : 567) + "\"/>");
      }
      out.xml("</w:pPr>");
    }

    /** The paragraph of an answer or option, under its question's text. */
    private void answerParagraph(String style, String subStyle) {
      answerParagraph(style, subStyle, false);
    }

    /** The paragraph of an answer or option, kept on the page of the next one if asked. */
    private void answerParagraph(String style, String subStyle, boolean keepWithNext) {
      out.xml("<w:p><w:pPr><w:pStyle w:val=\"").xml(depth == 0 ? style : subStyle).xml("\"/>");
      if (keepWithNext) {
        out.xml("<w:keepNext/><w:keepLines/>");
      }
      if (depth > 1) {
        out.xml("<w:ind w:left=\"" + 567 * (depth + 1) + "\"/>");
      }
      out.xml("</w:pPr>");
    }

    /** An option: its box before its label and text, then its details' control if it asks for one. */
    private void option(ChoiceQuestion question, Option o) {
      out.control(table.option(question.id(), o.id()));
      runs(" " + o.label().map(l -> l + " ").orElse("") + o.text());
      if (o.specify()) {
        runs(" ");
        out.control(table.specify(question.id(), o.id()));
      }
    }

    /**
     * Options laid out in the question's columns, as the PDF does: a borderless table read row by
     * row (a, b on the first row of two columns), each row kept with the next and whole on a page.
     */
    private void optionsInColumns(ChoiceQuestion question, List<Option> shown) {
      int cols = question.columns();
      int indent = 567 * (depth + 1);
      int width = (Controls.TEXT_WIDTH - indent) / cols;
      out.xml("<w:tbl><w:tblPr><w:tblW w:w=\"" + width * cols + "\" w:type=\"dxa\"/><w:tblInd w:w=\"" + indent
          + "\" w:type=\"dxa\"/><w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"0000\" w:firstRow=\"0\""
          + " w:lastRow=\"0\" w:firstColumn=\"0\" w:lastColumn=\"0\" w:noHBand=\"1\" w:noVBand=\"1\"/>"
          + "<w:tblCaption w:val=\"" + Xml.escape(Texts.shorten(question.text(), 90)) + "\"/></w:tblPr><w:tblGrid>");
      for (int c = 0; c < cols; c++) {
        out.xml("<w:gridCol w:w=\"" + width + "\"/>");
      }
      out.xml("</w:tblGrid>");
      for (int row = 0; row < shown.size(); row += cols) {
        boolean last = row + cols >= shown.size();
        out.xml("<w:tr><w:trPr><w:cantSplit/></w:trPr>");
        for (int c = 0; c < cols; c++) {
          out.xml("<w:tc><w:tcPr><w:tcW w:w=\"" + width + "\" w:type=\"dxa\"/></w:tcPr><w:p><w:pPr>"
              + "<w:pStyle w:val=\"OptionCell\"/>" + (last ? "" : "<w:keepNext/>") + "</w:pPr>");
          if (row + c < shown.size()) {
            option(question, shown.get(row + c));
          }
          out.xml("</w:p></w:tc>");
        }
        out.xml("</w:tr>");
      }
      out.xml("</w:tbl>");
    }

    /** A tick-box question's line: its number, the box, then its text, as the PDF draws it. */
    private void boxFirst(Question question, Slot box) {
      question.label().ifPresent(l -> runs(l + "\t"));
      out.control(box);
      runs(" " + question.text() + Messages.optionalMark(question).map(m -> " " + m).orElse(""));
    }

    private void prompt(Question question) {
      questionParagraph(question);
      numbered(question);
      out.xml("</w:p>");
      hint(question);
    }

    /** A question's hint, under its text. */
    private void hint(Question question) {
      if (question.hint().isPresent()) {
        out.xml("<w:p><w:pPr><w:pStyle w:val=\"Hint\"/>");
        if (depth > 0) {
          out.xml("<w:ind w:left=\"" + 567 * (depth + 1) + "\"/>");
        }
        out.xml("</w:pPr>");
        runs(question.hint().get());
        out.xml("</w:p>");
      }
    }

    private void numbered(Question question) {
      Optional<String> label = question.label();
      // an optional question says so in words, as GOV.UK does (issue 11)
      String text = question.text() + Messages.optionalMark(question).map(m -> " " + m).orElse("");
      if (label.isPresent()) {
        runs(label.get() + "\t" + text);
      } else {
        runs(text);
      }
    }
  }

  // ---- paragraphs and runs

  private void heading(int level, String text) {
    para("Heading" + Math.max(1, Math.min(6, level)), text);
  }

  private void para(String style, String text) {
    out.xml("<w:p><w:pPr><w:pStyle w:val=\"").xml(style).xml("\"/></w:pPr>");
    runs(text);
    out.xml("</w:p>");
  }

  /** Runs of text: tabs as tabs, line breaks as breaks. */
  private void runs(String text) {
    String[] lines = Texts.lines(text);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.xml("<w:r><w:br/></w:r>");
      }
      String line = lines[i];
      if (line.isEmpty()) {
        continue;
      }
      out.xml("<w:r>");
      int start = 0;
      for (int tab = line.indexOf('\t'); ; tab = line.indexOf('\t', start)) {
        int end = tab < 0 ? line.length() : tab;
        if (end > start) {
          out.xml("<w:t xml:space=\"preserve\">").text(line.substring(start, end)).xml("</w:t>");
        }
        if (tab < 0) {
          break;
        }
        out.xml("<w:tab/>");
        start = tab + 1;
      }
      out.xml("</w:r>");
    }
  }
}
