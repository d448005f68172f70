package org.evidencekit.anonymise.response;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.evidencekit.anonymise.AnonymisedText;
import org.evidencekit.anonymise.KnownTerms;
import org.evidencekit.anonymise.TextAnonymiser;
import org.evidencekit.model.Answer;
import org.evidencekit.model.AnswerVisitor;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Consent;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Respondent;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;
import org.evidencekit.model.TextAnswer;

/**
 * Applies a respondent's consent to a whole response and anonymises its free text:
 *
 * <ul>
 *   <li>{@link Consent#ANONYMISED}, or no consent given (where unsure, remove): the respondent
 *       block is removed, and the respondent's name, contact, organisation, email and phone are
 *       removed wherever they appear in the answers; other personal details in free text too;
 *   <li>{@link Consent#ATTRIBUTED}: the respondent block is kept, and so are their own name and
 *       organisation in the answers; other people's details in free text are still removed;
 *   <li>{@link Consent#IN_CONFIDENCE}: anonymised as for ANONYMISED and marked not for
 *       publication: {@link AnonymisedResponse#forPublication()} refuses it unless this
 *       anonymiser was built with {@link Builder#publishInConfidence(boolean)}.
 * </ul>
 *
 * Initials and dates of birth are removed whatever the consent. Free text is every text answer,
 * every text given with a chosen option, and each attachment's name and description. Pseudonyms
 * (if the text anonymiser uses them) are consistent across the fields of one response, or of all
 * responses given to {@link #anonymiseAll}.
 *
 * <p>Configured once with {@link #builder()}; immutable and thread-safe.
 */
public final class ResponseAnonymiser {
  private final TextAnonymiser text;
  private final boolean publishInConfidence;

  private ResponseAnonymiser(Builder b) {
    this.text = b.text;
    this.publishInConfidence = b.publishInConfidence;
  }

  /** Text replaced by type tags; responses in confidence are refused for publication. */
  public static ResponseAnonymiser standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Anonymises one response. */
  public AnonymisedResponse anonymise(Response response) {
    return anonymise(response, text.newBatch());
  }

  /** Anonymises responses with one set of pseudonyms across all of them. */
  public List<AnonymisedResponse> anonymiseAll(List<Response> responses) {
    TextAnonymiser.Batch batch = text.newBatch();
    List<AnonymisedResponse> out = new ArrayList<>(responses.size());
    for (Response r : responses) {
      out.add(anonymise(r, batch));
    }
    return out;
  }

  private AnonymisedResponse anonymise(Response response, TextAnonymiser.Batch batch) {
    Objects.requireNonNull(response, "response");
    Consent applied = response.consent().orElse(Consent.ANONYMISED);
    boolean attributed = applied == Consent.ATTRIBUTED;
    Respondent who = response.respondent();
    KnownTerms terms = terms(who, attributed);
    List<FieldReport> report = new ArrayList<>();

    Response.Builder out = Response.builder().questionnaire(response.questionnaire())
        .oralEvidence(response.oralEvidence());
    // The id is the respondent's or the inquiry's label for the response ("Smith-2012-1"): never
    // published, whatever the consent (issue 10, item 6).
    response.submitted().ifPresent(out::submitted);
    response.consent().ifPresent(out::consent);
    out.respondent(attributed ? who : Respondent.empty());
    Set<String> withheld = new TreeSet<>();
    if (!attributed) {
      if (!who.isEmpty()) {
        report.add(new FieldReport("/respondent", FieldReport.Action.REMOVED, List.of()));
      }
      for (ResponseField f : ResponseField.values()) {
        if (f.isRespondentField() && who.get(f).isPresent()) {
          withheld.add(f.pointer());
        }
      }
    }
    if (response.id().isPresent()) {
      report.add(new FieldReport("/id", FieldReport.Action.REMOVED, List.of()));
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Map.Entry<String, Answer> e : response.answers().entrySet()) {
      String pointer = "/answers/" + escape(e.getKey());
      answers.put(e.getKey(), e.getValue().accept(new AnswerVisitor<Answer>() {
        @Override
        public Answer visit(TextAnswer a) {
          AnonymisedText t = batch.anonymise(a.value(), terms);
          note(report, pointer, t);
          return t.changed() ? TextAnswer.of(t.text()) : a;
        }

        @Override
        public Answer visit(ChoiceAnswer c) {
          if (c.specified().isEmpty()) {
            return c;
          }
          Map<String, String> specified = new LinkedHashMap<>();
          for (Map.Entry<String, String> s : c.specified().entrySet()) {
            AnonymisedText t = batch.anonymise(s.getValue(), terms);
            specified.put(s.getKey(), t.text());
            note(report, pointer + "/specified/" + escape(s.getKey()), t);
          }
          return ChoiceAnswer.of(c.selected(), specified);
        }

        @Override
        public Answer visit(NumberAnswer a) {
          return a; // no free text
        }

        @Override
        public Answer visit(BooleanAnswer a) {
          return a;
        }
      }));
    }
    out.putAllAnswers(answers);
    List<Attachment> attachments = new ArrayList<>();
    for (int i = 0; i < response.attachments().size(); i++) {
      Attachment a = response.attachments().get(i);
      Attachment.Builder b = Attachment.builder().mediaType(a.mediaType());
      a.size().ifPresent(b::size);
      a.sha256().ifPresent(b::sha256);
      AnonymisedText name = fileName(a.name(), batch, terms);
      b.name(name.text());
      note(report, "/attachments/" + i + "/name", name);
      if (a.description().isPresent()) {
        AnonymisedText d = batch.anonymise(a.description().get(), terms);
        b.description(d.text());
        note(report, "/attachments/" + i + "/description", d);
      }
      attachments.add(b.build());
    }
    out.addAllAttachments(attachments);
    boolean publishable = applied != Consent.IN_CONFIDENCE || publishInConfidence;
    return new AnonymisedResponse(out.build(), applied, publishable, report, withheld);
  }

  /** Finds details in a file name read with its separators as spaces, and replaces them. */
  private static AnonymisedText fileName(String name, TextAnonymiser.Batch batch, KnownTerms terms) {
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    String ext = dot > 0 ? name.substring(dot) : "";
    AnonymisedText t = batch.anonymise(capitaliseNames(stem.replace('_', ' ').replace('-', ' ')), terms);
    if (!t.changed()) {
      return new AnonymisedText(name, List.of());
    }
    String out = t.text().replace(' ', '-').replace("[", "").replace("]", "") + ext;
    return new AnonymisedText(out, t.report());
  }

  /** File names are written in lower case: give known names their capital ("jasmine" -> "Jasmine"). */
  private static String capitaliseNames(String s) {
    org.evidencekit.anonymise.internal.Lexicon lex = org.evidencekit.anonymise.internal.Lexicon.standard();
    StringBuilder sb = new StringBuilder(s);
    int i = 0;
    while (i < sb.length()) {
      if (!Character.isLetter(sb.charAt(i))) {
        i++;
        continue;
      }
      int e = i;
      while (e < sb.length() && Character.isLetter(sb.charAt(e))) {
        e++;
      }
      String w = sb.substring(i, e).toLowerCase(java.util.Locale.ROOT);
      if (lex.isFirstName(w) || lex.isSurname(w)) {
        sb.setCharAt(i, Character.toUpperCase(sb.charAt(i)));
      }
      i = e;
    }
    return sb.toString();
  }

  private static void note(List<FieldReport> report, String pointer, AnonymisedText t) {
    if (t.changed()) {
      report.add(new FieldReport(pointer, FieldReport.Action.ANONYMISED, t.report()));
    }
  }

  private static KnownTerms terms(Respondent who, boolean attributed) {
    KnownTerms.Builder k = KnownTerms.builder();
    if (attributed) {
      who.name().ifPresent(k::keepPerson);
      who.contactName().ifPresent(k::keepPerson);
      who.organisation().ifPresent(k::keepOrganisation);
      who.email().ifPresent(k::keep);
      who.phone().ifPresent(k::keep);
    } else {
      who.name().ifPresent(k::removePerson);
      who.contactName().ifPresent(k::removePerson);
      who.organisation().ifPresent(k::removeOrganisation);
      who.email().ifPresent(e -> k.remove(org.evidencekit.anonymise.spi.EntityType.EMAIL, e));
      who.phone().ifPresent(p -> k.remove(org.evidencekit.anonymise.spi.EntityType.PHONE, p));
    }
    return k.build();
  }

  private static String escape(String id) {
    return id.replace("~", "~0").replace("/", "~1");
  }

  /** Configures a {@link ResponseAnonymiser}. */
  public static final class Builder {
    private TextAnonymiser text = TextAnonymiser.standard();
    private boolean publishInConfidence;

    private Builder() {}

    /** The anonymiser of free text (default {@link TextAnonymiser#standard()}). */
    public Builder textAnonymiser(TextAnonymiser text) {
      this.text = Objects.requireNonNull(text, "text");
      return this;
    }

    /**
     * Whether responses given in confidence may be published all the same (default false: the
     * publishing path refuses them).
     */
    public Builder publishInConfidence(boolean allow) {
      this.publishInConfidence = allow;
      return this;
    }

    public ResponseAnonymiser build() {
      return new ResponseAnonymiser(this);
    }
  }
}
