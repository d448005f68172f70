package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.spi.Layout;
import org.evidencekit.model.testing.Fixtures;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A respondent's text is data, whatever it holds: markup, references, quotes, line breaks and
 * control characters are escaped, so the page parses to exactly the text given (no element, no
 * attribute, no script of the respondent's making) and reads back to it.
 */
class HostileTextTest {
  private static final Questionnaire Q = Fixtures.kinds();

  static final List<String> HOSTILE = List.of(
      "</textarea><script>alert(1)</script>",
      "\" onfocus=\"alert(1)\" autofocus=\"",
      "' onmouseover='alert(1)",
      "<!-- not a comment --> <![CDATA[ x ]]> <?php echo 1 ?>",
      "&amp; &lt; &#60; &#x3C; &nbsp; &unknown; & < > \" '",
      "First line\nsecond line\n\nA new paragraph\n\n\nafter two blank lines",
      "Tab\tinside, bell \u0007, escape \u001B, delete \u007F",
      "</option></select></form></main><h1>Not a heading</h1>",
      "<style>body{display:none}</style><link rel=stylesheet href=//x>",
      "Ŵyn a ŷd, Zoë, 😀 and \u202Eright-to-left override");

  private static Response withText(String text) {
    return Fixtures.response(Q, "")
        .withRespondent(Respondent.builder().name(text).email("a@example.org").build())
        .withAnswer("area", TextAnswer.of(text))
        .withAnswer("other-detail", TextAnswer.of(text))
        .withAnswer("groups", ChoiceAnswer.builder().select("other", text).build());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void theFilledFormHoldsTheTextExactlyAndReadsBack(int which) {
    String text = HOSTILE.get(which);
    Response r = withText(text);
    byte[] page = Pages.filled(Q, r);
    Document doc = Pages.parse(page);
    assertNothingOfTheRespondentsMaking(doc);
    Structure.checkForm(Q, doc);
    assertEquals(text, doc.getElementById("field:area").attr("value"));
    assertEquals(text, doc.getElementById("field:name").attr("value"));
    assertEquals(text, doc.getElementById("field:other-detail").wholeText());
    assertEquals(text, doc.getElementById("field:groups:other:text").wholeText());
    assertEquals(r, Pages.read(Q, page));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
  void printedPagesShowTheTextAsText(int which) {
    String text = HOSTILE.get(which);
    Response r = withText(text);
    for (Layout layout : List.of(Layout.PRINTED, Layout.ANSWERS_ONLY)) {
      Document doc = Pages.parse(Pages.render(Q, Optional.of(r), layout));
      assertNothingOfTheRespondentsMaking(doc);
      String expected = text.strip().replaceAll("\\s+", " ");
      assertTrue(doc.body().text().contains(expected), layout + ": " + expected);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nb", "a\rb"})
  void aCarriageReturnReadsBackAsALineFeed(String text) {
    Response r = withText(text);
    Response read = Pages.read(Q, Pages.filled(Q, r));
    assertEquals(TextAnswer.of("a\nb"), read.answers().get("other-detail"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"nul \u0000 here", "lone \uD800 surrogate"})
  void whatNoPageCanHoldBecomesAReplacementCharacter(String text) {
    Document doc = Pages.parse(Pages.filled(Q, withText(text)));
    String written = doc.getElementById("field:area").attr("value");
    assertEquals(text.length(), written.length());
    assertTrue(written.contains("\uFFFD"), written);
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 7, 8})
  void theQuestionnairesOwnTextIsEscapedToo(int which) {
    String text = HOSTILE.get(which);
    String yaml = "id: hostile\nversion: \"1\"\ntitle: " + json(text) + "\nparts:\n  - id: p\n    title: " + json(text)
        + "\n    sections:\n      - id: s\n        items:\n          - {type: paragraph, text: " + json(text) + "}\n"
        + "          - {type: short-text, id: q, label: " + json(text) + ", text: " + json(text) + ", hint: " + json(text) + "}\n";
    Questionnaire q = org.evidencekit.model.json.EvidenceJson.standard()
        .readQuestionnaire(new java.io.ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)),
            org.evidencekit.model.json.Format.YAML, "hostile.yaml");
    Document doc = Pages.parse(Pages.blank(q));
    assertNothingOfTheRespondentsMaking(doc);
    Structure.checkForm(q, doc);
    assertEquals(text.strip().replaceAll("\\s+", " "), doc.title());
  }

  private static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20 || c == 0x7F) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }

  private static void assertNothingOfTheRespondentsMaking(Document doc) {
    assertTrue(doc.select("script, link, select, option").isEmpty(), "no element of the text's making");
    assertEquals(1, doc.select("h1").size());
    assertEquals(1, doc.select("style").size(), "only the page's own style sheet");
    assertEquals(1, doc.select("main").size());
    for (Element e : doc.getAllElements()) {
      assertFalse(e.attributes().asList().stream().anyMatch(a -> a.getKey().startsWith("on") || a.getKey().equals("autofocus")),
          "no attribute of the text's making on " + e.tagName());
    }
  }
}
