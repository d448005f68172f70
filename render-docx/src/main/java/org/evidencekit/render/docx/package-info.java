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
 *   <li>Content controls: a Word 2010 check box ({@code w14:checkbox}) for each option, tick-box
 *       question and part declaration; a plain-text control for a short text, an email address
 *       or a count; a rich-text control, one paragraph per line, in a one-cell box for a long
 *       text; a plain-text control beside each option that asks for a text.
 *   <li>Each control is named three ways: a hidden bookmark before it ({@code _EK0}, {@code _EK1}
 *       ...), its tag ({@code ek:q:<question>}, {@code ek:o:<question>:<option>}, {@code
 *       ek:s:<question>:<option>}, {@code ek:d:<declaration>}) and its title. Word keeps all
 *       three; LibreOffice drops tags and the titles of check boxes but keeps bookmarks.
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
