package org.evidencekit.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Condition;
import org.evidencekit.model.EnableBehavior;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Operator;
import org.evidencekit.model.Question;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** The one place of message wording: how questions, options, conditions and answers are named. */
class MessagesTest {
  private final Questionnaire q = Fixtures.kinds();

  private Question question(String id) {
    return q.question(id).orElseThrow();
  }

  @Test
  void aQuestionIsReferredToByItsNumberAsPeopleSayIt() {
    assertEquals("question 1a", Messages.referenceTo(q, question("name")));
    assertEquals("question 3", Messages.referenceTo(q, question("groups")));
    assertEquals("the question 'How may we use your evidence?'", Messages.referenceTo(q, question("publish")));
  }

  @Test
  void whatAQuestionAsksIsItsSummaryElseItsText() {
    assertEquals("the number of CSE victims you work with each year", Messages.subject(question("victims")));
    assertEquals("the answer to 'Area covered'", Messages.subject(question("area")));
  }

  @Test
  void eachKindHasItsVerbAndExpectedAnswer() {
    assertEquals("enter", Messages.answerVerb(question("victims")));
    assertEquals("tick", Messages.answerVerb(question("agree")));
    assertEquals("select", Messages.answerVerb(question("groups")));
    assertEquals("a whole number, like 12", Messages.expectedAnswer(question("victims")));
    assertEquals("true (ticked) or false (not ticked)", Messages.expectedAnswer(question("agree")));
  }

  @Test
  void optionsConditionsAndPartsInWords() {
    ChoiceQuestion groups = (ChoiceQuestion) question("groups");
    assertEquals("'j. Other (please explain):'", Messages.describe(groups.option("other").orElseThrow()));
    assertEquals("a, c1, c2, other", Messages.optionIds(groups));
    assertEquals("'j. Other (please explain):' is chosen in question 3",
        Messages.describe(q, Condition.of("groups", Operator.SELECTED, "other")));
    assertEquals("question 1 is more than 0 or the declaration that the Intervention section applies is ticked",
        Messages.describe(q, List.of(Condition.of("victims", Operator.GREATER_THAN, "0"),
            Condition.of("intervention-applies", Operator.EQUALS, "true")), EnableBehavior.ANY));
    assertEquals("whether the Intervention section applies",
        Messages.declarationSubject(q.part("intervention").orElseThrow()));
  }

  @Test
  void fieldsAndAnswerKinds() {
    assertEquals("job title", Messages.describe(ResponseField.RESPONDENT_JOB_TITLE));
    assertEquals("organisation", Messages.describe(ResponseField.RESPONDENT_ORGANISATION));
    assertEquals("a text", Messages.withArticle(Messages.kindOf(TextAnswer.of("x"))));
    assertEquals("a number", Messages.withArticle(Messages.kindOf(NumberAnswer.of(1))));
    assertEquals("true or false", Messages.withArticle(Messages.kindOf(BooleanAnswer.of(true))));
    assertEquals("a choice", Messages.withArticle(Messages.kindOf(ChoiceAnswer.of("a"))));
  }

  @Test
  void textHelpers() {
    assertEquals("Question 3", Messages.capitalise("question 3"));
    assertEquals("a b…", Messages.abbreviate(" a  b  c d ", 4));
  }
}
