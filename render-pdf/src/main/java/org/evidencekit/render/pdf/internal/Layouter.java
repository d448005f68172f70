package org.evidencekit.render.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.Deflater;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.evidencekit.model.Answer;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.CaseStudy;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Definition;
import org.evidencekit.model.DefinitionsBlock;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.Heading;
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
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Quotation;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.Responses;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.validation.Messages;

/**
 * Lays a questionnaire out on A4 pages: the whole document as a fillable form (widgets where the
 * answers go), as a printed response (the answers drawn as tagged text), or as the answers only.
 * Every piece of text is marked content owned by an element of the structure tree; page furniture
 * is marked as artifacts. Not thread-safe: one per composition.
 */
public final class Layouter {
  /** What is laid out. */
  public enum Mode {
    FORM,
    PRINTED,
    ANSWERS_ONLY
  }

  static final float PAGE_W = PDRectangle.A4.getWidth();
  static final float PAGE_H = PDRectangle.A4.getHeight();
  static final float LEFT = 56.7f;
  static final float RIGHT = PAGE_W - 56.7f;
  static final float TOP = PAGE_H - 64f;
  static final float BOTTOM = 64f;

  static final float BODY = 10.5f;
  static final float LEAD = 14f;
  static final float SMALL = 9f;
  static final float SMALL_LEAD = 12f;
  static final float BOX = 11f;
  static final float FIELD_H = 18f;
  static final float FIELD_FONT = 10f;
  static final float FIELD_LINE = 12.5f;
  static final float GAP = 5f;
  static final float LABEL_COL = 34f;
  static final float[] HEADING_SIZE = {22f, 17f, 14f, 12f, 11f, 11f, 11f};
  static final float[] HEADING_LEAD = {28f, 22f, 18f, 16f, 15f, 15f, 15f};
  static final float ANSWER_GRAY = 0.94f;

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final Questionnaire q;
  private final DocumentFonts f;
  private final Mode mode;
  private final Optional<Response> response;
  private final Map<String, Answer> answers;
  private final List<PageContent> pages = new ArrayList<>();
  private final StructElem root = new StructElem("Document");
  private final List<Widget> widgets = new ArrayList<>();
  private final List<Composition.Bookmark> bookmarks = new ArrayList<>();
  private PageContent page;
  private float y;
  private int lastHeading;

  private java.util.Set<String> withheld = java.util.Set.of();

  private Layouter(Questionnaire q, DocumentFonts f, Mode mode, Optional<Response> response) {
    this.q = q;
    this.f = f;
    this.mode = mode;
    this.response = response;
    this.answers = response.map(r -> Responses.answersOf(q, r)).orElse(Map.of());
  }

  /** Lays out the document; a response is needed for the printed and answers-only modes. */
  public static Composition compose(
      Questionnaire questionnaire, DocumentFonts fonts, Mode mode, Optional<Response> response) {
    return compose(questionnaire, fonts, mode, response, java.util.Set.of());
  }

  /**
   * Lays out the document; where an answer was withheld (its JSON Pointer in {@code withheld}),
   * a printed document says "Withheld", not "Not answered" (issue 11).
   */
  public static Composition compose(Questionnaire questionnaire, DocumentFonts fonts, Mode mode,
      Optional<Response> response, java.util.Set<String> withheld) {
    Layouter l = new Layouter(questionnaire, fonts, mode, response);
    l.withheld = withheld;
    l.newPage();
    if (mode == Mode.ANSWERS_ONLY) {
      l.answersOnly();
    } else {
      l.whole();
    }
    l.finish();
    return new Composition(l.pages, l.root, l.widgets, fonts, l.bookmarks);
  }

  /**
   * The fillable form filled with a response that has a record beyond its answers (its id, the
   * day it was sent, attachments, all kept in the document information): the form shows that
   * record as text on a page of its own after the questionnaire, "About this response", so nothing
   * is kept that the document does not show (issue 10). The fields are filled when the document is
   * assembled. When the record fits on one page, {@link #formWithRecordPage} and {@link
   * #recordPage} make the same document from a layout made once.
   */
  public static Composition composeForm(Questionnaire questionnaire, DocumentFonts fonts, Response filled) {
    Layouter l = new Layouter(questionnaire, fonts, Mode.FORM, Optional.empty());
    l.newPage();
    l.whole();
    l.newPage();
    l.about(filled);
    l.finish();
    return new Composition(l.pages, l.root, l.widgets, fonts, l.bookmarks, false);
  }

  /**
   * The fillable form with a last page kept for a response's record: the page holds one empty
   * marked-content sequence owned by a {@code Sect}, which {@link FastForm} replaces with what
   * {@link #recordPage} lays out for each response.
   */
  public static Composition formWithRecordPage(Questionnaire questionnaire, DocumentFonts fonts) {
    Layouter l = new Layouter(questionnaire, fonts, Mode.FORM, Optional.empty());
    l.newPage();
    l.whole();
    l.newPage();
    StructElem sect = l.root.add("Sect");
    l.open(sect, 0);
    l.close(0);
    l.finish();
    return new Composition(l.pages, l.root, l.widgets, fonts, l.bookmarks, true);
  }

  /** The last page of a form that shows a response's record: its content and its structure. */
  public static final class RecordPage {
    /** The page's content stream, Flate-encoded. */
    final byte[] encoded;
    /** The {@code Sect} the page's elements hang from; every marked content is on this page. */
    final StructElem sect;
    /** The owner of each marked-content id, in order. */
    final List<StructElem> owners;

    RecordPage(byte[] encoded, StructElem sect, List<StructElem> owners) {
      this.encoded = encoded;
      this.sect = sect;
      this.owners = owners;
    }
  }

  /**
   * The last page of {@link #formWithRecordPage} for this response, as {@link #composeForm} lays
   * it out; empty when the record needs more than one page (then the form is composed whole).
   *
   * @param pageCount the form's pages, the record's page included
   */
  public static Optional<RecordPage> recordPage(
      Questionnaire questionnaire, DocumentFonts fonts, Response filled, int pageCount) {
    Layouter l = new Layouter(questionnaire, fonts, Mode.FORM, Optional.empty());
    l.newPage();
    l.lastHeading = 1; // as after the questionnaire's own headings
    l.about(filled);
    if (l.pages.size() != 1) {
      return Optional.empty();
    }
    l.finish(pageCount - 1, pageCount);
    StructElem sect = (StructElem) l.root.kids.get(0);
    return Optional.of(new RecordPage(l.pages.get(0).encoded, sect, l.pages.get(0).mcidOwners));
  }

  /** Whether a response has a record beyond its answers that its document keeps and shows. */
  public static boolean hasRecord(Response r) {
    return r.id().isPresent() || r.submitted().isPresent() || !r.attachments().isEmpty();
  }

  // ---------------------------------------------------------------- the whole questionnaire

  private void whole() {
    frontMatter(root);
    for (Part part : q.parts()) {
      StructElem sect = root.add("Sect");
      partHeading(part).ifPresent(h -> heading(sect, h, 1));
      part.declaration().ifPresent(d -> declaration(sect, part, d));
      for (Section section : part.sections()) {
        section.title().ifPresent(t -> heading(sect, t, 2));
        ItemDrawer drawer = new ItemDrawer(sect, LEFT);
        section.items().forEach(item -> item.accept(drawer));
      }
    }
    if (mode == Mode.PRINTED) {
      attachments(root, 1);
    }
  }

  private void frontMatter(StructElem parent) {
    heading(parent, q.title(), 0);
    q.subtitle().ifPresent(s -> paragraph(parent, s, f.regular, 13f, 17f, LEFT, 0));
    q.issuer().ifPresent(s -> paragraph(parent, s, f.regular, BODY, LEAD, LEFT, 0));
    q.closingDate()
        .ifPresent(d -> paragraph(parent, "Closing date: " + DAY.format(d), f.regular, BODY, LEAD, LEFT, 0));
    q.contact()
        .ifPresent(
            c -> {
              List<String> bits = new ArrayList<>();
              c.name().ifPresent(bits::add);
              c.email().ifPresent(bits::add);
              c.phone().ifPresent(bits::add);
              c.web().ifPresent(bits::add);
              if (!bits.isEmpty()) {
                paragraph(parent, "Contact: " + String.join(", ", bits), f.regular, BODY, LEAD, LEFT, 0);
              }
            });
    if (mode != Mode.FORM) {
      Response r = response.orElseThrow();
      StringBuilder s = new StringBuilder(mode == Mode.PRINTED ? "Printed response" : "Answers given");
      r.id().ifPresent(id -> s.append(" ").append(id));
      r.submitted().ifPresent(d -> s.append(", sent ").append(DAY.format(d)));
      paragraph(parent, s.append('.').toString(), f.regular, BODY, LEAD, LEFT, 0.3f);
    }
  }

  private static Optional<String> partHeading(Part part) {
    String text =
        (part.label().map(String::trim).orElse("") + " " + part.title().map(String::trim).orElse(""))
            .trim();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private void declaration(StructElem parent, Part part, Declaration d) {
    StructElem div = parent.add("Div");
    paragraph(div, d.prompt(), f.italic, BODY, LEAD, LEFT, 0);
    Optional<Answer> a = Optional.ofNullable(answers.get(d.id()));
    boolean ticked = a.flatMap(Answer::asBoolean).map(BooleanAnswer::value).orElse(false);
    String tu =
        partHeading(part).map(h -> h + ": ").orElse("") + FieldNames.oneLine(d.text());
    // a printed box label ("G0") stands before the box, as a question's number does
    tickLine(div, LEFT, d.label().map(String::trim).orElse(""), d.text(), f.regular, FieldNames.of(d), tu, ticked);
    y -= GAP;
  }

  private final class ItemDrawer implements ItemVisitor<Void> {
    private final StructElem parent;
    private final float x;

    ItemDrawer(StructElem parent, float x) {
      this.parent = parent;
      this.x = x;
    }

    @Override
    public Void visit(Heading heading) {
      heading(parent, heading.text(), heading.level());
      return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
      paragraph(parent, paragraph.text(), f.regular, BODY, LEAD, x, 0);
      return null;
    }

    @Override
    public Void visit(ListBlock list) {
      list(parent, list, x);
      return null;
    }

    @Override
    public Void visit(Quotation quotation) {
      StructElem quote = parent.add("BlockQuote");
      paragraph(quote, quoted(quotation.text().trim()), f.italic, BODY, LEAD, x + 18, 0.15f);
      quotation.attribution().ifPresent(
          a -> paragraph(quote, "\u2014 " + a.trim(), f.regular, SMALL, SMALL_LEAD, x + 18, 0.3f));
      return null;
    }

    @Override
    public Void visit(CaseStudy caseStudy) {
      StructElem div = parent.add("Div");
      caseStudy.title().ifPresent(t -> paragraph(div, t, f.bold, BODY, LEAD, x + 12, 0));
      for (String para : paragraphs(caseStudy.text())) {
        paragraph(div, para, f.regular, BODY, LEAD, x + 12, 0);
      }
      return null;
    }

    @Override
    public Void visit(DefinitionsBlock block) {
      List<Definition> defs = new ArrayList<>();
      if (block.definitions().isEmpty()) {
        defs.addAll(q.definitions());
      } else {
        block.definitions().forEach(id -> q.definition(id).ifPresent(defs::add));
      }
      for (Definition d : defs) {
        StructElem div = parent.add("Div");
        space(6);
        ensure(3 * LEAD);
        paragraph(div, d.term(), f.bold, BODY, LEAD, x, 0);
        for (String para : paragraphs(d.text())) {
          paragraph(div, para, f.regular, BODY, LEAD, x, 0);
        }
        paragraph(div, "Source: " + d.source(), f.italic, SMALL, SMALL_LEAD, x, 0.3f);
      }
      return null;
    }

    @Override
    public Void visit(ShortTextQuestion question) {
      return question(question);
    }

    @Override
    public Void visit(LongTextQuestion question) {
      return question(question);
    }

    @Override
    public Void visit(EmailQuestion question) {
      return question(question);
    }

    @Override
    public Void visit(CountQuestion question) {
      return question(question);
    }

    @Override
    public Void visit(TickBoxQuestion question) {
      return question(question);
    }

    @Override
    public Void visit(SingleChoiceQuestion question) {
      return question(question);
    }

    @Override
    public Void visit(MultipleChoiceQuestion question) {
      return question(question);
    }

    @Override
    public Void visit(QuestionGroup group) {
      return question(group);
    }

    private Void question(Question question) {
      Layouter.this.question(parent, question, x);
      return null;
    }
  }

  // ---------------------------------------------------------------- questions

  private void question(StructElem parent, Question qn, float x0) {
    qn.accept(new QuestionDrawer(parent, qn, x0));
  }

  /** Draws one question: its number, text and hint, then the control its kind asks for. */
  private final class QuestionDrawer implements QuestionVisitor<Void> {
    private final Question qn;
    private final float x0;
    private final StructElem div;
    private final String label;
    private final float textX;
    private final Optional<Answer> answer;

    QuestionDrawer(StructElem parent, Question qn, float x0) {
      this.qn = qn;
      this.x0 = x0;
      this.div = parent.add("Div");
      this.label = qn.label().map(String::trim).orElse("");
      this.textX = label.isEmpty() ? x0 : x0 + Math.max(LABEL_COL, f.bold.width(label, BODY) + 6);
      this.answer = Optional.ofNullable(answers.get(qn.id()));
      space(9);
    }

    @Override
    public Void visit(TickBoxQuestion question) {
      boolean ticked = answer.flatMap(Answer::asBoolean).map(BooleanAnswer::value).orElse(false);
      tickLine(div, x0, label, qn.text(), f.bold, FieldNames.of(qn), FieldNames.accessibleName(q, qn), ticked);
      hint(div, qn, textX + BOX + 6);
      return null;
    }

    @Override
    public Void visit(QuestionGroup group) {
      text(2 * LEAD);
      for (Question sub : group.questions()) {
        question(div, sub, textX);
      }
      return null;
    }

    @Override
    public Void visit(SingleChoiceQuestion question) {
      keepWithOptions(question);
      options(div, question, textX, answer, true);
      return null;
    }

    @Override
    public Void visit(MultipleChoiceQuestion question) {
      keepWithOptions(question);
      options(div, question, textX, answer, false);
      return null;
    }

    /**
     * The question's text, kept on one page with all its options when they fit in half a page,
     * else with its first two rows (issue 11: a question's options are not split from it).
     */
    private void keepWithOptions(ChoiceQuestion question) {
      float all = optionsHeight(question, textX);
      text(all <= (TOP - BOTTOM) / 2 ? all : 2 * LEAD, (TOP - BOTTOM) / 2 + 60);
    }

    @Override
    public Void visit(LongTextQuestion question) {
      int max = question.maxLength();
      return field(Widget.Kind.MULTILINE, width(), multilineHeight(max), max);
    }

    @Override
    public Void visit(ShortTextQuestion question) {
      return field(Widget.Kind.TEXT, width(), FIELD_H, question.maxLength());
    }

    @Override
    public Void visit(EmailQuestion question) {
      return field(Widget.Kind.TEXT, width(), FIELD_H, EmailQuestion.MAX_LENGTH);
    }

    @Override
    public Void visit(CountQuestion question) {
      return field(Widget.Kind.TEXT, Math.min(140, width()), FIELD_H, 18);
    }

    private float width() {
      return RIGHT - textX;
    }

    /** The question's text and hint, keeping them on the page with the first line of the control. */
    private void text(float firstControlHeight) {
      text(firstControlHeight, 200);
    }

    private void text(float firstControlHeight, float most) {
      // an optional question says so in words, as GOV.UK does (issue 11)
      String text = qn.text() + Messages.optionalMark(qn).map(m -> " " + m).orElse("");
      List<String> lines = Wrap.lines(text, f.bold, BODY, RIGHT - textX, RIGHT - textX);
      ensure(Math.min(lines.size() * LEAD + firstControlHeight, most));
      textBlock(div.add("P"), lines, f.bold, BODY, LEAD, textX, 0, label.isEmpty() ? null : label, x0);
      hint(div, qn, textX);
    }

    /** A text field of this size (the form), or the answer printed in a box (a printed response). */
    private Void field(Widget.Kind kind, float width, float height, int maxLength) {
      if (mode == Mode.PRINTED) {
        text(LEAD + 8);
        y -= 2;
        answerBox(div, answer.map(a -> String.join("\n", AnswerText.lines(Optional.of(qn), a))), textX,
            RIGHT, answer.isEmpty() && isWithheld(qn));
        return null;
      }
      text(height + 4);
      y -= 3;
      Layouter.this.field(div, kind, FieldNames.of(qn), FieldNames.accessibleName(q, qn), textX, width, height,
          maxLength);
      return null;
    }
  }

  static float multilineHeight(int maxLength) {
    int rows = Math.max(3, Math.min(10, maxLength / 300));
    return rows * FIELD_LINE + 6;
  }

  private void hint(StructElem div, Question qn, float x) {
    qn.hint().ifPresent(h -> {
      y -= 1;
      paragraph(div, h, f.italic, SMALL, SMALL_LEAD, x, 0.3f);
      y += GAP - 2;
    });
  }

  /** A check box with its statement to the right; a printed number, if any, at {@code x0}. */
  private void tickLine(
      StructElem parent, float x0, String label, String text, Face face, String name, String tu, boolean ticked) {
    float boxX = label.isEmpty() ? x0 : x0 + Math.max(LABEL_COL, f.bold.width(label, BODY) + 6);
    float textX = boxX + BOX + 6;
    List<String> lines = Wrap.lines(text, face, BODY, RIGHT - textX, RIGHT - textX);
    ensure(Math.min(lines.size(), 3) * LEAD);
    float top = y;
    int pg = pages.size() - 1;
    StructElem p = new StructElem("P");
    if (mode == Mode.FORM) {
      parent.kids.add(p);
      textBlock(p, lines, face, BODY, LEAD, textX, 0, label.isEmpty() ? null : label, x0);
      StructElem form = parent.add("Form");
      addWidget(form, Widget.Kind.CHECKBOX, name, tu, pg, boxX, top - (LEAD - BOX) / 2 - BOX, BOX, BOX, 0);
    } else {
      parent.kids.add(p);
      printedBox(p, boxX, top - (LEAD - BOX) / 2 - BOX, ticked, false);
      y = top;
      textBlock(p, lines, face, BODY, LEAD, textX, 0, label.isEmpty() ? null : label, x0);
    }
  }

  private void options(StructElem div, ChoiceQuestion cq, float x, Optional<Answer> answer, boolean round) {
    Optional<ChoiceAnswer> chosen = answer.flatMap(Answer::asChoice);
    float labelCol = labelColumn(cq);
    // Exclusive options ("None") of a multiple choice stand on their own after the others, each
    // after an "or", as GOV.UK prints them (issue 11).
    List<Option> grid = new ArrayList<>();
    List<Option> alone = new ArrayList<>();
    for (Option o : cq.options()) {
      (o.exclusive() && !round && !grid.isEmpty() ? alone : grid).add(o);
    }
    y -= 2;
    optionRows(div, cq, grid, cq.columns(), x, labelCol, chosen, round, alone.isEmpty());
    for (int i = 0; i < alone.size(); i++) {
      Option o = alone.get(i);
      float h = optionRowHeights(List.of(o), 1, x, labelCol, chosen).get(0);
      ensure(LEAD + h + 2);
      paragraph(div, "or", f.regular, BODY, LEAD, x + BOX + 6, 0);
      y += GAP - 2;
      optionRows(div, cq, List.of(o), 1, x, labelCol, chosen, round, true);
    }
  }

  private float labelColumn(ChoiceQuestion cq) {
    float labelCol = 0;
    for (Option o : cq.options()) {
      if (o.label().isPresent()) {
        labelCol = Math.max(labelCol, f.regular.width(o.label().get().trim(), BODY) + 5);
      }
    }
    return labelCol;
  }

  /** The height of each row of these options laid out in {@code cols} columns from {@code x}. */
  private List<Float> optionRowHeights(
      List<Option> options, int cols, float x, float labelCol, Optional<ChoiceAnswer> chosen) {
    float colW = (RIGHT - x) / cols;
    List<Float> heights = new ArrayList<>();
    for (int row = 0; row < options.size(); row += cols) {
      float rowH = 0;
      for (int i = row; i < Math.min(options.size(), row + cols); i++) {
        Option o = options.get(i);
        float textW = colW - BOX - 6 - labelCol - 4;
        float h = Wrap.lines(o.text(), f.regular, BODY, textW, textW).size() * LEAD
            + (o.specify() ? specifyHeight(o, chosen) + 3 : 0);
        rowH = Math.max(rowH, h);
      }
      heights.add(rowH + 2);
    }
    return heights;
  }

  /** The height a choice question's options take: what its text keeps on its page with it. */
  private float optionsHeight(ChoiceQuestion cq, float x) {
    float total = 0;
    for (float h : optionRowHeights(cq.options(), cq.columns(), x, labelColumn(cq), Optional.empty())) {
      total += h;
    }
    return total + 4;
  }

  /**
   * Options in rows of {@code cols} columns. The last row never stands alone at the top of a page:
   * the row before it keeps it on its page ({@code last} says these rows end the question).
   */
  private void optionRows(StructElem div, ChoiceQuestion cq, List<Option> options, int cols, float x, float labelCol,
      Optional<ChoiceAnswer> chosen, boolean round, boolean last) {
    float colW = (RIGHT - x) / cols;
    List<Float> heights = optionRowHeights(options, cols, x, labelCol, chosen);
    for (int row = 0, r = 0; row < options.size(); row += cols, r++) {
      int end = Math.min(options.size(), row + cols);
      List<List<String>> cells = new ArrayList<>();
      for (int i = row; i < end; i++) {
        float textW = colW - BOX - 6 - labelCol - 4;
        cells.add(Wrap.lines(options.get(i).text(), f.regular, BODY, textW, textW));
      }
      float rowH = heights.get(r) - 2;
      if (rowH > TOP - BOTTOM - 20 && end - row > 1) {
        // a row too tall for one page: its options one under another
        for (int i = row; i < end; i++) {
          ensure(2 * LEAD);
          option(div, cq, options.get(i), cells.get(i - row), x, x + colW - 4, labelCol, chosen, round);
          y -= 2;
        }
        continue;
      }
      float keep = rowH + 2;
      if (last && r == heights.size() - 2) {
        keep += heights.get(r + 1); // no orphaned last option
      }
      ensure(Math.min(keep, TOP - BOTTOM - 20));
      float top = y;
      float bottom = y;
      for (int j = 0; j < end - row; j++) {
        float cx = x + j * colW;
        y = top;
        option(div, cq, options.get(row + j), cells.get(j), cx, cx + colW - 4, labelCol, chosen, round);
        bottom = Math.min(bottom, y);
      }
      y = bottom - 2;
    }
  }

  /** A box for an option's text: two rows for a short text, up to five for a long one. */
  static float specifyFieldHeight(int maxLength) {
    int rows = Math.max(2, Math.min(5, maxLength / 150));
    return rows * FIELD_LINE + 6;
  }

  private float specifyHeight(Option o, Optional<ChoiceAnswer> chosen) {
    if (mode == Mode.FORM) {
      return specifyFieldHeight(o.specifyMaxLength());
    }
    return chosen.map(c -> c.specified().get(o.id())).map(s -> LEAD + 8).orElse(0f);
  }

  private void option(
      StructElem div,
      ChoiceQuestion cq,
      Option o,
      List<String> lines,
      float cx,
      float right,
      float labelCol,
      Optional<ChoiceAnswer> chosen,
      boolean round) {
    float textX = cx + BOX + 6 + labelCol;
    float top = y;
    int pg = pages.size() - 1;
    String label = o.label().map(String::trim).orElse("");
    StructElem p = new StructElem("P");
    boolean ticked = chosen.map(c -> c.isSelected(o.id())).orElse(false);
    if (mode == Mode.FORM) {
      StructElem form = div.add("Form");
      addWidget(form, round ? Widget.Kind.ROUND_CHECKBOX : Widget.Kind.CHECKBOX, FieldNames.of(cq, o),
          FieldNames.accessibleName(q, cq, o), pg,
          cx, top - (LEAD - BOX) / 2 - BOX, BOX, BOX, 0);
      div.kids.add(p);
    } else {
      div.kids.add(p);
      printedBox(p, cx, top - (LEAD - BOX) / 2 - BOX, ticked, round);
      y = top;
    }
    textBlock(p, lines, f.regular, BODY, LEAD, textX, 0, label.isEmpty() ? null : label, cx + BOX + 6, f.regular);
    if (o.specify()) {
      float w = right - textX;
      if (mode == Mode.FORM) {
        y -= 2;
        String tu = FieldNames.accessibleName(q, cq, o) + ", details";
        field(div, Widget.Kind.MULTILINE, FieldNames.specifyOf(cq, o), tu, textX, w,
            specifyFieldHeight(o.specifyMaxLength()), o.specifyMaxLength());
      } else {
        Optional<String> text = chosen.map(c -> c.specified().get(o.id()));
        if (text.isPresent()) {
          y -= 2;
          answerBox(div, text, textX, right);
        }
      }
    }
  }

  /** A text field (or multi-line field) in its own Form element, top at the current line. */
  private void field(StructElem parent, Widget.Kind kind, String name, String tu, float x, float w, float h, int max) {
    ensure(h + 2);
    StructElem form = parent.add("Form");
    addWidget(form, kind, name, tu, pages.size() - 1, x, y - h, w, h, max);
    y -= h + 2;
  }

  private void addWidget(
      StructElem form, Widget.Kind kind, String name, String tu, int pg, float x, float yBottom, float w, float h, int max) {
    Widget wd = new Widget(kind, name, tu, pg, x, yBottom, w, h, max, widgets.size());
    widgets.add(wd);
    form.kids.add(wd);
  }

  /** A check box drawn as the printed answer: tagged, with its state as its actual text. */
  private void printedBox(StructElem p, float bx, float by, boolean ticked, boolean round) {
    StructElem span = p.add("Span");
    span.actualText = ticked ? "Ticked: " : "Not ticked: ";
    int mcid = page.nextMcid(span);
    span.kids.add(new StructElem.Mcr(pages.size() - 1, mcid));
    StringBuilder o = page.ops;
    o.append("/Span <</MCID ").append(mcid).append(" /ActualText ");
    Ops.literal(o, span.actualText).append(">> BDC\nq 0.8 w 0 G ");
    if (round) {
      Appearances.circle(o, bx + BOX / 2, by + BOX / 2, BOX / 2 - 0.4f).append("S\nQ\n");
      if (ticked) {
        // a bullet, drawn as text so that the span's actual text ("Ticked: ") replaces it
        float size = 13f;
        String dot = "\u2022";
        float w = f.bold.width(dot, size);
        o.append("BT /").append(f.bold.resourceName()).append(' ');
        Ops.num(o, size).append(" Tf 1 0 0 1 ");
        Ops.nums(o, bx + (BOX - w) / 2, by + BOX / 2 - 0.33f * size).append("Tm ");
        f.bold.encode(dot, o);
        o.append(" Tj ET\n");
      }
      o.append("EMC\n");
      return;
    }
    Ops.nums(o, bx, by, BOX, BOX).append("re S\n");
    o.append("Q\n");
    if (ticked) {
      float size = 10f;
      String x = "X";
      float w = f.bold.width(x, size);
      o.append("BT /").append(f.bold.resourceName()).append(' ');
      Ops.num(o, size).append(" Tf 1 0 0 1 ");
      Ops.nums(o, bx + (BOX - w) / 2, by + 1.9f).append("Tm ");
      f.bold.encode(x, o);
      o.append(" Tj ET\n");
    }
    o.append("EMC\n");
  }

  private void answerBox(StructElem parent, Optional<String> text, float x) {
    answerBox(parent, text, x, RIGHT);
  }

  private void answerBox(StructElem parent, Optional<String> text, float x, float right) {
    answerBox(parent, text, x, right, false);
  }

  /** Whether the question's answer was withheld (removed by anonymisation). */
  private boolean isWithheld(Question qn) {
    return withheld.contains(qn.responseField().map(ResponseField::pointer).orElse("/answers/" + qn.id()));
  }

  /** A printed answer on a light background, or "Not answered". */
  private void answerBox(StructElem parent, Optional<String> text, float x, float right, boolean withheldHere) {
    float pad = 4;
    float w = right - x;
    StructElem p = parent.add("P");
    boolean given = text.isPresent() && !text.get().isBlank();
    Face face = given ? f.regular : f.italic;
    List<String> lines =
        Wrap.lines(given ? text.get() : withheldHere ? "Withheld" : "Not answered", face, BODY, w - 2 * pad,
            w - 2 * pad);
    int i = 0;
    while (i < lines.size()) {
      int fit = (int) Math.floor((y - BOTTOM - 2 * pad) / LEAD);
      if (fit < 1) {
        newPage();
        continue;
      }
      int n = Math.min(fit, lines.size() - i);
      float h = n * LEAD + 2 * pad;
      StringBuilder o = page.ops;
      o.append("/Artifact BMC\nq ");
      Ops.num(o, ANSWER_GRAY).append(" g ");
      Ops.nums(o, x, y - h, w, h).append("re f Q\nEMC\n");
      y -= pad;
      textBlock(p, lines.subList(i, i + n), face, BODY, LEAD, x + pad, given ? 0 : 0.35f, null, 0);
      y -= pad;
      i += n;
    }
    y -= 2;
  }

  // ---------------------------------------------------------------- content blocks

  private void list(StructElem parent, ListBlock list, float x) {
    StructElem l = parent.add("L");
    float col = 12;
    for (ListItem item : list.items()) {
      col = Math.max(col, f.regular.width(labelOf(item), BODY) + 6);
    }
    for (ListItem item : list.items()) {
      StructElem li = l.add("LI");
      List<String> lines = Wrap.lines(item.text(), f.regular, BODY, RIGHT - x - col, RIGHT - x - col);
      ensure(Math.min(2, lines.size()) * LEAD);
      float top = y;
      textBlock(li.add("Lbl"), List.of(labelOf(item)), f.regular, BODY, LEAD, x, 0, null, 0);
      y = top;
      textBlock(li.add("LBody"), lines, f.regular, BODY, LEAD, x + col, 0, null, 0);
      y -= 2;
    }
    y -= GAP;
  }

  /** The text in quotation marks, unless it comes with its own. */
  private static String quoted(String text) {
    if (text.isEmpty() || "\"\u201C\u2018'".indexOf(text.charAt(0)) >= 0) {
      return text;
    }
    return "\u201C" + text + "\u201D";
  }

  private static String labelOf(ListItem item) {
    return item.label().map(String::trim).filter(s -> !s.isEmpty()).orElse("\u2022");
  }

  private static List<String> paragraphs(String text) {
    List<String> out = new ArrayList<>();
    for (String p : text.split("\\n\\s*\\n")) {
      if (!p.isBlank()) {
        out.add(p.strip());
      }
    }
    return out;
  }

  private void heading(StructElem parent, String text, int requested) {
    heading(parent, text, requested, true);
  }

  /** A heading; on a page laid out on its own (a record's page) it has no bookmark. */
  private void heading(StructElem parent, String text, int requested, boolean bookmark) {
    int level = requested == 0 ? 1 : Math.max(1, Math.min(requested, lastHeading + 1));
    lastHeading = level;
    float size = HEADING_SIZE[requested == 0 ? 0 : level];
    float lead = HEADING_LEAD[requested == 0 ? 0 : level];
    List<String> lines = Wrap.lines(text, f.bold, size, RIGHT - LEFT, RIGHT - LEFT);
    float before = level == 1 ? 14 : level == 2 ? 10 : 6;
    ensure(before + lines.size() * lead + 3 * LEAD);
    space(before);
    if (bookmark && requested != 0 && level <= 2) {
      bookmarks.add(new Composition.Bookmark(level, FieldNames.oneLine(text), pages.size() - 1, y));
    }
    textBlock(parent.add("H" + level), lines, f.bold, size, lead, LEFT, 0, null, 0);
    y -= 3;
  }

  private void paragraph(StructElem parent, String text, Face face, float size, float lead, float x, float gray) {
    List<String> lines = Wrap.lines(text, face, size, RIGHT - x, RIGHT - x);
    ensure(Math.min(lines.size(), 2) * lead);
    textBlock(parent.add("P"), lines, face, size, lead, x, gray, null, 0);
    y -= GAP;
  }

  // ---------------------------------------------------------------- answers only

  private void answersOnly() {
    Response r = response.orElseThrow();
    heading(root, q.title(), 0);
    frontMatterAnswers();
    for (Part part : q.parts()) {
      List<Object> entries = new ArrayList<>();
      part.declaration().filter(d -> answers.containsKey(d.id())).ifPresent(entries::add);
      for (Question qn : q.questions()) {
        if (qn.asGroup().isEmpty() && q.partOf(qn) == part && (answers.containsKey(qn.id()) || isWithheld(qn))) {
          entries.add(qn);
        }
      }
      if (entries.isEmpty()) {
        continue;
      }
      StructElem sect = root.add("Sect");
      partHeading(part).or(() -> firstSectionTitle(part)).ifPresent(h -> heading(sect, h, 2));
      for (Object e : entries) {
        StructElem div = sect.add("Div");
        space(4);
        if (e instanceof Declaration) {
          Declaration d = (Declaration) e;
          ensure(2 * LEAD);
          paragraph(div, d.text(), f.bold, BODY, LEAD, LEFT, 0);
          y += GAP - 1;
          answerParagraphs(div, AnswerText.lines(Optional.empty(), answers.get(d.id())));
        } else {
          Question qn = (Question) e;
          ensure(2 * LEAD);
          paragraph(div, FieldNames.accessibleName(q, qn), f.bold, BODY, LEAD, LEFT, 0);
          y += GAP - 1;
          if (answers.containsKey(qn.id())) {
            answerParagraphs(div, AnswerText.lines(Optional.of(qn), answers.get(qn.id())));
          } else {
            paragraph(div, "Withheld", f.italic, BODY, LEAD, LEFT, 0.3f);
          }
        }
      }
    }
    List<String> unknown = new ArrayList<>();
    answers.forEach((id, a) -> {
      if (q.question(id).isEmpty() && q.partDeclaredBy(id).isEmpty()) {
        unknown.add(id);
      }
    });
    if (!unknown.isEmpty()) {
      StructElem sect = root.add("Sect");
      heading(sect, "Answers to questions this questionnaire does not have", 2);
      for (String id : unknown) {
        StructElem div = sect.add("Div");
        paragraph(div, id, f.bold, BODY, LEAD, LEFT, 0);
        y += GAP - 1;
        answerParagraphs(div, AnswerText.lines(Optional.empty(), answers.get(id)));
      }
    }
    attachments(root, 2);
    if (r.answers().isEmpty() && r.respondent().isEmpty() && r.consent().isEmpty()) {
      paragraph(root, "No answers were given.", f.italic, BODY, LEAD, LEFT, 0.3f);
    }
  }

  private static Optional<String> firstSectionTitle(Part part) {
    return part.sections().stream().flatMap(s -> s.title().stream()).findFirst();
  }

  private void frontMatterAnswers() {
    Response r = response.orElseThrow();
    StringBuilder s = new StringBuilder("Answers given");
    r.id().ifPresent(id -> s.append(" in response ").append(id));
    r.submitted().ifPresent(d -> s.append(", sent ").append(DAY.format(d)));
    paragraph(root, s.append('.').toString(), f.regular, BODY, LEAD, LEFT, 0.3f);
  }

  private void answerParagraphs(StructElem div, List<String> texts) {
    for (String t : texts) {
      paragraph(div, t, f.regular, BODY, LEAD, LEFT + 14, 0);
      y += GAP - 2;
    }
    y -= 4;
  }

  /** A filled form's record, as text: its reference and date, then the attachments' list. */
  private void about(Response r) {
    StructElem sect = root.add("Sect");
    heading(sect, "About this response", 1, false);
    r.id().ifPresent(id -> paragraph(sect, "Reference: " + id, f.regular, BODY, LEAD, LEFT, 0));
    r.submitted().ifPresent(d -> paragraph(sect, "Sent: " + DAY.format(d), f.regular, BODY, LEAD, LEFT, 0));
    attachments(sect, r.attachments(), 2);
  }

  private void attachments(StructElem parent, int level) {
    attachments(parent, response.map(Response::attachments).orElse(List.of()), level);
  }

  /**
   * The list of attachments, as every layout shows it: name (media type, size): description, and
   * the checksum under it in small grey type.
   */
  private void attachments(StructElem parent, List<Attachment> list, int level) {
    if (list.isEmpty()) {
      return;
    }
    StructElem sect = parent.add("Sect");
    heading(sect, "Sent with this response", level);
    StructElem l = sect.add("L");
    for (Attachment a : list) {
      StructElem li = l.add("LI");
      String s = org.evidencekit.model.validation.Messages.describe(a);
      List<String> lines = Wrap.lines(s, f.regular, BODY, RIGHT - LEFT - 12, RIGHT - LEFT - 12);
      List<String> sum = a.sha256().isPresent()
          ? Wrap.lines("SHA-256: " + a.sha256().get(), f.regular, SMALL, RIGHT - LEFT - 12, RIGHT - LEFT - 12)
          : List.of();
      // an entry is kept on one page (it is a few lines), so a reader never finds it split by a page break
      ensure(lines.size() * LEAD + sum.size() * SMALL_LEAD);
      float top = y;
      textBlock(li.add("Lbl"), List.of("\u2022"), f.regular, BODY, LEAD, LEFT, 0, null, 0);
      y = top;
      StructElem body = li.add("LBody");
      textBlock(body, lines, f.regular, BODY, LEAD, LEFT + 12, 0, null, 0);
      if (!sum.isEmpty()) {
        textBlock(body, sum, f.regular, SMALL, SMALL_LEAD, LEFT + 12, 0.3f, null, 0);
      }
    }
    y -= GAP;
  }

  // ---------------------------------------------------------------- drawing

  private void newPage() {
    page = new PageContent();
    pages.add(page);
    y = TOP;
  }

  /** Starts a new page unless {@code height} fits below the current line (or the page is new). */
  private void ensure(float height) {
    if (y - height < BOTTOM && y < TOP - 0.5f) {
      newPage();
    }
  }

  private void space(float s) {
    if (y < TOP - 0.5f) {
      y -= s;
    }
  }

  private void textBlock(
      StructElem e, List<String> lines, Face face, float size, float lead, float x, float gray,
      String prefix, float prefixX) {
    textBlock(e, lines, face, size, lead, x, gray, prefix, prefixX, f.bold);
  }

  /**
   * Lines of text owned by one element, one marked-content sequence per page; the first line may
   * carry a prefix (a printed number or letter) drawn at {@code prefixX}.
   */
  private void textBlock(
      StructElem e, List<String> lines, Face face, float size, float lead, float x, float gray,
      String prefix, float prefixX, Face prefixFace) {
    boolean open = false;
    for (int i = 0; i < lines.size(); i++) {
      if (y - lead < BOTTOM - 0.5f) {
        if (open) {
          close(gray);
          open = false;
        }
        newPage();
      }
      if (!open) {
        open(e, gray);
        open = true;
      }
      float baseline = y - lead / 2 - 0.35f * size;
      if (i == 0 && prefix != null) {
        show(prefixFace, size, prefixX, baseline, prefix);
      }
      if (!lines.get(i).isEmpty()) {
        show(face, size, x, baseline, lines.get(i));
      }
      y -= lead;
    }
    if (open) {
      close(gray);
    }
  }

  private void open(StructElem e, float gray) {
    int mcid = page.nextMcid(e);
    e.kids.add(new StructElem.Mcr(pages.size() - 1, mcid));
    page.ops.append('/').append(e.type).append(" <</MCID ").append(mcid).append(">> BDC\n");
    if (gray != 0) {
      page.ops.append("q ");
      Ops.num(page.ops, gray).append(" g\n");
    }
  }

  private void close(float gray) {
    if (gray != 0) {
      page.ops.append("Q\n");
    }
    page.ops.append("EMC\n");
  }

  private void show(Face face, float size, float x, float baseline, String text) {
    StringBuilder o = page.ops;
    o.append("BT /").append(face.resourceName()).append(' ');
    Ops.num(o, size).append(" Tf 1 0 0 1 ");
    Ops.nums(o, x, baseline).append("Tm ");
    face.encode(text, o);
    o.append(" Tj ET\n");
  }

  /** Adds the page furniture (running title, page numbers) as artifacts and encodes each page. */
  private void finish() {
    finish(0, pages.size());
  }

  /** Page furniture for pages numbered from {@code first + 1} of {@code n}. */
  private void finish(int first, int n) {
    String title = fitted(q.title(), f.regular, 8f, RIGHT - LEFT - 80);
    for (int k = 0; k < pages.size(); k++) {
      int i = first + k;
      PageContent p = pages.get(k);
      StringBuilder o = new StringBuilder(p.ops.length() + 400);
      o.append("/Artifact <</Type /Pagination /Subtype /Header>> BDC\nq 0.4 g\n");
      appendShow(o, f.regular, 8f, LEFT, PAGE_H - 40, title);
      o.append("0.75 G 0.5 w ");
      Ops.nums(o, LEFT, PAGE_H - 46).append("m ");
      Ops.nums(o, RIGHT, PAGE_H - 46).append("l S\nQ\nEMC\n");
      String number = "Page " + (i + 1) + " of " + n;
      o.append("/Artifact <</Type /Pagination /Subtype /Footer>> BDC\nq 0.4 g\n");
      appendShow(o, f.regular, 8f, RIGHT - f.regular.width(number, 8f), 36, number);
      o.append("Q\nEMC\n");
      o.append(p.ops);
      p.encoded = deflate(o.toString().getBytes(StandardCharsets.US_ASCII));
    }
  }

  private static void appendShow(StringBuilder o, Face face, float size, float x, float baseline, String text) {
    o.append("BT /").append(face.resourceName()).append(' ');
    Ops.num(o, size).append(" Tf 1 0 0 1 ");
    Ops.nums(o, x, baseline).append("Tm ");
    face.encode(text, o);
    o.append(" Tj ET\n");
  }

  private static String fitted(String text, Face face, float size, float width) {
    String t = FieldNames.oneLine(text);
    if (face.width(t, size) <= width) {
      return t;
    }
    while (t.length() > 1 && face.width(t + "\u2026", size) > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t.strip() + "\u2026";
  }

  static byte[] deflate(byte[] data) {
    Deflater d = new Deflater(Deflater.DEFAULT_COMPRESSION);
    try {
      d.setInput(data);
      d.finish();
      ByteArrayOutputStream out = new ByteArrayOutputStream(data.length / 3 + 64);
      byte[] buf = new byte[8192];
      while (!d.finished()) {
        int k = d.deflate(buf);
        out.write(buf, 0, k);
      }
      return out.toByteArray();
    } finally {
      d.end();
    }
  }
}
