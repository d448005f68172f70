package org.evidencekit.model.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.testing.Fixtures;
import org.evidencekit.model.testing.RandomQuestionnaires;
import org.junit.jupiter.api.Test;

class ResponseValidatorTest {
  private final Questionnaire q = Fixtures.kinds();
  private final ResponseValidator validator = ResponseValidator.standard();

  private ValidationReport validate(String fields) {
    return validator.validate(q, Fixtures.response(q, fields));
  }

  private static String codes(ValidationReport report) {
    return report.problems().stream()
        .map(p -> p.code().id() + " " + p.pointer())
        .collect(Collectors.joining("\n"));
  }

  private static Problem only(ValidationReport report) {
    assertEquals(1, report.problems().size(), () -> codes(report));
    return report.problems().get(0);
  }

  private static final String VALID = "\"respondent\": {\"name\": \"Ann Example\"}";

  @Test
  void aMinimalCompleteResponseIsValid() {
    ValidationReport report = validate(VALID);
    assertTrue(report.isValid(), () -> codes(report));
    assertEquals(List.of(), report.problems());
  }

  @Test
  void exampleResponsesAreValid() {
    assertEquals(List.of(), validator.validate(q, ExampleResponses.complete(q)).problems());
    for (long seed = 0; seed < 300; seed++) {
      Response r = ExampleResponses.random(q, seed);
      ValidationReport report = validator.validate(q, r);
      long s = seed;
      assertTrue(report.isValid(), () -> "seed " + s + ":\n" + codes(report));
    }
  }

  @Test
  void reportsEveryProblemAtOnceInQuestionnaireOrder() {
    ValidationReport report =
        validate(
            "\"respondent\": {\"email\": \"not an email\"},"
                + "\"answers\": {\"nope\": 1, \"victims\": -3, \"area\": 12,"
                + " \"groups\": {\"selected\": [\"other\", \"zz\"]}, \"contact\": \"x\"}");
    assertEquals(
        String.join(
            "\n",
            "unknown-question /answers/nope",
            "group-answered /answers/contact",
            "required /respondent/name",
            "malformed-email /respondent/email",
            "negative-count /answers/victims",
            "wrong-answer-kind /answers/area",
            "specify-missing /answers/groups/specified/other",
            "unknown-option /answers/groups/selected/1"),
        codes(report));
    assertFalse(report.isValid());
  }

  @Test
  void aProblemNamesItsQuestionPrintedNumberAndSaysWhatToDo() {
    Problem p = only(validate(VALID + ", \"answers\": {\"victims\": 2.5}"));
    assertEquals(Severity.ERROR, p.severity());
    assertEquals(ProblemCode.FRACTIONAL_COUNT, p.code());
    assertEquals("/answers/victims", p.pointer());
    assertEquals("victims", p.questionId().orElseThrow());
    assertEquals("1.", p.printedNumber().orElseThrow());
    assertEquals(
        "Question 1: Enter the number of CSE victims you work with each year as a whole number, like 12",
        p.message());
  }

  @Test
  void countsMustBeWholeNumbersOfZeroOrMoreWithinTheirMaximum() {
    assertEquals(ProblemCode.NEGATIVE_COUNT, only(validate(VALID + ", \"answers\": {\"victims\": -1}")).code());
    assertEquals(
        "Question 1: Enter the number of CSE victims you work with each year as a number of 0 or more, like 12",
        only(validate(VALID + ", \"answers\": {\"victims\": -1}")).message());
    assertEquals(ProblemCode.FRACTIONAL_COUNT, only(validate(VALID + ", \"answers\": {\"victims\": 0.5}")).code());
    assertEquals(ProblemCode.COUNT_TOO_LARGE, only(validate(VALID + ", \"answers\": {\"victims\": 100001}")).code());
    assertTrue(validate(VALID + ", \"answers\": {\"victims\": 0}").isValid());
    assertTrue(validate(VALID + ", \"answers\": {\"victims\": 100000}").isValid());
    assertTrue(validate(VALID + ", \"answers\": {\"victims\": 12.0}").isValid(), "12.0 is a whole number");
    assertEquals(ProblemCode.WRONG_ANSWER_KIND, only(validate(VALID + ", \"answers\": {\"victims\": \"12\"}")).code());
  }

  @Test
  void otherTickedWithoutItsTextOrTextWithoutTheTick() {
    Problem missing = only(validate(VALID + ", \"answers\": {\"groups\": {\"selected\": [\"a\", \"other\"]}}"));
    assertEquals(ProblemCode.SPECIFY_MISSING, missing.code());
    assertEquals("/answers/groups/specified/other", missing.pointer());
    assertEquals("Question 3: Enter the details for 'j. Other (please explain):', or untick it", missing.message());

    Problem blank = only(validate(VALID
        + ", \"answers\": {\"groups\": {\"selected\": [\"other\"], \"specified\": {\"other\": \" \"}}}"));
    assertEquals(ProblemCode.SPECIFY_MISSING, blank.code());

    Problem untickedText = only(validate(VALID
        + ", \"answers\": {\"groups\": {\"selected\": [\"a\"], \"specified\": {\"other\": \"Detached work\"}}}"));
    assertEquals(ProblemCode.SPECIFY_WITHOUT_CHOICE, untickedText.code());
    assertEquals(
        "Question 3: Details are given for 'j. Other (please explain):' but it is not ticked: tick it or remove the details",
        untickedText.message());

    Problem notAllowed = only(validate(VALID
        + ", \"answers\": {\"groups\": {\"selected\": [\"a\"], \"specified\": {\"a\": \"x\"}}}"));
    assertEquals(ProblemCode.SPECIFY_NOT_ALLOWED, notAllowed.code());

    Problem tooLong = only(validate(VALID
        + ", \"answers\": {\"groups\": {\"selected\": [\"other\"], \"specified\": {\"other\": \"123456789012345678901\"}}}"));
    assertEquals(ProblemCode.TOO_LONG, tooLong.code());
    assertTrue(validate(VALID
        + ", \"answers\": {\"groups\": {\"selected\": [\"other\"], \"specified\": {\"other\": \"12345678901234567890\"}}}").isValid());
  }

  @Test
  void optionsMustExistBeChosenOnceAndSingleChoiceTakesOne() {
    assertEquals(ProblemCode.UNKNOWN_OPTION,
        only(validate(VALID + ", \"answers\": {\"groups\": {\"selected\": [\"b\"]}}")).code());
    assertEquals(ProblemCode.DUPLICATE_CHOICE,
        only(validate(VALID + ", \"answers\": {\"groups\": {\"selected\": [\"a\", \"a\"]}}")).code());
    assertEquals(ProblemCode.EMPTY_ANSWER,
        only(validate(VALID + ", \"answers\": {\"groups\": {\"selected\": []}}")).code());
    Problem two = only(validate(VALID + ", \"answers\": {\"often\": {\"selected\": [\"weekly\", \"monthly\"]}}"));
    assertEquals(ProblemCode.TOO_MANY_CHOICES, two.code());
    assertEquals("Question 5: Select only one option", two.message());
  }

  @Test
  void theDuplicatedPrintedLettersAreDifferentOptions() {
    assertTrue(validate(VALID + ", \"answers\": {\"groups\": {\"selected\": [\"c1\", \"c2\"]}}").isValid());
  }

  @Test
  void emailsTextLimitsAndBlankAnswers() {
    Problem email = only(validate("\"respondent\": {\"name\": \"Ann\", \"email\": \"ann@\"}"));
    assertEquals(ProblemCode.MALFORMED_EMAIL, email.code());
    assertEquals("/respondent/email", email.pointer());
    assertEquals("email", email.questionId().orElseThrow());
    assertEquals("1. b)", email.printedNumber().orElseThrow());
    assertEquals("Question 1b: Enter your email address in the correct format, like name@example.org", email.message());
    assertTrue(validate("\"respondent\": {\"name\": \"Ann\", \"email\": \"ann.o'neill+cse@westvale.gov.uk\"}").isValid());

    Problem tooLong = only(validate(VALID + ", \"answers\": {\"area\": \"Westvale and district\"}"));
    assertEquals(ProblemCode.TOO_LONG, tooLong.code());
    assertEquals("Question 2: The answer to 'Area covered' must be 10 characters or fewer (this answer has 21)", tooLong.message());
    assertTrue(validate(VALID + ", \"answers\": {\"area\": \"Westvale ŵ\"}").isValid(), "10 characters");

    assertEquals(ProblemCode.EMPTY_ANSWER, only(validate(VALID + ", \"answers\": {\"area\": \"  \"}")).code());
    Problem requiredBlank = only(validate("\"respondent\": {\"name\": \"\"}"));
    assertEquals(ProblemCode.EMPTY_ANSWER, requiredBlank.code());
    assertEquals("Question 1a: Enter your name", requiredBlank.message());
  }

  /** Issue 10, item 7: text in normal form only; leading and trailing spaces are valid. */
  @Test
  void issue10TextMustBeInNormalForm() {
    assertTrue(validate(VALID + ", \"answers\": {\"area\": \"  ŵ\\tb \\n \"}").isValid(), "spaces, tab, LF kept");
    Problem crlf = only(validate(VALID + ", \"answers\": {\"area\": \"a\\r\\nb\"}"));
    assertEquals(ProblemCode.NOT_NORMAL_TEXT, crlf.code());
    assertEquals("/answers/area", crlf.pointer());
    assertEquals("Question 2: End each line of the answer with a line feed alone, not a carriage return"
        + " (character 2): Windows line ends (CR LF) are not used", crlf.message());
    Problem esc = only(validate(VALID + ", \"answers\": {\"groups\": {\"selected\": [\"other\"],"
        + " \"specified\": {\"other\": \"x\\u001b[2J\"}}}"));
    assertEquals(ProblemCode.NOT_NORMAL_TEXT, esc.code());
    assertEquals("/answers/groups/specified/other", esc.pointer());
    assertEquals("Question 3: Remove the control character U+001B from the details for"
        + " 'j. Other (please explain):' (character 2): only tabs and line feeds may be used", esc.message());
    Problem name = only(validate("\"respondent\": {\"name\": \"Ann\\u0000\"}"));
    assertEquals("/respondent/name", name.pointer());
    assertEquals(ProblemCode.NOT_NORMAL_TEXT, name.code());
    Problem broken = only(validate(VALID + ", \"answers\": {\"area\": \"\\ud800\"}"));
    assertEquals("Question 2: Retype the broken character U+D800 in the answer (character 1):"
        + " it is half of a character, or one no document can hold", broken.message());
  }

  @Test
  void requiredAnswersAreRequiredOnlyWhereTheyApply() {
    Problem p = only(validate(""));
    assertEquals(ProblemCode.REQUIRED, p.code());
    assertEquals("/respondent/name", p.pointer());
    assertEquals("Question 1a: Enter your name", p.message());

    // Declaring the intervention part makes its required question 6 required.
    Problem six = only(validate(VALID + ", \"answers\": {\"intervention-applies\": true}"));
    assertEquals(ProblemCode.REQUIRED, six.code());
    assertEquals("/answers/types", six.pointer());
    assertEquals("6.", six.printedNumber().orElseThrow());
    assertEquals(
        "Question 6: Select the type of support or interventions you offer (you said the Intervention section applies)",
        six.message());

    // Answering question 7 without the declaration makes the part apply too.
    Problem implied = only(validate(VALID + ", \"answers\": {\"activities\": \"Group work\"}"));
    assertEquals(ProblemCode.REQUIRED, implied.code());
    assertEquals("/answers/types", implied.pointer());
  }

  @Test
  void answersInAPartThatDoesNotApply() {
    Problem p = only(validate(VALID
        + ", \"answers\": {\"intervention-applies\": false, \"activities\": \"Group work\"}"));
    assertEquals(ProblemCode.NOT_APPLICABLE, p.code());
    assertEquals("/answers/activities", p.pointer());
    assertEquals("7. a.", p.printedNumber().orElseThrow());
    assertEquals(
        "Question 7a: This is in the Intervention section, which you said does not apply"
            + " (/answers/intervention-applies is false): remove the answer, or say that the section applies",
        p.message());
    assertTrue(validate(VALID + ", \"answers\": {\"intervention-applies\": false}").isValid());
  }

  @Test
  void answersToAQuestionWhoseConditionDoesNotHold() {
    Problem p = only(validate(VALID + ", \"answers\": {\"groups\": {\"selected\": [\"a\"]}, \"other-detail\": \"More\"}"));
    assertEquals(ProblemCode.NOT_APPLICABLE, p.code());
    assertEquals(
        "Question 4: This question applies only when 'j. Other (please explain):' is chosen in question 3: remove the answer",
        p.message());
    assertTrue(validate(VALID + ", \"answers\": {\"groups\": {\"selected\": [\"other\"], \"specified\": {\"other\": \"x\"}},"
        + " \"other-detail\": \"More\"}").isValid());
  }

  @Test
  void boundQuestionsAreAnsweredInTheirFields() {
    Problem p = only(validate(VALID + ", \"answers\": {\"email\": \"ann@example.org\"}"));
    assertEquals(ProblemCode.ANSWERED_ELSEWHERE, p.code());
    assertEquals("Question 1b: The answer to this question goes in /respondent/email, not in /answers: move it there", p.message());
    assertTrue(validate(VALID + ", \"consent\": \"in-confidence\", \"oralEvidence\": true").isValid());
  }

  @Test
  void wrongKindsOfAnswer() {
    assertEquals(ProblemCode.WRONG_ANSWER_KIND, only(validate(VALID + ", \"answers\": {\"agree\": \"yes\"}")).code());
    assertEquals(ProblemCode.WRONG_ANSWER_KIND, only(validate(VALID + ", \"answers\": {\"groups\": \"a\"}")).code());
    assertEquals(ProblemCode.WRONG_ANSWER_KIND, only(validate(VALID + ", \"answers\": {\"intervention-applies\": \"yes\"}")).code());
    assertEquals(
        "Question 3: Answer with the options chosen, as {\"selected\": [option ids]}, not a text",
        only(validate(VALID + ", \"answers\": {\"groups\": \"a\"}")).message());
  }

  @Test
  void aResponseToAnotherQuestionnaireOrVersion() {
    Response other = EvidenceJson.standard().readResponse(
        "{\"questionnaire\": {\"id\": \"another\", \"version\": \"3\"}, \"answers\": {\"x\": 1}}");
    Problem p = only(validator.validate(q, other));
    assertEquals(ProblemCode.WRONG_QUESTIONNAIRE, p.code());
    assertEquals("/questionnaire/id", p.pointer());

    Response old = EvidenceJson.standard().readResponse(
        "{\"questionnaire\": {\"id\": \"kinds\", \"version\": \"2\"}}");
    Problem v = only(validator.validate(q, old));
    assertEquals(ProblemCode.WRONG_VERSION, v.code());
    assertEquals(
        "This response answers version '2' of 'kinds', not version '3': check it against the version it answers,"
            + " or answer version 3",
        v.message());
  }

  @Test
  void aLateResponseGetsAWarningAndStaysValid() {
    ValidationReport late = validate(VALID + ", \"submitted\": \"2012-12-01\"");
    assertTrue(late.isValid());
    Problem w = only(late);
    assertEquals(Severity.WARNING, w.severity());
    assertEquals(ProblemCode.AFTER_CLOSING_DATE, w.code());
    assertEquals("/submitted", w.pointer());
    assertEquals(
        "This response is dated 1 December 2012, after the closing date of 30 November 2012: it may not be considered",
        w.message());
    assertEquals(List.of(), validate(VALID + ", \"submitted\": \"2012-11-30\"").problems(), "the closing day itself is in time");
    assertEquals(List.of(),
        ResponseValidator.builder().warnAfterClosingDate(false).build()
            .validate(q, Fixtures.response(q, VALID + ", \"submitted\": \"2013-01-01\"")).problems());
    assertEquals(ProblemCode.AFTER_CLOSING_DATE,
        ResponseValidator.builder().today(LocalDate.of(2013, 1, 1)).build()
            .validate(q, Fixtures.response(q, VALID)).problems().get(0).code());
  }

  @Test
  void attachmentsAreRecordsOfFilesSentWithTheResponse() {
    assertTrue(validate(VALID + ", \"attachments\": [{\"name\": \"film.mp4\", \"mediaType\": \"video/mp4\","
        + " \"description\": \"A film\", \"size\": 1234,"
        + " \"sha256\": \"" + "ab".repeat(32) + "\"}]").isValid());
    ValidationReport bad = validate(VALID + ", \"attachments\": ["
        + "{\"name\": \"a.mp4\", \"mediaType\": \"video\"},"
        + "{\"name\": \"a.mp4\", \"mediaType\": \"image/png\", \"size\": -1, \"sha256\": \"XYZ\"}]");
    assertEquals(
        String.join("\n",
            "bad-attachment /attachments/0/mediaType",
            "bad-attachment /attachments/1/name",
            "bad-attachment /attachments/1/size",
            "bad-attachment /attachments/1/sha256"),
        codes(bad));
  }

  @Test
  void messagesNeverQuoteTheRespondentsText() {
    String secret = "Jasmine Boateng 07700 900123";
    ValidationReport report = validate(
        "\"respondent\": {\"name\": \"" + secret + "\", \"email\": \"" + secret + "\"},"
            + " \"answers\": {\"area\": \"" + secret + "\", \"victims\": \"" + secret + "\","
            + " \"groups\": {\"selected\": [\"" + secret + "\"], \"specified\": {\"a\": \"" + secret + "\"}},"
            + " \"intervention-applies\": false, \"activities\": \"" + secret + "\"}");
    assertTrue(report.problems().size() >= 6, () -> codes(report));
    for (Problem p : report.problems()) {
      assertFalse(p.message().contains("Jasmine"), p.message());
      assertFalse(p.toString().contains("Jasmine"), p.toString());
    }
    Response r = Fixtures.response(q, "\"respondent\": {\"name\": \"" + secret + "\"}, \"answers\": {\"area\": \"" + secret + "\"}");
    assertFalse(r.toString().contains("Jasmine"), r.toString());
  }
}
