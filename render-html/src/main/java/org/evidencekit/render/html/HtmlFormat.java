package org.evidencekit.render.html;

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
import org.evidencekit.render.html.internal.Recognition;

/**
 * The HTML format: rendered by {@link HtmlRenderer} (an accessible, self-contained HTML5 page),
 * read back by {@link HtmlReader}. A file is recognised as one of ours by its first bytes: an
 * HTML5 document type followed by the {@code evidencekit-questionnaire} meta element, which any
 * other HTML page lacks.
 *
 * <p>Renders every {@link Layout}; a response is rendered as the filled form by default, so that
 * it can be read back (and a web form can reuse it). Honours no other option: an HTML page cannot
 * be encrypted, archived as PDF/A or locked for editing.
 *
 * <p>Found by {@link org.evidencekit.model.spi.FormatRegistry#discover()}, or added to a registry
 * explicitly: {@code FormatRegistry.builder().add(HtmlFormat.standard())}. Immutable and
 * thread-safe.
 */
public final class HtmlFormat implements DocumentFormat {
  /** The id of this format. */
  public static final String ID = "html";

  /** The media type of an HTML page. */
  public static final String MEDIA_TYPE = "text/html";

  private static final Set<Layout> LAYOUTS =
      Collections.unmodifiableSet(EnumSet.of(Layout.FORM, Layout.PRINTED, Layout.ANSWERS_ONLY));

  private static final HtmlFormat STANDARD = new HtmlFormat();

  private final HtmlRenderer renderer;
  private final HtmlReader reader;

  /** The format with the standard renderer and reader; for {@link java.util.ServiceLoader}. */
  public HtmlFormat() {
    this(HtmlRenderer.standard(), HtmlReader.standard());
  }

  private HtmlFormat(HtmlRenderer renderer, HtmlReader reader) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /** The format with the standard renderer and reader. */
  public static HtmlFormat standard() {
    return STANDARD;
  }

  /** The format with this renderer and reader (each configured with its builder). */
  public static HtmlFormat of(HtmlRenderer renderer, HtmlReader reader) {
    return new HtmlFormat(renderer, reader);
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
    return List.of("html", "htm");
  }

  /**
   * Whether {@code head} starts an HTML5 page made by EvidenceKit: {@code <!DOCTYPE html} (after
   * an optional byte order mark and white space), and the {@code evidencekit-questionnaire} meta
   * element within the bytes given.
   */
  @Override
  public boolean recognises(byte[] head) {
    return Recognition.isOurs(head);
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
    return Set.of();
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
    return "HtmlFormat";
  }
}
