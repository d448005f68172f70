package org.evidencekit.render.docx.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.evidencekit.model.Attachment;
import org.evidencekit.model.Consent;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.Response;
import org.evidencekit.model.ResponseField;

/**
 * What a filled document keeps of a response beyond its form's controls, in a custom XML part
 * (kept by Word and LibreOffice): the response's id, the day it was sent, its attachments, and
 * any respondent field, consent or oral-evidence answer that no question of the questionnaire
 * is bound to.
 */
public final class ResponseRecord {
  public static final String NAMESPACE = "urn:evidencekit:docx:response:1";

  Optional<String> questionnaireId = Optional.empty();
  Optional<String> version = Optional.empty();
  Optional<String> id = Optional.empty();
  Optional<LocalDate> submitted = Optional.empty();
  final Map<ResponseField, String> respondent = new EnumMap<>(ResponseField.class);
  Optional<Consent> consent = Optional.empty();
  boolean oralEvidence;
  final List<Attachment> attachments = new ArrayList<>();

  /** The record of a response to a questionnaire, as XML. */
  public static String write(Questionnaire q, Response r) {
    StringBuilder sb = new StringBuilder(512);
    sb.append("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    sb.append("<ek:response xmlns:ek=\"").append(NAMESPACE).append("\" questionnaire=\"");
    Xml.escape(sb, q.id()).append("\" version=\"");
    Xml.escape(sb, q.version()).append("\">");
    r.id().ifPresent(s -> element(sb, "id", s));
    r.submitted().ifPresent(d -> element(sb, "submitted", d.toString()));
    for (ResponseField f : ResponseField.values()) {
      if (f.isRespondentField() && q.questionFor(f).isEmpty()) {
        Optional<String> value = r.respondent().get(f);
        if (value.isPresent()) {
          sb.append("<ek:respondent field=\"").append(f.id()).append("\">");
          Xml.escape(sb, value.get()).append("</ek:respondent>");
        }
      }
    }
    if (q.questionFor(ResponseField.CONSENT).isEmpty()) {
      r.consent().ifPresent(c -> element(sb, "consent", c.id()));
    }
    if (q.questionFor(ResponseField.ORAL_EVIDENCE).isEmpty() && r.oralEvidence()) {
      element(sb, "oralEvidence", "true");
    }
    for (Attachment a : r.attachments()) {
      sb.append("<ek:attachment>");
      element(sb, "name", a.name());
      element(sb, "mediaType", a.mediaType());
      a.description().ifPresent(s -> element(sb, "description", s));
      a.size().ifPresent(n -> element(sb, "size", Long.toString(n)));
      a.sha256().ifPresent(s -> element(sb, "sha256", s));
      sb.append("</ek:attachment>");
    }
    return sb.append("</ek:response>").toString();
  }

  private static void element(StringBuilder sb, String name, String text) {
    sb.append("<ek:").append(name).append('>');
    Xml.escape(sb, text).append("</ek:").append(name).append('>');
  }

  /**
   * Reads a record; empty if the part is some other custom XML.
   *
   * @throws XMLStreamException if it is not well-formed
   * @throws IllegalArgumentException if it is ours but holds a value that cannot be read
   */
  static Optional<ResponseRecord> read(XMLStreamReader x) throws XMLStreamException {
    while (x.hasNext() && x.next() != XMLStreamConstants.START_ELEMENT) {
      // skip to the root
    }
    if (!x.isStartElement() || !NAMESPACE.equals(x.getNamespaceURI()) || !"response".equals(x.getLocalName())) {
      return Optional.empty();
    }
    ResponseRecord r = new ResponseRecord();
    r.questionnaireId = Optional.ofNullable(x.getAttributeValue(null, "questionnaire"));
    r.version = Optional.ofNullable(x.getAttributeValue(null, "version"));
    Attachment.Builder attachment = null;
    String name = "response";
    try {
      while (x.hasNext()) {
        int event = x.next();
        if (event == XMLStreamConstants.END_ELEMENT
            && "attachment".equals(x.getLocalName())
            && attachment != null) {
          name = "attachment";
          r.attachments.add(attachment.build());
          attachment = null;
        }
        if (event != XMLStreamConstants.START_ELEMENT || !NAMESPACE.equals(x.getNamespaceURI())) {
          continue;
        }
        name = x.getLocalName();
        if ("attachment".equals(name)) {
          attachment = Attachment.builder();
          continue;
        }
        String field = x.getAttributeValue(null, "field");
        String text = x.getElementText();
        if (attachment != null) {
          attachmentField(attachment, name, text);
        } else {
          field(r, name, field, text);
        }
      }
    } catch (org.evidencekit.model.DocumentException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the response record's " + name + " cannot be read", e);
    }
    return Optional.of(r);
  }

  private static void attachmentField(Attachment.Builder a, String name, String text) {
    switch (name) {
      case "name":
        a.name(text);
        break;
      case "mediaType":
        a.mediaType(text);
        break;
      case "description":
        a.description(text);
        break;
      case "size":
        a.size(Long.parseLong(text.trim()));
        break;
      case "sha256":
        a.sha256(text);
        break;
      default:
        break;
    }
  }

  private static void field(ResponseRecord r, String name, String field, String text) {
    switch (name) {
      case "id":
        r.id = Optional.of(text);
        break;
      case "submitted":
        r.submitted = Optional.of(LocalDate.parse(text.trim()));
        break;
      case "respondent":
        for (ResponseField f : ResponseField.values()) {
          if (f.isRespondentField() && f.id().equals(field)) {
            r.respondent.put(f, text);
          }
        }
        break;
      case "consent":
        r.consent = Consent.find(text.trim());
        break;
      case "oralEvidence":
        r.oralEvidence = "true".equals(text.trim());
        break;
      default:
        break;
    }
  }
}
