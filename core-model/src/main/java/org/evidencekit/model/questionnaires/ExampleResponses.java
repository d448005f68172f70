package org.evidencekit.model.questionnaires;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerSheet;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
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
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;

/**
 * Invented responses to any questionnaire, for demonstrations and tests: {@link #complete} answers
 * every question that can apply; {@link #random} makes a different valid response for each seed.
 * Every response made here is valid against its questionnaire. All text is invented.
 *
 * <p>Text is kept to what survives a round trip through a document: no leading or trailing white
 * space, no control characters; long answers have paragraphs separated by a single line break.
 * Tick boxes that are not ticked and declarations not made are left out rather than answered
 * {@code false}, since a document cannot tell the two apart.
 */
public final class ExampleResponses {
  private static final String[] WORDS = {
    "outreach", "workers", "meet", "young", "people", "weekly", "in", "schools", "and", "youth",
    "clubs", "the", "team", "offers", "one-to-one", "support", "with", "safety", "planning",
    "referrals", "come", "from", "police", "health", "services", "parents", "carers", "we",
    "measure", "attendance", "engagement", "and", "reduced", "missing", "episodes", "training",
    "for", "staff", "funding", "is", "short-term", "waiting", "list", "of", "twelve", "weeks",
    "partnership", "panel", "reviews", "cases", "monthly", "drop-in", "sessions", "run", "after",
    "school", "Caerdydd", "ŵyr", "ŷd", "£2,000", "(pilot)", "A&E", "<approx.>", "risk-assessed",
    "multi-agency", "evaluation", "shows", "improved", "confidence"
  };

  private ExampleResponses() {}

  /**
   * A response that answers every question that can apply: every optional part declared to
   * apply, every option of every multiple-choice question (with the text of those that ask for
   * one), the first option of every single choice, every count, text and tick box.
   */
  public static Response complete(Questionnaire questionnaire) {
    return new Maker(questionnaire, null).make();
  }

  /** A valid response chosen by {@code seed}: the same seed, the same response. */
  public static Response random(Questionnaire questionnaire, long seed) {
    return new Maker(questionnaire, new Random(seed)).make();
  }

  private static final class Maker {
    final Questionnaire q;
    final Random random;
    final Map<String, Answer> answers = new LinkedHashMap<>();

    Maker(Questionnaire q, Random random) {
      this.q = q;
      this.random = random;
    }

    boolean coin(double p) {
      return random == null || random.nextDouble() < p;
    }

    int pick(int n) {
      return random == null ? 0 : random.nextInt(n);
    }

    Response make() {
      for (Part part : q.parts()) {
        if (part.declaration().isPresent()) {
          if (coin(0.7)) {
            answers.put(part.declaration().get().id(), BooleanAnswer.of(true));
          }
        }
      }
      // Answer, then drop what does not apply and fill what must be answered, until it settles.
      for (Question question : q.questions()) {
        if (question.asGroup().isEmpty() && wanted(question)) {
          answers.put(question.id(), answer(question));
        }
      }
      for (int round = 0; round < 10; round++) {
        Response r = build();
        AnswerSheet sheet = AnswerSheet.of(q, r);
        boolean changed = false;
        for (Question question : q.questions()) {
          if (question.asGroup().isPresent()) {
            continue;
          }
          boolean has = answers.containsKey(question.id());
          boolean applies = sheet.applies(question);
          if (has && !applies) {
            answers.remove(question.id());
            changed = true;
          } else if (!has && applies && question.required()) {
            answers.put(question.id(), answer(question));
            changed = true;
          }
        }
        for (Part part : q.parts()) {
          if (part.declaration().isPresent() && !sheet.applies(part)) {
            if (answers.remove(part.declaration().get().id()) != null) {
              changed = true;
            }
          }
        }
        if (!changed) {
          break;
        }
      }
      return build();
    }

    boolean wanted(Question question) {
      if (question.required()) {
        return true;
      }
      return coin(question.asTickBox().isPresent() ? 0.5 : 0.75);
    }

    Response build() {
      Response.Builder b = Responses.assemble(q, answers);
      if (random != null) {
        b.id("R-" + (1000 + random.nextInt(9000)));
        if (coin(0.8)) {
          LocalDate base = q.closingDate().orElse(LocalDate.of(2012, 11, 30));
          b.submitted(base.minusDays(random.nextInt(60)));
        }
        int attachments = random.nextInt(3);
        for (int i = 0; i < attachments; i++) {
          b.addAttachments(
              Attachment.builder()
                  .name("evidence-" + (i + 1) + (i == 0 ? ".mp4" : ".pdf"))
                  .mediaType(i == 0 ? "video/mp4" : "application/pdf")
                  .description(words(4, 40))
                  .size(1000L + random.nextInt(100000))
                  .build());
        }
      } else {
        b.id("EXAMPLE-1");
        q.closingDate().ifPresent(d -> b.submitted(d.minusDays(7)));
        b.addAttachments(
            Attachment.builder()
                .name("workshop-film.mp4")
                .mediaType("video/mp4")
                .description("A short film made with young people about online safety")
                .build());
      }
      return b.build();
    }

    Answer answer(Question question) {
      return question.accept(
          new QuestionVisitor<Answer>() {
            @Override
            public Answer visit(ShortTextQuestion t) {
              return TextAnswer.of(text(t, Math.min(t.maxLength(), 60), false));
            }

            @Override
            public Answer visit(LongTextQuestion t) {
              return TextAnswer.of(text(t, Math.min(t.maxLength(), 600), true));
            }

            @Override
            public Answer visit(EmailQuestion t) {
              String local = random == null ? "respondent" : "worker" + random.nextInt(1000);
              return TextAnswer.of(local + "@example.org");
            }

            @Override
            public Answer visit(CountQuestion t) {
              long max = t.max().orElse(500L);
              long n = random == null ? Math.min(12, max) : (long) random.nextInt((int) Math.min(max, 500) + 1);
              return NumberAnswer.of(BigDecimal.valueOf(n));
            }

            @Override
            public Answer visit(TickBoxQuestion t) {
              return BooleanAnswer.of(true);
            }

            @Override
            public Answer visit(SingleChoiceQuestion t) {
              Option o = t.options().get(pick(t.options().size()));
              return choice(List.of(o));
            }

            @Override
            public Answer visit(MultipleChoiceQuestion t) {
              List<Option> chosen = new ArrayList<>();
              for (Option o : t.options()) {
                if (random == null || random.nextDouble() < 0.4) {
                  chosen.add(o);
                }
              }
              if (chosen.isEmpty()) {
                chosen.add(t.options().get(pick(t.options().size())));
              }
              return choice(chosen);
            }

            @Override
            public Answer visit(QuestionGroup group) {
              throw new AssertionError("a group has no answer");
            }
          });
    }

    ChoiceAnswer choice(List<Option> options) {
      ChoiceAnswer.Builder b = ChoiceAnswer.builder();
      for (Option o : options) {
        if (o.specify()) {
          b.select(o.id(), words(3, Math.min(o.specifyMaxLength(), 50)));
        } else {
          b.select(o.id());
        }
      }
      return b.build();
    }

    String text(Question question, int max, boolean paragraphs) {
      if (random == null) {
        String s = "Example answer to " + question.id();
        return s.length() <= max ? s : s.substring(0, max).strip();
      }
      if (!paragraphs) {
        return words(1 + random.nextInt(6), max);
      }
      int n = 1 + random.nextInt(3);
      List<String> out = new ArrayList<>();
      int budget = max;
      for (int i = 0; i < n && budget > 10; i++) {
        String p = words(3 + random.nextInt(25), budget - 1);
        out.add(p);
        budget -= p.length() + 1;
      }
      return String.join("\n", out);
    }

    String words(int count, int max) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < count; i++) {
        String w = random == null ? WORDS[i % WORDS.length] : WORDS[random.nextInt(WORDS.length)];
        if (sb.length() + w.length() + 1 > max) {
          break;
        }
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w);
      }
      if (sb.length() == 0) {
        sb.append("x");
      }
      String s = sb.toString();
      return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
  }
}
