package org.evidencekit.render.html.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.evidencekit.model.Answer;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.DocumentException;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.EmailQuestion;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.LongTextQuestion;
import org.evidencekit.model.MultipleChoiceQuestion;
import org.evidencekit.model.NumberAnswer;
import org.evidencekit.model.Option;
import org.evidencekit.model.Part;
import org.evidencekit.model.Question;
import org.evidencekit.model.QuestionGroup;
import org.evidencekit.model.QuestionVisitor;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.ShortTextQuestion;
import org.evidencekit.model.SingleChoiceQuestion;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.TickBoxQuestion;
import org.evidencekit.model.json.EvidenceJson;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads what an HTML page made by EvidenceKit says about itself, and the values of its form's
 * controls: text in a text box's {@code value} or a text area's content, which boxes and buttons
 * are {@code checked}. The page is untrusted: it is read in bounded memory and time (its size, the
 * number of its tags and the depth of their nesting are limited before and while it is parsed),
 * and nothing it points to is fetched.
 */
public final class FormReading {
  /** The most tags a page may have: a filled form of the 2012 questionnaire has about 1,600. */
  static final int MAX_TAGS = 250_000;

  /** The deepest nesting of elements the parser keeps (a form nests about ten deep). */
  static final int MAX_DEPTH = 128;

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

  private final Document doc;
  private final Map<String, List<Element>> controls = new HashMap<>();

  private FormReading(Document doc) {
    this.doc = doc;
    for (Element e : doc.select("input[name], textarea[name]")) {
      controls.computeIfAbsent(e.attr("name"), n -> new ArrayList<>()).add(e);
    }
  }

  /**
   * Reads at most {@code maxBytes} of the page and parses it.
   *
   * @throws DocumentException if it is larger, has too many tags, or cannot be parsed
   */
  public static FormReading read(InputStream in, long maxBytes) throws IOException {
    long limit = Math.min(maxBytes, Integer.MAX_VALUE - 16L);
    byte[] bytes = in.readNBytes((int) limit + 1);
    if (bytes.length > limit) {
      throw new DocumentException(
          Reason.UNSAFE, "The HTML page is larger than " + limit + " bytes, too large to read safely");
    }
    String html = decode(bytes);
    long tags = html.chars().filter(c -> c == '<').count();
    if (tags > MAX_TAGS) {
      throw new DocumentException(
          Reason.UNSAFE, "The HTML page has more than " + MAX_TAGS + " tags, too many to read safely");
    }
    try {
      Parser parser = Parser.htmlParser().setMaxDepth(MAX_DEPTH);
      return new FormReading(Jsoup.parse(html, "", parser));
    } catch (StackOverflowError e) {
      throw new DocumentException(Reason.UNSAFE, "The HTML page is nested too deeply to read safely");
    } catch (RuntimeException e) {
      throw new DocumentException(Reason.MALFORMED, "The HTML page is damaged and cannot be read", e);
    }
  }

  /** UTF-8, as the pages are written; a byte order mark is dropped, bad bytes become U+FFFD. */
  private static String decode(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
          .toString();
    } catch (java.nio.charset.CharacterCodingException e) {
      throw new IllegalStateException("a replacing decoder does not fail", e);
    }
  }

  /** The questionnaire and version the page names. */
  public QuestionnaireRef identify() {
    Optional<String> id = meta(Meta.QUESTIONNAIRE);
    Optional<String> version = meta(Meta.VERSION);
    if (id.isEmpty() || version.isEmpty()) {
      throw new DocumentException(
          Reason.NOT_OUR_FORM,
          "This HTML page is not a form made by EvidenceKit (it names no questionnaire): fill in a"
              + " form rendered from the questionnaire");
    }
    return QuestionnaireRef.of(id.get(), version.get());
  }

  /** The layout the page was made in: "form", "printed" or "answers-only". */
  public String layout() {
    return meta(Meta.LAYOUT).orElse("form");
  }

  /** The response the form holds. */
  public Response read(Questionnaire q) {
    QuestionnaireRef ref = identify();
    if (!ref.equals(QuestionnaireRef.of(q))) {
      throw new DocumentException(
          Reason.OTHER_QUESTIONNAIRE,
          "This HTML page is a form of " + named(ref) + ", not of "
              + q.id() + " version " + q.version() + ": read it with its own questionnaire");
    }
    if (!"form".equals(layout())) {
      throw new DocumentException(
          Reason.NOT_OUR_FORM,
          "This HTML page is " + ("answers-only".equals(layout()) ? "an answers-only" : "a printed")
              + " response, not a form: it has no fields to read; read the response from its JSON instead");
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Part part : q.parts()) {
      part.declaration().ifPresent(d -> {
        if (ticked(Names.of(d))) {
          answers.put(d.id(), BooleanAnswer.of(true));
        }
      });
    }
    QuestionVisitor<Optional<Answer>> reader = new AnswerReader();
    for (Question question : q.questions()) {
      question.accept(reader).ifPresent(a -> answers.put(question.id(), a));
    }
    Response.Builder b = Responses.assemble(q, answers);
    record(ref).ifPresent(r -> {
      r.id().ifPresent(b::id);
      r.submitted().ifPresent(b::submitted);
      b.addAllAttachments(r.attachments());
    });
    return b.build();
  }

  /** The answer each kind of question has in the form. */
  private final class AnswerReader implements QuestionVisitor<Optional<Answer>> {
    @Override
    public Optional<Answer> visit(ShortTextQuestion question) {
      return text(Names.of(question)).map(TextAnswer::of);
    }

    @Override
    public Optional<Answer> visit(LongTextQuestion question) {
      return text(Names.of(question)).map(TextAnswer::of);
    }

    @Override
    public Optional<Answer> visit(EmailQuestion question) {
      return text(Names.of(question)).map(TextAnswer::of);
    }

    @Override
    public Optional<Answer> visit(CountQuestion question) {
      return text(Names.of(question)).map(FormReading::count);
    }

    @Override
    public Optional<Answer> visit(TickBoxQuestion question) {
      return ticked(Names.of(question)) ? Optional.of(BooleanAnswer.of(true)) : Optional.empty();
    }

    @Override
    public Optional<Answer> visit(SingleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Optional<Answer> visit(MultipleChoiceQuestion question) {
      return choice(question);
    }

    @Override
    public Optional<Answer> visit(QuestionGroup group) {
      return Optional.empty(); // its sub-questions are answered, each under its own id
    }
  }

  /** A count as a number if it is one ("1,200" too), else as the text given. */
  private static Answer count(String text) {
    String t = GROUPED.matcher(text).matches() ? text.replace(",", "") : text;
    return NumberAnswer.parse(t).<Answer>map(n -> n).orElseGet(() -> TextAnswer.of(text));
  }

  private Optional<Answer> choice(ChoiceQuestion question) {
    ChoiceAnswer.Builder b = ChoiceAnswer.builder();
    boolean any = false;
    List<String> checked = checkedValues(Names.of(question));
    for (Option o : question.options()) {
      if (checked.contains(o.id())) {
        b.addSelected(o.id());
        any = true;
      }
    }
    for (Option o : question.options()) {
      if (o.specify()) {
        Optional<String> text = text(Names.specify(question, o));
        if (text.isPresent()) {
          b.putSpecified(o.id(), text.get());
          any = true;
        }
      }
    }
    return any ? Optional.of(b.build()) : Optional.empty();
  }

  /** Whether a check box (or radio button) of this name is checked. */
  private boolean ticked(String name) {
    return !checkedValues(name).isEmpty();
  }

  /** The values of the checked boxes and buttons of this name ("on" where one has no value). */
  private List<String> checkedValues(String name) {
    List<String> out = new ArrayList<>();
    for (Element e : controls.getOrDefault(name, List.of())) {
      if (isCheckable(e) && e.hasAttr("checked")) {
        out.add(e.hasAttr("value") ? e.attr("value") : "on");
      }
    }
    return out;
  }

  /**
   * The text of the first text box or text area of this name: line breaks as line feeds, white
   * space at either end dropped; empty if there is none, or it holds nothing.
   */
  private Optional<String> text(String name) {
    for (Element e : controls.getOrDefault(name, List.of())) {
      String value;
      if ("textarea".equals(e.normalName())) {
        value = e.wholeText();
      } else if (!isCheckable(e)) {
        value = e.attr("value");
      } else {
        continue;
      }
      String t = value.replace("\r\n", "\n").replace('\r', '\n').strip();
      return t.isEmpty() ? Optional.empty() : Optional.of(t);
    }
    return Optional.empty();
  }

  private static boolean isCheckable(Element e) {
    String type = e.attr("type").toLowerCase(Locale.ROOT);
    return "input".equals(e.normalName()) && ("checkbox".equals(type) || "radio".equals(type));
  }

  private Optional<String> meta(String name) {
    Element e = doc.head().selectFirst("meta[name=" + name + "]");
    return e == null || e.attr("content").isBlank() ? Optional.empty() : Optional.of(e.attr("content"));
  }

  /** The response's own record (id, date, attachments) the renderer stored, if any. */
  private Optional<Response> record(QuestionnaireRef ref) {
    Optional<String> json = meta(Meta.RESPONSE);
    if (json.isEmpty()) {
      return Optional.empty();
    }
    try {
      Response r = EvidenceJson.standard()
          .readResponse(json.get().getBytes(StandardCharsets.UTF_8), "the HTML page's record");
      return r.questionnaire().equals(ref) ? Optional.of(r) : Optional.empty();
    } catch (EvidenceKitException e) {
      throw new DocumentException(
          Reason.MALFORMED, "The HTML page's EvidenceKit record of the response is damaged", e);
    }
  }

  /**
   * The questionnaire a document names, as it may be shown: the document's own text only where it
   * is shaped like an id (no control characters, no escape sequences reach a terminal).
   */
  private static String named(QuestionnaireRef ref) {
    return org.evidencekit.model.validation.Messages.isQuotable(ref.id())
        && org.evidencekit.model.validation.Messages.isQuotable(ref.version())
        ? ref.id() + " version " + ref.version()
        : "another questionnaire (its id is not shown: it is not shaped like an id)";
  }
}
