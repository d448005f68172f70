package org.evidencekit.model.testing;


import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.evidencekit.model.Answer;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.CaseStudy;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Condition;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Contact;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Definition;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.EnableBehavior;
import org.evidencekit.model.Heading;
import org.evidencekit.model.Item;
import org.evidencekit.model.ListBlock;
import org.evidencekit.model.ListItem;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Operator;
import org.evidencekit.model.Option;
import org.evidencekit.model.Paragraph;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Quotation;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.rules.AgeExtension;
import org.evidencekit.model.rules.ChildAgeRule;
import org.evidencekit.model.rules.TraffickingRule;

/**
 * Random, well-formed questionnaires and random (not necessarily valid) responses, each made from
 * a seed: for property tests of reading, writing, validation and rendering. Text includes what is
 * awkward for JSON and YAML (quotes, "yes", "1.10", '#', leading hyphens, Welsh and other
 * letters).
 */
public final class RandomQuestionnaires {
  private static final String[] TEXTS = {
    "How many CSE victims do you work with each year?", "Please provide:", "Other (please explain):",
    "yes", "no", "null", "1.10", "~", "- a dash", "# not a comment", "a: b", "Quote \"this\"",
    "Apostrophe’s and 'quotes'", "Ŵyn a ŷd", "tab\tinside", "Line one\nline two", "50% & <more>",
    "C:\\path", "Zoë Łukasz Ngozi", "[bracket]", "{brace}", "@handle", "!important", "*star", "&anchor"
  };

  private RandomQuestionnaires() {}

  public static Questionnaire make(long seed) {
    return new Maker(new Random(seed)).questionnaire();
  }

  /** A response with random answers of every kind, valid or not, keyed by random ids. */
  public static Response anyResponse(long seed) {
    Random r = new Random(seed);
    Response.Builder b = Response.builder().questionnaire(QuestionnaireRef.of("q" + r.nextInt(9), "1." + r.nextInt(20)));
    if (r.nextBoolean()) {
      b.id("R-" + r.nextInt(100000));
    }
    if (r.nextBoolean()) {
      b.submitted(LocalDate.of(2012, 1, 1).plusDays(r.nextInt(800)));
    }
    if (r.nextBoolean()) {
      b.respondent(Respondent.builder().name(text(r)).email("a" + r.nextInt(99) + "@example.org").organisation(text(r)).build());
    }
    if (r.nextBoolean()) {
      b.consent(Consent.values()[r.nextInt(3)]);
    }
    b.oralEvidence(r.nextBoolean());
    int n = r.nextInt(8);
    java.util.Map<String, Answer> answers = new java.util.LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      String key = r.nextInt(5) == 0 ? text(r) : "q" + i;
      answers.put(key, anyAnswer(r));
    }
    b.putAllAnswers(answers);
    for (int i = r.nextInt(3); i > 0; i--) {
      b.addAttachments(Attachment.builder().name("file-" + i + ".mp4").mediaType("video/mp4").description(text(r)).size((long) r.nextInt(1000)).build());
    }
    return b.build();
  }

  public static Answer anyAnswer(Random r) {
    switch (r.nextInt(5)) {
      case 0:
        return TextAnswer.of(text(r));
      case 1:
        return NumberAnswer.of(BigDecimal.valueOf(r.nextInt(2001) - 1000, r.nextInt(3)));
      case 2:
        return BooleanAnswer.of(r.nextBoolean());
      case 3:
        return NumberAnswer.of(r.nextLong() % 1_000_000_000_000_000L / 1000); // within NumberAnswer.MAX
      default:
        ChoiceAnswer.Builder c = ChoiceAnswer.builder();
        for (int i = r.nextInt(4); i > 0; i--) {
          c.select("o" + r.nextInt(6));
        }
        if (r.nextBoolean()) {
          c.putSpecified("o" + r.nextInt(6), text(r));
        }
        return c.build();
    }
  }

  public static String text(Random r) {
    String t = TEXTS[r.nextInt(TEXTS.length)];
    return r.nextInt(4) == 0 ? t + " " + TEXTS[r.nextInt(TEXTS.length)] : t;
  }

  private static final class Maker {
    final Random r;
    int next;
    final List<Question> earlier = new ArrayList<>();
    final Set<ResponseField> bound = EnumSet.noneOf(ResponseField.class);

    Maker(Random r) {
      this.r = r;
    }

    String id(String prefix) {
      return prefix + (next++);
    }

    Optional<String> maybe(String s) {
      return r.nextBoolean() ? Optional.of(s) : Optional.empty();
    }

    Questionnaire questionnaire() {
      Questionnaire.Builder b =
          Questionnaire.builder()
              .id("q" + r.nextInt(1000))
              .version(r.nextBoolean() ? "1.10" : "2")
              .title(text(r))
              .subtitle(maybe(text(r)))
              .issuer(maybe(text(r)))
              .language(new String[] {"en-GB", "cy", "en"}[r.nextInt(3)]);
      if (r.nextBoolean()) {
        b.closingDate(LocalDate.of(2012, 11, 30).plusDays(r.nextInt(400)));
      }
      if (r.nextBoolean()) {
        b.contact(Contact.builder().name(text(r)).email("team@example.org").build());
      }
      if (r.nextBoolean()) {
        b.addNotes(text(r));
      }
      if (r.nextBoolean()) {
        b.addDefinitions(
            Definition.builder().id("child").term("Child").text(text(r)).source(text(r))
                .rule(ChildAgeRule.builder().upTo(18).inclusive(r.nextBoolean())
                    .addExtensions(AgeExtension.of("in-care", 24)).build())
                .build());
      }
      if (r.nextBoolean()) {
        b.addDefinitions(
            Definition.builder().id("trafficking").term("Trafficking").text(text(r)).source(text(r))
                .rule(TraffickingRule.builder().build()).build());
      }
      int parts = 1 + r.nextInt(4);
      for (int p = 0; p < parts; p++) {
        b.addParts(part());
      }
      return b.build();
    }

    Part part() {
      List<Question> before = new ArrayList<>(earlier);
      Part.Builder b = Part.builder().id(id("part")).title(maybe(text(r))).label(r.nextInt(4) == 0 ? Optional.of("Annex A:") : Optional.empty());
      if (r.nextInt(3) == 0) {
        b.declaration(Declaration.builder().id(id("declared")).prompt(text(r)).build());
      }
      if (!before.isEmpty() && r.nextInt(4) == 0) {
        condition(before.get(r.nextInt(before.size()))).ifPresent(b::addEnableWhen);
      }
      for (int s = 1 + r.nextInt(2); s > 0; s--) {
        Section.Builder section = Section.builder().id(id("section")).title(maybe(text(r)));
        for (int i = 1 + r.nextInt(6); i > 0; i--) {
          section.addItems(item(0));
        }
        b.addSections(section.build());
      }
      return b.build();
    }

    Item item(int depth) {
      switch (r.nextInt(depth == 0 ? 14 : 9)) {
        case 9:
          return Paragraph.of(text(r));
        case 10:
          return Heading.of(text(r), 3 + r.nextInt(2));
        case 11:
          return ListBlock.builder().addItems(ListItem.of("1.", text(r)), ListItem.bullet(text(r))).build();
        case 12:
          return Quotation.builder().text(text(r)).attribution(maybe(text(r))).build();
        case 13:
          return CaseStudy.builder().title(maybe("Marcia")).text(text(r) + "\n\n" + text(r)).build();
        default:
          return question(depth);
      }
    }

    Question question(int depth) {
      String id = id("q");
      Optional<String> label = r.nextBoolean() ? Optional.of((1 + r.nextInt(13)) + ".") : Optional.empty();
      List<Condition> when = new ArrayList<>();
      if (!earlier.isEmpty() && r.nextInt(5) == 0) {
        condition(earlier.get(r.nextInt(earlier.size()))).ifPresent(when::add);
      }
      boolean required = r.nextInt(4) == 0;
      Optional<String> summary = maybe("the answer to " + id);
      Question q;
      switch (r.nextInt(depth < 1 ? 9 : 8)) {
        case 0:
          q = ShortTextQuestion.builder().id(id).label(label).text(text(r)).summary(summary).required(required)
              .addAllEnableWhen(when).maxLength(5 + r.nextInt(600)).responseField(bind(ResponseField.RESPONDENT_NAME, ResponseField.RESPONDENT_ORGANISATION, ResponseField.RESPONDENT_AREA)).build();
          break;
        case 1:
          q = LongTextQuestion.builder().id(id).label(label).text(text(r)).summary(summary).required(required)
              .addAllEnableWhen(when).hint(maybe(text(r))).build();
          break;
        case 2:
          q = EmailQuestion.builder().id(id).label(label).text(text(r)).required(required)
              .addAllEnableWhen(when).responseField(bind(ResponseField.RESPONDENT_EMAIL)).build();
          break;
        case 3:
          q = CountQuestion.builder().id(id).label(label).text(text(r)).summary(summary).required(required)
              .addAllEnableWhen(when).max(r.nextBoolean() ? Optional.of((long) r.nextInt(1000)) : Optional.empty()).build();
          break;
        case 4:
          q = TickBoxQuestion.builder().id(id).label(label).text(text(r)).required(required && r.nextBoolean())
              .addAllEnableWhen(when).responseField(bind(ResponseField.ORAL_EVIDENCE)).build();
          break;
        case 5:
          Optional<ResponseField> consent = bind(ResponseField.CONSENT);
          SingleChoiceQuestion.Builder s = SingleChoiceQuestion.builder().id(id).label(label).text(text(r))
              .required(required).addAllEnableWhen(when).responseField(consent);
          if (consent.isPresent()) {
            for (Consent c : Consent.values()) {
              s.addOptions(Option.of(c.id(), null, text(r)));
            }
          } else {
            options(s::addOptions);
          }
          q = s.build();
          break;
        case 6:
        case 7:
          MultipleChoiceQuestion.Builder m = MultipleChoiceQuestion.builder().id(id).label(label).text(text(r))
              .required(required).addAllEnableWhen(when).columns(1 + r.nextInt(2))
              .enableBehavior(r.nextBoolean() ? EnableBehavior.ALL : EnableBehavior.ANY);
          options(m::addOptions);
          q = m.build();
          break;
        default:
          QuestionGroup.Builder g = QuestionGroup.builder().id(id).label(label).text(text(r)).addAllEnableWhen(when);
          earlier.add(null); // placeholder keeps indexes simple; removed below
          earlier.remove(earlier.size() - 1);
          for (int i = 1 + r.nextInt(3); i > 0; i--) {
            g.addQuestions(question(depth + 1));
          }
          q = g.build();
          return q;
      }
      earlier.add(q);
      return q;
    }

    Optional<ResponseField> bind(ResponseField... fields) {
      if (r.nextInt(3) != 0) {
        return Optional.empty();
      }
      ResponseField f = fields[r.nextInt(fields.length)];
      return bound.add(f) ? Optional.of(f) : Optional.empty();
    }

    void options(java.util.function.Consumer<Option> add) {
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        add.accept(Option.builder().id("o" + i).label(maybe((char) ('a' + Math.min(i, 2)) + "."))
            .text(text(r)).specify(r.nextInt(4) == 0).build());
      }
    }

    Optional<Condition> condition(Question target) {
      return Optional.of(target.accept(
          new QuestionVisitor<Condition>() {
            @Override
            public Condition visit(ShortTextQuestion question) {
              return answered();
            }

            @Override
            public Condition visit(LongTextQuestion question) {
              return answered();
            }

            @Override
            public Condition visit(EmailQuestion question) {
              return answered();
            }

            @Override
            public Condition visit(CountQuestion question) {
              return Condition.of(target.id(), r.nextBoolean() ? Operator.GREATER_THAN : Operator.EQUALS,
                  String.valueOf(r.nextInt(5)));
            }

            @Override
            public Condition visit(TickBoxQuestion question) {
              return Condition.of(target.id(), Operator.EQUALS, String.valueOf(r.nextBoolean()));
            }

            @Override
            public Condition visit(SingleChoiceQuestion question) {
              return chosen(question);
            }

            @Override
            public Condition visit(MultipleChoiceQuestion question) {
              return chosen(question);
            }

            @Override
            public Condition visit(QuestionGroup group) {
              return answered();
            }

            private Condition chosen(ChoiceQuestion question) {
              List<Option> options = question.options();
              return Condition.of(target.id(), r.nextBoolean() ? Operator.SELECTED : Operator.NOT_SELECTED,
                  options.get(r.nextInt(options.size())).id());
            }

            private Condition answered() {
              return Condition.of(target.id(), r.nextBoolean() ? Operator.ANSWERED : Operator.NOT_ANSWERED, null);
            }
          }));
    }
  }
}
