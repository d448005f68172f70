package org.evidencekit.model.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.questionnaires.ExampleResponses;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 10, item 6: a document's hidden record holds only what the document shows. Shared by each
 * format's {@code Issue10RecordShownTest}: the response with a record to render, how a document
 * shows each value of a record, and which values a document's visible text leaves out. A key this
 * class does not know fails the test, so a field added to a record later must be shown (and taught
 * here) first.
 */
public final class ShownRecord {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  private ShownRecord() {}

  /** A complete response to {@code q} with a reference, a date and two described attachments. */
  public static Response withRecord(Questionnaire q) {
    Response base = ExampleResponses.complete(q);
    return Response.builder()
        .questionnaire(base.questionnaire())
        .putAllAnswers(base.answers())
        .id("R-4242")
        .submitted(LocalDate.of(2012, 11, 2))
        .addAllAttachments(List.of(
            Attachment.builder().name("workshop-film.mp4").mediaType("video/mp4")
                .description("A short film made with young people about online safety")
                .size(1_234_567L)
                .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                .build(),
            Attachment.builder().name("referral-pathway.pdf").mediaType("application/pdf")
                .description("The local referral pathway, as agreed with the police in 2011")
                .build()))
        .build();
  }

  /** {@link #withRecord}, with every respondent field (invented), consent and oral evidence too. */
  public static Response withEveryField(Questionnaire q) {
    Respondent.Builder who = Respondent.builder();
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField()) {
        who.set(f, f == ResponseField.RESPONDENT_EMAIL ? "pat.invented@example.org" : "Invented " + f.id());
      }
    }
    Response base = ExampleResponses.complete(q);
    return Response.builder()
        .questionnaire(base.questionnaire())
        .putAllAnswers(base.answers())
        .id("R-4242")
        .submitted(LocalDate.of(2012, 11, 2))
        .respondent(who.build())
        .consent(Consent.ANONYMISED)
        .oralEvidence(true)
        .addAllAttachments(withRecord(q).attachments())
        .build();
  }

  /**
   * The values of a record written as JSON, as (key, value) pairs, the questionnaire's reference
   * (which says nothing about the respondent) left out.
   */
  public static List<Map.Entry<String, String>> jsonValues(String json) {
    List<Map.Entry<String, String>> out = new ArrayList<>();
    JsonNode root = JsonMapper.builder().build().readTree(json);
    collect(null, root, out);
    return out;
  }

  private static void collect(String key, JsonNode node, List<Map.Entry<String, String>> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (!(key == null && e.getKey().equals("questionnaire"))) {
          collect(e.getKey(), e.getValue(), out);
        }
      }
    } else if (node.isArray()) {
      node.values().forEach(v -> collect(key, v, out));
    } else {
      out.add(Map.entry(key, node.asString()));
    }
  }

  /**
   * The values of {@code record} that {@code visibleText} does not show, as "key: value" (whitespace
   * is ignored, as text extraction moves it); fails on a key it does not know.
   */
  public static List<String> notShown(List<Map.Entry<String, String>> record, String visibleText) {
    String shown = squeezed(visibleText);
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> e : record) {
      String expected = shownAs(e.getKey(), e.getValue());
      if (!shown.contains(squeezed(expected))) {
        missing.add(e.getKey() + ": " + expected);
      }
    }
    return missing;
  }

  /** How a document shows one value of its record. */
  public static String shownAs(String key, String value) {
    switch (key) {
      case "id":
      case "respondent":
      case "name":
      case "mediaType":
      case "description":
      case "sha256":
        return value;
      case "submitted":
        return DAY.format(LocalDate.parse(value));
      case "size":
        return String.format(java.util.Locale.UK, "%,d", Long.parseLong(value)) + ("1".equals(value) ? " byte" : " bytes");
      case "consent":
        return "Consent to publish: "
            + (Consent.find(value).orElseThrow() == Consent.ANONYMISED ? "published anonymised" : value);
      case "oralEvidence":
        return "Oral evidence: willing to give oral evidence";
      default:
        fail("the record holds \"" + key + "\", which ShownRecord does not know: show it in the document, then say"
            + " here how");
        return value;
    }
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }
}
