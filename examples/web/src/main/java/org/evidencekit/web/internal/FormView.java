package org.evidencekit.web.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.CaseStudy;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
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
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Paragraph;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Quotation;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;

/**
 * A page of the form as GOV.UK Design System components: text inputs, textareas with a character
 * count, checkboxes and radios in fieldsets with legends and hints, an option's "details" box
 * revealed under it (shown always without JavaScript), each field with its error message, the
 * values as last saved. Content blocks on the page are written as GOV.UK typography.
 */
final class FormView {
  /** Field names in posted forms; ':' cannot occur in an id, so names cannot collide. */
  static final String QUESTION = "q:";
  static final String SPECIFY = "s:";
  static final String DECLARATION = "d:";

  private final Questionnaire questionnaire;

  FormView(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
  }

  static String fieldId(String questionId) {
    return "f-" + questionId;
  }

  static String specifyId(String questionId, String optionId) {
    return "f-" + questionId + "-" + optionId + "-specify";
  }

  static String questionTitle(Question q) {
    return q.label().map(l -> l + " ").orElse("") + q.text();
  }

  /** The form of a page of questions (not the declaration page). */
  void questions(Html h, List<Item> items, AnswerSheet sheet, FieldErrors errors) {
    for (Item item : items) {
      if (item instanceof Question && !sheet.applies((Question) item)) {
        continue;
      }
      item.accept(new Writer(h, sheet, errors, false));
    }
  }

  /** The declaration of a part: a single tick box. */
  void declaration(Html h, Part part, AnswerSheet sheet, FieldErrors errors) {
    var d = part.declaration().orElseThrow();
    String id = fieldId(d.id());
    String error = errors.at(id);
    h.raw("<div class=\"govuk-form-group").raw(error != null ? " govuk-form-group--error" : "").raw("\">\n")
        .raw("<fieldset class=\"govuk-fieldset\" aria-describedby=\"").raw(id).raw("-hint\">\n")
        .raw("<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--m\">").text(d.prompt()).raw("</legend>\n")
        .raw("<div id=\"").raw(id).raw("-hint\" class=\"govuk-hint\">Tick the box if this applies to you. If it does not, leave it and continue.</div>\n");
    errorMessage(h, id, error);
    boolean ticked = sheet.declared(part).orElse(false);
    h.raw("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">")
        .raw("<input class=\"govuk-checkboxes__input\" type=\"checkbox\" value=\"true\"").attr("id", id)
        .attr("name", DECLARATION + d.id()).raw(ticked ? " checked" : "").raw(">")
        .raw("<label class=\"govuk-label govuk-checkboxes__label\"").attr("for", id).raw(">").text(d.text())
        .raw("</label></div></div>\n</fieldset>\n</div>\n");
  }

  /** Content blocks alone (information pages). */
  void content(Html h, List<Item> items) {
    Writer w = new Writer(h, null, FieldErrors.none(), false);
    for (Item item : items) {
      if (!(item instanceof Question)) {
        item.accept(w);
      }
    }
  }

  static void errorMessage(Html h, String id, String error) {
    if (error != null) {
      h.raw("<p").attr("id", id + "-error").raw(" class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ")
          .text(error).raw("</p>\n");
    }
  }

  static String describedBy(String id, boolean hint, String error, String... more) {
    StringBuilder sb = new StringBuilder();
    if (hint) {
      sb.append(id).append("-hint");
    }
    for (String m : more) {
      sb.append(sb.length() > 0 ? " " : "").append(m);
    }
    if (error != null) {
      sb.append(sb.length() > 0 ? " " : "").append(id).append("-error");
    }
    return sb.toString();
  }

  /** Writes items; {@code nested} for sub-questions of a group (smaller labels). */
  private final class Writer implements ItemVisitor<Void> {
    final Html h;
    final AnswerSheet sheet;
    final FieldErrors errors;
    final boolean nested;

    Writer(Html h, AnswerSheet sheet, FieldErrors errors, boolean nested) {
      this.h = h;
      this.sheet = sheet;
      this.errors = errors;
      this.nested = nested;
    }

    String size() {
      return nested ? "s" : "m";
    }

    Optional<Answer> answer(Question q) {
      return sheet == null ? Optional.empty() : sheet.answer(q);
    }

    String textValue(Question q) {
      return answer(q).map(FormView::asText).orElse("");
    }

    // ------------------------------------------------------------ content blocks

    @Override
    public Void visit(Heading heading) {
      int level = Math.max(2, Math.min(4, heading.level()));
      String cls = level == 2 ? "govuk-heading-l" : level == 3 ? "govuk-heading-m" : "govuk-heading-s";
      h.raw("<h" + level + " class=\"" + cls + "\">").text(heading.text()).raw("</h" + level + ">\n");
      return null;
    }

    @Override
    public Void visit(Paragraph paragraph) {
      h.paragraphs(paragraph.text(), "govuk-body");
      return null;
    }

    @Override
    public Void visit(ListBlock list) {
      boolean labelled = list.items().stream().anyMatch(i -> i.label().isPresent());
      h.raw(labelled ? "<ul class=\"govuk-list\">\n" : "<ul class=\"govuk-list govuk-list--bullet\">\n");
      for (ListItem i : list.items()) {
        h.raw("<li>");
        i.label().ifPresent(l -> h.text(l).raw(" "));
        h.text(i.text()).raw("</li>\n");
      }
      h.raw("</ul>\n");
      return null;
    }

    @Override
    public Void visit(Quotation quotation) {
      h.raw("<blockquote class=\"govuk-inset-text\">");
      h.paragraphs(quotation.text(), "govuk-body");
      quotation.attribution().ifPresent(a -> h.raw("<p class=\"govuk-body-s\">").text(a).raw("</p>"));
      h.raw("</blockquote>\n");
      return null;
    }

    @Override
    public Void visit(CaseStudy caseStudy) {
      h.raw("<div class=\"govuk-inset-text\">");
      caseStudy.title().ifPresent(t -> h.raw("<h3 class=\"govuk-heading-s\">").text(t).raw("</h3>"));
      h.paragraphs(caseStudy.text(), "govuk-body");
      h.raw("</div>\n");
      return null;
    }

    @Override
    public Void visit(DefinitionsBlock block) {
      definitions(h, questionnaire, block.definitions());
      return null;
    }

    // ------------------------------------------------------------ questions

    void textInput(Question q, String type, String extraClass, String extraAttrs) {
      String id = fieldId(q.id());
      String error = errors.at(id);
      h.raw("<div class=\"govuk-form-group").raw(error != null ? " govuk-form-group--error" : "").raw("\">\n")
          .raw("<label class=\"govuk-label govuk-label--" + size() + "\"").attr("for", id).raw(">").text(questionTitle(q)).raw("</label>\n");
      hint(q);
      errorMessage(h, id, error);
      h.raw("<input class=\"govuk-input").raw(extraClass).raw(error != null ? " govuk-input--error" : "").raw("\"")
          .attr("id", id).attr("name", QUESTION + q.id()).attr("type", type).attr("value", textValue(q));
      String by = describedBy(id, q.hint().isPresent(), error);
      if (!by.isEmpty()) {
        h.attr("aria-describedby", by);
      }
      autocomplete(q);
      h.raw(extraAttrs).raw(">\n</div>\n");
    }

    void autocomplete(Question q) {
      q.responseField().ifPresent(f -> {
        String ac = f == ResponseField.RESPONDENT_NAME ? "name"
            : f == ResponseField.RESPONDENT_EMAIL ? "email"
            : f == ResponseField.RESPONDENT_PHONE ? "tel"
            : f == ResponseField.RESPONDENT_ORGANISATION ? "organization"
            : f == ResponseField.RESPONDENT_JOB_TITLE ? "organization-title"
            : null;
        if (ac != null) {
          h.attr("autocomplete", ac);
        }
      });
    }

    void hint(Question q) {
      q.hint().ifPresent(t -> h.raw("<div").attr("id", fieldId(q.id()) + "-hint").raw(" class=\"govuk-hint\">").text(t).raw("</div>\n"));
    }

    @Override
    public Void visit(ShortTextQuestion q) {
      textInput(q, "text", q.maxLength() <= 40 ? " govuk-input--width-20" : "", " spellcheck=\"true\"");
      return null;
    }

    @Override
    public Void visit(EmailQuestion q) {
      textInput(q, "email", " govuk-input--width-30", " spellcheck=\"false\"");
      return null;
    }

    @Override
    public Void visit(CountQuestion q) {
      textInput(q, "text", " govuk-input--width-5", " inputmode=\"numeric\" spellcheck=\"false\"");
      return null;
    }

    @Override
    public Void visit(LongTextQuestion q) {
      String id = fieldId(q.id());
      String error = errors.at(id);
      h.raw("<div class=\"govuk-form-group govuk-character-count").raw(error != null ? " govuk-form-group--error" : "")
          .raw("\" data-module=\"govuk-character-count\"").attr("data-maxlength", String.valueOf(q.maxLength())).raw(">\n")
          .raw("<label class=\"govuk-label govuk-label--" + size() + "\"").attr("for", id).raw(">").text(questionTitle(q)).raw("</label>\n");
      hint(q);
      errorMessage(h, id, error);
      h.raw("<textarea class=\"govuk-textarea govuk-js-character-count").raw(error != null ? " govuk-textarea--error" : "")
          .raw("\" rows=\"6\"").attr("id", id).attr("name", QUESTION + q.id())
          .attr("aria-describedby", describedBy(id, q.hint().isPresent(), error, id + "-info")).raw(">")
          .text(textValue(q)).raw("</textarea>\n")
          .raw("<div").attr("id", id + "-info").raw(" class=\"govuk-hint govuk-character-count__message\">You can enter up to ")
          .text(String.format("%,d", q.maxLength())).raw(" characters</div>\n</div>\n");
      return null;
    }

    @Override
    public Void visit(TickBoxQuestion q) {
      String id = fieldId(q.id());
      String error = errors.at(id);
      boolean ticked = answer(q).map(a -> a instanceof BooleanAnswer && ((BooleanAnswer) a).value()).orElse(false);
      h.raw("<div class=\"govuk-form-group").raw(error != null ? " govuk-form-group--error" : "").raw("\">\n");
      boolean wrap = q.label().isPresent() || q.hint().isPresent() || error != null;
      if (wrap) {
        h.raw("<fieldset class=\"govuk-fieldset\"");
        String by = describedBy(id, q.hint().isPresent(), error);
        if (!by.isEmpty()) {
          h.attr("aria-describedby", by);
        }
        h.raw(">\n<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--" + size() + "\">")
            .text(q.label().orElse("Confirm")).raw("</legend>\n");
        hint(q);
        errorMessage(h, id, error);
      }
      h.raw("<div class=\"govuk-checkboxes\" data-module=\"govuk-checkboxes\"><div class=\"govuk-checkboxes__item\">")
          .raw("<input class=\"govuk-checkboxes__input\" type=\"checkbox\" value=\"true\"").attr("id", id)
          .attr("name", QUESTION + q.id()).raw(ticked ? " checked" : "").raw(">")
          .raw("<label class=\"govuk-label govuk-checkboxes__label\"").attr("for", id).raw(">").text(q.text())
          .raw("</label></div></div>\n");
      if (wrap) {
        h.raw("</fieldset>\n");
      }
      h.raw("</div>\n");
      return null;
    }

    void choices(ChoiceQuestion q, boolean multiple) {
      String id = fieldId(q.id());
      String error = errors.at(id);
      String kind = multiple ? "checkboxes" : "radios";
      Optional<ChoiceAnswer> chosen = answer(q).filter(a -> a instanceof ChoiceAnswer).map(a -> (ChoiceAnswer) a);
      Optional<String> hintText = q.hint().or(() -> multiple ? Optional.of("Select all that apply.") : Optional.empty());
      h.raw("<div class=\"govuk-form-group").raw(error != null ? " govuk-form-group--error" : "").raw("\">\n")
          .raw("<fieldset class=\"govuk-fieldset\"");
      String by = describedBy(id, hintText.isPresent(), error);
      if (!by.isEmpty()) {
        h.attr("aria-describedby", by);
      }
      h.raw(">\n<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--" + size() + "\">").text(questionTitle(q)).raw("</legend>\n");
      hintText.ifPresent(t -> h.raw("<div").attr("id", id + "-hint").raw(" class=\"govuk-hint\">").text(t).raw("</div>\n"));
      errorMessage(h, id, error);
      h.raw("<div class=\"govuk-" + kind + (multiple ? "" : "") + "\" data-module=\"govuk-" + kind + "\">\n");
      List<Option> options = q.options();
      for (int i = 0; i < options.size(); i++) {
        Option o = options.get(i);
        String oid = i == 0 ? id : id + "-" + (i + 1);
        boolean checked = chosen.map(c -> c.isSelected(o.id())).orElse(false);
        String conditional = "conditional-" + oid;
        h.raw("<div class=\"govuk-" + kind + "__item\">")
            .raw("<input class=\"govuk-" + kind + "__input\"").attr("id", oid).attr("name", QUESTION + q.id())
            .attr("type", multiple ? "checkbox" : "radio").attr("value", o.id()).raw(checked ? " checked" : "");
        if (o.specify()) {
          h.attr("data-aria-controls", conditional);
        }
        h.raw("><label class=\"govuk-label govuk-" + kind + "__label\"").attr("for", oid).raw(">");
        o.label().ifPresent(l -> h.text(l).raw(" "));
        h.text(o.text()).raw("</label></div>\n");
        if (o.specify()) {
          String sid = specifyId(q.id(), o.id());
          String serror = errors.at(sid);
          String text = chosen.map(c -> c.specified().getOrDefault(o.id(), "")).orElse("");
          h.raw("<div class=\"govuk-" + kind + "__conditional" + (checked ? "" : " govuk-" + kind + "__conditional--hidden") + "\"")
              .attr("id", conditional).raw(">\n")
              .raw("<div class=\"govuk-form-group").raw(serror != null ? " govuk-form-group--error" : "").raw("\">\n")
              .raw("<label class=\"govuk-label\"").attr("for", sid).raw(">Details<span class=\"govuk-visually-hidden\"> for ")
              .text(o.text()).raw("</span></label>\n");
          errorMessage(h, sid, serror);
          h.raw("<input class=\"govuk-input").raw(serror != null ? " govuk-input--error" : "").raw("\" type=\"text\"")
              .attr("id", sid).attr("name", SPECIFY + q.id() + ":" + o.id()).attr("value", text);
          if (serror != null) {
            h.attr("aria-describedby", sid + "-error");
          }
          h.raw(">\n</div>\n</div>\n");
        }
      }
      h.raw("</div>\n</fieldset>\n</div>\n");
    }

    @Override
    public Void visit(SingleChoiceQuestion q) {
      choices(q, false);
      return null;
    }

    @Override
    public Void visit(MultipleChoiceQuestion q) {
      choices(q, true);
      return null;
    }

    @Override
    public Void visit(QuestionGroup group) {
      String id = fieldId(group.id());
      h.raw("<div class=\"govuk-form-group\">\n<fieldset class=\"govuk-fieldset\"").attr("id", id);
      if (group.hint().isPresent()) {
        h.attr("aria-describedby", id + "-hint");
      }
      h.raw(">\n<legend class=\"govuk-fieldset__legend govuk-fieldset__legend--" + size() + "\">").text(questionTitle(group)).raw("</legend>\n");
      hint(group);
      Writer inner = new Writer(h, sheet, errors, true);
      for (Question q : group.questions()) {
        if (sheet == null || sheet.applies(q)) {
          q.accept(inner);
        }
      }
      h.raw("</fieldset>\n</div>\n");
      return null;
    }
  }

  /** Definitions as a description list: all of the questionnaire's, or those with these ids. */
  static void definitions(Html h, Questionnaire questionnaire, List<String> ids) {
    h.raw("<dl class=\"ek-definitions\">\n");
    for (Definition d : questionnaire.definitions()) {
      if (!ids.isEmpty() && !ids.contains(d.id())) {
        continue;
      }
      h.raw("<dt class=\"govuk-heading-s\"").attr("id", "definition-" + d.id()).raw(">").text(d.term()).raw("</dt>\n<dd class=\"ek-definition\">");
      h.paragraphs(d.text(), "govuk-body");
      h.raw("<p class=\"govuk-body-s\">Source: ").text(d.source()).raw("</p></dd>\n");
    }
    h.raw("</dl>\n");
  }

  /** An answer as the text a field shows: a number as typed, a wrong kind as best it can. */
  static String asText(Answer a) {
    return a.accept(new AnswerVisitor<String>() {
      @Override
      public String visit(TextAnswer t) {
        return t.value();
      }

      @Override
      public String visit(NumberAnswer n) {
        BigDecimal v = n.value();
        return v.stripTrailingZeros().scale() <= 0 ? v.toBigInteger().toString() : v.toPlainString();
      }

      @Override
      public String visit(BooleanAnswer b) {
        return b.value() ? "true" : "";
      }

      @Override
      public String visit(ChoiceAnswer c) {
        return String.join(", ", c.selected());
      }
    });
  }
}
