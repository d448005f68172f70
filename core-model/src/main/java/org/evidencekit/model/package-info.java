/**
 * The EvidenceKit core model: the values.
 *
 * <ul>
 *   <li>{@link org.evidencekit.model.Questionnaire}: a questionnaire definition, its
 *       {@link org.evidencekit.model.Part parts}, {@link org.evidencekit.model.Section sections},
 *       {@link org.evidencekit.model.ContentBlock content blocks},
 *       {@link org.evidencekit.model.Question questions} and {@link org.evidencekit.model.Option
 *       options}, {@link org.evidencekit.model.Condition conditions}, and its formal
 *       {@link org.evidencekit.model.Definition definitions};
 *   <li>{@link org.evidencekit.model.Response}: one respondent's
 *       {@link org.evidencekit.model.Answer answers}, keyed by question id, with the
 *       {@link org.evidencekit.model.Respondent respondent}, the
 *       {@link org.evidencekit.model.Consent consent} and the
 *       {@link org.evidencekit.model.Attachment attachments};
 *   <li>{@link org.evidencekit.model.AnswerSheet}: which parts and questions of a questionnaire
 *       apply to a response, and the answer to each wherever it is kept;
 *   <li>{@link org.evidencekit.model.EvidenceKitException} and its kinds: what this library
 *       throws for a user's mistake.
 * </ul>
 *
 * <p>Around the values: {@link org.evidencekit.model.rules} (the rules definitions state),
 * {@link org.evidencekit.model.validation} (what is wrong with a response),
 * {@link org.evidencekit.model.json} (the JSON and YAML forms), {@link org.evidencekit.model.spi}
 * (document formats) and {@link org.evidencekit.model.questionnaires} (the bundled forms).
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
