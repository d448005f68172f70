package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.testing.RandomQuestionnaires;

/**
 * Any questionnaire (random ones, with text that is awkward for HTML: {@code < & " '}, line breaks,
 * tabs, Welsh letters) renders as a well-formed, accessible page in every layout, the same bytes
 * each time, and its filled form reads back to the response it was filled with.
 */
class RandomQuestionnaireProperties {

  @Property(tries = 150)
  void everyPageHasItsStructure(@ForAll long seed) {
    Questionnaire q = RandomQuestionnaires.make(seed);
    Response r = ExampleResponses.random(q, seed);
    Structure.checkForm(q, Pages.parse(Pages.blank(q)));
    Structure.checkForm(q, Pages.parse(Pages.filled(q, r)));
    Structure.checkPrinted(q, Pages.parse(Pages.render(q, Optional.of(r), Layout.PRINTED)), "printed");
    Structure.checkPrinted(q, Pages.parse(Pages.render(q, Optional.of(r), Layout.ANSWERS_ONLY)), "answers-only");
  }

  @Property(tries = 150)
  void theFilledFormReadsBack(@ForAll long seed) {
    Questionnaire q = RandomQuestionnaires.make(seed);
    Response r = ExampleResponses.random(q, seed);
    assertEquals(r, Pages.read(q, Pages.filled(q, r)));
  }

  @Property(tries = 50)
  void theSameInputGivesTheSameBytes(@ForAll long seed) {
    Questionnaire q = RandomQuestionnaires.make(seed);
    Response r = ExampleResponses.random(q, seed);
    for (Layout layout : Layout.values()) {
      assertArrayEquals(Pages.render(q, Optional.of(r), layout), Pages.render(q, Optional.of(r), layout));
    }
    assertArrayEquals(Pages.blank(q), Pages.blank(RandomQuestionnaires.make(seed)));
  }
}
