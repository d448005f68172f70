/**
 * Document formats as plug-ins: a document renderer writes a questionnaire, blank or with a
 * response, as a document of one format; a document reader reads a filled one back; the
 * {@link org.evidencekit.model.spi.RenderOptions} and
 * {@link org.evidencekit.model.spi.ReadOptions} say how.
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
