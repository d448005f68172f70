/**
 * Word documents for EvidenceKit questionnaires: {@link org.evidencekit.render.docx.DocxRenderer}
 * writes the blank fillable form of any questionnaire, a filled response (as a form, printed, or
 * answers only), encrypted with a password if asked; {@link org.evidencekit.render.docx.DocxReader}
 * reads a filled form, filled in Word or LibreOffice, back into a response; {@link
 * org.evidencekit.render.docx.DocxFormat} is the {@code docx} document format that holds both,
 * found by {@code FormatRegistry.discover()}.
 *
 * <h2>How a form is made</h2>
 *
 * <ul>
 *   <li>The whole questionnaire in reading order: parts and sections as the built-in "heading 1"
 *       and "heading 2" styles (with outline levels, so Word's navigation pane and LibreOffice's
 *       navigator show the outline), heading blocks and definition terms as "heading 3" (or the
 *       level given), paragraphs, lists with their printed labels, quotations, case studies and
 *       definitions; every question with its printed number exactly as printed.
 *   <li>Content controls: a Word 2010 check box ({@code w14:checkbox}) for each option (a circle
 *       for a single choice's, a box for a multiple choice's), tick-box question and part
 *       declaration, always before its text; a run-level rich-text control with a visible
 *       placeholder for every text answer (a short text, an email address, a count, an option's
 *       details, and a long text inside its box, a one-cell table as tall as the PDF's box).
 *       LibreOffice opens these as content controls (a plain-text control would be an input
 *       field, which a respondent replaces whole) and keeps typed line breaks in them.
 *   <li>Each control is named three ways: a bookmark enclosing it ({@code _EK0}, {@code _EK1}
 *       ...), its tag ({@code ek:q:<question>}, {@code ek:o:<question>:<option>}, {@code
 *       ek:s:<question>:<option>}, {@code ek:d:<declaration>}) and its title. Word keeps all
 *       three; LibreOffice drops tags and most titles, but keeps the bookmark's start even when
 *       the control itself is replaced or deleted. Where all three are gone, the reader finds the
 *       answer from the printed layout (compared with the blank form's) and says so in a warning
 *       ({@link org.evidencekit.model.spi.DocumentReader#readWithWarnings}).
 *   <li>A form saved by LibreOffice as an OpenDocument text ({@code .odt}) reads back too: the
 *       {@code docx} format's reader recognises it (a zip whose {@code content.xml} and {@code
 *       meta.xml} it reads with the same limits as a Word document's parts).
 *   <li>Questions keep with their first option or answer box, options with each other; a
 *       question's {@code columns} lays its options out in a borderless table; every page has
 *       the title at the top and "Page n of N" at the foot.
 *   <li>The questionnaire's id and version are custom document properties ({@code
 *       EvidenceKit.Questionnaire}, {@code EvidenceKit.QuestionnaireVersion}); a filled document
 *       also holds a custom XML part with the response's id, date, attachments and any
 *       respondent field, consent or oral-evidence answer that no question is bound to.
 *   <li>A4, British English (or the questionnaire's language), title and author (the issuer) in
 *       the document properties, no dates: the same input gives the same bytes (unless
 *       encrypted: encryption uses fresh random salts and keys each time).
 * </ul>
 *
 * <h2>Layouts</h2>
 *
 * <ul>
 *   <li>{@link org.evidencekit.model.spi.Layout#FORM}: the fillable form, blank or with a response's
 *       answers in place;
 *   <li>{@link org.evidencekit.model.spi.Layout#PRINTED}: the same document filled in, with every
 *       control locked against editing and "Not provided" for questions not answered;
 *   <li>{@link org.evidencekit.model.spi.Layout#ANSWERS_ONLY}: a summary of the response (reference,
 *       date, consent, oral evidence, attachments) and only the questions answered, with their
 *       answers in the same controls, so it reads back too.
 * </ul>
 */
package org.evidencekit.render.docx;
