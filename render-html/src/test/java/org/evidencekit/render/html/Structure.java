package org.evidencekit.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;

/**
 * What every page must be, checked on the parsed page (no golden files): self-contained, headings
 * that never skip a level, unique ids; in a form, every control labelled, every fieldset with a
 * legend, hints tied to their controls, optional questions marked in words, every question's
 * controls named from its ids.
 */
final class Structure {
  private Structure() {}

  /** What holds in every layout. */
  static void checkPage(Questionnaire q, Document doc) {
    DocumentType doctype = doc.documentType();
    assertNotNull(doctype, "a document type");
    assertEquals("html", doctype.name());
    assertEquals(q.language(), doc.selectFirst("html").attr("lang"));
    assertEquals("utf-8", doc.selectFirst("meta[charset]").attr("charset"));
    assertEquals(q.id(), meta(doc, "evidencekit-questionnaire"));
    assertEquals(q.version(), meta(doc, "evidencekit-version"));
    assertFalse(doc.title().isBlank(), "a title");

    assertTrue(doc.select("script, noscript, link, img, iframe, object, embed, base, svg, video, audio").isEmpty(),
        "no script and nothing loaded from elsewhere");
    for (Element e : doc.getAllElements()) {
      for (Attribute a : e.attributes()) {
        String name = a.getKey().toLowerCase(Locale.ROOT);
        assertFalse(name.startsWith("on"), "no event handler: " + name);
        assertFalse(name.equals("src") || name.equals("href") || name.equals("srcset") || name.equals("action")
            || name.equals("formaction"), "no reference to another resource: " + name);
      }
    }
    for (Element style : doc.select("style")) {
      String css = style.data().toLowerCase(Locale.ROOT);
      assertFalse(css.contains("url(") || css.contains("@import"), "the style sheet loads nothing");
    }
    assertEquals(1, doc.select("main").size(), "one main landmark");

    List<Element> headings = doc.select("h1, h2, h3, h4, h5, h6");
    assertFalse(headings.isEmpty());
    assertEquals("h1", headings.get(0).normalName(), "the title comes first, as h1");
    assertEquals(1, doc.select("h1").size(), "one h1");
    int last = 0;
    for (Element h : headings) {
      int level = h.normalName().charAt(1) - '0';
      assertTrue(level <= last + 1, "heading level skipped: h" + last + " then h" + level + " '" + h.text() + "'");
      assertFalse(h.text().isBlank(), "an empty heading");
      last = level;
    }

    Set<String> ids = new HashSet<>();
    for (Element e : doc.select("[id]")) {
      assertTrue(ids.add(e.id()), "id used twice: " + e.id());
    }
    for (Element e : doc.select("[aria-describedby]")) {
      for (String id : e.attr("aria-describedby").split(" ")) {
        Element target = doc.getElementById(id);
        assertNotNull(target, "aria-describedby points to a missing element: " + id);
        assertFalse(target.text().isBlank());
      }
    }
  }

  /** What holds in a form, blank or filled. */
  static void checkForm(Questionnaire q, Document doc) {
    checkPage(q, doc);
    assertEquals("form", meta(doc, "evidencekit-layout"));
    assertEquals(1, doc.select("form").size());

    Map<String, Element> labels = new HashMap<>();
    for (Element label : doc.select("label")) {
      assertTrue(label.hasAttr("for"), "a label tied to nothing: " + label.text());
      assertTrue(labels.put(label.attr("for"), label) == null, "two labels for " + label.attr("for"));
      assertFalse(label.text().isBlank(), "an empty label");
    }
    List<Element> controls = doc.select("input, textarea, select, button");
    assertEquals(q.questions().isEmpty() && q.parts().stream().allMatch(p -> p.declaration().isEmpty()),
        controls.isEmpty(), "controls where there are questions");
    for (Element c : controls) {
      assertFalse(c.id().isEmpty(), "a control without an id: " + c.attr("name"));
      assertFalse(c.attr("name").isEmpty(), "a control without a name: " + c.id());
      assertTrue(labels.containsKey(c.id()), "no label for " + c.id());
      assertTrue(c.closest("form") != null, "a control outside the form: " + c.id());
    }
    for (Element fieldset : doc.select("fieldset")) {
      Element first = fieldset.firstElementChild();
      assertNotNull(first, "an empty fieldset");
      assertEquals("legend", first.normalName(), "a fieldset starts with its legend");
      assertFalse(first.text().isBlank(), "an empty legend");
    }

    for (Part part : q.parts()) {
      part.declaration().ifPresent(d -> {
        List<Element> boxes = named(doc, d.id());
        assertEquals(1, boxes.size(), "the declaration " + d.id());
        assertEquals("checkbox", boxes.get(0).attr("type"));
        assertEquals(d.text().replaceAll("\\s+", " ").strip(), labels.get(boxes.get(0).id()).text());
      });
    }
    for (Question question : q.questions()) {
      Element wrapper = doc.getElementById("question:" + question.id());
      assertNotNull(wrapper, "question " + question.id());
      if (question instanceof QuestionGroup) {
        assertEquals("fieldset", wrapper.firstElementChild().normalName(), "a group is a fieldset");
        continue;
      }
      String accessibleName;
      if (question instanceof ChoiceQuestion) {
        ChoiceQuestion cq = (ChoiceQuestion) question;
        Element fieldset = wrapper.firstElementChild();
        assertEquals("fieldset", fieldset.normalName(), "a choice question is a fieldset: " + question.id());
        accessibleName = fieldset.selectFirst("legend").text();
        List<Element> inputs = named(doc, question.id());
        assertEquals(cq.options().size(), inputs.size(), "one control per option: " + question.id());
        String type = question instanceof SingleChoiceQuestion ? "radio" : "checkbox";
        for (int i = 0; i < inputs.size(); i++) {
          Option o = cq.options().get(i);
          Element input = inputs.get(i);
          assertEquals(type, input.attr("type"));
          assertEquals(o.id(), input.attr("value"), "the option's id is the value");
          assertTrue(labels.get(input.id()).text().endsWith(o.text().replaceAll("\\s+", " ").strip()),
              "the option's label: " + labels.get(input.id()).text());
          List<Element> specify = named(doc, question.id() + ":" + o.id() + ":text");
          assertEquals(o.specify() ? 1 : 0, specify.size(), "a text box for an option that asks for one");
          if (o.specify()) {
            assertTrue(labels.get(specify.get(0).id()).text().contains(o.text().replaceAll("\\s+", " ").strip()),
                "the text box's label names its option");
          }
        }
        question.hint().ifPresent(h -> assertTrue(fieldset.attr("aria-describedby").contains("hint:" + question.id())));
      } else {
        List<Element> inputs = named(doc, question.id());
        assertEquals(1, inputs.size(), "one control: " + question.id());
        Element input = inputs.get(0);
        if (question instanceof TickBoxQuestion) {
          assertEquals("checkbox", input.attr("type"));
        }
        accessibleName = labels.get(input.id()).text();
        question.hint().ifPresent(h -> assertTrue(input.attr("aria-describedby").contains("hint:" + question.id()),
            "the hint is tied to " + question.id()));
      }
      String text = question.text().replaceAll("\\s+", " ").strip();
      assertTrue(accessibleName.contains(text), accessibleName + " names the question: " + text);
      question.label().map(String::trim).filter(l -> !l.isEmpty())
          .ifPresent(l -> assertTrue(accessibleName.startsWith(l), "the printed number first: " + accessibleName));
      assertEquals(!question.required(), accessibleName.endsWith("(optional)"),
          "optional questions say so in words, required ones do not: " + accessibleName);
    }
  }

  /** What holds in a printed or answers-only page: text only. */
  static void checkPrinted(Questionnaire q, Document doc, String layout) {
    checkPage(q, doc);
    assertEquals(layout, meta(doc, "evidencekit-layout"));
    assertTrue(doc.select("form, input, textarea, select, button, label, fieldset").isEmpty(), "no form in " + layout);
  }

  static List<Element> named(Document doc, String name) {
    return doc.select("[name]").stream().filter(e -> e.attr("name").equals(name)).collect(Collectors.toList());
  }

  static String meta(Document doc, String name) {
    return doc.head().select("meta[name]").stream().filter(e -> e.attr("name").equals(name))
        .findFirst().map(e -> e.attr("content")).orElse(null);
  }
}
