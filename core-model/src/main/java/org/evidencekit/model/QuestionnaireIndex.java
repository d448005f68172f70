package org.evidencekit.model;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.evidencekit.model.internal.JsonPointers;

/** Lookups over a questionnaire, built once per questionnaire. */
final class QuestionnaireIndex {

  /** Where a question is: its part, group, JSON Pointer and printed number. */
  static final class Located {
    final Question question;
    final Part part;
    final Optional<QuestionGroup> group;
    final String pointer;
    final String printedNumber;

    Located(
        Question question,
        Part part,
        Optional<QuestionGroup> group,
        String pointer,
        String printedNumber) {
      this.question = question;
      this.part = part;
      this.group = group;
      this.pointer = pointer;
      this.printedNumber = printedNumber;
    }

    Part part() {
      return part;
    }

    Optional<QuestionGroup> group() {
      return group;
    }

    String pointer() {
      return pointer;
    }

    String printedNumber() {
      return printedNumber;
    }
  }

  private final ImmutableList<Question> questions;
  private final Map<String, Located> byId;
  private final List<Located> duplicates = new ArrayList<>();
  private final List<Located> everything = new ArrayList<>();
  private final Map<ResponseField, Question> bound = new EnumMap<>(ResponseField.class);
  private final Map<String, Part> declarations = new HashMap<>();

  QuestionnaireIndex(Questionnaire q) {
    ImmutableList.Builder<Question> all = ImmutableList.builder();
    Map<String, Located> ids = new LinkedHashMap<>();
    for (int p = 0; p < q.parts().size(); p++) {
      Part part = q.parts().get(p);
      part.declaration().ifPresent(d -> declarations.putIfAbsent(d.id(), part));
      for (int s = 0; s < part.sections().size(); s++) {
        List<Item> items = part.sections().get(s).items();
        for (int i = 0; i < items.size(); i++) {
          Optional<Question> question = items.get(i).asQuestion();
          if (question.isPresent()) {
            String pointer = JsonPointers.of("parts", p, "sections", s, "items", i);
            add(question.get(), part, Optional.empty(), pointer, "", all, ids);
          }
        }
      }
    }
    this.questions = all.build();
    this.byId = ImmutableMap.copyOf(ids);
  }

  private void add(
      Question question,
      Part part,
      Optional<QuestionGroup> group,
      String pointer,
      String parentNumber,
      ImmutableList.Builder<Question> all,
      Map<String, Located> ids) {
    String number =
        question
            .label()
            .map(l -> parentNumber.isEmpty() ? l : parentNumber + " " + l)
            .orElse(parentNumber);
    Located located = new Located(question, part, group, pointer, number);
    all.add(question);
    everything.add(located);
    if (ids.putIfAbsent(question.id(), located) != null) {
      duplicates.add(located);
    }
    question.responseField().ifPresent(f -> bound.putIfAbsent(f, question));
    Optional<QuestionGroup> asGroup = question.asGroup();
    if (asGroup.isPresent()) {
      QuestionGroup g = asGroup.get();
      for (int j = 0; j < g.questions().size(); j++) {
        add(
            g.questions().get(j),
            part,
            Optional.of(g),
            JsonPointers.append(pointer, "questions", j),
            number,
            all,
            ids);
      }
    }
  }

  ImmutableList<Question> questions() {
    return questions;
  }

  Optional<Question> question(String id) {
    Located l = byId.get(id);
    return l == null ? Optional.empty() : Optional.of(l.question);
  }

  Located located(String id) {
    Located l = byId.get(id);
    if (l == null) {
      throw new IllegalArgumentException("No question with id '" + id + "' in this questionnaire");
    }
    return l;
  }

  Optional<Located> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Questions whose id an earlier question already has. */
  List<Located> duplicates() {
    return duplicates;
  }

  Optional<Question> boundTo(ResponseField field) {
    return Optional.ofNullable(bound.get(field));
  }

  Optional<Part> partDeclaredBy(String id) {
    return Optional.ofNullable(declarations.get(id));
  }

  /** Every question in reading order, those with a duplicate id included. */
  Iterable<Located> all() {
    return everything;
  }
}
