package org.evidencekit.render.docx;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.evidencekit.model.spi.DocumentFormat;
import org.evidencekit.model.spi.DocumentReader;
import org.evidencekit.model.spi.DocumentRenderer;
import org.evidencekit.model.spi.Layout;

/**
 * The Word document format (.docx): rendered by {@link DocxRenderer}, read back by {@link
 * DocxReader}. A file is recognised as one by its first bytes: a zip ("PK"), or the OLE2 container
 * (D0 CF) an encrypted Word document is kept in. The reader also reads a form that LibreOffice
 * saved as an OpenDocument text ({@code .odt}, a zip too), so {@code read} takes what a
 * LibreOffice user sends back whichever way they saved it; forms are rendered as Word only.
 *
 * <p>Renders every {@link Layout}; a response is rendered as the filled form by default, which
 * stays editable. Honours a password and restricted editing, not archival (PDF/A is a PDF).
 *
 * <p>Found by {@link org.evidencekit.model.spi.FormatRegistry#discover()}, or added to a registry
 * explicitly: {@code FormatRegistry.builder().add(DocxFormat.standard())}. Immutable and
 * thread-safe.
 */
public final class DocxFormat implements DocumentFormat {
  /** The id of this format. */
  public static final String ID = "docx";

  /** The media type of a Word document. */
  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private static final Set<Layout> LAYOUTS =
      Collections.unmodifiableSet(EnumSet.of(Layout.FORM, Layout.PRINTED, Layout.ANSWERS_ONLY));
  private static final Set<Capability> CAPABILITIES =
      Collections.unmodifiableSet(EnumSet.of(Capability.PASSWORD, Capability.RESTRICT_EDITING));

  private static final DocxFormat STANDARD = new DocxFormat();

  private final DocxRenderer renderer;
  private final DocxReader reader;

  /** The format with the standard renderer and reader; for {@link java.util.ServiceLoader}. */
  public DocxFormat() {
    this(DocxRenderer.standard(), DocxReader.standard());
  }

  private DocxFormat(DocxRenderer renderer, DocxReader reader) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** The format with the standard renderer and reader. */
  public static DocxFormat standard() {
    return STANDARD;
  }

  /** The format with this renderer (configured with its builder) and the standard reader. */
  public static DocxFormat of(DocxRenderer renderer) {
    return new DocxFormat(renderer, DocxReader.standard());
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public String mediaType() {
    return MEDIA_TYPE;
  }

  @Override
  public List<String> fileExtensions() {
    return List.of("docx");
  }

  @Override
  public boolean recognises(byte[] head) {
    return head.length >= 4
        && ((head[0] == 'P' && head[1] == 'K') || (head[0] == (byte) 0xD0 && head[1] == (byte) 0xCF));
  }

  @Override
  public Set<Layout> layouts() {
    return LAYOUTS;
  }

  @Override
  public Layout defaultResponseLayout() {
    return Layout.FORM;
  }

  @Override
  public Set<Capability> capabilities() {
    return CAPABILITIES;
  }

  @Override
  public DocumentRenderer renderer() {
    return renderer;
  }

  @Override
  public Optional<DocumentReader> reader() {
    return Optional.of(reader);
  }

  @Override
  public String toString() {
    return "DocxFormat";
  }
}
