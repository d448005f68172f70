package org.evidencekit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.evidencekit.model.EvidenceKitException;
import org.evidencekit.model.spi.DocumentReader;
import org.evidencekit.model.spi.DocumentRenderer;
import org.evidencekit.render.docx.DocxReader;
import org.evidencekit.render.docx.DocxRenderer;
import org.evidencekit.render.pdf.PdfReader;
import org.evidencekit.render.pdf.PdfRenderer;

/** The document formats this command line renders and reads, registered explicitly. */
final class Formats {
  private static final Map<String, DocumentRenderer> RENDERERS = new LinkedHashMap<>();
  private static final Map<String, DocumentReader> READERS = new LinkedHashMap<>();

  static {
    RENDERERS.put(DocxRenderer.ID, DocxRenderer.standard());
    READERS.put(DocxRenderer.ID, DocxReader.standard());
    RENDERERS.put(PdfRenderer.ID, PdfRenderer.standard());
    READERS.put(PdfRenderer.ID, PdfReader.standard());
  }

  private Formats() {}

  static DocumentRenderer renderer(String id) {
    DocumentRenderer r = RENDERERS.get(id);
    if (r == null) {
      throw new EvidenceKitException("there is no '" + id + "' renderer: use " + String.join(" or ", RENDERERS.keySet()));
    }
    return r;
  }

  /** Every renderer, in the order registered. */
  static java.util.Collection<DocumentRenderer> renderers() {
    return RENDERERS.values();
  }

  /** The reader for a document, by its first bytes: a zip (DOCX) or "%PDF". */
  static Optional<DocumentReader> readerFor(byte[] head) {
    if (head.length >= 4 && head[0] == 'P' && head[1] == 'K') {
      return Optional.ofNullable(READERS.get("docx"));
    }
    if (head.length >= 4 && head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF) {
      return Optional.ofNullable(READERS.get("docx")); // an encrypted OOXML file is an OLE2 container
    }
    if (head.length >= 5 && new String(head, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1).equals("%PDF-")) {
      return Optional.ofNullable(READERS.get("pdf"));
    }
    return Optional.empty();
  }
}
