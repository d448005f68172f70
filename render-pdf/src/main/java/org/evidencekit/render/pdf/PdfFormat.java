package org.evidencekit.render.pdf;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
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
 * The PDF format: rendered by {@link PdfRenderer} (accessible, tagged PDF/UA; PDF/A when
 * archival), read back by {@link PdfReader}. A file is recognised as one by its first bytes,
 * "%PDF-".
 *
 * <p>Renders every {@link Layout}; a response is printed by default (its answers drawn as text).
 * Honours archival, a password and restricted editing (a password or restricted editing cannot be
 * combined with archival).
 *
 * <p>Found by {@link org.evidencekit.model.spi.FormatRegistry#discover()}, or added to a registry
 * explicitly: {@code FormatRegistry.builder().add(PdfFormat.standard())}. Immutable and
 * thread-safe.
 */
public final class PdfFormat implements DocumentFormat {
  /** The id of this format. */
  public static final String ID = "pdf";

  /** The media type of a PDF. */
  public static final String MEDIA_TYPE = "application/pdf";

  private static final byte[] MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

  private static final Set<Layout> LAYOUTS =
      Collections.unmodifiableSet(EnumSet.of(Layout.FORM, Layout.PRINTED, Layout.ANSWERS_ONLY));
  private static final Set<Capability> CAPABILITIES =
      Collections.unmodifiableSet(EnumSet.of(Capability.ARCHIVAL, Capability.PASSWORD, Capability.RESTRICT_EDITING));

  private static final PdfFormat STANDARD = new PdfFormat();

  private final PdfRenderer renderer;
  private final PdfReader reader;

  /** The format with the standard renderer and reader; for {@link java.util.ServiceLoader}. */
  public PdfFormat() {
    this(PdfRenderer.standard(), PdfReader.standard());
  }

  private PdfFormat(PdfRenderer renderer, PdfReader reader) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** The format with the standard renderer and reader. */
  public static PdfFormat standard() {
    return STANDARD;
  }

  /** The format with this renderer (configured with its builder) and the standard reader. */
  public static PdfFormat of(PdfRenderer renderer) {
    return new PdfFormat(renderer, PdfReader.standard());
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
    return List.of("pdf");
  }

  @Override
  public boolean recognises(byte[] head) {
    return head.length >= MAGIC.length && Arrays.equals(head, 0, MAGIC.length, MAGIC, 0, MAGIC.length);
  }

  @Override
  public Set<Layout> layouts() {
    return LAYOUTS;
  }

  @Override
  public Layout defaultResponseLayout() {
    return Layout.PRINTED;
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
    return "PdfFormat";
  }
}
