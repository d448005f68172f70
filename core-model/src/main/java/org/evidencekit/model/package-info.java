/**
 * The EvidenceKit core model.
 *
 * <ul>
 *   <li>{@link org.evidencekit.model.Questionnaire}: a questionnaire definition, its parts,
 *       sections, content blocks, questions and options, and its formal
 *       {@link org.evidencekit.model.Definition definitions};
 *   <li>{@link org.evidencekit.model.Response}: one respondent's answers, keyed by question id;
 *   <li>{@link org.evidencekit.model.ResponseValidator}: every problem with a response, each with
 *       its place and a message that says what to do;
 *   <li>{@link org.evidencekit.model.EvidenceJson}: the JSON and YAML forms of all of these;
 *   <li>{@link org.evidencekit.model.Questionnaires}: the bundled questionnaires, among them the
 *       2012 call for evidence.
 * </ul>
 *
 * <p>Every value object is immutable; equal objects are interchangeable. Respondent text never
 * appears in {@code toString()}, logs or exception messages.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
package org.evidencekit.model;

import org.immutables.value.Value;
