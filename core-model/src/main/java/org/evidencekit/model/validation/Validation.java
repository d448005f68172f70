package org.evidencekit.model.validation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Condition;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.EnableBehavior;
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
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.internal.Quoting;
import org.evidencekit.model.internal.JsonPointers;

/** One run of {@link ResponseValidator}: the per-call state. */
final class Validation {
  /** Practical email check: one '@', no spaces, a dot in the domain, sane characters. */
  static final Pattern EMAIL =
      Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  private static final Pattern MEDIA_TYPE =
      Pattern.compile("[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}/[A-Za-z0-9][A-Za-z0-9!#$&^_.+-]{0,126}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private final Questionnaire q;
  private final Response r;
  private final boolean warnAfterClosingDate;
  private final LocalDate today;
  private final AnswerSheet sheet;
  private final List<Problem> problems = new ArrayList<>();
  /** Problems found beyond {@link ValidationReport#MAX_PROBLEMS}: counted, not listed. */
  private int omitted;
  private boolean omittedError;

  Validation(Questionnaire q, Response r, boolean warnAfterClosingDate, LocalDate today) {
    this.q = q;
    this.r = r;
    this.warnAfterClosingDate = warnAfterClosingDate;
    this.today = today;
    this.sheet = AnswerSheet.of(q, r);
  }

  ValidationReport run() {
    if (!r.questionnaire().id().equals(q.id())) {
      error(
          ProblemCode.WRONG_QUESTIONNAIRE,
          "/questionnaire/id",
          null,
          "This response answers "
              + (Quoting.isQuotable(r.questionnaire().id())
                  ? "the questionnaire '" + r.questionnaire().id() + "'"
                  : "another questionnaire")
              + ", not '"
              + q.id()
              + "' ("
              + q.title()
              + "): check it against its own questionnaire");
      return report();
    }
    if (!r.questionnaire().version().equals(q.version())) {
      error(
          ProblemCode.WRONG_VERSION,
          "/questionnaire/version",
          null,
          "This response answers "
              + (Quoting.isQuotable(r.questionnaire().version())
                  ? "version '" + r.questionnaire().version() + "'"
                  : "another version")
              + " of '"
              + q.id()
              + "', not version '"
              + q.version()
              + "': check it against the version it answers, or answer version "
              + q.version());
      return report();
    }
    r.id().filter(String::isBlank).ifPresent(
        id -> error(ProblemCode.BAD_FIELD, "/id", null, "The response id is blank: give an id or leave it out"));
    checkRespondent();
    checkAnswerKeys();
    for (Part part : q.parts()) {
      checkDeclaration(part);
      for (Question question : q.questions()) {
        if (q.partOf(question) == part) {
          checkQuestion(question);
        }
      }
    }
    checkAttachments();
    checkDate();
    return report();
  }

  // ---------------------------------------------------------------- reporting

  /** The problems, the first {@link ValidationReport#MAX_PROBLEMS}, then "and N more" if there are. */
  private ValidationReport report() {
    if (omitted == 0) {
      return ValidationReport.of(problems);
    }
    List<Problem> all = new ArrayList<>(problems);
    all.add(Problem.builder().severity(omittedError ? Severity.ERROR : Severity.WARNING)
        .code(ProblemCode.MORE_PROBLEMS).pointer("")
        .message("And " + omitted + " more " + (omitted == 1 ? "problem" : "problems") + " (only the first "
            + ValidationReport.MAX_PROBLEMS + " are listed): mend these and check again")
        .build());
    return ValidationReport.of(all);
  }

  private void add(Severity severity, ProblemCode code, String pointer, Question question, String message) {
    if (problems.size() >= ValidationReport.MAX_PROBLEMS) {
      omitted++;
      omittedError |= severity == Severity.ERROR;
      return;
    }
    Problem.Builder p = Problem.builder().severity(severity).code(code).pointer(pointer);
    if (question != null) {
      p.questionId(question.id());
      String number = q.printedNumber(question);
      if (!number.isEmpty()) {
        p.printedNumber(number);
      }
      message = Messages.capitalise(where(question)) + ": " + Messages.capitalise(message);
    }
    problems.add(p.message(message).build());
  }

  private void error(ProblemCode code, String pointer, Question question, String message) {
    add(Severity.ERROR, code, pointer, question, message);
  }

  private String where(Question question) {
    return Messages.referenceTo(q, question);
  }


  /** An id from the response, quoted only if it looks like an id (never free text). */
  private String pointerFor(Question question) {
    return question.responseField().map(ResponseField::pointer)
        .orElse(JsonPointers.of("answers", question.id()));
  }

  // ---------------------------------------------------------------- answers map keys

  private void checkAnswerKeys() {
    for (Map.Entry<String, Answer> e : r.answers().entrySet()) {
      String id = e.getKey();
      String pointer = JsonPointers.of("answers", id);
      Optional<Question> question = q.question(id);
      if (question.isEmpty()) {
        if (q.partDeclaredBy(id).isEmpty()) {
          // The key is no id of the questionnaire's: quoted (and pointed at) only if it looks like one.
          error(
              ProblemCode.UNKNOWN_QUESTION,
              Quoting.isQuotable(id) ? pointer : "/answers",
              null,
              (Quoting.isQuotable(id) ? "There is no question '" + id + "'" : "An answer's key is no question id")
                  + " in "
                  + q.title()
                  + " (version "
                  + q.version()
                  + "): remove the answer or correct the id");
        }
      } else if (question.get().asGroup().isPresent()) {
        QuestionGroup g = question.get().asGroup().get();
        error(
            ProblemCode.GROUP_ANSWERED,
            pointer,
            g,
            "this is a group of questions with no answer of its own: answer its questions ("
                + g.questions().stream().map(Question::id).collect(Collectors.joining(", "))
                + ") under their own ids");
      } else if (question.get().responseField().isPresent()) {
        ResponseField f = question.get().responseField().get();
        error(
            ProblemCode.ANSWERED_ELSEWHERE,
            pointer,
            question.get(),
            "the answer to this question goes in " + f.pointer() + ", not in /answers: move it there");
      }
    }
  }

  private void checkDeclaration(Part part) {
    if (part.declaration().isEmpty()) {
      return;
    }
    Declaration d = part.declaration().get();
    Answer a = r.answers().get(d.id());
    if (a != null && a.asBoolean().isEmpty()) {
      error(
          ProblemCode.WRONG_ANSWER_KIND,
          JsonPointers.of("answers", d.id()),
          null,
          "Answer " + Messages.declarationSubject(part) + " with true or false, not " + Messages.withArticle(Messages.kindOf(a)));
    }
  }

  // ---------------------------------------------------------------- one question

  private void checkQuestion(Question question) {
    if (question.asGroup().isPresent()) {
      return;
    }
    if (question.responseField().isPresent() && r.answers().containsKey(question.id())) {
      return; // reported as ANSWERED_ELSEWHERE
    }
    Optional<Answer> answer = sheet.answer(question);
    boolean applies = sheet.applies(question);
    String pointer = pointerFor(question);
    if (answer.isPresent() && !applies && AnswerSheet.isGiven(answer.get())) {
      error(ProblemCode.NOT_APPLICABLE, pointer, question, whyNotApplicable(question));
      return;
    }
    answer.ifPresent(a -> checkAnswer(question, a, pointer));
    // Blank text and an empty choice are reported as EMPTY_ANSWER by checkAnswer; what is left
    // unanswered is no answer at all, or a tick box left unticked.
    boolean missing = answer.isEmpty()
        || answer.get().asBoolean().map(ticked -> !ticked.value()).orElse(false);
    if (applies && question.required() && missing) {
      error(ProblemCode.REQUIRED, pointer, question, requiredMessage(question));
    }
  }

  private String requiredMessage(Question question) {
    String verb = Messages.answerVerb(question);
    String why = "";
    Part part = q.partOf(question);
    if (part.declaration().isPresent()) {
      why =
          sheet.declared(part).orElse(false)
              ? " (you said the " + partName(part) + " applies)"
              : " (you answered questions in the " + partName(part) + ", so it applies)";
    }
    return verb + " " + Messages.subject(question) + why;
  }

  private String partName(Part part) {
    return part.title().map(t -> t + " section").orElse("section");
  }

  private String whyNotApplicable(Question question) {
    Part part = q.partOf(question);
    if (!sheet.applies(part)) {
      if (sheet.declared(part).isPresent()) {
        return "this is in the "
            + partName(part)
            + ", which you said does not apply ("
            + JsonPointers.of("answers", part.declaration().get().id())
            + " is false): remove the answer, or say that the section applies";
      }
      return "this is in the "
          + partName(part)
          + ", which applies only when "
          + describe(part.enableWhen(), part.enableBehavior())
          + ": remove the answer";
    }
    Optional<QuestionGroup> group = q.groupOf(question);
    while (group.isPresent() && sheet.applies(group.get())) {
      group = q.groupOf(group.get());
    }
    Question deciding = group.isPresent() ? group.get() : question;
    return (group.isPresent() ? "this question's group applies" : "this question applies")
        + " only when "
        + describe(deciding.enableWhen(), deciding.enableBehavior())
        + ": remove the answer";
  }

  private String describe(List<Condition> conditions, EnableBehavior behavior) {
    return Messages.describe(q, conditions, behavior);
  }


  // ---------------------------------------------------------------- answer values

  private void checkAnswer(Question question, Answer answer, String pointer) {
    question.accept(
        new QuestionVisitor<Void>() {
          @Override
          public Void visit(ShortTextQuestion t) {
            text(t, answer, pointer, t.maxLength());
            return null;
          }

          @Override
          public Void visit(LongTextQuestion t) {
            text(t, answer, pointer, t.maxLength());
            return null;
          }

          @Override
          public Void visit(EmailQuestion t) {
            text(t, answer, pointer, EmailQuestion.MAX_LENGTH).ifPresent(value -> {
              if (!EMAIL.matcher(value.strip()).matches()) {
                error(ProblemCode.MALFORMED_EMAIL, pointer, t,
                    "enter " + Messages.subject(t) + " in the correct format, like name@example.org");
              }
            });
            return null;
          }

          @Override
          public Void visit(CountQuestion t) {
            count(t, answer, pointer);
            return null;
          }

          @Override
          public Void visit(TickBoxQuestion t) {
            if (answer.asBoolean().isEmpty()) {
              wrongKind(t, answer, pointer);
            }
            return null;
          }

          @Override
          public Void visit(SingleChoiceQuestion t) {
            choice(t, answer, pointer, false);
            return null;
          }

          @Override
          public Void visit(MultipleChoiceQuestion t) {
            choice(t, answer, pointer, true);
            return null;
          }

          @Override
          public Void visit(QuestionGroup group) {
            return null;
          }
        });
  }

  private void wrongKind(Question question, Answer answer, String pointer) {
    error(
        ProblemCode.WRONG_ANSWER_KIND,
        pointer,
        question,
        "answer with " + Messages.expectedAnswer(question) + ", not " + Messages.withArticle(Messages.kindOf(answer)));
  }

  /** Checks a text answer; returns its text if it is non-blank text within its limit. */
  private Optional<String> text(Question question, Answer answer, String pointer, int max) {
    if (answer.asText().isEmpty()) {
      wrongKind(question, answer, pointer);
      return Optional.empty();
    }
    String value = answer.asText().get().value();
    if (value.isBlank()) {
      error(ProblemCode.EMPTY_ANSWER, pointer, question,
          (question.required() ? "enter " : "the answer is blank: enter ") + Messages.subject(question)
              + (question.required() ? "" : ", or leave the question out"));
      return Optional.empty();
    }
    int length = value.codePointCount(0, value.length());
    if (length > max) {
      error(ProblemCode.TOO_LONG, pointer, question,
          Messages.capitalise(Messages.subject(question)) + " must be " + String.format("%,d", max)
              + " characters or fewer (this answer has " + String.format("%,d", length) + ")");
      return Optional.empty();
    }
    return Optional.of(value);
  }

  private void count(CountQuestion question, Answer answer, String pointer) {
    if (answer.asNumber().isEmpty()) {
      wrongKind(question, answer, pointer);
      return;
    }
    NumberAnswer n = answer.asNumber().get();
    if (!n.isWhole()) {
      error(ProblemCode.FRACTIONAL_COUNT, pointer, question,
          "enter " + Messages.subject(question) + " as a whole number, like 12");
    } else if (n.value().signum() < 0) {
      error(ProblemCode.NEGATIVE_COUNT, pointer, question,
          "enter " + Messages.subject(question) + " as a number of 0 or more, like 12");
    } else if (question.max().isPresent() && n.value().compareTo(BigDecimal.valueOf(question.max().get())) > 0) {
      error(ProblemCode.COUNT_TOO_LARGE, pointer, question,
          Messages.capitalise(Messages.subject(question)) + " must be " + question.max().get() + " or less");
    }
  }

  private void choice(ChoiceQuestion question, Answer answer, String pointer, boolean multiple) {
    if (answer.asChoice().isEmpty()) {
      wrongKind(question, answer, pointer);
      return;
    }
    ChoiceAnswer c = answer.asChoice().get();
    if (c.selected().isEmpty()) {
      error(ProblemCode.EMPTY_ANSWER, pointer + "/selected", question,
          "select " + Messages.subject(question) + (question.required() ? "" : ", or leave the question out"));
    }
    if (!multiple && c.selected().size() > 1) {
      error(ProblemCode.TOO_MANY_CHOICES, pointer + "/selected", question,
          "select only one option");
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < c.selected().size(); i++) {
      String id = c.selected().get(i);
      String at = JsonPointers.append(pointer, "selected", i);
      Optional<Option> option = question.option(id);
      if (option.isEmpty()) {
        error(ProblemCode.UNKNOWN_OPTION, at, question,
            (Quoting.isQuotable(id) ? "'" + id + "' is not one of its options" : "a choice is not one of its options")
                + ": use " + Messages.optionIds(question));
        continue;
      }
      if (!seen.add(id)) {
        error(ProblemCode.DUPLICATE_CHOICE, at, question,
            "option " + Messages.describe(option.get()) + " is chosen twice: choose each option once");
        continue;
      }
      if (option.get().specify()) {
        String text = c.specified().get(id);
        if (text == null || text.isBlank()) {
          error(ProblemCode.SPECIFY_MISSING, JsonPointers.append(pointer, "specified", id), question,
              "enter the details for " + Messages.describe(option.get()) + ", or untick it");
        }
      }
    }
    for (Map.Entry<String, String> e : new LinkedHashMap<>(c.specified()).entrySet()) {
      String id = e.getKey();
      Optional<Option> option = question.option(id);
      String at = option.isPresent() || Quoting.isQuotable(id)
          ? JsonPointers.append(pointer, "specified", id)
          : JsonPointers.append(pointer, "specified");
      if (option.isEmpty()) {
        error(ProblemCode.UNKNOWN_OPTION, at, question,
            (Quoting.isQuotable(id) ? "details are given for '" + id + "', which is not one of its options"
                : "details are given for something that is not one of its options")
                + ": use " + Messages.optionIds(question));
      } else if (!option.get().specify()) {
        error(ProblemCode.SPECIFY_NOT_ALLOWED, at, question,
            "option " + Messages.describe(option.get()) + " takes no details: remove them");
      } else if (!c.isSelected(id)) {
        if (!e.getValue().isBlank()) {
          error(ProblemCode.SPECIFY_WITHOUT_CHOICE, at, question,
              "details are given for " + Messages.describe(option.get()) + " but it is not ticked: tick it or remove the details");
        }
      } else {
        int length = e.getValue().codePointCount(0, e.getValue().length());
        if (length > option.get().specifyMaxLength()) {
          error(ProblemCode.TOO_LONG, at, question,
              "the details for " + Messages.describe(option.get()) + " must be "
                  + String.format("%,d", option.get().specifyMaxLength())
                  + " characters or fewer (they have " + String.format("%,d", length) + ")");
        }
      }
    }
  }


  // ---------------------------------------------------------------- respondent, attachments, date

  private void checkRespondent() {
    Respondent who = r.respondent();
    for (ResponseField f : ResponseField.values()) {
      if (!f.isRespondentField()) {
        continue;
      }
      Optional<String> value = who.get(f);
      if (value.isEmpty() || q.questionFor(f).isPresent()) {
        continue; // a bound field is checked with its question
      }
      if (value.get().isBlank()) {
        error(ProblemCode.EMPTY_ANSWER, f.pointer(), null,
            "The respondent's " + Messages.describe(f) + " is blank: enter it or leave it out");
      } else if (f == ResponseField.RESPONDENT_EMAIL && !EMAIL.matcher(value.get().strip()).matches()) {
        error(ProblemCode.MALFORMED_EMAIL, f.pointer(), null,
            "Enter the respondent's email address in the correct format, like name@example.org");
      } else if (value.get().codePointCount(0, value.get().length()) > ShortTextQuestion.DEFAULT_MAX_LENGTH) {
        error(ProblemCode.TOO_LONG, f.pointer(), null,
            "The respondent's " + Messages.describe(f) + " must be " + ShortTextQuestion.DEFAULT_MAX_LENGTH
                + " characters or fewer");
      }
    }
  }

  private void checkAttachments() {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < r.attachments().size(); i++) {
      Attachment a = r.attachments().get(i);
      String at = JsonPointers.of("attachments", i);
      String which = "Attachment " + (i + 1);
      if (a.name().isBlank()) {
        error(ProblemCode.BAD_ATTACHMENT, at + "/name", null, which + " has a blank name: give its file name");
      } else if (!names.add(a.name())) {
        error(ProblemCode.BAD_ATTACHMENT, at + "/name", null,
            which + " has the same name as an earlier one: give each attachment its own name");
      }
      if (!MEDIA_TYPE.matcher(a.mediaType()).matches()) {
        error(ProblemCode.BAD_ATTACHMENT, at + "/mediaType", null,
            "Give the media type of " + which.toLowerCase(Locale.ROOT) + " as type/subtype, like video/mp4");
      }
      if (a.size().orElse(0L) < 0) {
        error(ProblemCode.BAD_ATTACHMENT, at + "/size", null,
            "Give the size of " + which.toLowerCase(Locale.ROOT) + " in bytes, 0 or more");
      }
      if (a.sha256().isPresent() && !SHA256.matcher(a.sha256().get()).matches()) {
        error(ProblemCode.BAD_ATTACHMENT, at + "/sha256", null,
            "Give the SHA-256 digest of " + which.toLowerCase(Locale.ROOT) + " as 64 lower-case hex digits");
      }
    }
  }

  private void checkDate() {
    if (!warnAfterClosingDate || q.closingDate().isEmpty()) {
      return;
    }
    LocalDate closing = q.closingDate().get();
    Optional<LocalDate> date = r.submitted().or(() -> Optional.ofNullable(today));
    if (date.isPresent() && date.get().isAfter(closing)) {
      add(Severity.WARNING, ProblemCode.AFTER_CLOSING_DATE, r.submitted().isPresent() ? "/submitted" : "", null,
          "This response is dated " + ResponseValidator.DATE.format(date.get())
              + ", after the closing date of " + ResponseValidator.DATE.format(closing)
              + ": it may not be considered");
    }
  }
}
