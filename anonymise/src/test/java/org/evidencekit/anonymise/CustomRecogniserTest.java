package org.evidencekit.anonymise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.evidencekit.anonymise.spi.EntityType;
import org.evidencekit.anonymise.spi.PatternRecogniser;
import org.evidencekit.anonymise.spi.Recogniser;
import org.evidencekit.anonymise.spi.Span;
import org.junit.jupiter.api.Test;

/** A partner adds its own recognisers through the builders, as Presidio allows. */
class CustomRecogniserTest {
  /** A partner's own case numbers: "NDC" and seven digits, the last a check digit (sum mod 10). */
  static final class NorthdaleCaseNumbers implements Recogniser {
    private static final Pattern CASE = Pattern.compile("\\bNDC(\\d{6})(\\d)\\b");

    @Override
    public String id() {
      return "northdale-case";
    }

    @Override
    public List<Span> recognise(String text) {
      List<Span> out = new ArrayList<>();
      Matcher m = CASE.matcher(text);
      while (m.find()) {
        int sum = 0;
        for (char c : m.group(1).toCharArray()) {
          sum += c - '0';
        }
        if (sum % 10 == m.group(2).charAt(0) - '0') {
          out.add(new Span(EntityType.CASE_REF, m.start(), m.end(), 0.95, id()));
        }
      }
      return out;
    }
  }

  @Test
  void aPartnersRecogniserIsAddedThroughTheBuilder() {
    String text = "NDC1234561 is open again; NDC1234567 is a typo.";
    assertEquals(text, TextAnonymiser.standard().anonymise(text).text(), "the standard detector does not know the format");

    TextAnonymiser withCases = TextAnonymiser.builder().add(new NorthdaleCaseNumbers()).build();
    AnonymisedText out = withCases.anonymise(text);
    assertEquals("[CASE_REF] is open again; NDC1234567 is a typo.", out.text());
    assertEquals("northdale-case", out.report().get(0).rule());
    assertEquals(out.text(), withCases.anonymise(out.text()).text(), "idempotent");
  }

  @Test
  void aPatternRecogniserWithContextAndValidator() {
    // Acme names its clients by two code words: "FOXTROT-LIMA"
    Recogniser client = Recogniser.pattern("acme-client", EntityType.CASE_REF, "[a-z]{4,8}-[a-z]{4,8}")
        .caseInsensitive()
        .score(0.4)
        .context("client", "acme")
        .validator(s -> !s.equalsIgnoreCase("none-none"))
        .build();
    PiiDetector detector = PiiDetector.builder().add(client).build();
    List<Span> cued = detector.detect("The client FOXTROT-LIMA was seen.");
    assertEquals(1, cued.size());
    assertEquals(0.75, cued.get(0).score(), 1e-9, "raised by the context word");
    assertEquals("acme-client", cued.get(0).rule());
    assertTrue(detector.detect("It was FOXTROT-LIMA.").isEmpty(), "below the threshold without context");
    assertTrue(detector.detect("The client NONE-NONE was seen.").stream().noneMatch(x -> x.rule().equals("acme-client")),
        "the validator refuses it");
    assertEquals(1, PiiDetector.builder().add(client).threshold(0.3).build().detect("It was foxtrot-lima.").size());
  }

  @Test
  void idsAreUniqueAndOwnRecognisersCanBeTurnedOff() {
    Recogniser a = Recogniser.pattern("dup", EntityType.PIN, "x\\d+").build();
    Recogniser b = Recogniser.pattern("dup", EntityType.PIN, "y\\d+").build();
    assertThrows(IllegalArgumentException.class, () -> PiiDetector.builder().add(a).add(b));
    assertThrows(IllegalArgumentException.class, () -> PiiDetector.builder().add(
        Recogniser.pattern("phone", EntityType.PIN, "x").build()));
    assertThrows(IllegalArgumentException.class, () -> Recogniser.pattern("bad id!", EntityType.PIN, "x"));
    assertTrue(PiiDetector.recogniserIds().contains("phone"));
    PiiDetector noPhones = PiiDetector.builder().without("phone").build();
    assertTrue(noPhones.detect("Ring 07700 900123.").isEmpty());
    assertThrows(IllegalArgumentException.class, () -> PiiDetector.builder().without("no-such"));
    assertFalse(PiiDetector.standard().detect("Ring 07700 900123.").isEmpty());
    assertTrue(a.toString().contains("dup") && !a.toString().contains("x\\d"));
  }
}
