package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.questionnaires.Questionnaires;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.testing.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * axe-core finds no violation on any page: the blank and filled forms of both bundled
 * questionnaires, their printed and answers-only pages, and the fixture of every kind with hostile
 * text in it. What axe could not decide ("incomplete", such as the contrast of a text box partly
 * covered by its resize handle) is written to target/axe-report.txt with every page, for a person
 * to look at. The pages themselves are left in target/axe-pages.
 */
class AccessibilityTest {

  @Test
  void axeFindsNoViolations() throws Exception {
    List<String> report = new ArrayList<>();
    List<String> violations = new ArrayList<>();
    for (Questionnaire q : List.of(Questionnaires.callForEvidence2012(), Questionnaires.referralScreening())) {
      Response r = Questionnaires.exampleResponse(q.id());
      check(q.id() + "-blank", Pages.blank(q), report, violations);
      check(q.id() + "-filled", Pages.filled(q, r), report, violations);
      check(q.id() + "-printed", Pages.render(q, Optional.of(r), Layout.PRINTED), report, violations);
      check(q.id() + "-answers-only", Pages.render(q, Optional.of(r), Layout.ANSWERS_ONLY), report, violations);
    }
    Questionnaire kinds = Fixtures.kinds();
    Response hostile = ExampleResponses.complete(kinds)
        .withAnswer("area", TextAnswer.of(HostileTextTest.HOSTILE.get(0)))
        .withAnswer("groups", ChoiceAnswer.builder().select("other", HostileTextTest.HOSTILE.get(7)).build());
    check("kinds-hostile-filled", Pages.filled(kinds, hostile), report, violations);
    check("kinds-hostile-printed", Pages.render(kinds, Optional.of(hostile), Layout.PRINTED), report, violations);

    Files.writeString(Path.of("target", "axe-report.txt"), String.join("\n", report) + "\n", StandardCharsets.UTF_8);
    assertEquals(List.of(), violations, "axe violations");
  }

  /** The check can fail: a page with a control whose label is gone, and no language, does. */
  @Test
  void axeFindsWhatIsWrongWithABrokenPage() throws Exception {
    String page = new String(Pages.blank(Fixtures.kinds()), StandardCharsets.UTF_8)
        .replace("<html lang=\"en-GB\">", "<html>")
        .replace("<label for=\"field:area\">", "<label>");
    Axe.Result result = Axe.check("kinds-broken", page.getBytes(StandardCharsets.UTF_8));
    List<String> rules = result.violations().stream().map(v -> v.substring(0, v.indexOf(' '))).sorted()
        .collect(java.util.stream.Collectors.toList());
    assertEquals(List.of("html-has-lang", "label"), rules, String.join("\n", result.violations()));
  }

  private static void check(String name, byte[] page, List<String> report, List<String> violations) throws Exception {
    Axe.Result result = Axe.check(name, page);
    assertEquals(Axe.VERSION, result.axeVersion());
    assertTrue(result.passes() > 10, name + ": axe ran its rules (" + result.passes() + " passed)");
    report.add(name + ": " + result.violations().size() + " violations, " + result.incomplete().size()
        + " rules incomplete, " + result.passes() + " rules passed (axe-core " + result.axeVersion() + ")");
    result.violations().forEach(v -> report.add("  violation " + v));
    result.incomplete().forEach(v -> report.add("  incomplete " + v));
    result.violations().forEach(v -> violations.add(name + ": " + v));
  }
}
