package org.evidencekit.model.questionnaires;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.evidencekit.model.CaseStudy;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.Contact;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.Declaration;
import org.evidencekit.model.Definition;
import org.evidencekit.model.DefinitionsBlock;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.Heading;
import org.evidencekit.model.Item;
import org.evidencekit.model.ItemVisitor;
import org.evidencekit.model.ListBlock;
import org.evidencekit.model.ListItem;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.Option;
import org.evidencekit.model.Paragraph;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Quotation;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.Section;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.json.EvidenceJson;
import org.evidencekit.model.json.Format;
import org.evidencekit.model.rules.AllCriteriaRule;
import org.evidencekit.model.rules.ChildAgeRule;
import org.evidencekit.model.rules.GangAssociatedRule;
import org.evidencekit.model.rules.GroupAssociatedRule;
import org.evidencekit.model.rules.GroupRule;
import org.evidencekit.model.rules.PeerOnPeerRule;
import org.evidencekit.model.rules.TraffickingRule;
import org.junit.jupiter.api.Test;

/**
 * Checks the bundled 2012 call for evidence against its source, the flattened Word document in
 * {@code src/test/resources/source/call-for-evidence-2012.txt} (a copy of the shared source, so
 * the test runs on a fresh clone): every printed text of the definition is in the source word for
 * word, every line of the source is in the definition, and the quirks of the printed form are
 * kept.
 *
 * <p>Texts are compared after collapsing white space (spaces, tabs, line breaks, no-break spaces)
 * to one space, as the definition's notes say they were transcribed; case studies and
 * definitions, which the source breaks across lines or fragments, are compared with all white
 * space removed.
 */
class CallForEvidence2012SourceTest {
  private static final Pattern BOOKMARK = Pattern.compile("\\[bookmark: [^\\]]*\\]");
  private static final Pattern WHITE = Pattern.compile("[\\s\\u00A0]+");
  private static final String BOX = "|_|";
  private static final String BULLET = "· ";

  private final Questionnaire q = Questionnaires.callForEvidence2012();
  private final List<String> lines = sourceLines();

  // ------------------------------------------------------------------ 1. loading

  @Test
  void loadsWithItsIdVersionAndClosingDate() {
    assertEquals("occ-csegg-call-for-evidence-2012", q.id());
    assertEquals(Questionnaires.CALL_FOR_EVIDENCE_2012, q.id());
    assertEquals("1.0", q.version());
    assertEquals(Optional.of(LocalDate.of(2012, 11, 30)), q.closingDate());
    assertEquals("en-GB", q.language());
    assertEquals(Optional.of("Office of the Children’s Commissioner"), q.issuer());
    assertEquals(
        Optional.of("CSEGG.Inquiry@childrenscommissioner.gsi.gov.uk"),
        q.contact().flatMap(Contact::email));
    assertTrue(collapsed(source()).contains("by Friday 30th November 2012"));
  }

  @Test
  void writingAndReadingBackGivesAnEqualQuestionnaire() {
    EvidenceJson json = EvidenceJson.standard();
    assertEquals(q, json.readQuestionnaire(json.write(q, Format.JSON), Format.JSON));
  }

  @Test
  void partsAreInDocumentOrder() {
    assertEquals(
        List.of(
            "foreword", "about-occ", "phase-two", "process", "who-should-respond", "about-you",
            "intervention", "strategic", "societal", "best-practice", "how-to-respond",
            "confidentiality", "timeline", "annex-a", "annex-b", "annex-c", "annex-d", "annex-e"),
        q.parts().stream().map(Part::id).collect(Collectors.toList()));
    // Each part's heading is a line of the source, after the previous part's heading.
    int last = -1;
    for (Part part : q.parts()) {
      if (part.title().isEmpty()) {
        continue;
      }
      String heading = collapsed(part.label().map(l -> l + " ").orElse("") + part.title().get());
      int at = -1;
      for (int i = last + 1; i < lines.size() && at < 0; i++) {
        if (collapsed(BOOKMARK.matcher(lines.get(i)).replaceAll("")).equals(heading)) {
          at = i;
        }
      }
      assertTrue(at > last, () -> "the heading of part " + part.id() + " is not a line after the previous part's");
      last = at;
    }
  }

  // ------------------------------------------------------------------ 2. definition -> source

  @Test
  void everyPrintedTextIsInTheSourceWordForWord() {
    String collapsedSource = collapsed(source());
    String squashedSource = squashed(source());
    List<String> misses = new ArrayList<>();
    List<Printed> all = printed();
    for (Printed p : all) {
      boolean found =
          p.mode == Mode.COLLAPSED
              ? collapsedSource.contains(collapsed(p.text))
              : squashedSource.contains(squashed(p.text));
      if (!found) {
        misses.add(p.where + ": " + p.text);
      }
    }
    if (!misses.isEmpty()) {
      fail(misses.size() + " texts are not in the source word for word:\n" + String.join("\n", misses));
    }
    assertTrue(all.size() > 300, "expected every text of the form to be checked, got " + all.size());
  }

  @Test
  void textsAreTrimmedWithWhiteSpaceCollapsed() {
    List<String> untidy = new ArrayList<>();
    for (Printed p : printed()) {
      for (String paragraph : p.text.split("\n\n", -1)) {
        if (!paragraph.equals(collapsed(paragraph)) || paragraph.isEmpty()) {
          untidy.add(p.where + ": [" + paragraph + "]");
        }
      }
    }
    assertEquals(List.of(), untidy);
  }

  // ------------------------------------------------------------------ 3. source -> definition

  @Test
  void everyCheckBoxOfTheSourceIsAnOptionOrTheOralEvidenceTickBox() {
    Set<String> options = new LinkedHashSet<>();
    for (Question question : q.questions()) {
      if (question.asChoice().isPresent() && !question.editorial()) {
        for (Option o : question.asChoice().get().options()) {
          options.add(collapsed(o.label().orElse("") + " " + o.text()));
        }
      }
    }
    String oral = q.question("oral-evidence").orElseThrow().text();
    options.add(collapsed(oral));
    Set<String> segments = new LinkedHashSet<>();
    int boxes = 0;
    for (String line : lines) {
      if (!line.contains(BOX)) {
        continue;
      }
      for (String segment : BOOKMARK.matcher(line).replaceAll("").split(Pattern.quote(BOX), -1)) {
        String s = collapsed(segment);
        if (!s.isEmpty()) {
          boxes++;
          segments.add(s);
        }
      }
    }
    Set<String> notOptions = new LinkedHashSet<>(segments);
    notOptions.removeAll(options);
    Set<String> notBoxes = new LinkedHashSet<>(options);
    notBoxes.removeAll(segments);
    if (!notOptions.isEmpty() || !notBoxes.isEmpty()) {
      fail("check boxes of the source that are no option:\n" + String.join("\n", notOptions)
          + "\noptions that are no check box of the source:\n" + String.join("\n", notBoxes));
    }
    // 10 + 5 + 10 + 11 + 7 + 10 + 10 + 5 options, and the oral-evidence tick box; questions 11
    // and 12 print the same ten options.
    assertEquals(69, boxes);
    assertEquals(59, segments.size());
  }

  @Test
  void everyLineOfTheQuestionsIsAQuestionPromptOrTitle() {
    Set<String> known = new LinkedHashSet<>();
    for (Question question : q.questions()) {
      known.add(collapsed(question.label().map(l -> l + " ").orElse("") + question.text()));
    }
    for (Part part : q.parts()) {
      part.title().ifPresent(t -> known.add(collapsed(t)));
      part.declaration().ifPresent(d -> known.add(collapsed(d.prompt())));
    }
    int start = indexOfLine("When submitting evidence please provide answers");
    int end = indexOfLine("We are keen to highlight and publicise exemplars");
    List<String> misses = new ArrayList<>();
    int checked = 0;
    for (String line : lines.subList(start + 1, end)) {
      String s = collapsed(BOOKMARK.matcher(line).replaceAll(""));
      if (s.isEmpty() || line.contains(BOX)) {
        continue;
      }
      checked++;
      if (!known.contains(s)) {
        misses.add(s);
      }
    }
    if (!misses.isEmpty()) {
      fail("lines of the questions that are no question, prompt or title:\n" + String.join("\n", misses));
    }
    assertTrue(checked >= 30, "checked only " + checked + " lines");
    assertTrue(known.contains("6. What type of support or intervention/s do you offer:"));
  }

  @Test
  void everyLineOfTheSourceIsInTheDefinition() {
    List<String> pieces = new ArrayList<>();
    for (Printed p : printed()) {
      if (p.mode == Mode.COLLAPSED) {
        pieces.add(collapsed(p.text));
      } else {
        for (String paragraph : p.text.split("\n\n")) {
          pieces.add(collapsed(paragraph));
        }
      }
    }
    int open = indexOfLine("(");
    int close = indexOfLine(")");
    assertTrue(open < close && lines.get(open + 1).strip().equals("Case studies"), "the text box is where expected");
    List<String> misses = new ArrayList<>();
    int images = 0;
    for (int i = 0; i < lines.size(); i++) {
      if (i >= open && i <= close) {
        continue; // the text box: compared as a whole below
      }
      String line = lines.get(i);
      if (line.contains(BOX)) {
        continue; // check boxes: see everyCheckBoxOfTheSourceIsAnOptionOrTheOralEvidenceTickBox
      }
      if (line.strip().startsWith("[image: ")) {
        images++;
        continue; // the signature image, left out as the foreword's notes say
      }
      String text = collapsed(BOOKMARK.matcher(line).replaceAll(""));
      // bullets are unlabelled list items
      String s = text.startsWith(BULLET) ? text.substring(BULLET.length()) : text;
      if (s.isEmpty()) {
        continue;
      }
      if (pieces.stream().noneMatch(p -> p.contains(s))) {
        misses.add((i + 1) + ": " + s);
      }
    }
    if (!misses.isEmpty()) {
      fail("lines of the source missing from the definition:\n" + String.join("\n", misses));
    }
    assertEquals(1, images);

    // The text box, whose fragments break even words, holds exactly the case-studies section.
    Section cases = section("case-studies");
    StringBuilder transcribed = new StringBuilder(cases.title().orElseThrow());
    for (Item item : cases.items()) {
      transcribed.append(item.accept(
          new ItemVisitor.Default<String>() {
            @Override
            public String visit(Paragraph paragraph) {
              return paragraph.text();
            }

            @Override
            public String visit(Heading heading) {
              return heading.text();
            }

            @Override
            public String visit(CaseStudy caseStudy) {
              return caseStudy.text();
            }

            @Override
            protected String otherwise(Item other) {
              return fail("unexpected item in the case studies: " + other);
            }
          }));
    }
    assertEquals(
        squashed(String.join("", lines.subList(open + 1, close))), squashed(transcribed.toString()));
  }

  // ------------------------------------------------------------------ 4. quirks

  @Test
  void quirksOfThePrintedFormAreKept() {
    List<String> numberedOne =
        q.questions().stream()
            .filter(x -> x.label().equals(Optional.of("1.")))
            .map(Question::id)
            .collect(Collectors.toList());
    assertEquals(List.of("contact", "cse-victims-per-year"), numberedOne);

    Question first = q.question("cse-victims-per-year").orElseThrow();
    Question second = q.question("cse-victims-per-year-2").orElseThrow();
    assertEquals(first.text(), second.text());
    assertEquals(Optional.of("2."), second.label());

    ChoiceQuestion q8 = (ChoiceQuestion) q.question("strategic-areas").orElseThrow();
    assertEquals(Optional.of("8."), q8.label());
    List<String> c = q8.options().stream()
        .filter(o -> o.label().equals(Optional.of("c.")))
        .map(Option::text)
        .collect(Collectors.toList());
    assertEquals(List.of("Local training", "National training"), c);
    assertEquals(11, q8.options().size());
    assertEquals(q8.options().size(), q8.options().stream().map(Option::id).distinct().count());

    QuestionGroup societal = (QuestionGroup) q.question("societal-explanation").orElseThrow();
    assertEquals(Optional.empty(), societal.label());
    assertEquals(
        List.of("f.", "g.", "h."),
        societal.questions().stream().map(x -> x.label().orElseThrow()).collect(Collectors.toList()));
    assertEquals("societal", q.partOf(societal).id());
    assertTrue(societal.text().contains("strategic activity"));
    assertEquals("f.", q.printedNumber(q.question("societal-activities").orElseThrow()));

    Option other13 = ((ChoiceQuestion) q.question("prevention-activities").orElseThrow())
        .option("other-prevention-activity").orElseThrow();
    assertEquals(Optional.of("e."), other13.label());
    assertFalse(other13.specify());

    assertEquals(Optional.of("How to respond"), q.part("who-should-respond").orElseThrow().title());
    assertEquals(Optional.of("How to Respond"), q.part("how-to-respond").orElseThrow().title());

    assertEquals("1. d)", q.printedNumber(q.question("completed-by").orElseThrow()));
    assertEquals("7. b.", q.printedNumber(q.question("intervention-outcomes").orElseThrow()));

    // Each quirk has a note where it occurs.
    assertTrue(hasNote(first, "\"1.\"") && hasNote(first, "same wording"));
    assertTrue(hasNote(second, "same wording"));
    assertTrue(hasNote(q8, "\"c.\""));
    assertTrue(hasNote(societal, "f., g., h.") && hasNote(societal, "strategic"));
    assertTrue(other13.notes().stream().anyMatch(n -> n.contains("please specify")));
    assertTrue(q.part("who-should-respond").orElseThrow().notes().stream().anyMatch(n -> n.contains("two headings")));
    assertTrue(q.part("annex-b").orElseThrow().notes().stream().anyMatch(n -> n.contains("five spaces")));
    Option j12 = ((ChoiceQuestion) q.question("issues-addressed").orElseThrow()).option("other").orElseThrow();
    assertTrue(j12.notes().stream().anyMatch(n -> n.contains("|_|j.")));
  }

  private static boolean hasNote(Question question, String part) {
    return question.notes().stream().anyMatch(n -> n.contains(part));
  }

  // ------------------------------------------------------------------ 5. editorial additions

  @Test
  void theEditorialQuestionsAreExactlyTheOnesAdded() {
    Set<String> editorial =
        q.questions().stream()
            .filter(Question::editorial)
            .map(Question::id)
            .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(
        new TreeSet<>(Set.of("completed-by-name", "completed-by-job-title", "completed-by-email", "consent")),
        editorial);
    for (Question question : q.questions()) {
      if (question.editorial()) {
        assertFalse(question.notes().isEmpty(), () -> question.id() + " is editorial: say so in a note");
      }
    }
  }

  @Test
  void everyQuestionHasASummary() {
    List<String> without =
        q.questions().stream()
            .filter(x -> x.summary().isEmpty())
            .map(Question::id)
            .collect(Collectors.toList());
    assertEquals(List.of(), without);
  }

  @Test
  void theBoundQuestionsFillTheRespondentConsentAndOralEvidence() {
    assertEquals("contact-name", bound(ResponseField.RESPONDENT_CONTACT_NAME));
    assertEquals("organisation", bound(ResponseField.RESPONDENT_ORGANISATION));
    assertEquals("area", bound(ResponseField.RESPONDENT_AREA));
    assertEquals("completed-by-name", bound(ResponseField.RESPONDENT_NAME));
    assertEquals("completed-by-job-title", bound(ResponseField.RESPONDENT_JOB_TITLE));
    assertEquals("completed-by-email", bound(ResponseField.RESPONDENT_EMAIL));
    assertEquals("consent", bound(ResponseField.CONSENT));
    assertEquals("oral-evidence", bound(ResponseField.ORAL_EVIDENCE));
    assertEquals(Optional.empty(), q.questionFor(ResponseField.RESPONDENT_PHONE));
  }

  private String bound(ResponseField field) {
    return q.questionFor(field).map(Question::id).orElse("(none)");
  }

  @Test
  void theThreeOptionalPartsAreDeclared() {
    for (String id : List.of("intervention", "strategic", "societal")) {
      Part part = q.part(id).orElseThrow();
      assertEquals(Optional.of(id + "-applies"), part.declaration().map(Declaration::id));
    }
    assertEquals(
        3, q.parts().stream().filter(p -> p.declaration().isPresent()).count());
  }

  @Test
  void annexADefinitionsCarryTheirRules() {
    assertEquals(
        List.of(
            "gang-associated", "group-associated", "children-and-young-people", "sexual-exploitation",
            "gang", "group", "peer-on-peer", "trafficking"),
        q.definitions().stream().map(Definition::id).collect(Collectors.toList()));

    ChildAgeRule children =
        q.definition("children-and-young-people").orElseThrow().rule(ChildAgeRule.class).orElseThrow();
    // "up to N years" is read as "under N": the edges.
    assertTrue(children.isChild(17, Set.of()));
    assertFalse(children.isChild(18, Set.of()));
    assertTrue(children.isChild(23, Set.of(ChildAgeRule.IN_CARE)));
    assertFalse(children.isChild(24, Set.of(ChildAgeRule.IN_CARE)));
    assertTrue(children.isChild(24, Set.of(ChildAgeRule.DISABLED)));
    assertFalse(children.isChild(25, Set.of(ChildAgeRule.DISABLED)));
    assertTrue(children.isChild(24, Set.of(ChildAgeRule.IN_CARE, ChildAgeRule.DISABLED)));
    assertTrue(
        children.isChild(LocalDate.of(1994, 12, 1), LocalDate.of(2012, 11, 30), Set.of()));
    assertFalse(
        children.isChild(LocalDate.of(1994, 11, 30), LocalDate.of(2012, 11, 30), Set.of()));

    AllCriteriaRule gang = q.definition("gang").orElseThrow().rule(AllCriteriaRule.class).orElseThrow();
    assertEquals(4, gang.criteria().size());
    assertTrue(gang.isMetBy(Set.of(1, 2, 3, 4)));
    assertFalse(gang.isMetBy(Set.of(1, 2, 3)));

    GroupRule group = q.definition("group").orElseThrow().rule(GroupRule.class).orElseThrow();
    assertFalse(group.isGroup(1));
    assertTrue(group.isGroup(2));

    assertEquals(
        "children-and-young-people",
        q.definition("peer-on-peer").orElseThrow().rule(PeerOnPeerRule.class).orElseThrow().childDefinition());
    assertEquals(
        18, q.definition("trafficking").orElseThrow().rule(TraffickingRule.class).orElseThrow().childUnder());
    assertTrue(q.definition("gang-associated").orElseThrow().rule(GangAssociatedRule.class).isPresent());
    assertTrue(q.definition("group-associated").orElseThrow().rule(GroupAssociatedRule.class).isPresent());
    assertTrue(q.definition("sexual-exploitation").orElseThrow().rule().isEmpty());
    assertEquals(
        "Safeguarding Children from Child Sexual Exploitation (DfE 2009)",
        q.definition("sexual-exploitation").orElseThrow().source());
    assertEquals("Palermo Protocol, Article 3", q.definition("trafficking").orElseThrow().source());
    assertFalse(q.definition("children-and-young-people").orElseThrow().notes().isEmpty());

    Section annexA = q.part("annex-a").orElseThrow().sections().get(0);
    assertTrue(annexA.items().stream().anyMatch(i -> i.accept(
        new ItemVisitor.Default<Boolean>() {
          @Override
          public Boolean visit(DefinitionsBlock definitions) {
            return definitions.definitions().isEmpty();
          }

          @Override
          protected Boolean otherwise(Item item) {
            return false;
          }
        })));
  }

  // ------------------------------------------------------------------ the printed texts

  private enum Mode {
    COLLAPSED,
    SQUASHED
  }

  private static final class Printed {
    final String where;
    final String text;
    final Mode mode;

    Printed(String where, String text, Mode mode) {
      this.where = where;
      this.text = text;
      this.mode = mode;
    }
  }

  /** Every text of the definition that is printed in the source, with where it is. */
  private List<Printed> printed() {
    List<Printed> out = new ArrayList<>();
    for (Part part : q.parts()) {
      String p = "part " + part.id();
      if (part.title().isPresent()) {
        String heading = part.label().map(l -> l + " ").orElse("") + part.title().get();
        out.add(new Printed(p + " title", heading, Mode.COLLAPSED));
      }
      part.declaration().ifPresent(d -> out.add(new Printed(p + " declaration prompt", d.prompt(), Mode.COLLAPSED)));
      for (Section section : part.sections()) {
        String s = p + " section " + section.id();
        section.title().ifPresent(t -> out.add(new Printed(s + " title", t, Mode.COLLAPSED)));
        for (int i = 0; i < section.items().size(); i++) {
          addItem(out, s + " item " + i, section.items().get(i));
        }
      }
    }
    for (Definition d : q.definitions()) {
      String w = "definition " + d.id();
      out.add(new Printed(w + " term", d.term(), Mode.COLLAPSED));
      for (String paragraph : d.text().split("\n\n")) {
        out.add(new Printed(w + " text", paragraph, Mode.SQUASHED));
      }
      d.rule(AllCriteriaRule.class).ifPresent(r -> {
        for (int i = 0; i < r.criteria().size(); i++) {
          out.add(new Printed(w + " criterion (" + (i + 1) + ")", "(" + (i + 1) + ") " + r.criteria().get(i), Mode.COLLAPSED));
        }
      });
    }
    return out;
  }

  private void addItem(List<Printed> out, String where, Item item) {
    item.accept(
        new ItemVisitor<Void>() {
          @Override
          public Void visit(Paragraph paragraph) {
            out.add(new Printed(where + " paragraph", paragraph.text(), Mode.COLLAPSED));
            return null;
          }

          @Override
          public Void visit(Heading heading) {
            // The headings in the case studies' text box are broken mid-word in the source.
            Mode mode = where.contains("section case-studies ") ? Mode.SQUASHED : Mode.COLLAPSED;
            out.add(new Printed(where + " heading", heading.text(), mode));
            return null;
          }

          @Override
          public Void visit(ListBlock list) {
            List<ListItem> items = list.items();
            for (int k = 0; k < items.size(); k++) {
              ListItem li = items.get(k);
              out.add(new Printed(where + " list item " + k, li.label().map(l -> l + " ").orElse("") + li.text(),
                  Mode.COLLAPSED));
            }
            return null;
          }

          @Override
          public Void visit(Quotation quotation) {
            String text = quotation.text() + quotation.attribution().map(a -> " - " + a).orElse("");
            out.add(new Printed(where + " quotation", text, Mode.COLLAPSED));
            return null;
          }

          @Override
          public Void visit(CaseStudy c) {
            c.title().ifPresent(t -> out.add(new Printed(where + " case study title", t, Mode.SQUASHED)));
            out.add(new Printed(where + " case study", c.text(), Mode.SQUASHED));
            return null;
          }

          @Override
          public Void visit(DefinitionsBlock definitions) {
            return null; // its definitions are checked with the definitions
          }

          @Override
          public Void visit(ShortTextQuestion question) {
            return question(question);
          }

          @Override
          public Void visit(LongTextQuestion question) {
            return question(question);
          }

          @Override
          public Void visit(EmailQuestion question) {
            return question(question);
          }

          @Override
          public Void visit(CountQuestion question) {
            return question(question);
          }

          @Override
          public Void visit(TickBoxQuestion question) {
            return question(question);
          }

          @Override
          public Void visit(SingleChoiceQuestion question) {
            return question(question);
          }

          @Override
          public Void visit(MultipleChoiceQuestion question) {
            return question(question);
          }

          @Override
          public Void visit(QuestionGroup group) {
            return question(group);
          }

          private Void question(Question question) {
            addQuestion(out, where, question);
            return null;
          }
        });
  }

  private void addQuestion(List<Printed> out, String where, Question question) {
    String w = where + " question " + question.id();
    if (!question.editorial()) {
      out.add(new Printed(w, question.label().map(l -> l + " ").orElse("") + question.text(), Mode.COLLAPSED));
      if (question.asChoice().isPresent()) {
        for (Option o : question.asChoice().get().options()) {
          out.add(new Printed(w + " option " + o.id(), o.label().map(l -> l + " ").orElse("") + o.text(), Mode.COLLAPSED));
        }
      }
    }
    if (question.asGroup().isPresent()) {
      for (Question sub : question.asGroup().get().questions()) {
        addQuestion(out, w, sub);
      }
    }
  }

  // ------------------------------------------------------------------ the source

  private Section section(String id) {
    return q.parts().stream()
        .flatMap(p -> p.sections().stream())
        .filter(s -> s.id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  private int indexOfLine(String start) {
    for (int i = 0; i < lines.size(); i++) {
      String s = collapsed(BOOKMARK.matcher(lines.get(i)).replaceAll(""));
      if (start.length() == 1 ? s.equals(start) : s.startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with " + start);
  }

  /** The source without bookmarks and check-box glyphs. */
  private String source() {
    return BOOKMARK.matcher(String.join("\n", lines)).replaceAll("").replace(BOX, " ");
  }

  private static List<String> sourceLines() {
    try (InputStream in = CallForEvidence2012SourceTest.class.getResourceAsStream("/source/call-for-evidence-2012.txt")) {
      if (in == null) {
        throw new AssertionError("src/test/resources/source/call-for-evidence-2012.txt is missing");
      }
      return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String collapsed(String s) {
    return WHITE.matcher(s).replaceAll(" ").strip();
  }

  static String squashed(String s) {
    return WHITE.matcher(s).replaceAll("");
  }
}
