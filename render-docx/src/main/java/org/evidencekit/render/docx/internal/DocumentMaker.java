package org.evidencekit.render.docx.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.evidencekit.model.Password;
import org.evidencekit.model.Response;
import org.evidencekit.model.Responses;
import org.evidencekit.model.spi.Layout;

/** Makes one document: fills in the prepared form, packs the parts, encrypts if asked. */
public final class DocumentMaker {
  private DocumentMaker() {}

  public static void make(
      Prepared p,
      Optional<Response> response,
      Layout layout,
      boolean restrictEditing,
      Optional<Password> password,
      java.util.Set<String> withheld,
      OutputStream out)
      throws IOException {
    Values values =
        response.isPresent()
            ? Values.of(p.table, Responses.answersOf(p.questionnaire, response.get()))
            : Values.blank(p.table);
    if (!withheld.isEmpty()) {
      values.withhold(p.table, withheld);
    }
    if (response.isPresent() && layout != Layout.ANSWERS_ONLY) {
      // the record kept in the package is shown in the document too (issue 10)
      values.about(FormWriter.aboutXml(p.table, response.get()));
    }
    Template template;
    ZipPart custom;
    switch (layout) {
      case PRINTED:
        template = p.printed();
        custom = p.customPrinted;
        break;
      case ANSWERS_ONLY:
        template = FormWriter.answersOnly(p.table, values, response.orElseThrow());
        custom = p.customAnswersOnly;
        break;
      default:
        template = p.form;
        custom = p.customForm;
    }
    ZipPart document = template.deflate(Parts.DOCUMENT, values, p.level);

    boolean record = response.isPresent();
    List<ZipPart> parts = new ArrayList<>(12);
    parts.add(record ? p.contentTypesWithRecord : p.contentTypes);
    parts.add(p.packageRels);
    parts.add(document);
    parts.add(record ? p.documentRelsWithRecord : p.documentRels);
    parts.add(p.styles);
    parts.add(restrictEditing ? p.settingsRestricted : p.settings);
    parts.add(p.numbering);
    parts.add(p.header);
    parts.add(p.footer);
    parts.add(p.core);
    parts.add(custom);
    if (record) {
      parts.add(ZipPart.deflate(Parts.RECORD, ResponseRecord.write(p.questionnaire, response.get()), p.level));
      parts.add(p.recordRels);
      parts.add(p.recordProps);
    }
    if (password.isEmpty()) {
      ZipWriter.write(parts, out);
      return;
    }
    Sink sink = new Sink(document.compressedLength + 32768);
    ZipWriter.write(parts, sink);
    char[] chars = password.get().chars();
    try {
      AgileEncryption.encrypt(sink.buf.array(), sink.buf.length(), chars, out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-256 encryption is not available in this Java runtime", e);
    } finally {
      Arrays.fill(chars, '\0');
      Arrays.fill(sink.buf.array(), (byte) 0);
    }
  }

  private static final class Sink extends OutputStream {
    final Bytes buf;

    Sink(int capacity) {
      buf = new Bytes(capacity);
    }

    @Override
    public void write(int b) {
      buf.writeByte(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      buf.write(b, off, len);
    }
  }
}
