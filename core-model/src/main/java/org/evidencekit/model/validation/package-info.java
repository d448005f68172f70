/**
 * What is wrong with a response, against its questionnaire:
 * {@link org.evidencekit.model.validation.ResponseValidator} gives a
 * {@link org.evidencekit.model.validation.ValidationReport} of every
 * {@link org.evidencekit.model.validation.Problem}, each with its place (a JSON Pointer, the
 * question and its printed number) and a message that says what to do.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
package org.evidencekit.model.validation;

import org.immutables.value.Value;
