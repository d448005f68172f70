/**
 * The JSON and YAML forms of questionnaires and responses:
 * {@link org.evidencekit.model.json.EvidenceJson} reads them strictly, reporting every mistake
 * with its file, line, column and JSON Pointer, and writes them;
 * {@link org.evidencekit.model.json.SourceMap} finds the line of a JSON Pointer in a text, for
 * tools that find problems of their own.
 */
package org.evidencekit.model.json;
