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
 * org.evidencekit.model.json.EvidenceJson}, with these exceptions, which plain JSON Schema cannot
 * express or which rest on the reader's leniency rather than on a rule:
 *
 * <ul>
 *   <li>attachments' names must differ from one another: JSON Schema cannot compare items of an
 *       array with one another (only whole items, with {@code uniqueItems}), so the schema does
 *       not check it;
 *   <li>an attachment's size written with a fraction of zero ({@code 12.0}): JSON Schema counts it
 *       a whole number, the reader does not;
 *   <li>a respondent field counts its length in UTF-16 units in core-model; the schema counts
 *       characters (code points), as it does everywhere else;
 *   <li>the reader's leniency, which the schema does not copy: numbers and true/false where text
 *       is expected outside the answers ({@code "id": 12}), {@code null} for a property left out,
 *       and dates written other than as YYYY-MM-DD (a list, a day number, a time after the date,
 *       spaces around it).
 * </ul>
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
