package org.evidencekit.web.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.TextAnswer;

/** "Check your answers": a summary list per page, each answer with a link to change it. */
final class CheckView {
  private CheckView() {}

  static void answers(Html h, Flow flow, AnswerSheet sheet, FieldErrors errors, List<Store.AttachmentRow> attachments,
      boolean attachmentsEnabled) {
    String currentPart = null;
    boolean open = false;
    for (Flow.Page page : flow.shown(sheet.response())) {
      if (!page.part().id().equals(currentPart)) {
        if (open) {
          h.raw("</dl>\n");
        }
        currentPart = page.part().id();
        h.raw("<h2 class=\"govuk-heading-m\">").text(App.partTitle(page.part()))
            .raw("</h2>\n<dl class=\"govuk-summary-list govuk-!-margin-bottom-9\">\n");
        open = true;
      }
      String href = "/form/" + page.slug() + "?from=check";
      if (page.isDeclaration()) {
        var d = page.part().declaration().orElseThrow();
        row(h, d.text(), sheet.declared(page.part()).orElse(false) ? "Yes" : "No", href + "#" + FormView.fieldId(d.id()),
            d.text(), errors.at(FormView.fieldId(d.id())));
        continue;
      }
      for (Question q : page.questions()) {
        rows(h, q, "", sheet, href, errors);
      }
    }
    if (open) {
      h.raw("</dl>\n");
    }
    if (attachmentsEnabled) {
      h.raw("<h2 class=\"govuk-heading-m\">Files</h2>\n<dl class=\"govuk-summary-list govuk-!-margin-bottom-9\">\n");
      List<String> names = new ArrayList<>();
      for (Store.AttachmentRow a : attachments) {
        names.add(a.name() + " (" + Attachments.size(a.size()) + ")");
      }
      row(h, "Files sent with your response", names.isEmpty() ? "None" : String.join("\n", names), "/files?from=check",
          "files sent with your response", null);
      h.raw("</dl>\n");
    }
  }

  private static void rows(Html h, Question q, String prefix, AnswerSheet sheet, String href, FieldErrors errors) {
    if (!sheet.applies(q)) {
      return;
    }
    String title = prefix + FormView.questionTitle(q);
    if (q instanceof QuestionGroup) {
      for (Question sub : ((QuestionGroup) q).questions()) {
        rows(h, sub, q.label().map(l -> l + " ").orElse(""), sheet, href, errors);
      }
      return;
    }
    String shown = sheet.answer(q).filter(AnswerSheet::isGiven).map(a -> display(q, a)).orElse("Not provided");
    String field = FormView.fieldId(q.id());
    row(h, title, shown, href + "#" + field, q.summary().orElse(q.text()), errors.at(field));
  }

  private static void row(Html h, String key, String value, String href, String changeWhat, String error) {
    h.raw("<div class=\"govuk-summary-list__row\"><dt class=\"govuk-summary-list__key\">").text(key).raw("</dt>")
        .raw("<dd class=\"govuk-summary-list__value\">");
    if (error != null) {
      h.raw("<p class=\"govuk-error-message\"><span class=\"govuk-visually-hidden\">Error:</span> ").text(error).raw("</p>");
    }
    String[] lines = value.split("\n");
    for (int i = 0; i < lines.length; i++) {
      h.raw(i > 0 ? "<br>" : "").text(lines[i]);
    }
    h.raw("</dd><dd class=\"govuk-summary-list__actions\"><a class=\"govuk-link\"").attr("href", href)
        .raw(">Change<span class=\"govuk-visually-hidden\"> ").text(changeWhat).raw("</span></a></dd></div>\n");
  }

  /** An answer in words: option texts (with their details), "Yes" for a tick, text as given. */
  static String display(Question q, Answer a) {
    return a.accept(new AnswerVisitor<String>() {
      @Override
      public String visit(TextAnswer t) {
        return t.value();
      }

      @Override
      public String visit(NumberAnswer n) {
        return FormView.asText(n);
      }

      @Override
      public String visit(BooleanAnswer b) {
        return b.value() ? "Yes" : "No";
      }

      @Override
      public String visit(ChoiceAnswer c) {
        List<String> out = new ArrayList<>();
        for (String id : c.selected()) {
          Optional<Option> o = q instanceof ChoiceQuestion ? ((ChoiceQuestion) q).option(id) : Optional.empty();
          String text = o.map(Option::text).orElse(id);
          String detail = c.specified().get(id);
          out.add(detail == null ? text : text + " " + detail);
        }
        return String.join("\n", out);
      }
    });
  }
}
