package org.evidencekit.schema;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Single mutations of a response's JSON: each takes a (usually valid) response and changes one
 * thing, chosen by a random source: drops an answer, adds an unknown question or option, gives an
 * answer of the wrong kind, a negative, fractional or too large count, too long or blank text, a
 * malformed email, an "other" without its text or text without its tick, answers a question whose
 * part is declared not to apply or whose condition fails, names another questionnaire ... Some
 * leave the response valid (an email with spaces around it, text at exactly its limit, a blank
 * text for an option not chosen): the point is that core-model and the schema agree either way.
 *
 * <p>None of them produces the cases the schema knowingly leaves out (see {@code
 * KnownDivergencesTest}).
 */
final class Mutations {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** One way of changing a response; empty when it does not fit this response. */
  interface Mutation {
    Optional<String> apply(Questionnaire q, ObjectNode response, Random r);
  }

  /** A named mutation. */
  static final class Named {
    final String name;
    final Mutation mutation;

    Named(String name, Mutation mutation) {
      this.name = name;
      this.mutation = mutation;
    }
  }

  static final List<Named> ALL = new ArrayList<>();

  private static void add(String name, Mutation m) {
    ALL.add(new Named(name, m));
  }

  /** Texts Java counts blank (Character.isWhitespace), and texts it does not. */
  static final String[] BLANK = {"", " ", "   ", "\t\n", "\u3000", "\u2028", "\u001F", "\u000B", " \u1680 "};
  static final String[] NOT_BLANK = {"\u00A0", "\u2007", "\u202F", "\uFEFF", "\u0085", "\u200B", "x", " x "};

  static {
    add("drop an answer", (q, t, r) -> pick(r, answered(q, t)).map(question -> {
      remove(t, question);
      return "dropped the answer to " + question.id();
    }));
    add("drop a required answer", (q, t, r) -> pick(r, filter(answered(q, t), Question::required)).map(question -> {
      remove(t, question);
      return "dropped the required answer to " + question.id();
    }));
    add("answer another question", (q, t, r) -> pick(r, answerable(q)).map(question -> {
      put(t, question, validAnswer(question, r));
      return "gave a well-formed answer to " + question.id();
    }));
    add("answer another question twice over", (q, t, r) -> {
      List<Question> all = answerable(q);
      if (all.isEmpty()) {
        return Optional.empty();
      }
      StringBuilder sb = new StringBuilder("gave well-formed answers to");
      for (int i = 0; i < 3; i++) {
        Question question = all.get(r.nextInt(all.size()));
        put(t, question, validAnswer(question, r));
        sb.append(' ').append(question.id());
      }
      return Optional.of(sb.toString());
    });
    add("unknown question", (q, t, r) -> {
      String id = r.nextBoolean() ? "no-such-question" : "x" + r.nextInt(1000);
      if (q.question(id).isPresent() || q.partDeclaredBy(id).isPresent()) {
        return Optional.empty();
      }
      answers(t).set(id, r.nextBoolean() ? NODES.stringNode("Some text") : NODES.numberNode(3));
      return Optional.of("answered the unknown question " + id);
    });
    add("answer a group", (q, t, r) -> pick(r, filter(q.questions(), x -> x.asGroup().isPresent())).map(g -> {
      answers(t).put(g.id(), "Some text");
      return "answered the group " + g.id();
    }));
    add("answer a bound question in the answers", (q, t, r) ->
        pick(r, filter(q.questions(), x -> x.responseField().isPresent())).map(question -> {
          answers(t).set(question.id(), validAnswer(question, r));
          return "answered bound " + question.id() + " in /answers";
        }));
    add("unknown option", (q, t, r) -> pick(r, filter(answered(q, t), x -> x.asChoice().isPresent())).map(question -> {
      JsonNode a = get(t, question);
      if (a.isString()) { // consent
        put(t, question, NODES.stringNode("maybe"));
      } else if (a.isObject() && a.get("selected") instanceof ArrayNode) {
        ((ArrayNode) a.get("selected")).add(r.nextBoolean() ? "zz-unknown" : "not an id!");
      } else {
        put(t, question, choiceOf("zz-unknown"));
      }
      return "chose an unknown option in " + question.id();
    }));
    add("wrong kind of answer", (q, t, r) -> pick(r, filter(answerable(q), x -> x.responseField().isEmpty())).map(question -> {
      JsonNode[] kinds = {
        NODES.stringNode("12"), NODES.numberNode(12), NODES.numberNode(new BigDecimal("2.5")), NODES.booleanNode(true),
        NODES.booleanNode(false), NODES.arrayNode().add("a"), NODES.objectNode(), choiceOf("a"), NODES.nullNode(),
        NODES.objectNode().put("selected", "a"), NODES.objectNode().set("selected", NODES.arrayNode().add(1))
      };
      JsonNode v = kinds[r.nextInt(kinds.length)];
      put(t, question, v);
      return "answered " + question.id() + " with " + v;
    }));
    add("wrong kind of bound answer", (q, t, r) ->
        pick(r, filter(q.questions(), x -> x.responseField().isPresent())).map(question -> {
          JsonNode[] kinds = {NODES.numberNode(new BigDecimal("2.5")), NODES.arrayNode().add("a"), NODES.objectNode(),
              NODES.stringNode("yes")};
          JsonNode v = kinds[r.nextInt(kinds.length)];
          if (question.asTickBox().isPresent() && v.isString()) {
            v = NODES.numberNode(1);
          }
          put(t, question, v);
          return "answered bound " + question.id() + " with " + v;
        }));
    add("count edge", (q, t, r) -> pick(r, filter(q.questions(), x -> x.asCount().isPresent())).map(question -> {
      CountQuestion c = question.asCount().orElseThrow();
      long max = c.max().orElse(1_000_000L);
      JsonNode[] values = {
        NODES.numberNode(-1), NODES.numberNode(new BigDecimal("2.5")), NODES.numberNode(new BigDecimal("12.0")),
        NODES.numberNode(0), NODES.numberNode(max), NODES.numberNode(max + 1), NODES.numberNode(new BigDecimal("1E+2")),
        NODES.numberNode(new BigDecimal("-0.0")), NODES.numberNode(new BigDecimal("99999999999999999999999")),
        NODES.numberNode(new BigDecimal("0.000001")), NODES.stringNode("12"), NODES.numberNode(new BigDecimal("1E+999999999")),
        NODES.numberNode(new BigDecimal("-2.5E+400"))
      };
      JsonNode v = values[r.nextInt(values.length)];
      put(t, question, v);
      return "answered count " + question.id() + " with " + v;
    }));
    add("text edge", (q, t, r) -> pick(r, filter(q.questions(), Mutations::isText)).map(question -> {
      int max = maxLength(question);
      String v;
      switch (r.nextInt(6)) {
        case 0:
          v = BLANK[r.nextInt(BLANK.length)];
          break;
        case 1:
          v = NOT_BLANK[r.nextInt(NOT_BLANK.length)];
          break;
        case 2:
          v = longText(max + 1, r);
          break;
        case 3:
          v = longText(max, r);
          break;
        case 4:
          v = longText(Math.max(1, max - 1), r) + "\uD83D\uDE00"; // ends with a character of two UTF-16 units
          break;
        default:
          v = "Line one\nline two";
      }
      put(t, question, NODES.stringNode(v));
      return "answered text " + question.id() + " with " + describe(v);
    }));
    add("email edge", (q, t, r) -> {
      List<Question> emails = filter(q.questions(), x -> x.accept(Mutations.IS_EMAIL));
      String[] values = {
        "not-an-email", " worker1@example.org ", "worker1@example.org\u0085", "a@b", "worker1@example.org\n",
        "worker@exa_mple.org", "a.b@example.co.uk", "a..b@example.org", "\u00A0a@example.org", "a@example.org\u3000",
        "x".repeat(242) + "@example.org", "x".repeat(243) + "@example.org", "Ŵ@example.org", "a@-example.org"
      };
      String v = values[r.nextInt(values.length)];
      if (emails.isEmpty() || r.nextInt(4) == 0) {
        if (q.questionFor(ResponseField.RESPONDENT_EMAIL).isPresent()) {
          return Optional.empty();
        }
        respondent(t).put("email", v);
        return Optional.of("gave the respondent's unbound email as " + describe(v));
      }
      Question question = emails.get(r.nextInt(emails.size()));
      put(t, question, NODES.stringNode(v));
      return Optional.of("answered email " + question.id() + " with " + describe(v));
    });
    add("specify edge", (q, t, r) -> pick(r, filter(q.questions(), Mutations::hasSpecify)).map(question -> {
      ChoiceQuestion c = question.asChoice().orElseThrow();
      List<Option> specify = filter(c.options(), Option::specify);
      Option o = specify.get(r.nextInt(specify.size()));
      JsonNode old = get(t, question);
      ObjectNode a = old != null && old.isObject() && old.get("selected") instanceof ArrayNode
          && (!old.has("specified") || old.get("specified").isObject())
          ? (ObjectNode) old : choiceOf(c.options().get(0).id());
      ArrayNode selected = (ArrayNode) a.get("selected");
      ObjectNode specified = object(a, "specified");
      String what;
      switch (r.nextInt(7)) {
        case 0: // chosen without its text
          select(c, selected, o.id());
          specified.remove(o.id());
          what = "chose " + o.id() + " without its text";
          break;
        case 1: // text without the tick
          deselect(selected, o.id());
          specified.put(o.id(), "Some details");
          what = "gave text for " + o.id() + " without choosing it";
          break;
        case 2: // blank text without the tick: allowed
          deselect(selected, o.id());
          specified.put(o.id(), BLANK[r.nextInt(BLANK.length)]);
          what = "gave blank text for " + o.id() + " without choosing it";
          break;
        case 3:
          select(c, selected, o.id());
          specified.put(o.id(), longText(o.specifyMaxLength() + r.nextInt(2), r));
          what = "gave " + o.id() + " text at or over its limit";
          break;
        case 4:
          select(c, selected, o.id());
          specified.put(o.id(), BLANK[r.nextInt(BLANK.length)]);
          what = "chose " + o.id() + " with blank text";
          break;
        case 5:
          Option plain = c.options().get(r.nextInt(c.options().size()));
          specified.put(plain.id(), "Some details");
          what = "gave text for option " + plain.id();
          break;
        default:
          specified.put("zz-unknown", "Some details");
          what = "gave text for an unknown option";
      }
      if (selected.isEmpty()) {
        selected.add(o.id());
      }
      put(t, question, a);
      return what + " in " + question.id();
    }));
    add("choice edge", (q, t, r) -> pick(r, filter(q.questions(), x -> x.asChoice().isPresent() && x.responseField().isEmpty())).map(question -> {
      ChoiceQuestion c = question.asChoice().orElseThrow();
      ObjectNode a = choiceOf(c.options().get(r.nextInt(c.options().size())).id());
      ArrayNode selected = (ArrayNode) a.get("selected");
      String what;
      switch (r.nextInt(4)) {
        case 0:
          selected.removeAll();
          what = "chose nothing";
          break;
        case 1:
          selected.add(selected.get(0).asString());
          what = "chose one option twice";
          break;
        case 2:
          c.options().forEach(o -> {
            if (!o.id().equals(selected.get(0).asString())) {
              selected.add(o.id());
            }
          });
          what = "chose every option";
          break;
        default:
          a.put("note", "x");
          what = "added a property to the answer";
      }
      for (JsonNode id : selected) {
        c.option(id.asString()).filter(Option::specify).ifPresent(o -> object(a, "specified").put(o.id(), "Details"));
      }
      put(t, question, a);
      return what + " in " + question.id();
    }));
    add("declaration", (q, t, r) -> pick(r, filter(q.parts(), p -> p.declaration().isPresent())).map(part -> {
      String id = part.declaration().get().id();
      switch (r.nextInt(6)) {
        case 0:
          answers(t).put(id, false);
          return "declared " + part.id() + " not to apply, answers kept";
        case 1:
          answers(t).put(id, false);
          for (Question question : q.questions()) {
            if (q.partOf(question) == part && question.asGroup().isEmpty()) {
              remove(t, question);
            }
          }
          return "declared " + part.id() + " not to apply, answers removed";
        case 2:
          answers(t).remove(id);
          return "left " + part.id() + "'s declaration out";
        case 3:
          answers(t).put(id, true);
          return "declared " + part.id() + " to apply";
        case 4:
          answers(t).set(id, r.nextBoolean() ? NODES.stringNode("yes") : NODES.numberNode(1));
          return "answered " + part.id() + "'s declaration with a non-boolean";
        default:
          answers(t).remove(id);
          for (Question question : q.questions()) {
            if (q.partOf(question) == part && question.asGroup().isEmpty()) {
              remove(t, question);
            }
          }
          return "left " + part.id() + " out altogether";
      }
    }));
    add("tick box", (q, t, r) -> pick(r, filter(q.questions(), x -> x.asTickBox().isPresent())).map(question -> {
      int n = r.nextInt(3);
      if (n == 2) {
        remove(t, question);
      } else {
        put(t, question, NODES.booleanNode(n == 0));
      }
      return (n == 2 ? "unticked " : n == 0 ? "ticked " : "answered false to ") + question.id();
    }));
    add("wrong questionnaire", (q, t, r) -> {
      ObjectNode ref = (ObjectNode) t.get("questionnaire");
      switch (r.nextInt(4)) {
        case 0:
          ref.put("id", "another-questionnaire");
          return Optional.of("named another questionnaire");
        case 1:
          ref.put("version", q.version() + ".1");
          return Optional.of("named another version");
        case 2:
          ref.put("extra", "x");
          return Optional.of("added a property to the questionnaire reference");
        default:
          ref.remove("version");
          return Optional.of("left the version out");
      }
    });
    add("respondent field", (q, t, r) -> {
      String[] fields = {"name", "jobTitle", "email", "phone", "organisation", "area", "contactName"};
      String f = fields[r.nextInt(fields.length)];
      // Lengths are counted in characters (code points) by both: 300 emoji are 300 characters.
      String[] values = {BLANK[r.nextInt(BLANK.length)], NOT_BLANK[r.nextInt(NOT_BLANK.length)], "A name",
          bmpText(500, r), bmpText(501, r), "worker@example.org", "\uD83D\uDE00".repeat(300),
          "\uD83D\uDE00".repeat(501)};
      String v = values[r.nextInt(values.length)];
      if (r.nextInt(8) == 0) {
        respondent(t).put("nickname", "x");
        return Optional.of("added an unknown respondent field");
      }
      respondent(t).put(f, v);
      return Optional.of("set respondent." + f + " to " + describe(v));
    });
    add("consent", (q, t, r) -> {
      String[] values = {"attributed", "anonymised", "in-confidence"};
      if (r.nextInt(3) == 0) {
        t.remove("consent");
        return Optional.of("left the consent out");
      }
      String v = values[r.nextInt(values.length)];
      t.put("consent", v);
      return Optional.of("set the consent to " + v);
    });
    add("oral evidence", (q, t, r) -> {
      boolean v = r.nextBoolean();
      t.put("oralEvidence", v);
      return Optional.of("set oralEvidence to " + v);
    });
    add("attachment", (q, t, r) -> {
      ArrayNode list = t.has("attachments") ? (ArrayNode) t.get("attachments") : t.putArray("attachments");
      ObjectNode a = list.addObject();
      a.put("name", "extra-" + r.nextInt(1_000_000) + ".pdf");
      a.put("mediaType", "application/pdf");
      switch (r.nextInt(12)) {
        case 0:
          a.put("name", BLANK[r.nextInt(BLANK.length)]);
          return Optional.of("attachment with a blank name");
        case 1:
          a.put("mediaType", r.nextBoolean() ? "video" : "video/mp4\n");
          return Optional.of("attachment with a bad media type");
        case 2:
          a.put("size", -1);
          return Optional.of("attachment with a negative size");
        case 3:
          a.put("size", new BigDecimal("1.5"));
          return Optional.of("attachment with a fractional size");
        case 4:
          a.put("sha256", "ABC");
          return Optional.of("attachment with a bad digest");
        case 5:
          a.put("sha256", "0123456789abcdef".repeat(4));
          return Optional.of("attachment with a good digest");
        case 6:
          a.put("sha256", "0123456789abcdef".repeat(4) + "\n");
          return Optional.of("attachment with a digest and a line break");
        case 7:
          a.put("checksum", "x");
          return Optional.of("attachment with an unknown property");
        case 8:
          a.remove("mediaType");
          return Optional.of("attachment without a media type");
        case 9:
          a.put("size", 0);
          a.put("description", "");
          return Optional.of("attachment of size 0 with an empty description");
        case 10:
          a.put("mediaType", "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
          return Optional.of("attachment with a long media type");
        default:
          a.put("mediaType", "x".repeat(128) + "/pdf");
          return Optional.of("attachment with a media type too long");
      }
    });
    add("submitted", (q, t, r) -> {
      String[] values = {"2012-02-29", "2013-02-29", "2000-02-29", "1900-02-29", "2012-13-01", "2012-04-31", "2012-4-3",
          "20121130", "0000-02-29", "2012-11-30"};
      String v = values[r.nextInt(values.length)];
      t.put("submitted", v);
      return Optional.of("dated it " + v);
    });
    add("response id", (q, t, r) -> {
      String v = r.nextBoolean() ? BLANK[r.nextInt(BLANK.length)] : NOT_BLANK[r.nextInt(NOT_BLANK.length)];
      t.put("id", v);
      return Optional.of("set the id to " + describe(v));
    });
    add("unknown property", (q, t, r) -> {
      t.put(r.nextBoolean() ? "answer" : "comments", "x");
      return Optional.of("added an unknown top-level property");
    });
    add("null", (q, t, r) -> {
      String[] fields = {"id", "submitted", "consent", "oralEvidence"};
      String f = fields[r.nextInt(fields.length)];
      t.putNull(f);
      return Optional.of("set " + f + " to null");
    });
    add("date", (q, t, r) -> {
      String[] dates = {"2012-11-23", " 2012-11-23 ", "", "2012-11-23T10:00", "23/11/2012", "2012-02-30"};
      String d = dates[r.nextInt(dates.length)];
      if (r.nextInt(4) == 0) {
        t.put("submitted", 15667);
        return Optional.of("gave the date as a number");
      }
      t.put("submitted", d);
      return Optional.of("set the date to " + describe(d));
    });
    add("any answer", (q, t, r) -> pick(r, answerable(q)).map(question -> {
      JsonNode v = anyValue(r);
      put(t, question, v);
      return "answered " + question.id() + " with " + v;
    }));
  }

  /** Applies one mutation that fits (tries a few), and says what it did. */
  static String mutate(Questionnaire q, ObjectNode response, Random r) {
    for (int attempt = 0; attempt < 20; attempt++) {
      Named m = ALL.get(r.nextInt(ALL.size()));
      Optional<String> done = m.mutation.apply(q, response, r);
      if (done.isPresent()) {
        return m.name + ": " + done.get();
      }
    }
    return "no change";
  }

  // ------------------------------------------------------------------ helpers

  static ObjectNode answers(ObjectNode t) {
    return t.has("answers") ? (ObjectNode) t.get("answers") : t.putObject("answers");
  }

  static ObjectNode object(ObjectNode t, String name) {
    return t.has(name) ? (ObjectNode) t.get(name) : t.putObject(name);
  }

  static ObjectNode respondent(ObjectNode t) {
    return t.has("respondent") ? (ObjectNode) t.get("respondent") : t.putObject("respondent");
  }

  /** The path of a question's answer: /answers/id, /respondent/name, /consent, /oralEvidence. */
  static List<String> path(Question question) {
    if (question.responseField().isEmpty()) {
      return List.of("answers", question.id());
    }
    ResponseField f = question.responseField().get();
    return f.isRespondentField() ? List.of("respondent", f.id().substring("respondent.".length())) : List.of(f.id());
  }

  static JsonNode get(ObjectNode t, Question question) {
    JsonNode at = t;
    for (String name : path(question)) {
      at = at == null ? null : at.get(name);
    }
    return at;
  }

  static void put(ObjectNode t, Question question, JsonNode value) {
    List<String> path = path(question);
    ObjectNode at = t;
    for (int i = 0; i < path.size() - 1; i++) {
      at = at.has(path.get(i)) ? (ObjectNode) at.get(path.get(i)) : at.putObject(path.get(i));
    }
    at.set(path.get(path.size() - 1), value);
  }

  static void remove(ObjectNode t, Question question) {
    List<String> path = path(question);
    JsonNode at = t;
    for (int i = 0; i < path.size() - 1; i++) {
      at = at.get(path.get(i));
      if (at == null) {
        return;
      }
    }
    ((ObjectNode) at).remove(path.get(path.size() - 1));
  }

  static List<Question> answerable(Questionnaire q) {
    return filter(q.questions(), x -> x.asGroup().isEmpty());
  }

  static List<Question> answered(Questionnaire q, ObjectNode t) {
    return filter(answerable(q), x -> get(t, x) != null);
  }

  static <T> List<T> filter(List<T> all, java.util.function.Predicate<T> keep) {
    List<T> out = new ArrayList<>();
    for (T x : all) {
      if (keep.test(x)) {
        out.add(x);
      }
    }
    return out;
  }

  static <T> Optional<T> pick(Random r, List<T> from) {
    return from.isEmpty() ? Optional.empty() : Optional.of(from.get(r.nextInt(from.size())));
  }

  static boolean isText(Question x) {
    return x.accept(TEXT_MAX_LENGTH).isPresent();
  }

  static boolean hasSpecify(Question x) {
    return x.asChoice().isPresent() && x.responseField().isEmpty()
        && x.asChoice().get().options().stream().anyMatch(Option::specify);
  }

  static int maxLength(Question x) {
    return x.accept(TEXT_MAX_LENGTH).orElse(EmailQuestion.MAX_LENGTH);
  }

  /** The most characters a text question's answer may have; empty for every other kind. */
  static final QuestionVisitor<Optional<Integer>> TEXT_MAX_LENGTH =
      new QuestionVisitor<>() {
        @Override
        public Optional<Integer> visit(ShortTextQuestion question) {
          return Optional.of(question.maxLength());
        }

        @Override
        public Optional<Integer> visit(LongTextQuestion question) {
          return Optional.of(question.maxLength());
        }

        @Override
        public Optional<Integer> visit(EmailQuestion question) {
          return Optional.of(EmailQuestion.MAX_LENGTH);
        }

        @Override
        public Optional<Integer> visit(CountQuestion question) {
          return Optional.empty();
        }

        @Override
        public Optional<Integer> visit(TickBoxQuestion question) {
          return Optional.empty();
        }

        @Override
        public Optional<Integer> visit(SingleChoiceQuestion question) {
          return Optional.empty();
        }

        @Override
        public Optional<Integer> visit(MultipleChoiceQuestion question) {
          return Optional.empty();
        }

        @Override
        public Optional<Integer> visit(QuestionGroup group) {
          return Optional.empty();
        }
      };

  static final QuestionVisitor<Boolean> IS_EMAIL =
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

  /** Whether only one option may be chosen. */
  static boolean single(ChoiceQuestion c) {
    return c.accept(
        new QuestionVisitor.Default<Boolean>() {
          @Override
          public Boolean visit(SingleChoiceQuestion question) {
            return true;
          }

          @Override
          protected Boolean otherwise(Question question) {
            return false;
          }
        });
  }

  static ObjectNode choiceOf(String... ids) {
    ObjectNode a = NODES.objectNode();
    ArrayNode selected = a.putArray("selected");
    for (String id : ids) {
      selected.add(id);
    }
    return a;
  }

  private static void select(ChoiceQuestion c, ArrayNode selected, String id) {
    if (single(c)) {
      selected.removeAll();
    }
    deselect(selected, id);
    selected.add(id);
  }

  private static void deselect(ArrayNode selected, String id) {
    for (int i = selected.size() - 1; i >= 0; i--) {
      if (selected.get(i).asString().equals(id)) {
        selected.remove(i);
      }
    }
  }

  /** A well-formed answer for the question (right kind, within its limits), whether or not it applies. */
  static JsonNode validAnswer(Question question, Random r) {
    if (question.responseField().isPresent()) {
      ResponseField f = question.responseField().get();
      if (f == ResponseField.ORAL_EVIDENCE) {
        return NODES.booleanNode(true);
      }
      if (f == ResponseField.CONSENT) {
        List<Option> options = question.asChoice().orElseThrow().options();
        return NODES.stringNode(options.get(r.nextInt(options.size())).id());
      }
    }
    return question.accept(
        new QuestionVisitor<JsonNode>() {
          @Override
          public JsonNode visit(ShortTextQuestion question) {
            return text(question);
          }

          @Override
          public JsonNode visit(LongTextQuestion question) {
            return text(question);
          }

          @Override
          public JsonNode visit(EmailQuestion question) {
            return NODES.stringNode("worker" + r.nextInt(100) + "@example.org");
          }

          @Override
          public JsonNode visit(CountQuestion question) {
            long max = question.max().orElse(100L);
            return NODES.numberNode((long) r.nextInt((int) Math.min(max, 100) + 1));
          }

          @Override
          public JsonNode visit(TickBoxQuestion question) {
            return NODES.booleanNode(r.nextInt(4) != 0);
          }

          @Override
          public JsonNode visit(SingleChoiceQuestion question) {
            return validChoice(question, r);
          }

          @Override
          public JsonNode visit(MultipleChoiceQuestion question) {
            return validChoice(question, r);
          }

          @Override
          public JsonNode visit(QuestionGroup group) {
            throw new IllegalArgumentException("a group has no answer of its own: " + group.id());
          }

          private JsonNode text(Question question) {
            return NODES.stringNode(longText(Math.min(maxLength(question), 1 + r.nextInt(40)), r));
          }
        });
  }

  private static JsonNode validChoice(ChoiceQuestion c, Random r) {
    ObjectNode a = NODES.objectNode();
    ArrayNode selected = a.putArray("selected");
    for (Option o : c.options()) {
      if (r.nextInt(3) == 0) {
        selected.add(o.id());
      }
    }
    if (selected.isEmpty() || (single(c) && selected.size() > 1)) {
      selected.removeAll();
      selected.add(c.options().get(r.nextInt(c.options().size())).id());
    }
    for (JsonNode id : selected) {
      Option o = c.option(id.asString()).get();
      if (o.specify()) {
        object(a, "specified").put(o.id(), longText(Math.min(o.specifyMaxLength(), 20), r));
      }
    }
    return a;
  }

  /** Any JSON value an answer might be given as. */
  static JsonNode anyValue(Random r) {
    switch (r.nextInt(9)) {
      case 0:
        return NODES.stringNode("Some text");
      case 1:
        return NODES.numberNode(r.nextInt(2001) - 1000);
      case 2:
        return NODES.numberNode(BigDecimal.valueOf(r.nextInt(2001) - 1000, r.nextInt(3)));
      case 3:
        return NODES.booleanNode(r.nextBoolean());
      case 4:
        return choiceOf("o" + r.nextInt(6));
      case 5:
        ObjectNode c = choiceOf("o" + r.nextInt(6), "o" + r.nextInt(6));
        c.putObject("specified").put("o" + r.nextInt(6), r.nextBoolean() ? "Details" : " ");
        return c;
      case 6:
        return NODES.stringNode(BLANK[r.nextInt(BLANK.length)]);
      case 7:
        return NODES.stringNode("worker@example.org");
      default:
        return NODES.stringNode(r.nextBoolean() ? "attributed" : "in-confidence");
    }
  }

  /** Text of exactly {@code length} characters (code points), some of them outside the BMP. */
  static String longText(int length, Random r) {
    StringBuilder sb = new StringBuilder();
    String[] pieces = {"a", "ŵ", "\uD83D\uDE00", " ", "é", "\uD835\uDC00"};
    for (int i = 0; i < length; i++) {
      sb.append(i == 0 ? "A" : pieces[r.nextInt(pieces.length)]);
    }
    return sb.toString();
  }

  /** Text of exactly {@code length} characters, all in the Basic Multilingual Plane. */
  static String bmpText(int length, Random r) {
    StringBuilder sb = new StringBuilder("A");
    String pieces = "aŵ é";
    while (sb.length() < length) {
      sb.append(pieces.charAt(r.nextInt(pieces.length())));
    }
    return sb.substring(0, length);
  }

  /** A text described without quoting much of it. */
  static String describe(String v) {
    int n = v.codePointCount(0, v.length());
    if (n > 20) {
      return "a text of " + n + " characters";
    }
    StringBuilder sb = new StringBuilder("\"");
    v.codePoints().forEach(c -> sb.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
    return sb.append('"').toString();
  }
}
