package org.evidencekit.render.html.internal;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencekit.model.Answer;
import org.evidencekit.model.Attachment;
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
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.spi.Layout;

/**
 * Writes a questionnaire as one HTML page: the whole document as a form (blank, or filled with a
 * response's answers), the whole document with the answers printed as text, or the answers only.
 * The same meaning as the PDF's layouts. Not thread-safe: one per document.
 *
 * <p>Headings mirror the questionnaire: h1 the title, h2 a part, h3 a section, a heading block one
 * level below its own; a level is never skipped. In the form every control has a {@code <label
 * for>}, every choice question and group is a {@code <fieldset>} with a {@code <legend>}, a hint is
 * tied to its control with {@code aria-describedby}, and an optional question says "(optional)"
 * in its label.
 */
public final class DocumentWriter {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  /** What a printed document says where anonymisation removed an answer (issue 11). */
  private static final String WITHHELD = "Withheld";
  private static final EvidenceJson COMPACT = EvidenceJson.builder().pretty(false).build();

  private final Questionnaire q;
  private final Layout layout;
  private final Optional<Response> response;
  private final Map<String, Answer> answers;
  private final Set<String> withheld;
  private final Html h = new Html();
  private int lastHeading;

  private DocumentWriter(Questionnaire q, Layout layout, Optional<Response> response, Set<String> withheld) {
    this.q = q;
    this.layout = layout;
    this.response = response;
    this.answers = response.map(r -> Responses.answersOf(q, r)).orElse(Map.of());
    this.withheld = Set.copyOf(withheld);
  }

  /**
   * The page, as UTF-8. A response is needed for the printed and answers-only layouts (the caller
   * has checked).
   */
  public static byte[] write(Questionnaire questionnaire, Layout layout, Optional<Response> response) {
    return write(questionnaire, layout, response, Set.of());
  }

  /**
   * The page, where the answers at {@code withheld} (JSON Pointers, as {@code
   * RenderOptions.withheld()}) were removed by anonymisation: the printed and answers-only layouts
   * say "Withheld" there, not "Not answered", as the PDF does.
   */
  public static byte[] write(Questionnaire questionnaire, Layout layout, Optional<Response> response,
      Set<String> withheld) {
    return new DocumentWriter(questionnaire, layout, response, withheld).document();
  }

  private byte[] document() {
    head();
    h.block("body").block("main");
    if (layout == Layout.ANSWERS_ONLY) {
      answersOnly();
    } else {
      whole();
    }
    h.closeBlock("main").closeBlock("body").closeBlock("html");
    return h.toBytes();
  }

  private void head() {
    h.raw("<!DOCTYPE html>\n");
    h.open("html", "lang", q.language()).line();
    h.open("head").line();
    h.empty("meta", "charset", "utf-8").line();
    h.empty("meta", "name", Meta.QUESTIONNAIRE, "content", q.id()).line();
    h.empty("meta", "name", Meta.VERSION, "content", q.version()).line();
    h.empty("meta", "name", Meta.LAYOUT, "content", layout.id()).line();
    response.flatMap(DocumentWriter::record)
        .ifPresent(json -> h.empty("meta", "name", Meta.RESPONSE, "content", json).line());
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1").line();
    h.empty("meta", "name", "generator", "content", "EvidenceKit").line();
    h.element("title", title());
    h.block("style").raw("\n").raw(Style.CSS).raw("\n").closeBlock("style");
    h.closeBlock("head");
  }

  private String title() {
    switch (layout) {
      case PRINTED:
        return q.title() + " \u2013 printed response";
      case ANSWERS_ONLY:
        return q.title() + " \u2013 answers given";
      default:
        return q.title();
    }
  }

  /** The response's own record beyond its answers (id, date, attachments), as JSON. */
  private static Optional<String> record(Response r) {
    if (!hasRecord(r)) {
      return Optional.empty();
    }
    Response.Builder b =
        Response.builder().questionnaire(r.questionnaire()).addAllAttachments(r.attachments());
    r.id().ifPresent(b::id);
    r.submitted().ifPresent(b::submitted);
    return Optional.of(COMPACT.write(b.build()).strip());
  }

  /** Whether a response has a record beyond its answers, which the page keeps and shows. */
  private static boolean hasRecord(Response r) {
    return r.id().isPresent() || r.submitted().isPresent() || !r.attachments().isEmpty();
  }

  /**
   * A filled form's record as text, before the form (issue 10): the response's reference and
   * date, then its attachments, so the page keeps nothing in its head that it does not show.
   */
  private void about(Response r) {
    h.block("section", "class", "ek-about");
    heading("About this response", 2);
    r.id().ifPresent(id -> h.element("p", "Reference: " + id));
    r.submitted().ifPresent(d -> h.element("p", "Sent: " + DAY.format(d)));
    attachments(r.attachments(), 3);
    h.closeBlock("section");
  }

  // ---------------------------------------------------------------- the whole questionnaire

  private void whole() {
    frontMatter();
    boolean form = layout == Layout.FORM;
    if (form) {
      response.filter(DocumentWriter::hasRecord).ifPresent(this::about);
      h.block("form", "class", "ek-form", "method", "post", "accept-charset", "utf-8", "novalidate", "");
    }
    ItemWriter items = new ItemWriter(form ? new Controls() : new PrintedAnswers());
    for (Part part : q.parts()) {
      h.block("section", "class", "ek-part", "id", "part:" + part.id());
      partHeading(part).ifPresent(t -> heading(t, 2));
      part.declaration().ifPresent(this::declaration);
      for (Section section : part.sections()) {
        h.block("section", "class", "ek-section", "id", "section:" + section.id());
        section.title().ifPresent(t -> heading(t, 3));
        section.items().forEach(item -> item.accept(items));
        h.closeBlock("section");
      }
      h.closeBlock("section");
    }
    if (form) {
      h.closeBlock("form");
    } else {
      attachments(2);
    }
  }

  private void frontMatter() {
    heading(q.title(), 1);
    q.subtitle().ifPresent(s -> paragraphs(s, "ek-subtitle"));
    q.issuer().ifPresent(s -> paragraphs(s, null));
    q.closingDate().ifPresent(d -> h.element("p", "Closing date: " + DAY.format(d)));
    q.contact().ifPresent(c -> {
      List<String> bits = new ArrayList<>();
      c.name().ifPresent(bits::add);
      c.email().ifPresent(bits::add);
      c.phone().ifPresent(bits::add);
      c.web().ifPresent(bits::add);
      if (!bits.isEmpty()) {
        h.element("p", "Contact: " + String.join(", ", bits));
      }
    });
    if (layout == Layout.PRINTED) {
      Response r = response.orElseThrow();
      StringBuilder s = new StringBuilder("Printed response");
      r.id().ifPresent(id -> s.append(' ').append(id));
      r.submitted().ifPresent(d -> s.append(", sent ").append(DAY.format(d)));
      h.element("p", s.append('.').toString(), "class", "ek-note");
    }
  }

  private static Optional<String> partHeading(Part part) {
    String text =
        (part.label().map(String::trim).orElse("") + " " + part.title().map(String::trim).orElse(""))
            .trim();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private void declaration(Declaration d) {
    h.block("div", "class", "ek-declaration");
    h.block("p", "class", "ek-prompt", "id", Names.prompt(d)).lines(d.prompt()).closeBlock("p");
    boolean ticked = Answers.ticked(Optional.ofNullable(answers.get(d.id())));
    if (layout == Layout.FORM) {
      h.block("div", "class", "ek-tick");
      h.empty("input", "type", "checkbox", "id", Names.field(d), "name", Names.of(d),
          "value", Names.TICKED, "aria-describedby", Names.prompt(d), "checked", ticked ? "" : null);
      h.line().open("label", "for", Names.field(d));
      d.label().map(String::trim).filter(l -> !l.isEmpty())
          .ifPresent(l -> h.open("span", "class", "ek-number").text(l).close("span").text(" "));
      h.lines(d.text()).closeBlock("label");
      h.closeBlock("div");
    } else {
      h.block("p", "class", "ek-tick");
      mark(ticked);
      d.label().map(String::trim).filter(l -> !l.isEmpty())
          .ifPresent(l -> h.open("span", "class", "ek-number").text(l).close("span").text(" "));
      h.lines(d.text()).closeBlock("p");
    }
    h.closeBlock("div");
  }

  /** Content blocks, and each question as the layout shows it. */
  private final class ItemWriter implements ItemVisitor<Void> {
    private final QuestionWriter questions;

    ItemWriter(QuestionWriter questions) {
      this.questions = questions;
    }

    @Override
    public Void visit(Heading heading) {
      heading(heading.text(), heading.level() + 1);
      return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
      paragraphs(paragraph.text(), null);
      return null;
    }

    @Override
    public Void visit(ListBlock list) {
      boolean labelled = list.items().stream().anyMatch(i -> i.label().filter(l -> !l.isBlank()).isPresent());
      if (!labelled) {
        h.block("ul");
        for (ListItem item : list.items()) {
          h.block("li").lines(item.text()).closeBlock("li");
        }
        h.closeBlock("ul");
        return null;
      }
      h.block("ol", "class", "ek-labelled");
      for (ListItem item : list.items()) {
        h.block("li");
        Optional<String> label = item.label().map(String::trim).filter(l -> !l.isEmpty());
        if (label.isPresent()) {
          h.open("span", "class", "ek-label").text(label.get()).close("span").text(" ");
        } else {
          h.open("span", "class", "ek-label", "aria-hidden", "true").text("\u2022").close("span").text(" ");
        }
        h.lines(item.text()).closeBlock("li");
      }
      h.closeBlock("ol");
      return null;
    }

    @Override
    public Void visit(Quotation quotation) {
      h.block("figure", "class", "ek-quotation");
      h.block("blockquote");
      paragraphs(quotation.text(), null);
      h.closeBlock("blockquote");
      quotation.attribution().ifPresent(a -> h.element("figcaption", "\u2014 " + a.trim()));
      h.closeBlock("figure");
      return null;
    }

    @Override
    public Void visit(CaseStudy caseStudy) {
      h.block("div", "class", "ek-case-study");
      caseStudy.title().ifPresent(t ->
          h.block("p", "class", "ek-case-study-title").open("strong").lines(t).close("strong").closeBlock("p"));
      paragraphs(caseStudy.text(), null);
      h.closeBlock("div");
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
      if (defs.isEmpty()) {
        return null;
      }
      h.block("dl", "class", "ek-definitions");
      for (Definition d : defs) {
        h.block("dt", "id", "definition:" + d.id()).lines(d.term()).closeBlock("dt");
        h.block("dd");
        paragraphs(d.text(), null);
        h.element("p", "Source: " + d.source(), "class", "ek-source");
        h.closeBlock("dd");
      }
      h.closeBlock("dl");
      return null;
    }

    @Override
    public Void visit(ShortTextQuestion question) {
      return question.accept(questions);
    }

    @Override
    public Void visit(LongTextQuestion question) {
      return question.accept(questions);
    }

    @Override
    public Void visit(EmailQuestion question) {
      return question.accept(questions);
    }

    @Override
    public Void visit(CountQuestion question) {
      return question.accept(questions);
    }

    @Override
    public Void visit(TickBoxQuestion question) {
      return question.accept(questions);
    }

    @Override
    public Void visit(SingleChoiceQuestion question) {
      return question.accept(questions);
    }

    @Override
    public Void visit(MultipleChoiceQuestion question) {
      return question.accept(questions);
    }

    @Override
    public Void visit(QuestionGroup group) {
      return group.accept(questions);
    }
  }

  /** How one layout shows a question. */
  private interface QuestionWriter extends org.evidencekit.model.QuestionVisitor<Void> {}

  // ---------------------------------------------------------------- the form's controls

  /** Each question as labelled controls, filled in with the response's answers, if any. */
  private final class Controls implements QuestionWriter {
    @Override
    public Void visit(ShortTextQuestion question) {
      String type = question.responseField().filter(f -> f == ResponseField.RESPONDENT_PHONE).isPresent() ? "tel" : "text";
      return input(question, type, String.valueOf(question.maxLength()), null, null);
    }

    @Override
    public Void visit(EmailQuestion question) {
      return input(question, "email", null, null, null);
    }

    @Override
    public Void visit(CountQuestion question) {
      return input(question, "text", null, "numeric", "ek-count");
    }

    @Override
    public Void visit(LongTextQuestion question) {
      start(question);
      h.line().open("label", "for", Names.field(question));
      labelText(question);
      h.close("label").line();
      hint(question);
      int rows = Math.max(3, Math.min(10, question.maxLength() / 300));
      h.open("textarea", "id", Names.field(question), "name", Names.of(question),
          "rows", String.valueOf(rows), "maxlength", String.valueOf(question.maxLength()),
          "autocomplete", autocomplete(question), "aria-describedby", describedBy(question));
      // A parser drops one line feed right after <textarea>: this one, never the answer's own.
      h.raw("\n").text(Answers.text(answer(question)).orElse("")).close("textarea").line();
      return end();
    }

    @Override
    public Void visit(TickBoxQuestion question) {
      start(question);
      h.block("div", "class", "ek-tick");
      h.empty("input", "type", "checkbox", "id", Names.field(question), "name", Names.of(question),
          "value", Names.TICKED, "aria-describedby", describedBy(question),
          "checked", Answers.ticked(answer(question)) ? "" : null);
      h.line().open("label", "for", Names.field(question));
      labelText(question);
      h.close("label").line();
      h.closeBlock("div");
      hint(question);
      return end();
    }

    @Override
    public Void visit(SingleChoiceQuestion question) {
      return choice(question, "radio");
    }

    @Override
    public Void visit(MultipleChoiceQuestion question) {
      return choice(question, "checkbox");
    }

    @Override
    public Void visit(QuestionGroup group) {
      start(group);
      h.block("fieldset", "class", "ek-group", "aria-describedby", describedBy(group));
      h.line().open("legend");
      labelText(group);
      h.close("legend").line();
      hint(group);
      for (Question sub : group.questions()) {
        sub.accept(this);
      }
      h.closeBlock("fieldset");
      return end();
    }

    private Void input(Question question, String type, String maxLength, String inputMode, String cssClass) {
      start(question);
      h.line().open("label", "for", Names.field(question));
      labelText(question);
      h.close("label").line();
      hint(question);
      h.empty("input", "type", type, "id", Names.field(question), "name", Names.of(question),
          "class", cssClass, "inputmode", inputMode, "maxlength", maxLength,
          "spellcheck", "email".equals(type) || inputMode != null ? "false" : null,
          "autocomplete", autocomplete(question), "aria-describedby", describedBy(question),
          "value", Answers.text(answer(question)).orElse(null));
      h.line();
      return end();
    }

    private Void choice(ChoiceQuestion question, String type) {
      Optional<ChoiceAnswer> chosen = Answers.choice(answer(question));
      start(question);
      h.block("fieldset", "aria-describedby", describedBy(question));
      h.line().open("legend");
      labelText(question);
      h.close("legend").line();
      hint(question);
      h.block("div", "class", "ek-options" + columns(question));
      boolean first = true;
      for (Option o : question.options()) {
        if (o.exclusive() && !first && "checkbox".equals(type)) {
          // GOV.UK's divider before a "None" option that excludes the others (issue 11)
          h.block("div", "class", "ek-or").text("or").closeBlock("div");
        }
        first = false;
        h.block("div", "class", "ek-option");
        h.empty("input", "type", type, "id", Names.field(question, o), "name", Names.of(question),
            "value", o.id(), "checked", chosen.map(c -> c.isSelected(o.id())).orElse(false) ? "" : null);
        h.line().open("label", "for", Names.field(question, o));
        optionText(o);
        h.close("label").line();
        if (o.specify()) {
          Optional<String> text = chosen.map(c -> c.specified().get(o.id()));
          h.block("div", "class", "ek-specify");
          h.open("label", "for", Names.specifyField(question, o));
          h.open("span", "class", "ek-visually-hidden").text(Answers.optionText(o) + ": ").close("span");
          h.text("Give details").close("label").line();
          int rows = Math.max(2, Math.min(5, o.specifyMaxLength() / 150));
          h.open("textarea", "id", Names.specifyField(question, o), "name", Names.specify(question, o),
              "rows", String.valueOf(rows), "maxlength", String.valueOf(o.specifyMaxLength()));
          h.raw("\n").text(text.orElse("")).close("textarea").line();
          h.closeBlock("div");
        }
        h.closeBlock("div");
      }
      h.closeBlock("div");
      h.closeBlock("fieldset");
      return end();
    }

    /** The printed number, the question, and "(optional)" unless an answer is required. */
    private void labelText(Question question) {
      number(question);
      h.lines(question.text());
      Messages.optionalMark(question)
          .ifPresent(m -> h.text(" ").open("span", "class", "ek-optional").text(m).close("span"));
    }

    private String autocomplete(Question question) {
      return question.responseField().map(Controls::autocomplete).orElse(null);
    }

    private static String autocomplete(ResponseField field) {
      switch (field) {
        case RESPONDENT_NAME:
          return "name";
        case RESPONDENT_JOB_TITLE:
          return "organization-title";
        case RESPONDENT_EMAIL:
          return "email";
        case RESPONDENT_PHONE:
          return "tel";
        case RESPONDENT_ORGANISATION:
          return "organization";
        default:
          return null;
      }
    }

    private String describedBy(Question question) {
      return question.hint().isPresent() ? Names.hint(question) : null;
    }
  }

  // ---------------------------------------------------------------- the answers printed

  /** Each question with its answer printed as text, or "Not answered". */
  private final class PrintedAnswers implements QuestionWriter {
    @Override
    public Void visit(ShortTextQuestion question) {
      return text(question);
    }

    @Override
    public Void visit(LongTextQuestion question) {
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

    @Override
    public Void visit(TickBoxQuestion question) {
      start(question);
      h.block("p", "class", "ek-tick");
      mark(Answers.ticked(answer(question)));
      number(question);
      h.lines(question.text()).closeBlock("p");
      hint(question);
      return end();
    }

    @Override
    public Void visit(SingleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Void visit(MultipleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Void visit(QuestionGroup group) {
      start(group);
      h.block("div", "class", "ek-group");
      questionText(group);
      hint(group);
      for (Question sub : group.questions()) {
        sub.accept(this);
      }
      h.closeBlock("div");
      return end();
    }

    private Void text(Question question) {
      start(question);
      questionText(question);
      hint(question);
      Optional<Answer> answer = answer(question);
      answerBox(answer.map(a -> String.join("\n", Answers.lines(question, a))), isWithheld(question));
      return end();
    }

    private Void choice(ChoiceQuestion question) {
      Optional<ChoiceAnswer> chosen = Answers.choice(answer(question));
      start(question);
      questionText(question);
      hint(question);
      h.block("ul", "class", "ek-choices" + columns(question));
      for (Option o : question.options()) {
        h.block("li");
        mark(chosen.map(c -> c.isSelected(o.id())).orElse(false));
        optionText(o);
        Optional<String> text = chosen.map(c -> c.specified().get(o.id()));
        if (o.specify() && text.isPresent()) {
          answerBox(text);
        }
        h.closeBlock("li");
      }
      h.closeBlock("ul");
      if (chosen.map(c -> c.selected().isEmpty()).orElse(true)) {
        h.element("p", isWithheld(question) ? WITHHELD : "Not answered", "class", "ek-not-answered");
      }
      return end();
    }

    private void questionText(Question question) {
      h.block("p", "class", "ek-question-text");
      number(question);
      h.lines(question.text()).closeBlock("p");
    }
  }

  // ---------------------------------------------------------------- shared pieces

  private Optional<Answer> answer(Question question) {
    return Optional.ofNullable(answers.get(question.id()));
  }

  /** Whether the question's answer was withheld (removed by anonymisation) and none is left. */
  private boolean isWithheld(Question question) {
    return !answers.containsKey(question.id())
        && withheld.contains(question.responseField().map(ResponseField::pointer).orElse("/answers/" + question.id()));
  }

  private void start(Question question) {
    h.block("div", "class", "ek-question", "id", "question:" + question.id());
  }

  private Void end() {
    h.closeBlock("div");
    return null;
  }

  private void number(Question question) {
    question.label().map(String::trim).filter(l -> !l.isEmpty())
        .ifPresent(l -> h.open("span", "class", "ek-number").text(l).close("span").text(" "));
  }

  private void optionText(Option o) {
    o.label().map(String::trim).filter(l -> !l.isEmpty())
        .ifPresent(l -> h.open("span", "class", "ek-letter").text(l).close("span").text(" "));
    h.lines(o.text());
  }

  private void hint(Question question) {
    question.hint().ifPresent(hint ->
        h.block("p", "class", "ek-hint", "id", Names.hint(question)).lines(hint).closeBlock("p"));
  }

  private static String columns(ChoiceQuestion question) {
    return question.columns() > 1 ? " ek-columns-" + question.columns() : "";
  }

  private static boolean isGroup(Question question) {
    return Answers.isGroup(question);
  }

  /** A printed tick box: a mark to see, and its state in words for everyone. */
  private void mark(boolean ticked) {
    h.open("span", "class", "ek-mark", "aria-hidden", "true").text(ticked ? "\u2612" : "\u2610").close("span").text(" ");
    h.open("span", "class", "ek-visually-hidden").text(ticked ? "Ticked: " : "Not ticked: ").close("span");
  }

  /** A printed answer, its line breaks kept, or "Not answered" ("Withheld" where anonymisation removed it). */
  private void answerBox(Optional<String> text) {
    answerBox(text, false);
  }

  private void answerBox(Optional<String> text, boolean withheldHere) {
    if (text.isEmpty() || text.get().isBlank()) {
      h.element("p", withheldHere ? WITHHELD : "Not answered", "class", "ek-answer ek-not-answered");
      return;
    }
    h.block("div", "class", "ek-answer");
    paragraphs(text.get(), null);
    h.closeBlock("div");
  }

  /** Paragraphs separated by a blank line, each with its own line breaks kept. */
  private void paragraphs(String text, String cssClass) {
    for (String p : text.replace("\r\n", "\n").split("\\n[ \\t]*\\n")) {
      String para = p.strip();
      if (!para.isEmpty()) {
        h.block("p", "class", cssClass).lines(para).closeBlock("p");
      }
    }
  }

  private void heading(String text, int requested) {
    int level = Math.max(1, Math.min(Math.min(requested, 6), lastHeading + 1));
    lastHeading = level;
    h.block("h" + level).lines(text.strip()).closeBlock("h" + level);
  }

  // ---------------------------------------------------------------- answers only

  private void answersOnly() {
    Response r = response.orElseThrow();
    heading(q.title(), 1);
    StringBuilder s = new StringBuilder("Answers given");
    r.id().ifPresent(id -> s.append(" in response ").append(id));
    r.submitted().ifPresent(d -> s.append(", sent ").append(DAY.format(d)));
    h.element("p", s.append('.').toString(), "class", "ek-note");
    for (Part part : q.parts()) {
      List<Runnable> entries = new ArrayList<>();
      part.declaration().filter(d -> answers.containsKey(d.id()))
          .ifPresent(d -> entries.add(() -> entry(d.text(), Answers.lines(Optional.empty(), answers.get(d.id())))));
      for (Question qn : q.questions()) {
        if (!isGroup(qn) && q.partOf(qn) == part && answers.containsKey(qn.id())) {
          entries.add(() -> entry(Answers.accessibleName(q, qn), Answers.lines(qn, answers.get(qn.id()))));
        } else if (!isGroup(qn) && q.partOf(qn) == part && isWithheld(qn)) {
          entries.add(() -> entry(Answers.accessibleName(q, qn), List.of(WITHHELD)));
        }
      }
      if (entries.isEmpty()) {
        continue;
      }
      partHeading(part).or(() -> part.sections().stream().flatMap(x -> x.title().stream()).findFirst())
          .ifPresent(t -> heading(t, 2));
      h.block("dl", "class", "ek-answers");
      entries.forEach(Runnable::run);
      h.closeBlock("dl");
    }
    List<String> unknown = new ArrayList<>();
    answers.forEach((id, a) -> {
      if (q.question(id).isEmpty() && q.partDeclaredBy(id).isEmpty()) {
        unknown.add(id);
      }
    });
    if (!unknown.isEmpty()) {
      heading("Answers to questions this questionnaire does not have", 2);
      h.block("dl", "class", "ek-answers");
      for (String id : unknown) {
        entry(id, Answers.lines(Optional.empty(), answers.get(id)));
      }
      h.closeBlock("dl");
    }
    attachments(2);
    if (r.answers().isEmpty() && r.respondent().isEmpty() && r.consent().isEmpty()) {
      h.element("p", "No answers were given.", "class", "ek-not-answered");
    }
  }

  private void entry(String question, List<String> answerLines) {
    h.block("dt").lines(question).closeBlock("dt");
    h.block("dd");
    for (String line : answerLines) {
      paragraphs(line, null);
    }
    h.closeBlock("dd");
  }

  private void attachments(int level) {
    attachments(response.map(Response::attachments).orElse(List.of()), level);
  }

  /**
   * The list of attachments, as every layout shows it: name (media type, size): description, and
   * the checksum under it in small type.
   */
  private void attachments(List<Attachment> list, int level) {
    if (list.isEmpty()) {
      return;
    }
    heading("Sent with this response", level);
    h.block("ul", "class", "ek-attachments");
    for (Attachment a : list) {
      String s = org.evidencekit.model.validation.Messages.describe(a);
      h.block("li").lines(s);
      a.sha256().ifPresent(sum -> h.raw("<br>").open("small", "class", "ek-note").text("SHA-256: " + sum).close("small"));
      h.closeBlock("li");
    }
    h.closeBlock("ul");
  }
}
