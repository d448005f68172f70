/**
 * JSON Schema (2020-12) for EvidenceKit: the schema of the responses to any questionnaire,
 * generated from its definition, and the schema of the definition format itself; and validation
 * against either, with problems told in plain English at a JSON Pointer and, for text, a line.
 *
 * <ul>
 *   <li>{@link org.evidencekit.schema.ResponseSchemas}: a questionnaire's response schema;
 *   <li>{@link org.evidencekit.schema.DefinitionSchema}: the schema of questionnaire definitions;
 *   <li>{@link org.evidencekit.schema.SchemaValidator}: validates JSON or YAML against a schema;
 *   <li>{@link org.evidencekit.schema.SchemaProblem}: one problem found.
 * </ul>
 *
 * <p><b>What a response schema says.</b> It accepts exactly the responses that core-model's
 * {@link org.evidencekit.model.validation.ResponseValidator} finds no error in, read by {@link
 * org.evidencekit.model.json.EvidenceJson}, but for two things plain JSON Schema cannot express
 * (the tests' {@code KnownDivergencesTest} holds each, and fails the day it goes away):
 *
 * <ul>
 *   <li>attachments' names must differ from one another: JSON Schema cannot compare items of an
 *       array with one another (only whole items, with {@code uniqueItems}), so the schema does
 *       not check it;
 *   <li>an attachment's size written with a fraction of zero ({@code 12.0}): JSON Schema counts it
 *       a whole number, core-model does not.
 * </ul>
 *
 * <p>Both count the length of text in characters (code points), and both refuse what a lenient
 * reader would let through: a number or true/false where text is expected, {@code null} for a
 * property left out, a date written other than as YYYY-MM-DD.
 *
 * <p>Whether a question applies is written in the schema as it is in core-model: a part with a
 * declaration applies when the declaration is true, or when it is left out and a question of the
 * part is answered; conditions see no answer for a question that does not apply; a group's
 * conditions apply to its questions. See {@code ResponseSchemas}.
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    jdkOnly = false,
    redactedMask = "****",
    defaults = @Value.Immutable(copy = false))
package org.evidencekit.schema;

import org.immutables.value.Value;
