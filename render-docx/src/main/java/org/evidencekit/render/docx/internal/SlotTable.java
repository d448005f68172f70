package org.evidencekit.render.docx.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.Item;
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

/**
 * Every content control a form of one questionnaire has, in document order, with the maps a
 * reader finds them by. Immutable once built; a form and its reader build the same table from the
 * same questionnaire, which is why a document names its questionnaire and version.
 */
public final class SlotTable {
  private final Questionnaire questionnaire;
  private final List<Slot> slots;
  private final Map<String, Slot> byBookmark = new HashMap<>();
  private final Map<String, Slot> byTag = new HashMap<>();
  private final Map<String, Slot> byTitle = new HashMap<>();
  private final Map<String, List<Slot>> byAnswer = new HashMap<>();

  private SlotTable(Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    List<Slot> list = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    for (Part part : questionnaire.parts()) {
      if (part.declaration().isPresent()) {
        Declaration d = part.declaration().get();
        String where = part.title().or(part::label).orElse("This section");
        add(list, titles, Slot.Kind.TICK, d.id(), null, Optional.empty(), tagOfDeclaration(d.id()),
            where + ": " + d.text(), 0);
      }
      for (Section section : part.sections()) {
        for (Item item : section.items()) {
          item.asQuestion().ifPresent(q -> addQuestion(list, titles, q, 0));
        }
      }
    }
    this.slots = Collections.unmodifiableList(list);
    for (Slot s : slots) {
      byBookmark.put(s.bookmark, s);
      byTag.put(s.tag, s);
      byTitle.put(s.title, s);
      byAnswer.computeIfAbsent(s.answerId, k -> new ArrayList<>()).add(s);
    }
  }

  public static SlotTable of(Questionnaire questionnaire) {
    return new SlotTable(questionnaire);
  }

  private void addQuestion(List<Slot> list, Set<String> titles, Question q, int depth) {
    String number = questionnaire.printedNumber(q).trim();
    String title = Texts.shorten((number.isEmpty() ? "" : number + " ") + q.text(), 90);
    q.accept(
        new QuestionVisitor<Void>() {
          @Override
          public Void visit(ShortTextQuestion question) {
            return field(Slot.Kind.TEXT);
          }

          @Override
          public Void visit(LongTextQuestion question) {
            return field(Slot.Kind.LONG_TEXT);
          }

          @Override
          public Void visit(EmailQuestion question) {
            return field(Slot.Kind.TEXT);
          }

          @Override
          public Void visit(CountQuestion question) {
            return field(Slot.Kind.TEXT);
          }

          @Override
          public Void visit(TickBoxQuestion question) {
            return field(Slot.Kind.TICK);
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
            for (Question sub : group.questions()) {
              addQuestion(list, titles, sub, depth + 1);
            }
            return null;
          }

          private Void field(Slot.Kind kind) {
            add(list, titles, kind, q.id(), null, Optional.of(q), tagOfQuestion(q.id()), title, depth);
            return null;
          }

          private Void options(ChoiceQuestion choice) {
            for (Option o : choice.options()) {
              String optionTitle =
                  Texts.shorten(
                      (number.isEmpty() ? "" : number + " ") + o.label().map(l -> l + " ").orElse("") + o.text(),
                      90);
              add(list, titles, Slot.Kind.OPTION, q.id(), o.id(), Optional.of(q), tagOfOption(q.id(), o.id()),
                  optionTitle, depth);
              if (o.specify()) {
                add(list, titles, Slot.Kind.SPECIFY, q.id(), o.id(), Optional.of(q),
                    tagOfSpecify(q.id(), o.id()), optionTitle + " (details)", depth);
              }
            }
            return null;
          }
        });
  }

  private static void add(
      List<Slot> list,
      Set<String> titles,
      Slot.Kind kind,
      String answerId,
      String optionId,
      Optional<Question> question,
      String tag,
      String title,
      int depth) {
    String unique = title;
    for (int n = 2; !titles.add(unique); n++) {
      unique = title + " (" + n + ")";
    }
    list.add(new Slot(list.size(), kind, answerId, optionId, question, tag, unique, depth));
  }

  static String tagOfQuestion(String questionId) {
    return "ek:q:" + questionId;
  }

  static String tagOfOption(String questionId, String optionId) {
    return "ek:o:" + questionId + ":" + optionId;
  }

  static String tagOfSpecify(String questionId, String optionId) {
    return "ek:s:" + questionId + ":" + optionId;
  }

  static String tagOfDeclaration(String declarationId) {
    return "ek:d:" + declarationId;
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public List<Slot> slots() {
    return slots;
  }

  public int size() {
    return slots.size();
  }

  public Optional<Slot> byBookmark(String name) {
    return Optional.ofNullable(byBookmark.get(name));
  }

  public Optional<Slot> byTag(String tag) {
    return Optional.ofNullable(byTag.get(tag));
  }

  public Optional<Slot> byTitle(String title) {
    return Optional.ofNullable(byTitle.get(title));
  }

  /** The controls of a question (its options, their texts) or a declaration. */
  List<Slot> slotsOf(String answerId) {
    return byAnswer.getOrDefault(answerId, List.of());
  }

  Slot question(String questionId) {
    return byTag.get(tagOfQuestion(questionId));
  }

  Slot option(String questionId, String optionId) {
    return byTag.get(tagOfOption(questionId, optionId));
  }

  Slot specify(String questionId, String optionId) {
    return byTag.get(tagOfSpecify(questionId, optionId));
  }

  Slot declaration(String declarationId) {
    return byTag.get(tagOfDeclaration(declarationId));
  }
}
