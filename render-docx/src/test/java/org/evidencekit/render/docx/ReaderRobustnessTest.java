package org.evidencekit.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.evidencekit.model.BooleanAnswer;
import org.evidencekit.model.ChoiceAnswer;
import org.evidencekit.model.Questionnaire;
import org.evidencekit.model.QuestionnaireRef;
import org.evidencekit.model.Response;
import org.evidencekit.model.TextAnswer;
import org.evidencekit.model.questionnaires.ExampleResponses;
import org.junit.jupiter.api.Test;

/**
 * A form comes back changed by whatever it was filled in with. Each test makes one change that
 * Word or LibreOffice is known to make, without running them (LibreOfficeTest runs the real one).
 */
class ReaderRobustnessTest {
  private static final String DOC = "word/document.xml";
  private final Questionnaire q = Fixtures.everyKind();
  private final Response r = ExampleResponses.complete(q);
  private final byte[] filled = Docs.filled(q, r);

  private static String withoutBookmarks(String xml) {
    return xml.replaceAll("<w:bookmark(Start|End) [^>]*/>", "");
  }

  private static String withoutTags(String xml) {
    return xml.replaceAll("<w:tag [^>]*/>", "");
  }

  @Test
  void tagsFindTheControlsWhenTheBookmarksAreGone() {
    byte[] doc = Packages.withPart(filled, DOC, ReaderRobustnessTest::withoutBookmarks);
    assertFalse(Packages.part(doc, DOC).contains("bookmarkStart"));
    assertEquals(r, Docs.read(q, doc));
  }

  @Test
  void titlesFindTheControlsWhenBookmarksAndTagsAreGone() {
    byte[] doc = Packages.withPart(filled, DOC, x -> withoutTags(withoutBookmarks(x)));
    assertFalse(Packages.part(doc, DOC).contains("<w:tag "));
    assertEquals(r, Docs.read(q, doc));
  }

  @Test
  void bookmarksAloneFindTheControlsAsLibreOfficeLeavesThem() {
    // LibreOffice drops tags and the titles of check boxes and moves bookmarks into the control
    byte[] doc =
        Packages.withPart(
            filled,
            DOC,
            x ->
                withoutTags(x)
                    .replaceAll(
                        "(<w:bookmarkStart [^>]*/>)(<w:sdt><w:sdtPr>.*?</w:sdtPr><w:sdtContent>)",
                        "$2$1")
                    .replaceAll("(<w:sdtPr><w:rPr>.*?</w:rPr>)<w:alias [^>]*/>", "$1"));
    assertTrue(Packages.part(doc, DOC).contains("<w:sdtContent><w:bookmarkStart"));
    assertEquals(r, Docs.read(q, doc));
  }

  @Test
  void aLongAnswerIsEveryParagraphOfItsBoxEvenOutsideTheControl() {
    Response multi = Docs.withAnswer(r, "service", TextAnswer.of("one\ntwo\n\nfour"));
    byte[] doc = Packages.withPart(Docs.filled(q, multi), DOC, ReaderRobustnessTest::cutLongTextControlsToTheirFirstParagraph);
    assertEquals(multi, Docs.read(q, doc));
  }

  /** What LibreOffice does to a rich-text control in a table cell: only its first paragraph stays inside. */
  static String cutLongTextControlsToTheirFirstParagraph(String xml) {
    String tail = "</w:sdtContent></w:sdt></w:tc>";
    StringBuilder out = new StringBuilder();
    int from = 0;
    for (int end = xml.indexOf(tail); end >= 0; end = xml.indexOf(tail, from)) {
      int start = xml.lastIndexOf("<w:sdtContent>", end) + "<w:sdtContent>".length();
      String content = xml.substring(start, end);
      int first = content.indexOf("</w:p>") + "</w:p>".length();
      out.append(xml, from, start)
          .append(content, 0, first)
          .append("</w:sdtContent></w:sdt>")
          .append(content.substring(first))
          .append("</w:tc>");
      from = end + tail.length();
    }
    return out.append(xml.substring(from)).toString();
  }

  @Test
  void aBoxTickedByTypingAnXCountsAsTicked() {
    // LibreOffice 7.4 cannot click a Word check box: a respondent replaces the glyph
    Response none = Response.builder().questionnaire(QuestionnaireRef.of(q)).build();
    byte[] blank = Docs.filled(q, none);
    String tag = "<w:tag w:val=\"ek:o:groups:disabled\"/>";
    byte[] doc =
        Packages.withPart(
            blank,
            DOC,
            x -> {
              int at = x.indexOf(tag);
              int glyph = x.indexOf("\u2610", at);
              return x.substring(0, glyph) + "X" + x.substring(glyph + 1);
            });
    assertEquals(ChoiceAnswer.of("disabled"), Docs.read(q, doc).answers().get("groups"));
  }

  @Test
  void theGlyphWinsOverAStaleCheckedState() {
    String tag = "<w:tag w:val=\"ek:d:intervention-applies\"/>";
    byte[] doc =
        Packages.withPart(
            Docs.blank(q),
            DOC,
            x -> {
              int at = x.indexOf(tag);
              int glyph = x.indexOf("\u2610", at);
              return x.substring(0, glyph) + "\u2612" + x.substring(glyph + 1);
            });
    assertEquals(BooleanAnswer.of(true), Docs.read(q, doc).answers().get("intervention-applies"));
  }

  /** docProps/app.xml as LibreOffice writes it. */
  static byte[] savedByLibreOffice(byte[] docx) {
    java.util.Map<String, byte[]> parts = Packages.parts(docx);
    parts.put("docProps/app.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Properties"
        + " xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\"><Template></Template>"
        + "<Application>LibreOffice/7.4.7.2$Linux_X86_64 LibreOffice_project/40$Build-2</Application></Properties>")
        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return Packages.zip(parts);
  }

  @Test
  void placeholderTextKeptAsPlainTextByLibreOfficeIsNoAnswer() {
    // LibreOffice drops w:showingPlcHdr and keeps the placeholder as text
    byte[] doc = savedByLibreOffice(Packages.withPart(Docs.blank(q), DOC, x -> x.replace("<w:showingPlcHdr/>", "")));
    assertTrue(Packages.part(doc, DOC).contains("Click or tap here to enter text."));
    assertEquals(Response.builder().questionnaire(QuestionnaireRef.of(q)).build(), Docs.read(q, doc));
  }

  @Test
  void anAnswerEqualToAPlaceholderSurvivesByTheDocumentsOwnFlag() {
    // issue 10 item 7: placeholders are told by w:showingPlcHdr, never by comparing text
    Response same = Docs.withAnswer(r, "service", TextAnswer.of("Click or tap here to enter text."));
    same = Docs.withAnswer(same, "barriers", TextAnswer.of("Enter a number."));
    assertEquals(same, Docs.read(q, Docs.filled(q, same)));
    // a blank form's flagged placeholders are no answers, whatever they say
    assertEquals(Response.builder().questionnaire(QuestionnaireRef.of(q)).build(), Docs.read(q, Docs.blank(q)));
  }

  @Test
  void textInAFallbackIsNotReadTwice() {
    byte[] doc =
        Packages.withPart(
            filled,
            DOC,
            x -> {
              String tag = "<w:tag w:val=\"ek:q:job-title\"/>";
              int content = x.indexOf("<w:sdtContent>", x.indexOf(tag)) + "<w:sdtContent>".length();
              return x.substring(0, content)
                  + "<mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>A</w:t></w:r></mc:Choice>"
                  + "<mc:Fallback><w:r><w:t>A</w:t></w:r></mc:Fallback></mc:AlternateContent>"
                  + x.substring(content);
            });
    assertEquals("A" + r.respondent().jobTitle().orElseThrow(), Docs.read(q, doc).respondent().jobTitle().orElseThrow());
  }

  @Test
  void aRecordPartLibreOfficeSavedEmptyOrBrokenLosesNoAnswer() throws java.io.IOException {
    // LibreOffice writes a data-bound custom XML part empty when a value holds & or <
    for (String broken : new String[] {"", "<ek:response>A&E team <x></ek:response>"}) {
      byte[] doc = Packages.withPart(filled, "customXml/item1.xml", x -> broken);
      org.evidencekit.model.spi.ReadResult read = Docs.READER.readWithWarnings(
          q, new java.io.ByteArrayInputStream(doc), org.evidencekit.model.spi.ReadOptions.defaults());
      assertEquals(r.answers(), read.response().answers());
      assertEquals(r.respondent(), read.response().respondent());
      assertEquals(1, read.warnings().size(), read.warnings().toString());
      assertTrue(read.warnings().get(0).contains("response record"), read.warnings().get(0));
    }
  }

  /** A minimal OpenDocument text as LibreOffice saves a form: meta.xml names the questionnaire. */
  static byte[] odt(Questionnaire q, String body) {
    java.util.Map<String, byte[]> parts = new java.util.LinkedHashMap<>();
    parts.put("mimetype", "application/vnd.oasis.opendocument.text".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
    parts.put("meta.xml", ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-meta"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\"><office:meta>"
        + "<meta:user-defined meta:name=\"EvidenceKit.Questionnaire\">" + q.id() + "</meta:user-defined>"
        + "<meta:user-defined meta:name=\"EvidenceKit.QuestionnaireVersion\">" + q.version() + "</meta:user-defined>"
        + "</office:meta></office:document-meta>").getBytes(java.nio.charset.StandardCharsets.UTF_8));
    parts.put("content.xml", body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    return Packages.zip(parts);
  }

  @Test
  void anOdtIsReadByItsBookmarksInputFieldsAndContentControls() {
    String content = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><office:document-content"
        + " xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
        + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\""
        + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
        + " xmlns:loext=\"urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0\"><office:body><office:text>"
        + "<text:p>d)<text:tab/>Name of the individual completing the return</text:p>"
        + "<text:p><text:bookmark-start text:name=\"" + bookmarkOf("name") + "\"/><text:text-input text:description=\"\">"
        + "Jo  Bloggs\nsecond line</text:text-input><text:bookmark-end text:name=\"" + bookmarkOf("name") + "\"/></text:p>"
        + "<text:p><text:bookmark-start text:name=\"" + bookmarkOf("job-title") + "\"/><loext:content-control"
        + " loext:showing-place-holder=\"true\">Click or tap here to enter text.</loext:content-control></text:p>"
        + "<text:p><text:bookmark text:name=\"" + bookmarkOf("groups:disabled") + "\"/><loext:content-control"
        + " loext:checkbox=\"true\" loext:checked=\"true\">\u2612</loext:content-control> b. Disabled children</text:p>"
        + "</office:text></office:body></office:document-content>";
    Response read = Docs.read(q, odt(q, content));
    assertEquals("Jo  Bloggs\nsecond line", read.respondent().name().orElseThrow());
    assertTrue(read.respondent().jobTitle().isEmpty());
    assertEquals(ChoiceAnswer.of("disabled"), read.answers().get("groups"));
  }

  @Test
  void anOdtWithADtdIsRefused() {
    String content = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
        + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\">&e;"
        + "</office:document-content>";
    org.evidencekit.model.DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        org.evidencekit.model.DocumentException.class, () -> Docs.read(q, odt(q, content)));
    assertEquals(org.evidencekit.model.DocumentException.Reason.UNSAFE, e.reason());
  }

  /** The bookmark of a question's control ("name"), or of an option's box ("groups:disabled"). */
  private String bookmarkOf(String what) {
    org.evidencekit.render.docx.internal.SlotTable t = org.evidencekit.render.docx.internal.SlotTable.of(q);
    String tag = what.contains(":") ? "ek:o:" + what : "ek:q:" + what;
    return t.byTag(tag).orElseThrow().bookmark();
  }
}
