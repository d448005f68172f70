package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TextForm;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.validation.ResponseValidator;
import org.junit.jupiter.api.Test;

/**
 * Issue 10 item 7, the Word side: generated responses whose texts are awkward but valid (in the
 * model's normal form: leading and trailing spaces and tabs, blank lines, runs of spaces, text that
 * reads exactly like one of the form's placeholders, long values) render to DOCX and read back
 * unchanged, character for character, in every layout.
 */
class AwkwardTextSoakTest {
  private static final String[] PLACEHOLDER_LIKE = {
    "Click or tap here to enter text.", "Enter a number.", "Enter an email address.", "Please give details.",
    "Not provided", "Withheld", "\u2002\u2002\u2002", " ", "\t",
  };

  static String awkward(String value, SplittableRandom random) {
    switch (random.nextInt(10)) {
      case 0:
        return "  " + value + "  ";
      case 1:
        return "\t" + value + "\n";
      case 2:
        return "\n\n" + value.replace(" ", "   ") + "\n\n";
      case 3:
        return PLACEHOLDER_LIKE[random.nextInt(PLACEHOLDER_LIKE.length)];
      case 4:
        return value + "\n" + PLACEHOLDER_LIKE[random.nextInt(4)];
      case 5:
        return (value + " ").repeat(1 + random.nextInt(20)).strip() + " ";
      case 6:
        return "a\n\n\n\tb\u00A0c \u2002 d";
      case 7:
        return "\u0175\u0177 \u0174\u0176 caf\u00E9 \u201Cquoted\u201D \u2014 \uD83D\uDE00 & <x> ]]>";
      default:
        return value;
    }
  }

  static Response awkward(Response r, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> e : r.answers().entrySet()) {
      answers.put(e.getKey(), e.getValue().accept(new AnswerVisitor<Answer>() {
        @Override
        public Answer visit(TextAnswer a) {
          return TextAnswer.of(awkward(a.value(), random));
        }

        @Override
        public Answer visit(ChoiceAnswer a) {
          Map<String, String> specified = new LinkedHashMap<>();
          a.specified().forEach((k, v) -> specified.put(k, awkward(v, random)));
          return ChoiceAnswer.of(a.selected(), specified);
        }

        @Override
        public Answer visit(NumberAnswer a) {
          return a;
        }

        @Override
        public Answer visit(BooleanAnswer a) {
          return a;
        }
      }));
    }
    Respondent.Builder who = Respondent.builder();
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField()) {
        r.respondent().get(f).ifPresent(v -> who.set(f, f == ResponseField.RESPONDENT_EMAIL ? v : awkward(v, random)));
      }
    }
    return Response.builder()
        .questionnaire(r.questionnaire())
        .id(r.id())
        .submitted(r.submitted())
        .respondent(who.build())
        .consent(r.consent())
        .oralEvidence(r.oralEvidence())
        .putAllAnswers(answers)
        .addAllAttachments(r.attachments())
        .build();
  }

  @Test
  void awkwardButValidTextComesBackUnchangedThroughDocx() {
    List<Questionnaire> all = new ArrayList<>();
    all.add(Fixtures.everyKind());
    all.addAll(Fixtures.bundled());
    int tested = 0;
    int texts = 0;
    for (Questionnaire q : all) {
      for (long seed = 1; seed <= 200; seed++) {
        Response r = awkward(ExampleResponses.random(q, seed), seed * 31 + q.id().hashCode());
        if (!ResponseValidator.standard().validate(q, r).isValid()) {
          continue; // too long for a question's limit, say: only valid responses are promised back
        }
        for (Answer a : r.answers().values()) {
          texts += a.asText().map(t -> TextForm.isNormal(t.value()) ? 1 : 0).orElse(0);
        }
        tested++;
        for (Layout layout : Layout.values()) {
          assertEquals(r, Docs.read(q, Docs.render(q, r, layout)), q.id() + " seed " + seed + " " + layout);
        }
      }
    }
    assertTrue(tested >= 200, "only " + tested + " responses were valid");
    assertTrue(texts >= 1000, "only " + texts + " texts");
  }
}
