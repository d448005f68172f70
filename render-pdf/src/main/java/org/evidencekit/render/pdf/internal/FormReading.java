package org.evidencekit.render.pdf.internal;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.evidencekit.model.Answer;
import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.ChoiceQuestion;
import org.evidencekit.model.CountQuestion;
import org.evidencekit.model.DocumentException.Reason;
import org.evidencekit.model.DocumentException;
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
import org.evidencekit.model.validation.Messages;

/**
 * Reads what an opened PDF says about itself and the values of its form's fields, walking the
 * field tree itself (depth, count and cycles bounded) at the level of PDF objects.
 */
public final class FormReading {
  static final int MAX_DEPTH = 32;
  static final int MAX_FIELDS = 100_000;
  static final int MAX_VALUE_CHARS = 1 << 20;
  private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");
  private static final Pattern GROUPED = Pattern.compile("-?[0-9]{1,3}(,[0-9]{3})+(\\.[0-9]+)?");

  private final PDDocument doc;

  public FormReading(PDDocument doc) {
    this.doc = doc;
  }

  /** The questionnaire the document names, and its layout. */
  public QuestionnaireRef identify() {
    COSDictionary info = doc.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
    String id = info == null ? null : info.getString(DocumentMeta.KEY_QUESTIONNAIRE);
    String version = info == null ? null : info.getString(DocumentMeta.KEY_VERSION);
    if (id == null || version == null || id.isBlank() || version.isBlank()) {
      throw new DocumentException(
          Reason.NOT_OUR_FORM,
          "This PDF is not a form made by EvidenceKit (it names no questionnaire): fill in a form"
              + " rendered from the questionnaire");
    }
    return QuestionnaireRef.of(id, version);
  }

  /** The layout the document was made with: "form", "printed" or "answers-only". */
  public String layout() {
    COSDictionary info = doc.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
    String layout = info == null ? null : info.getString(DocumentMeta.KEY_LAYOUT);
    return layout == null ? "form" : layout;
  }

  /** The response the form holds. */
  public Response read(Questionnaire q) {
    QuestionnaireRef ref = identify();
    if (!ref.equals(QuestionnaireRef.of(q))) {
      throw new DocumentException(
          Reason.OTHER_QUESTIONNAIRE,
          "This PDF is a form of " + named(ref) + ", not of " + q.id()
              + " version " + q.version() + ": read it with its own questionnaire");
    }
    if (!"form".equals(layout())) {
      throw new DocumentException(
          Reason.NOT_OUR_FORM,
          "This PDF is " + ("answers-only".equals(layout()) ? "an answers-only" : "a printed") + " response, not a fillable form: it has no fields to read;"
              + " read the response from its JSON instead");
    }
    Map<String, FieldValue> fields = fields();
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Part part : q.parts()) {
      part.declaration()
          .ifPresent(d -> {
            if (ticked(fields, FieldNames.of(d))) {
              answers.put(d.id(), BooleanAnswer.of(true));
            }
          });
    }
    AnswerReader reader = new AnswerReader(fields);
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

  /** The answer one question's fields hold, if they hold one. */
  private static final class AnswerReader implements QuestionVisitor<Optional<Answer>> {
    private final Map<String, FieldValue> fields;

    AnswerReader(Map<String, FieldValue> fields) {
      this.fields = fields;
    }

    @Override
    public Optional<Answer> visit(ShortTextQuestion question) {
      return text(fields, FieldNames.of(question)).map(TextAnswer::of);
    }

    @Override
    public Optional<Answer> visit(LongTextQuestion question) {
      return text(fields, FieldNames.of(question)).map(TextAnswer::of);
    }

    @Override
    public Optional<Answer> visit(EmailQuestion question) {
      return text(fields, FieldNames.of(question)).map(TextAnswer::of);
    }

    @Override
    public Optional<Answer> visit(CountQuestion question) {
      return text(fields, FieldNames.of(question)).map(text -> {
        String t = text;
        if (GROUPED.matcher(t).matches()) {
          t = t.replace(",", "");
        }
        return NumberAnswer.parse(t).<Answer>map(n -> n).orElseGet(() -> TextAnswer.of(text));
      });
    }

    @Override
    public Optional<Answer> visit(TickBoxQuestion question) {
      return ticked(fields, FieldNames.of(question)) ? Optional.of(BooleanAnswer.of(true)) : Optional.empty();
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
      return Optional.empty(); // its questions are read on their own
    }

    private Optional<Answer> choice(ChoiceQuestion cq) {
      ChoiceAnswer.Builder b = ChoiceAnswer.builder();
      boolean any = false;
      for (Option o : cq.options()) {
        if (ticked(fields, FieldNames.of(cq, o))) {
          b.addSelected(o.id());
          any = true;
        }
      }
      for (Option o : cq.options()) {
        if (o.specify()) {
          Optional<String> text = text(fields, FieldNames.specifyOf(cq, o));
          if (text.isPresent()) {
            b.putSpecified(o.id(), text.get());
            any = true;
          }
        }
      }
      return any ? Optional.of(b.build()) : Optional.empty();
    }
  }

  private static boolean ticked(Map<String, FieldValue> fields, String name) {
    FieldValue v = fields.get(name);
    return v != null && v.ticked;
  }

  private static Optional<String> text(Map<String, FieldValue> fields, String name) {
    FieldValue v = fields.get(name);
    if (v == null || v.text == null) {
      return Optional.empty();
    }
    String t = v.text.replace("\r\n", "\n").replace('\r', '\n').strip();
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }

  /** The response's own record (id, date, attachments) the renderer stored, if any. */
  private Optional<Response> record(QuestionnaireRef ref) {
    COSDictionary info = doc.getDocument().getTrailer().getCOSDictionary(COSName.INFO);
    String json = info == null ? null : info.getString(DocumentMeta.KEY_RESPONSE);
    if (json == null) {
      return Optional.empty();
    }
    try {
      Response r = EvidenceJson.standard().readResponse(json.getBytes(StandardCharsets.UTF_8), "the PDF's record");
      return r.questionnaire().equals(ref) ? Optional.of(r) : Optional.empty();
    } catch (EvidenceKitException e) {
      throw new DocumentException(
          Reason.MALFORMED, "The PDF's EvidenceKit record of the response is damaged", e);
    }
  }

  /** A field's value: text, or whether a box is ticked. */
  static final class FieldValue {
    final String text;
    final boolean ticked;

    FieldValue(String text, boolean ticked) {
      this.text = text;
      this.ticked = ticked;
    }
  }

  /** Every terminal field by its full name. */
  Map<String, FieldValue> fields() {
    COSDictionary catalog = doc.getDocumentCatalog().getCOSObject();
    COSDictionary acro = catalog.getCOSDictionary(COSName.ACRO_FORM);
    Map<String, FieldValue> out = new HashMap<>();
    if (acro == null) {
      return out;
    }
    COSArray roots = acro.getCOSArray(COSName.FIELDS);
    if (roots == null) {
      return out;
    }
    Set<COSBase> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Object[]> stack = new ArrayDeque<>();
    for (int i = roots.size() - 1; i >= 0; i--) {
      stack.push(new Object[] {roots.getObject(i), "", null, 0});
    }
    int count = 0;
    while (!stack.isEmpty()) {
      Object[] top = stack.pop();
      if (!(top[0] instanceof COSDictionary)) {
        continue;
      }
      COSDictionary field = (COSDictionary) top[0];
      String parentName = (String) top[1];
      COSName inheritedType = (COSName) top[2];
      int depth = (Integer) top[3];
      if (!seen.add(field)) {
        continue; // a cycle, or a field listed twice
      }
      if (++count > MAX_FIELDS || depth > MAX_DEPTH) {
        throw new DocumentException(
            Reason.UNSAFE, "The PDF's form has too many fields, or fields nested too deeply, to read safely");
      }
      String partial = field.getString(COSName.T);
      String name = partial == null ? parentName : parentName.isEmpty() ? partial : parentName + "." + partial;
      COSName type = field.getCOSName(COSName.FT, inheritedType);
      COSArray kids = field.getCOSArray(COSName.KIDS);
      boolean hasFieldKids = false;
      if (kids != null) {
        for (int i = kids.size() - 1; i >= 0; i--) {
          COSBase kid = kids.getObject(i);
          if (kid instanceof COSDictionary && ((COSDictionary) kid).containsKey(COSName.T)) {
            hasFieldKids = true;
            stack.push(new Object[] {kid, name, type, depth + 1});
          }
        }
      }
      if (hasFieldKids || partial == null) {
        continue;
      }
      if (COSName.BTN.equals(type)) {
        out.put(name, new FieldValue(null, isOn(field, kids)));
      } else if (COSName.TX.equals(type)) {
        out.put(name, new FieldValue(textOf(field.getDictionaryObject(COSName.V)), false));
      }
    }
    return out;
  }

  private static boolean isOn(COSDictionary field, COSArray kids) {
    COSBase v = field.getDictionaryObject(COSName.V);
    if (v instanceof COSName) {
      return !COSName.Off.equals(v);
    }
    COSBase as = field.getDictionaryObject(COSName.AS);
    if (as instanceof COSName) {
      return !COSName.Off.equals(as);
    }
    if (kids != null) {
      for (int i = 0; i < kids.size(); i++) {
        COSBase kid = kids.getObject(i);
        if (kid instanceof COSDictionary) {
          COSBase kidState = ((COSDictionary) kid).getDictionaryObject(COSName.AS);
          if (kidState instanceof COSName && !COSName.Off.equals(kidState)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String textOf(COSBase v) {
    if (v instanceof COSObject) {
      v = ((COSObject) v).getObject();
    }
    if (v instanceof COSString) {
      String s = ((COSString) v).getString();
      return s.length() > MAX_VALUE_CHARS ? s.substring(0, MAX_VALUE_CHARS) : s;
    }
    if (v instanceof COSStream) {
      try {
        SafeLoad.inflatedSize((COSStream) v, SafeLoad.MAX_STREAM);
      } catch (IOException e) {
        throw new DocumentException(Reason.MALFORMED, "A field of the PDF's form is damaged", e);
      }
      try (InputStream in = ((COSStream) v).createInputStream()) {
        byte[] bytes = in.readNBytes(MAX_VALUE_CHARS);
        return new String(bytes, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new DocumentException(Reason.MALFORMED, "A field of the PDF's form is damaged", e);
      }
    }
    return null;
  }

  /**
   * The questionnaire a document names, as it may be shown: the document's own text only where it
   * is shaped like an id (no control characters, no escape sequences reach a terminal).
   */
  private static String named(QuestionnaireRef ref) {
    return Messages.isQuotable(ref.id()) && Messages.isQuotable(ref.version())
        ? ref.id() + " version " + ref.version()
        : "another questionnaire (its id is not shown: it is not shaped like an id)";
  }
}
