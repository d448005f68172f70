/**
 * Document formats as plug-ins.
 *
 * <ul>
 *   <li>{@link org.evidencekit.model.spi.DocumentFormat}: one format (Word, PDF, ...): its id,
 *       media type and file extensions, how a file of it is recognised from its first bytes, the
 *       {@link org.evidencekit.model.spi.Layout layouts} and options it can render, its renderer
 *       and, unless it is write-only, its reader;
 *   <li>{@link org.evidencekit.model.spi.FormatRegistry}: the formats a tool works with, built
 *       with a builder or discovered with {@link java.util.ServiceLoader}; finds a format by id,
 *       by file name or by a file's first bytes;
 *   <li>{@link org.evidencekit.model.spi.DocumentRenderer}: writes a questionnaire, blank or with
 *       a response, as a document, as {@link org.evidencekit.model.spi.RenderOptions} say;
 *   <li>{@link org.evidencekit.model.spi.DocumentReader}: reads a filled document back into a
 *       response, as {@link org.evidencekit.model.spi.ReadOptions} say.
 * </ul>
 *
 * <p>A module that provides a format declares {@code provides
 * org.evidencekit.model.spi.DocumentFormat with ...} and lists the class in {@code
 * META-INF/services/org.evidencekit.model.spi.DocumentFormat}, so that discovery finds it on the
 * module path and on the class path.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
package org.evidencekit.model.spi;

import org.immutables.value.Value;
