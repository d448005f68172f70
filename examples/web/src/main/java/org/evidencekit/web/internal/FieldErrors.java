package org.evidencekit.web.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.evidencekit.model.validation.Problem;

/**
 * Validation's problems placed on a page's fields: each message with the id of the field it is
 * about (a question's first input, or the details box of an option), for the error summary's
 * links and the message above the field.
 */
final class FieldErrors {
  private final Map<String, String> byField = new LinkedHashMap<>();

  static FieldErrors none() {
    return new FieldErrors();
  }

  /** The errors among {@code problems} about the questions with these ids. */
  static FieldErrors of(List<Problem> problems, Set<String> questionIds) {
    FieldErrors e = new FieldErrors();
    for (Problem p : problems) {
      if (p.isError() && p.questionId().isPresent() && questionIds.contains(p.questionId().get())) {
        e.byField.putIfAbsent(fieldFor(p), p.message());
      }
    }
    return e;
  }

  static String fieldFor(Problem p) {
    String q = p.questionId().orElse("");
    int at = p.pointer().lastIndexOf("/specified/");
    if (at >= 0) {
      String option = p.pointer().substring(at + "/specified/".length()).replace("~1", "/").replace("~0", "~");
      return FormView.specifyId(q, option);
    }
    return FormView.fieldId(q);
  }

  void add(String fieldId, String message) {
    byField.putIfAbsent(fieldId, message);
  }

  boolean isEmpty() {
    return byField.isEmpty();
  }

  String at(String fieldId) {
    return byField.get(fieldId);
  }

  List<Map.Entry<String, String>> all() {
    return new ArrayList<>(byField.entrySet());
  }

  /** The error summary: "There is a problem", each message linking to its field. */
  void summary(Html h) {
    if (byField.isEmpty()) {
      return;
    }
    h.raw("<div class=\"govuk-error-summary\" data-module=\"govuk-error-summary\"><div role=\"alert\">\n")
        .raw("<h2 class=\"govuk-error-summary__title\">There is a problem</h2>\n")
        .raw("<div class=\"govuk-error-summary__body\"><ul class=\"govuk-list govuk-error-summary__list\">\n");
    for (Map.Entry<String, String> e : byField.entrySet()) {
      h.raw("<li><a").attr("href", "#" + e.getKey()).raw(">").text(e.getValue()).raw("</a></li>\n");
    }
    h.raw("</ul></div></div></div>\n");
  }
}
