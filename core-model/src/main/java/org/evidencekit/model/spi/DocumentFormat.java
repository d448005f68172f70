package org.evidencekit.model.spi;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A document format as a plug-in: what it is called ({@link #id()}, media type, file extensions),
 * how a file of it is recognised from its first bytes, what it can render (its {@link #layouts()}
 * and {@link Capability capabilities}), its {@link #renderer()}, and its {@link #reader()} if
 * filled documents of it can be read back.
 *
 * <p>Formats are collected in a {@link FormatRegistry}, explicitly with its builder or found with
 * {@link java.util.ServiceLoader} ({@link FormatRegistry#discover()}). A format found that way
 * declares {@code provides org.evidencekit.model.spi.DocumentFormat with ...} in its module and
 * lists its class in {@code META-INF/services/org.evidencekit.model.spi.DocumentFormat}, and has a
 * public no-argument constructor. Implementations are immutable and thread-safe.
 */
public interface DocumentFormat {

  /** What a format can do beyond rendering a layout, which a tool asks for rather than assuming. */
  enum Capability {
    /** An archival document ({@link RenderOptions#archival()}), such as PDF/A. */
    ARCHIVAL,
    /** A document encrypted with a password ({@link RenderOptions#password()}). */
    PASSWORD,
    /** A document whose editing is restricted to filling in the form ({@link RenderOptions#restrictEditing()}). */
    RESTRICT_EDITING
  }

  /**
   * A unique, stable id, such as "docx" or "pdf": lower-case letters, digits and '-', starting with
   * a letter. Tools let people name the format by it.
   */
  String id();

  /** The media type of the documents, such as "application/pdf". */
  String mediaType();

  /**
   * The file extensions of the documents, lower case and without the dot; the first is the usual
   * one. At least one.
   */
  List<String> fileExtensions();

  /** The usual file extension, without the dot: the first of {@link #fileExtensions()}. */
  default String fileExtension() {
    return fileExtensions().get(0);
  }

  /**
   * Whether a file whose first bytes are {@code head} is a document of this format. {@code head}
   * holds the first {@link FormatRegistry#HEAD_BYTES} bytes of the file, or all of it if it is
   * shorter; it may be empty. Answers from the bytes only: a reader decides later whether the
   * document is one it can read.
   */
  boolean recognises(byte[] head);

  /** The layouts the {@link #renderer()} renders; {@link Layout#FORM} (the blank form) among them. */
  Set<Layout> layouts();

  /**
   * The layout a response is rendered in when no layout is asked for: {@link Layout#FORM} where
   * the filled form is the usual document (a Word form stays editable), {@link Layout#PRINTED}
   * where a printed response is (a PDF). A blank form is always {@link Layout#FORM}.
   */
  Layout defaultResponseLayout();

  /** The render options the renderer honours beyond the layout. */
  Set<Capability> capabilities();

  /** Whether the renderer honours this option. */
  default boolean supports(Capability capability) {
    return capabilities().contains(capability);
  }

  /** Renders questionnaires, blank or with a response, as documents of this format. */
  DocumentRenderer renderer();

  /** Reads filled documents of this format back into responses; empty if the format is write-only. */
  Optional<DocumentReader> reader();
}
