package org.evidencekit.model.validation;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
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
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TextForm;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.internal.Quoting;

/**
 * The words EvidenceKit's messages use for a questionnaire's questions, options, conditions and
 * answers, in one place, in the GOV.UK style: "question 7b", "enter the number of CSE victims you
 * work with each year", "'j. Other (please explain):' is chosen in question 8". The {@link
 * ResponseValidator}, the JSON Schema's messages and the command line word things through it, so
 * the same thing is said the same way everywhere; a tool that writes messages of its own can match
 * them.
 *
 * <p>Only the questionnaire's own text is quoted, never a respondent's.
 */
public final class Messages {
  private Messages() {}

  // ---------------------------------------------------------------- questions

  /**
   * How a message refers to a question: "question 7b" (its printed number as people say it: "1.
   * d)" is "1d", "13." is "13"), or "the question 'Please provide a brief …'" for an unnumbered
   * one.
   */
  public static String referenceTo(Questionnaire questionnaire, Question question) {
    String number = spokenNumber(questionnaire.printedNumber(question));
    if (!number.isEmpty()) {
      return "question " + number;
    }
    return "the question '" + abbreviate(question.text(), 60) + "'";
  }

  /**
   * The noun phrase a message uses for what a question asks: its summary, such as "the number of
   * CSE victims you work with each year", else "the answer to '…'" with its text.
   */
  public static String subject(Question question) {
    return question.summary().orElseGet(() -> "the answer to '" + question.text() + "'");
  }

  /** What the respondent does to answer a question: "enter", "tick", "select" ("answer" a group). */
  public static String answerVerb(Question question) {
    return question.accept(VERB);
  }

  /**
   * What a right answer to a question looks like in a response's JSON: "text", "a whole number,
   * like 12", "the options chosen, as {"selected": [option ids]}".
   */
  public static String expectedAnswer(Question question) {
    return question.accept(EXPECTED);
  }

  /**
   * What kind of question it is, with its article: "a short-text question", "an email question",
   * "a count question", "a tick box", "a single-choice question", "a group of questions".
   */
  public static String kindOf(Question question) {
    return question.accept(KIND_OF_QUESTION);
  }

  /** An option as printed, in quotes: "'j. Other (please explain):'". */
  public static String describe(Option option) {
    return "'" + option.label().map(l -> l + " ").orElse("") + option.text() + "'";
  }

  /** A declaration's tick box as printed, in quotes: "'C0 I know or suspect a link to a gang or group'". */
  public static String describe(Declaration declaration) {
    return "'" + declaration.label().map(l -> l + " ").orElse("") + declaration.text() + "'";
  }

  /**
   * How a rendered form marks a question that need not be answered, as GOV.UK does: "(optional)"
   * after its text, in words, never by colour or an asterisk alone. Empty for a question that is
   * required and for a group (its questions are marked). A tick box is marked too: one left
   * unmarked must be ticked ("I have discussed this referral …").
   */
  public static Optional<String> optionalMark(Question question) {
    if (question.required() || question.asGroup().isPresent()) {
      return Optional.empty();
    }
    return Optional.of("(optional)");
  }

  /** The ids of a question's options, for "use a, b, c". */
  public static String optionIds(ChoiceQuestion question) {
    return question.options().stream().map(Option::id).collect(Collectors.joining(", "));
  }

  // ---------------------------------------------------------------- parts, fields, answers

  /** What a part's declaration answers: "whether the Intervention section applies". */
  public static String declarationSubject(Part part) {
    return "whether " + part.title().map(t -> "the " + t + " section").orElse("this section") + " applies";
  }

  /** What a response field holds: "name", "job title", "email address", "oral evidence". */
  /**
   * An attachment as every document lists it: its name, media type and size (with thousands
   * separators), then its description: {@code "notes.pdf (application/pdf, 20,480 bytes): notes"}.
   */
  public static String describe(org.evidencekit.model.Attachment attachment) {
    StringBuilder s = new StringBuilder(attachment.name()).append(" (").append(attachment.mediaType());
    attachment.size().ifPresent(n -> s.append(", ").append(String.format(java.util.Locale.UK, "%,d", n))
        .append(n == 1 ? " byte" : " bytes"));
    s.append(')');
    attachment.description().ifPresent(d -> s.append(": ").append(d));
    return s.toString();
  }

  public static String describe(ResponseField field) {
    switch (field) {
      case RESPONDENT_JOB_TITLE:
        return "job title";
      case RESPONDENT_EMAIL:
        return "email address";
      case RESPONDENT_PHONE:
        return "telephone number";
      case RESPONDENT_CONTACT_NAME:
        return "contact name";
      case ORAL_EVIDENCE:
        return "oral evidence";
      default:
        return field.id().substring(field.id().indexOf('.') + 1);
    }
  }

  /** The kind of an answer as a message names it: "text", "number", "true or false", "choice". */
  public static String kindOf(Answer answer) {
    return answer.accept(KIND);
  }

  /** A kind with its article: "a number", "an email address"; "true or false" stays as it is. */
  public static String withArticle(String kind) {
    return kind.startsWith("true") ? kind : ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  // ---------------------------------------------------------------- conditions

  /**
   * A condition in words: "'j. Other (please explain):' is chosen in question 6", "question 3 is
   * more than 0", "the declaration that the Intervention section applies is ticked".
   */
  public static String describe(Questionnaire questionnaire, Condition condition) {
    Optional<Question> target = questionnaire.question(condition.question());
    String name = target.map(t -> referenceTo(questionnaire, t)).orElseGet(() -> questionnaire
        .partDeclaredBy(condition.question())
        .map(p -> "the declaration that " + p.title().map(t -> "the " + t + " section").orElse("the section '" + p.id() + "'")
            + " applies")
        .orElse(condition.question()));
    String value = condition.value().orElse("");
    String option = target.flatMap(Question::asChoice)
        .flatMap(t -> t.option(value))
        .map(Messages::describe)
        .orElse("'" + value + "'");
    switch (condition.operator()) {
      case ANSWERED:
        return name + " is answered";
      case NOT_ANSWERED:
        return name + " is not answered";
      case EQUALS:
        return name + " is " + ("true".equals(value) ? "ticked" : "false".equals(value) ? "not ticked" : value);
      case NOT_EQUALS:
        return name + " is not " + ("true".equals(value) ? "ticked" : "false".equals(value) ? "left unticked" : value);
      case SELECTED:
        return option + " is chosen in " + name;
      case NOT_SELECTED:
        return option + " is not chosen in " + name;
      case GREATER_THAN:
        return name + " is more than " + value;
      case LESS_THAN:
        return name + " is less than " + value;
      default:
        throw new AssertionError(condition.operator());
    }
  }

  /** Conditions in words, joined by "and" (all must hold) or "or" (any). */
  public static String describe(Questionnaire questionnaire, List<Condition> conditions, EnableBehavior behavior) {
    StringBuilder sb = new StringBuilder();
    for (Condition c : conditions) {
      if (sb.length() > 0) {
        sb.append(behavior == EnableBehavior.ALL ? " and " : " or ");
      }
      sb.append(describe(questionnaire, c));
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- text

  /**
   * Whether text taken from a response (a key, an option id, a value) may be quoted in a
   * message: only when shaped like a name of ours (a lower-case letter, then letters and digits,
   * in parts joined by hyphens, at most 64 characters, like "cse-victims-per-year"). A
   * respondent's own words, names and addresses never are.
   */
  public static boolean isQuotable(String text) {
    return Quoting.isQuotable(text);
  }

  /**
   * What to do about text that leaves the normal form ({@link TextForm}), for the text a phrase
   * such as "the answer" or "the details for 'j. Other'" names: "remove the control character
   * U+0007 from the answer (character 12): only tabs and line feeds may be used". Says where, never
   * what the text is.
   */
  public static String notNormal(String whose, TextForm.Finding finding) {
    String at = " (character " + String.format("%,d", finding.position()) + ")";
    switch (finding.flaw()) {
      case CARRIAGE_RETURN:
        return "end each line of " + whose + " with a line feed alone, not a carriage return"
            + at + ": Windows line ends (CR LF) are not used";
      case CONTROL_CHARACTER:
        return "remove the control character " + finding.codePointName() + " from " + whose + at
            + ": only tabs and line feeds may be used";
      default:
        return "retype the broken character " + finding.codePointName() + " in " + whose + at
            + ": it is half of a character, or one no document can hold";
    }
  }

  /** The text with its first letter in capitals. */
  public static String capitalise(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** The text on one line, cut to at most {@code max} characters with "…" where it is cut. */
  public static String abbreviate(String text, int max) {
    String t = text.strip().replaceAll("\\s+", " ");
    return t.length() <= max ? t : t.substring(0, max - 1).stripTrailing() + "…";
  }

  private static String spokenNumber(String printed) {
    StringBuilder sb = new StringBuilder();
    for (String token : printed.split("\\s+")) {
      String t = token.replaceAll("[.):]+$", "").replaceAll("^\\(", "");
      if (sb.length() > 0 && !t.isEmpty() && Character.isDigit(t.charAt(0))) {
        sb.append(' ');
      }
      sb.append(t);
    }
    return sb.toString();
  }

  private static final AnswerVisitor<String> KIND =
      new AnswerVisitor<>() {
        @Override
        public String visit(TextAnswer answer) {
          return "text";
        }

        @Override
        public String visit(NumberAnswer answer) {
          return "number";
        }

        @Override
        public String visit(BooleanAnswer answer) {
          return "true or false";
        }

        @Override
        public String visit(ChoiceAnswer answer) {
          return "choice";
        }
      };

  private static final QuestionVisitor<String> KIND_OF_QUESTION =
      new QuestionVisitor<>() {
        @Override
        public String visit(ShortTextQuestion question) {
          return "a short-text question";
        }

        @Override
        public String visit(LongTextQuestion question) {
          return "a long-text question";
        }

        @Override
        public String visit(EmailQuestion question) {
          return "an email question";
        }

        @Override
        public String visit(CountQuestion question) {
          return "a count question";
        }

        @Override
        public String visit(TickBoxQuestion question) {
          return "a tick box";
        }

        @Override
        public String visit(SingleChoiceQuestion question) {
          return "a single-choice question";
        }

        @Override
        public String visit(MultipleChoiceQuestion question) {
          return "a multiple-choice question";
        }

        @Override
        public String visit(QuestionGroup group) {
          return "a group of questions";
        }
      };

  private static final QuestionVisitor<String> VERB =
      new QuestionVisitor<>() {
        @Override
        public String visit(ShortTextQuestion question) {
          return "enter";
        }

        @Override
        public String visit(LongTextQuestion question) {
          return "enter";
        }

        @Override
        public String visit(EmailQuestion question) {
          return "enter";
        }

        @Override
        public String visit(CountQuestion question) {
          return "enter";
        }

        @Override
        public String visit(TickBoxQuestion question) {
          return "tick";
        }

        @Override
        public String visit(SingleChoiceQuestion question) {
          return "select";
        }

        @Override
        public String visit(MultipleChoiceQuestion question) {
          return "select";
        }

        @Override
        public String visit(QuestionGroup group) {
          return "answer";
        }
      };

  private static final QuestionVisitor<String> EXPECTED =
      new QuestionVisitor<>() {
        @Override
        public String visit(ShortTextQuestion question) {
          return "text";
        }

        @Override
        public String visit(LongTextQuestion question) {
          return "text";
        }

        @Override
        public String visit(EmailQuestion question) {
          return "an email address as text";
        }

        @Override
        public String visit(CountQuestion question) {
          return "a whole number, like 12";
        }

        @Override
        public String visit(TickBoxQuestion question) {
          return "true (ticked) or false (not ticked)";
        }

        @Override
        public String visit(SingleChoiceQuestion question) {
          return "the option chosen, as {\"selected\": [option id]}";
        }

        @Override
        public String visit(MultipleChoiceQuestion question) {
          return "the options chosen, as {\"selected\": [option ids]}";
        }

        @Override
        public String visit(QuestionGroup group) {
          return "answers to its questions";
        }
      };
}
