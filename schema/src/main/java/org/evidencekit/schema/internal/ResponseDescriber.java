package org.evidencekit.schema.internal;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Consent;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.internal.JsonPointers;
import org.evidencekit.model.internal.Quoting;
import org.evidencekit.model.validation.Messages;
import tools.jackson.databind.JsonNode;

/**
 * Tells a response schema's failures in the words core-model's validator uses: "Question 1:
 * Enter the number of CSE victims you work with each year as a whole number, like 12". Never
 * quotes the respondent's text (only ids, and only when they look like ids).
 */
public final class ResponseDescriber extends Describer {
  private final ResponseSchemaDocument doc;
  private final Questionnaire q;
  private final Wording words;

  public ResponseDescriber(ResponseSchemaDocument doc) {
    this.doc = doc;
    this.q = doc.questionnaire();
    this.words = new Wording(q);
  }

  @Override
  Described describe(Engine.Failure f) {
    List<String> path = tokens(f.evaluationPath);
    if (path.size() >= 2 && path.get(0).equals("allOf")) {
      return rule(doc.rules().get(Integer.parseInt(path.get(1))), path.size() > 2 ? path.get(2) : "", f);
    }
    List<String> at = tokens(f.instancePointer);
    if ("additionalProperties".equals(f.keyword) && f.property != null) {
      at.add(f.property);
    }
    if (at.isEmpty()) {
      return root(f);
    }
    switch (at.get(0)) {
      case "answers":
        return at.size() == 1 ? general(f, "", "The answers are an object: each question's id, then its answer") : answer(f, at);
      case "questionnaire":
        return questionnaire(f, at);
      case "id":
        return general(f, "/id", "type".equals(f.keyword)
            ? "The response id is text, like \"R-1024\": write it in quotes"
            : "The response id is blank: give an id or leave it out");
      case "submitted":
        return general(f, "/submitted", "The date the response was sent is not a date: write it as YYYY-MM-DD, like 2012-11-30");
      case "respondent":
        return respondent(f, at);
      case "consent":
        return bound(f, ResponseField.CONSENT, at);
      case "oralEvidence":
        return bound(f, ResponseField.ORAL_EVIDENCE, at);
      case "attachments":
        return attachment(f, at);
      default:
        return root(f);
    }
  }

  // ------------------------------------------------------------------ applicability rules

  private Described rule(Rule rule, String branch, Engine.Failure f) {
    Question question = rule.question();
    String pointer = Place.of(question).pointer();
    boolean required =
        rule.kind() == Rule.Kind.ALWAYS_REQUIRED || (rule.kind() == Rule.Kind.CONDITIONAL && branch.equals("then"));
    if (required) {
      String why = "";
      Part part = q.partOf(question);
      if (part.declaration().isPresent()) {
        why = " (" + words.partName(part) + " applies: you said so, or answered questions in it)";
      }
      return about(question, pointer, f, Messages.answerVerb(question) + " " + Messages.subject(question) + why);
    }
    String when = words.whenApplies(question);
    String remove = question.asTickBox().isPresent() ? "leave it unticked" : "remove the answer";
    return about(question, pointer, f,
        when.isEmpty()
            ? "this question never applies: " + remove
            : "this question applies only when " + when + ": " + remove);
  }

  // ------------------------------------------------------------------ answers

  private Described answer(Engine.Failure f, List<String> at) {
    String id = at.get(1);
    String pointer = JsonPointers.of("answers", id);
    Optional<Question> found = q.question(id);
    if (found.isEmpty()) {
      Optional<Part> declaring = q.partDeclaredBy(id);
      if (declaring.isPresent()) {
        return general(f, pointer,
            "Answer whether " + words.partName(declaring.get()) + " applies with true or false, not "
                + article(f.instance));
      }
      return general(f, pointer,
          (Quoting.isQuotable(id) ? "There is no question '" + id + "'" : "This answer's key is no question id")
              + " in " + q.title() + " (version " + q.version() + "): remove the answer or correct the id");
    }
    Question question = found.get();
    Optional<QuestionGroup> group = question.asGroup();
    if (group.isPresent()) {
      return about(question, pointer, f,
          "this is a group of questions with no answer of its own: answer its questions ("
              + group.get().questions().stream().map(Question::id).collect(Collectors.joining(", "))
              + ") under their own ids");
    }
    if (question.responseField().isPresent()) {
      return about(question, pointer, f,
          "the answer to this question goes in " + question.responseField().get().pointer()
              + ", not in /answers: move it there");
    }
    return value(question, pointer, at.subList(2, at.size()), f);
  }

  /** A failure of the answer at {@code pointer} (or inside it, at {@code rest}). */
  private Described value(Question question, String pointer, List<String> rest, Engine.Failure f) {
    if (rest.isEmpty()) {
      switch (f.keyword) {
        case "type":
          if (question.asCount().isPresent() && f.instance != null && f.instance.isNumber()) {
            return about(question, pointer, f, "enter " + Messages.subject(question) + " as a whole number, like 12");
          }
          if (f.instance != null && f.instance.isNull()) {
            return about(question, pointer, f, "an answer cannot be empty (null): leave the question out instead");
          }
          return about(question, pointer, f, "answer with " + Messages.expectedAnswer(question) + ", not " + article(f.instance));
        case "enum":
          return about(question, pointer, f,
              "this is not one of its options: use " + Messages.optionIds(question.asChoice().orElseThrow()));
        case "pattern":
          if (question.accept(IS_EMAIL)) {
            return about(question, pointer, f,
                "enter " + Messages.subject(question) + " in the correct format, like name@example.org");
          }
          return about(question, pointer, f,
              question.required()
                  ? "enter " + Messages.subject(question)
                  : "the answer is blank: enter " + Messages.subject(question) + ", or leave the question out");
        case "maxLength":
          return about(question, pointer, f,
              Messages.capitalise(Messages.subject(question)) + " must be " + String.format("%,d", Integer.parseInt(f.argument(0)))
                  + " characters or fewer" + length(f.instance, "this answer has"));
        case "minimum":
          return about(question, pointer, f,
              "enter " + Messages.subject(question) + " as a number of 0 or more, like 12");
        case "maximum":
          return about(question, pointer, f,
              Messages.capitalise(Messages.subject(question)) + " must be " + f.argument(0) + " or less");
        case "required":
          Optional<ChoiceQuestion> choice = question.asChoice();
          if ("specified".equals(f.property) && choice.isPresent()) {
            Optional<Option> o = specifyRule(choice.get(), f);
            if (o.isPresent()) {
              return specified(choice.get(), pointer + "/specified", o.get().id(), f, "missing");
            }
          }
          return about(question, pointer, f,
              "give the options chosen as {\"selected\": [option ids]}");
        case "additionalProperties":
          return about(question, pointer, f,
              "a choice answer has only 'selected' and 'specified': remove the other property");
        default:
          return about(question, pointer, f, "answer with " + Messages.expectedAnswer(question));
      }
    }
    ChoiceQuestion choice = question.asChoice().orElseThrow(); // only a choice answer has parts
    if (rest.get(0).equals("selected")) {
      String at = pointer + "/selected";
      switch (rest.size() == 1 ? f.keyword : "item") {
        case "minItems":
          return about(question, at, f,
              "select " + Messages.subject(question) + (question.required() ? "" : ", or leave the question out"));
        case "maxItems":
          return about(question, at, f, "select only one option");
        case "uniqueItems":
          return twice(choice, at, f);
        case "item":
          String id = f.instance != null && f.instance.isString() ? f.instance.asString() : "";
          return about(question, at + "/" + rest.get(1), f,
              (Quoting.isQuotable(id) ? "'" + id + "' is not one of its options" : "a choice is not one of its options")
                  + ": use " + Messages.optionIds(choice));
        default:
          return about(question, at, f, "'selected' is a list of option ids, like [\"a\", \"b\"]");
      }
    }
    // "specified": the text given for options that ask for one
    String at = pointer + "/specified";
    if (rest.size() == 1) {
      if ("additionalProperties".equals(f.keyword) && f.property != null) {
        return specified(choice, at, f.property, f, null);
      }
      if ("required".equals(f.keyword) && f.property != null) {
        return specified(choice, at, f.property, f, "missing");
      }
      return about(question, at, f, "'specified' maps option ids to their text, like {\"other\": \"...\"}");
    }
    return specified(choice, at, rest.get(1), f, f.keyword);
  }

  /** The option whose text rule failed: the rules are in the order of the options that ask for text. */
  private static Optional<Option> specifyRule(ChoiceQuestion question, Engine.Failure f) {
    List<String> path = tokens(f.evaluationPath);
    int at = path.lastIndexOf("allOf");
    if (at < 0 || at + 1 >= path.size()) {
      return Optional.empty();
    }
    int k;
    try {
      k = Integer.parseInt(path.get(at + 1));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    List<Option> specify = question.options().stream().filter(Option::specify).collect(Collectors.toList());
    return k < specify.size() ? Optional.of(specify.get(k)) : Optional.empty();
  }

  /** The second choice of an option chosen twice, by its place in the list. */
  private Described twice(ChoiceQuestion question, String at, Engine.Failure f) {
    if (f.instance != null && f.instance.isArray()) {
      java.util.Set<String> seen = new java.util.HashSet<>();
      for (int i = 0; i < f.instance.size(); i++) {
        String id = f.instance.get(i).isString() ? f.instance.get(i).asString() : null;
        if (id != null && !seen.add(id) && question.option(id).isPresent()) {
          return about(question, at + "/" + i, f,
              "option " + Messages.describe(question.option(id).get()) + " is chosen twice: choose each option once");
        }
      }
    }
    return about(question, at, f, "an option is chosen twice: choose each option once");
  }

  private Described specified(ChoiceQuestion question, String at, String optionId, Engine.Failure f, String what) {
    String pointer = at + "/" + JsonPointers.escape(optionId);
    Optional<Option> option = question.option(optionId);
    if (option.isEmpty()) {
      return about(question, pointer, f,
          (Quoting.isQuotable(optionId) ? "details are given for '" + optionId + "', which is not one of its options"
              : "details are given for something that is not one of its options")
              + ": use " + Messages.optionIds(question));
    }
    String o = Messages.describe(option.get());
    if (!option.get().specify()) {
      return about(question, pointer, f, "option " + o + " takes no details: remove them");
    }
    if (what == null) {
      what = "";
    }
    switch (what) {
      case "missing":
      case "pattern":
        return about(question, pointer, f, "enter the details for " + o + ", or untick it");
      case "maxLength":
        return about(question, pointer, f,
            "the details for " + o + " must be " + String.format("%,d", option.get().specifyMaxLength())
                + " characters or fewer" + length(f.instance, "they have"));
      case "not":
        return about(question, pointer, f,
            "details are given for " + o + " but it is not ticked: tick it or remove the details");
      default:
        return about(question, pointer, f, "the text given for an option is text (a string)");
    }
  }

  // ------------------------------------------------------------------ the rest of a response

  private Described respondent(Engine.Failure f, List<String> at) {
    if (at.size() == 1) {
      return general(f, "/respondent", "The respondent block is an object with name, jobTitle, email, phone,"
          + " organisation, area and contactName");
    }
    ResponseField field;
    try {
      field = ResponseField.fromId("respondent." + at.get(1));
    } catch (RuntimeException e) {
      return general(f, JsonPointers.of("respondent", at.get(1)),
          "The respondent block has no such field: use name, jobTitle, email, phone, organisation, area or contactName");
    }
    return bound(f, field, at);
  }

  private Described bound(Engine.Failure f, ResponseField field, List<String> at) {
    Optional<Question> question = q.questionFor(field);
    String pointer = field.pointer();
    if (question.isPresent()) {
      if (field == ResponseField.CONSENT && "enum".equals(f.keyword)) {
        return about(question.get(), pointer, f,
            (f.instance != null && f.instance.isString() && Consent.find(f.instance.asString()).isPresent()
                    ? "'" + f.instance.asString() + "' is not one of its options"
                    : "this is not one of its options")
                + ": use " + Messages.optionIds(question.get().asChoice().orElseThrow()));
      }
      if (f.keyword.equals("type")) {
        return about(question.get(), pointer, f,
            "answer with " + Messages.expectedAnswer(question.get()).replace(", as {\"selected\": [option id]}", " as its id")
                + ", not " + article(f.instance));
      }
      return value(question.get(), pointer, List.of(), f);
    }
    switch (field) {
      case CONSENT:
        return general(f, pointer, "Give the consent as one of attributed, anonymised or in-confidence");
      case ORAL_EVIDENCE:
        return general(f, pointer, "Say whether the respondent would give oral evidence with true or false");
      default:
        String name = Messages.describe(field);
        switch (f.keyword) {
          case "pattern":
            return general(f, pointer, field == ResponseField.RESPONDENT_EMAIL && f.instance != null
                    && f.instance.isString() && !f.instance.asString().isBlank()
                ? "Enter the respondent's email address in the correct format, like name@example.org"
                : "The respondent's " + name + " is blank: enter it or leave it out");
          case "maxLength":
            return general(f, pointer, "The respondent's " + name + " must be " + f.argument(0) + " characters or fewer");
          default:
            return general(f, pointer, "The respondent's " + name + " is text (a string)");
        }
    }
  }

  private Described questionnaire(Engine.Failure f, List<String> at) {
    String ref = "\"questionnaire\": {\"id\": \"" + q.id() + "\", \"version\": \"" + q.version() + "\"}";
    if (at.size() >= 2 && at.get(1).equals("id") && "const".equals(f.keyword)) {
      return general(f, "/questionnaire/id",
          "This response answers the questionnaire " + safe(f.instance) + ", not '" + q.id() + "' (" + q.title()
              + "): check it against its own questionnaire");
    }
    if (at.size() >= 2 && at.get(1).equals("version") && "const".equals(f.keyword)) {
      return general(f, "/questionnaire/version",
          "This response answers version " + safe(f.instance) + " of '" + q.id() + "', not version '" + q.version()
              + "': check it against the version it answers, or answer version " + q.version());
    }
    return general(f, "/questionnaire", "Say which questionnaire this response answers, as " + ref);
  }

  private Described attachment(Engine.Failure f, List<String> at) {
    if (at.size() == 1) {
      return general(f, "/attachments", "The attachments are a list of objects, each with a name and a mediaType");
    }
    int n;
    try {
      n = Integer.parseInt(at.get(1)) + 1;
    } catch (NumberFormatException e) {
      n = 0;
    }
    String which = "attachment " + n;
    String pointer = JsonPointers.of("attachments", at.get(1));
    if (at.size() == 2) {
      if ("required".equals(f.keyword) && f.property != null) {
        return general(f, pointer, "Give the " + ("name".equals(f.property) ? "file name" : "media type")
            + " of " + which);
      }
      return general(f, pointer, "Attachment " + n + " is an object with name, mediaType, and optionally"
          + " description, size and sha256");
    }
    String property = at.get(2);
    pointer = pointer + "/" + JsonPointers.escape(property);
    switch (property) {
      case "name":
        return general(f, pointer, "Attachment " + n + " has a blank name: give its file name");
      case "mediaType":
        return general(f, pointer, "Give the media type of " + which + " as type/subtype, like video/mp4");
      case "size":
        return general(f, pointer, "Give the size of " + which + " in bytes, 0 or more");
      case "sha256":
        return general(f, pointer, "Give the SHA-256 digest of " + which + " as 64 lower-case hex digits");
      case "description":
        return general(f, pointer, "The description of " + which + " is text (a string)");
      default:
        return general(f, pointer, "Attachment " + n + " has no such property: use name, mediaType, description,"
            + " size and sha256");
    }
  }

  private Described root(Engine.Failure f) {
    if ("additionalProperties".equals(f.keyword)) {
      String name = f.property == null ? "" : f.property;
      return general(f, name.isEmpty() ? "" : "/" + JsonPointers.escape(name),
          (Quoting.isQuotable(name) ? "A response has no property '" + name + "'" : "A response has no such property")
              + ": use id, questionnaire, submitted, respondent, consent, oralEvidence, answers and attachments");
    }
    if ("required".equals(f.keyword)) {
      return general(f, "", "Say which questionnaire this response answers, as \"questionnaire\": {\"id\": \""
          + q.id() + "\", \"version\": \"" + q.version() + "\"}");
    }
    return general(f, "", "A response is a JSON object");
  }

  // ------------------------------------------------------------------ helpers

  private Described about(Question question, String pointer, Engine.Failure f, String message) {
    String number = q.printedNumber(question);
    return new Described(safePointer(pointer), Optional.of(question.id()),
        number.isEmpty() ? Optional.empty() : Optional.of(number),
        words.prefix(question) + Messages.capitalise(message), f.keyword, f.evaluationPath);
  }

  private Described general(Engine.Failure f, String pointer, String message) {
    return new Described(safePointer(pointer), Optional.empty(), Optional.empty(), message, f.keyword,
        f.evaluationPath);
  }

  /**
   * The pointer cut before its first name that is neither the questionnaire's (a question, option
   * or declaration id) nor shaped like one of ours: a key that is a respondent's text is never
   * shown.
   */
  private String safePointer(String pointer) {
    if (pointer.isEmpty()) {
      return pointer;
    }
    StringBuilder sb = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      boolean known = Quoting.isQuotable(name) || token.matches("0|[1-9][0-9]{0,8}")
          || q.question(name).isPresent() || q.partDeclaredBy(name).isPresent()
          || q.questions().stream().anyMatch(x -> x.asChoice().flatMap(c -> c.option(name)).isPresent());
      if (!known) {
        break;
      }
      sb.append('/').append(token);
    }
    return sb.toString();
  }

  /** " (this answer has 1,234)": a count of characters, never the text. */
  private static String length(JsonNode value, String lead) {
    if (value == null || !value.isString()) {
      return "";
    }
    String s = value.asString();
    return " (" + lead + " " + String.format("%,d", s.codePointCount(0, s.length())) + ")";
  }

  /** The kind of answer given, as core-model names it: "a text", "a number", "true or false", "a choice". */
  private static String article(JsonNode value) {
    switch (typeOf(value)) {
      case "string":
        return "a text";
      case "object":
        return "a choice";
      default:
        return kindOf(typeOf(value));
    }
  }

  /** An id from the response, quoted only if it looks like an id (never free text). */
  private static String safe(JsonNode value) {
    if (value != null && value.isString()) {
      String id = value.asString();
      if (Quoting.isQuotable(id)) {
        return "'" + id + "'";
      }
    }
    return "(not an id)";
  }

  private static final QuestionVisitor<Boolean> IS_EMAIL =
      new QuestionVisitor.Default<>() {
        @Override
        public Boolean visit(EmailQuestion question) {
          return true;
        }

        @Override
        protected Boolean otherwise(Question question) {
          return false;
        }
      };
}
