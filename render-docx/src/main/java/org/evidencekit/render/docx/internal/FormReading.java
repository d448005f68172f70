package org.evidencekit.render.docx.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evidencekit.model.Answer;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.Responses;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;

/** Turns what a form's controls hold back into a {@link Response}. */
public final class FormReading {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+");

  private FormReading() {}

  /** The answers a document holds, and the reader's warnings about how they were found. */
  public static final class Outcome {
    private final Map<String, Answer> answers;
    private final List<String> warnings;

    Outcome(Map<String, Answer> answers, List<String> warnings) {
      this.answers = answers;
      this.warnings = warnings;
    }

    public Map<String, Answer> answers() {
      return answers;
    }

    public List<String> warnings() {
      return warnings;
    }
  }

  /**
   * Reads the answers of a parsed document: by its markers, and where they are gone (and the
   * document prints the whole form, not answers only) from its visible structure, with a warning
   * naming the questions answered that way.
   */
  public static Outcome read(SlotTable table, PackageReader.Contents contents, BlankModels blanks) {
    DocModel model = contents.model == null ? new DocModel() : contents.model;
    String layout = contents.properties().getOrDefault(Parts.PROPERTY_LAYOUT, "form").strip();
    java.util.function.Supplier<DocModel> blank =
        "answers-only".equals(layout) ? null : () -> blanks.get(table, "printed".equals(layout));
    FormParser.Found[] found = Recovery.resolve(table, model, blank);
    Map<String, Answer> answers = answers(table, found);
    List<String> warnings = new java.util.ArrayList<>();
    java.util.Set<String> fromStructure = new java.util.LinkedHashSet<>();
    for (Slot s : table.slots()) {
      FormParser.Found f = found[s.index];
      if (f != null && f.fromStructure && answers.containsKey(s.answerId)) {
        fromStructure.add(numberOf(table.questionnaire(), s));
      }
    }
    if (!fromStructure.isEmpty()) {
      warnings.add(
          (fromStructure.size() == 1 ? "The answer to question " : "The answers to questions ")
              + inWords(new java.util.ArrayList<>(fromStructure))
              + (fromStructure.size() == 1 ? " was" : " were")
              + " read from the document's printed layout, not from "
              + (fromStructure.size() == 1 ? "its form field" : "their form fields")
              + " (a field removed, or left empty and the answer typed beside it): check "
              + (fromStructure.size() == 1 ? "it" : "them") + " against the document");
    }
    if (contents.recordDamaged()) {
      warnings.add(
          "The response record the document carried could not be read (LibreOffice can save it empty):"
              + " the response's reference, date and attachments are missing");
    }
    return new Outcome(answers, warnings);
  }

  private static String numberOf(Questionnaire q, Slot s) {
    if (s.question.isPresent()) {
      String n = q.printedNumber(s.question.get()).trim();
      return n.isEmpty() ? s.answerId : n.replaceAll("\\.$", "");
    }
    return s.answerId;
  }

  private static String inWords(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
  }

  /** The blank form as a reader sees it: what it prints, where each control is. */
  static DocModel blankModel(SlotTable table, boolean printed) {
    Template t = FormWriter.form(table, printed ? Controls.Mode.READ_ONLY : Controls.Mode.EDITABLE);
    Bytes out = new Bytes(t.blankSize());
    t.write(out, Values.blank(table));
    try {
      javax.xml.stream.XMLStreamReader x =
          SafeXml.reader(SafeXml.factory(), new java.io.ByteArrayInputStream(out.array(), 0, out.length()), Parts.DOCUMENT);
      try {
        return FormParser.parse(table, x);
      } finally {
        x.close();
      }
    } catch (javax.xml.stream.XMLStreamException | java.io.IOException e) {
      throw new IllegalStateException("The blank form made for comparison cannot be read", e);
    }
  }

  /** The answers the controls hold, keyed by question or declaration id. */
  public static Map<String, Answer> answers(SlotTable table, FormParser.Found[] found) {
    Questionnaire q = table.questionnaire();
    Map<String, Answer> out = new LinkedHashMap<>();
    for (Part part : q.parts()) {
      part.declaration()
          .ifPresent(
              d -> {
                FormParser.Found f = found[table.declaration(d.id()).index];
                if (f != null && f.checked) {
                  out.put(d.id(), BooleanAnswer.of(true));
                }
              });
    }
    AnswerReader reader = new AnswerReader(table, found);
    for (Question question : q.questions()) {
      question.accept(reader).ifPresent(a -> out.put(question.id(), a));
    }
    return out;
  }

  /** The answer the controls of one question hold, if they hold one. */
  private static final class AnswerReader implements QuestionVisitor<Optional<Answer>> {
    private final SlotTable table;
    private final FormParser.Found[] found;

    AnswerReader(SlotTable table, FormParser.Found[] found) {
      this.table = table;
      this.found = found;
    }

    @Override
    public Optional<Answer> visit(ShortTextQuestion question) {
      return field(question, false);
    }

    @Override
    public Optional<Answer> visit(LongTextQuestion question) {
      return field(question, false);
    }

    @Override
    public Optional<Answer> visit(EmailQuestion question) {
      return field(question, false);
    }

    @Override
    public Optional<Answer> visit(CountQuestion question) {
      return field(question, true);
    }

    @Override
    public Optional<Answer> visit(TickBoxQuestion question) {
      return field(question, false);
    }

    @Override
    public Optional<Answer> visit(SingleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Optional<Answer> visit(MultipleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Optional<Answer> visit(QuestionGroup group) {
      return Optional.empty(); // its questions are read on their own
    }

    private Optional<Answer> choice(ChoiceQuestion question) {
      ChoiceAnswer.Builder b = ChoiceAnswer.builder();
      boolean any = false;
      for (Option o : question.options()) {
        FormParser.Found box = found[table.option(question.id(), o.id()).index];
        if (box != null && box.checked) {
          b.addSelected(o.id());
          any = true;
        }
        if (o.specify()) {
          FormParser.Found text = found[table.specify(question.id(), o.id()).index];
          if (text != null && !text.text.isEmpty()) {
            b.putSpecified(o.id(), text.text);
            any = true;
          }
        }
      }
      return any ? Optional.of(b.build()) : Optional.empty();
    }

    /** A tick box's or text field's answer; a count's read as a number where it is one. */
    private Optional<Answer> field(Question question, boolean count) {
      Slot slot = table.question(question.id());
      FormParser.Found f = found[slot.index];
      if (f == null) {
        return Optional.empty();
      }
      if (slot.kind == Slot.Kind.TICK) {
        return f.checked ? Optional.of(BooleanAnswer.of(true)) : Optional.empty();
      }
      if (f.text.isEmpty()) {
        return Optional.empty();
      }
      return Optional.of(count ? count(f.text) : TextAnswer.of(f.text));
    }
  }

  /** A count as a number if it reads as one ("12", "1,200"), else as the text given. */
  static Answer count(String text) {
    String t = text.strip();
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    // Length and range checked before the text is converted (NumberAnswer.parse): 4 million digits
    // stay the text given, which validation reports as not a number.
    Optional<NumberAnswer> number = NumberAnswer.parse(t);
    if (number.isPresent()) {
      return number.get();
    }
    return TextAnswer.of(text);
  }

  /** The questionnaire a record names, if it names one. */
  public static java.util.Optional<org.evidencekit.model.QuestionnaireRef> questionnaireOf(ResponseRecord r) {
    if (r.questionnaireId.isPresent() && r.version.isPresent()) {
      return java.util.Optional.of(
          org.evidencekit.model.QuestionnaireRef.of(r.questionnaireId.get(), r.version.get()));
    }
    return java.util.Optional.empty();
  }

  /** The response: the answers, then what the record keeps that no control holds. */
  public static Response response(Questionnaire q, Map<String, Answer> answers, ResponseRecord record) {
    Response base = Responses.assemble(q, answers).build();
    Response.Builder b =
        Response.builder()
            .questionnaire(base.questionnaire())
            .putAllAnswers(base.answers());
    Respondent.Builder respondent = Respondent.builder();
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField()) {
        String value = base.respondent().get(f).orElse(record == null ? null : record.respondent.get(f));
        if (value != null) {
          respondent.set(f, value);
        }
      }
    }
    b.respondent(respondent.build());
    if (base.consent().isPresent()) {
      b.consent(base.consent());
    } else if (record != null) {
      b.consent(record.consent);
    }
    b.oralEvidence(base.oralEvidence() || (record != null && record.oralEvidence));
    if (record != null) {
      b.id(record.id);
      b.submitted(record.submitted);
      b.addAllAttachments(record.attachments);
    }
    return b.build();
  }

}
