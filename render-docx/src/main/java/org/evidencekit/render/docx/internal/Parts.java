package org.evidencekit.render.docx.internal;

import java.util.Optional;
import org.evidencekit.model.Questionnaire;

/** The fixed parts of a form's package: content types, relationships, styles, settings, properties. */
public final class Parts {
  public static final String DOCUMENT = "word/document.xml";
  public static final String CUSTOM_PROPERTIES = "docProps/custom.xml";
  public static final String CORE_PROPERTIES = "docProps/core.xml";
  public static final String RECORD = "customXml/item1.xml";
  public static final String HEADER = "word/header1.xml";
  public static final String FOOTER = "word/footer1.xml";
  /** LibreOffice's and Word's record of the program that saved a document. */
  public static final String APP_PROPERTIES = "docProps/app.xml";
  static final String HEADER_REL = "rId5";
  static final String FOOTER_REL = "rId6";

  /** Names of the custom document properties a form carries. */
  public static final String PROPERTY_QUESTIONNAIRE = "EvidenceKit.Questionnaire";

  public static final String PROPERTY_VERSION = "EvidenceKit.QuestionnaireVersion";
  public static final String PROPERTY_LAYOUT = "EvidenceKit.Layout";
  public static final String PROPERTY_FORMAT = "EvidenceKit.FormFormat";
  /** The version of how forms are laid out and read; a reader refuses forms of a later one. */
  public static final String FORMAT = "1";

  private static final String XML_DECL = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n";
  private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
  private static final String REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private Parts() {}

  public static String contentTypes(boolean record) {
    return XML_DECL
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
        + "<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>"
        + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
        + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
        + "<Override PartName=\"/word/footer1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/custom.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.custom-properties+xml\"/>"
        + (record
            ? "<Override PartName=\"/customXml/itemProps1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.customXmlProperties+xml\"/>"
            : "")
        + "</Types>";
  }

  public static String packageRels() {
    return XML_DECL
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/officeDocument\" Target=\"word/document.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/custom-properties\" Target=\"docProps/custom.xml\"/>"
        + "</Relationships>";
  }

  public static String documentRels(boolean record) {
    return XML_DECL
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/styles\" Target=\"styles.xml\"/>"
        + "<Relationship Id=\"rId2\" Type=\"" + REL + "/settings\" Target=\"settings.xml\"/>"
        + "<Relationship Id=\"rId3\" Type=\"" + REL + "/numbering\" Target=\"numbering.xml\"/>"
        + "<Relationship Id=\"" + HEADER_REL + "\" Type=\"" + REL + "/header\" Target=\"header1.xml\"/>"
        + "<Relationship Id=\"" + FOOTER_REL + "\" Type=\"" + REL + "/footer\" Target=\"footer1.xml\"/>"
        + (record ? "<Relationship Id=\"rId4\" Type=\"" + REL + "/customXml\" Target=\"../customXml/item1.xml\"/>" : "")
        + "</Relationships>";
  }

  public static String recordRels() {
    return XML_DECL
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Type=\"" + REL + "/customXmlProps\" Target=\"itemProps1.xml\"/>"
        + "</Relationships>";
  }

  public static String recordProps() {
    return XML_DECL
        + "<ds:datastoreItem ds:itemID=\"{3F1C0D6E-5A0B-4E7C-9B1D-2E4A6C8E0F12}\""
        + " xmlns:ds=\"http://schemas.openxmlformats.org/officeDocument/2006/customXml\">"
        + "<ds:schemaRefs><ds:schemaRef ds:uri=\"" + ResponseRecord.NAMESPACE + "\"/></ds:schemaRefs>"
        + "</ds:datastoreItem>";
  }

  /** Title, author (the issuer), subject and language; no dates, so the same input gives the same bytes. */
  public static String coreProperties(Questionnaire q, String subject) {
    StringBuilder sb = new StringBuilder(XML_DECL);
    sb.append("<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\"")
        .append(" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\"")
        .append(" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">");
    sb.append("<dc:title>");
    Xml.escape(sb, q.title()).append("</dc:title>");
    sb.append("<dc:subject>");
    Xml.escape(sb, subject).append("</dc:subject>");
    Optional<String> issuer = q.issuer();
    if (issuer.isPresent()) {
      sb.append("<dc:creator>");
      Xml.escape(sb, issuer.get()).append("</dc:creator>");
    }
    sb.append("<dc:language>");
    Xml.escape(sb, q.language()).append("</dc:language>");
    sb.append("</cp:coreProperties>");
    return sb.toString();
  }

  /** The custom properties a reader identifies a form by. */
  public static String customProperties(Questionnaire q, String layout) {
    StringBuilder sb = new StringBuilder(XML_DECL);
    sb.append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\"")
        .append(" xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
    int pid = 2;
    pid = property(sb, pid, PROPERTY_QUESTIONNAIRE, q.id());
    pid = property(sb, pid, PROPERTY_VERSION, q.version());
    pid = property(sb, pid, PROPERTY_LAYOUT, layout);
    property(sb, pid, PROPERTY_FORMAT, FORMAT);
    return sb.append("</Properties>").toString();
  }

  private static int property(StringBuilder sb, int pid, String name, String value) {
    sb.append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").append(pid)
        .append("\" name=\"");
    Xml.escape(sb, name).append("\"><vt:lpwstr>");
    Xml.escape(sb, value).append("</vt:lpwstr></property>");
    return pid + 1;
  }

  /** Settings: British English, modern compatibility, and optionally editing restricted to filling in forms. */
  public static String settings(boolean restrictEditing, String language) {
    return XML_DECL
        + "<w:settings xmlns:w=\"" + W + "\">"
        + (restrictEditing ? "<w:documentProtection w:edit=\"forms\" w:enforcement=\"1\"/>" : "")
        + "<w:defaultTabStop w:val=\"720\"/>"
        + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
        + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
        + "<w:themeFontLang w:val=\"" + Xml.escape(language) + "\"/>"
        + "<w:decimalSymbol w:val=\".\"/><w:listSeparator w:val=\",\"/>"
        + "</w:settings>";
  }

  /** The running header: the questionnaire's title, on every page. */
  public static String header(Questionnaire q) {
    StringBuilder sb = new StringBuilder(XML_DECL);
    sb.append("<w:hdr xmlns:w=\"").append(W).append("\"><w:p><w:pPr><w:pStyle w:val=\"Header\"/></w:pPr><w:r><w:t xml:space=\"preserve\">");
    Xml.escape(sb, Texts.shorten(q.title(), 100));
    return sb.append("</w:t></w:r></w:p></w:hdr>").toString();
  }

  /** The footer: "Page n of N", from the PAGE and NUMPAGES fields. */
  public static String footer() {
    return XML_DECL
        + "<w:ftr xmlns:w=\"" + W + "\"><w:p><w:pPr><w:pStyle w:val=\"Footer\"/></w:pPr>"
        + "<w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
        + "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
        + "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>"
        + "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>1</w:t></w:r></w:fldSimple></w:p></w:ftr>";
  }

  public static String numbering() {
    return XML_DECL
        + "<w:numbering xmlns:w=\"" + W + "\">"
        + "<w:abstractNum w:abstractNumId=\"0\"><w:multiLevelType w:val=\"singleLevel\"/>"
        + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"\u2022\"/>"
        + "<w:lvlJc w:val=\"left\"/><w:pPr><w:ind w:left=\"720\" w:hanging=\"360\"/></w:pPr>"
        + "<w:rPr><w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\" w:hint=\"default\"/></w:rPr></w:lvl></w:abstractNum>"
        + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
        + "</w:numbering>";
  }

  /** Styles: the built-in heading styles with outline levels, and the form's own. */
  public static String styles(String language) {
    StringBuilder sb = new StringBuilder(8192).append(XML_DECL);
    sb.append("<w:styles xmlns:w=\"").append(W).append("\">");
    sb.append("<w:docDefaults><w:rPrDefault><w:rPr>")
        .append("<w:rFonts w:ascii=\"Arial\" w:eastAsia=\"Arial\" w:hAnsi=\"Arial\" w:cs=\"Arial\"/>")
        .append("<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/><w:lang w:val=\"").append(Xml.escape(language))
        .append("\" w:eastAsia=\"en-GB\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>")
        .append("<w:pPrDefault><w:pPr><w:spacing w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/></w:pPr>")
        .append("</w:pPrDefault></w:docDefaults>");
    sb.append("<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/><w:qFormat/></w:style>");
    sb.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
    sb.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/>")
        .append("<w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>")
        .append("<w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
    sb.append("<w:style w:type=\"numbering\" w:default=\"1\" w:styleId=\"NoList\"><w:name w:val=\"No List\"/><w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
    paragraph(sb, "Title", "Title", "<w:spacing w:before=\"0\" w:after=\"240\"/>", "<w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>", true);
    paragraph(sb, "Subtitle", "Subtitle", "<w:spacing w:after=\"240\"/>", "<w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>", true);
    paragraph(sb, "Issuer", "Issuer", "<w:spacing w:after=\"240\"/>", "<w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/>", false);
    int[] sizes = {36, 30, 26, 24, 22, 22};
    for (int level = 1; level <= 6; level++) {
      sb.append("<w:style w:type=\"paragraph\" w:styleId=\"Heading").append(level).append("\"><w:name w:val=\"heading ")
          .append(level).append("\"/><w:basedOn w:val=\"Normal\"/><w:next w:val=\"Normal\"/><w:uiPriority w:val=\"9\"/>")
          .append(level > 1 ? "<w:unhideWhenUsed/>" : "").append("<w:qFormat/>")
          .append("<w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before=\"").append(level == 1 ? 360 : 240)
          .append("\" w:after=\"120\"/><w:outlineLvl w:val=\"").append(level - 1).append("\"/></w:pPr>")
          .append("<w:rPr><w:b/><w:bCs/>").append(level >= 5 ? "<w:i/><w:iCs/>" : "").append("<w:sz w:val=\"")
          .append(sizes[level - 1]).append("\"/><w:szCs w:val=\"").append(sizes[level - 1]).append("\"/></w:rPr></w:style>");
    }
    paragraph(sb, "Question", "Question", "<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val=\"left\" w:pos=\"567\"/></w:tabs><w:spacing w:before=\"240\" w:after=\"80\"/><w:ind w:left=\"567\" w:hanging=\"567\"/>", "<w:b/><w:bCs/>", true);
    paragraph(sb, "SubQuestion", "Sub-question", "<w:keepNext/><w:keepLines/><w:tabs><w:tab w:val=\"left\" w:pos=\"1134\"/></w:tabs><w:spacing w:before=\"160\" w:after=\"80\"/><w:ind w:left=\"1134\" w:hanging=\"567\"/>", "", true);
    paragraph(sb, "Hint", "Hint", "<w:keepNext/><w:ind w:left=\"567\"/>", "<w:i/><w:iCs/><w:color w:val=\"505050\"/>", false);
    paragraph(sb, "Declaration", "Declaration", "<w:keepNext/><w:spacing w:before=\"120\" w:after=\"80\"/>", "<w:b/><w:bCs/>", false);
    paragraph(sb, "Option", "Option", "<w:spacing w:after=\"60\"/><w:ind w:left=\"567\"/>", "", false);
    paragraph(sb, "Answer", "Answer", "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"808080\"/></w:pBdr><w:spacing w:after=\"160\"/><w:ind w:left=\"567\"/>", "", false);
    paragraph(sb, "SubOption", "Sub-option", "<w:spacing w:after=\"60\"/><w:ind w:left=\"1134\"/>", "", false);
    paragraph(sb, "SubAnswer", "Sub-answer", "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"808080\"/></w:pBdr><w:spacing w:after=\"160\"/><w:ind w:left=\"1134\"/>", "", false);
    paragraph(sb, "OptionCell", "Option in columns", "<w:spacing w:after=\"60\"/>", "", false);
    paragraph(sb, "Header", "header", "<w:pBdr><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"1\" w:color=\"808080\"/></w:pBdr><w:spacing w:after=\"0\"/>", "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/><w:color w:val=\"505050\"/>", false);
    paragraph(sb, "Footer", "footer", "<w:jc w:val=\"right\"/><w:spacing w:after=\"0\"/>", "<w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false);
    paragraph(sb, "AnswerText", "Answer text", "<w:spacing w:after=\"60\"/>", "", false);
    paragraph(sb, "ListParagraph", "List Paragraph", "<w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs><w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/>", "", true);
    paragraph(sb, "ListBullet", "List Bullet", "<w:numPr><w:numId w:val=\"1\"/></w:numPr><w:spacing w:after=\"60\"/><w:ind w:left=\"720\" w:hanging=\"360\"/>", "", false);
    paragraph(sb, "Quote", "Quote", "<w:spacing w:before=\"120\" w:after=\"60\"/><w:ind w:left=\"720\" w:right=\"720\"/>", "<w:i/><w:iCs/>", true);
    paragraph(sb, "Attribution", "Attribution", "<w:spacing w:after=\"160\"/><w:ind w:left=\"720\" w:right=\"720\"/>", "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>", false);
    paragraph(sb, "CaseStudyTitle", "Case Study Title", "<w:keepNext/><w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"6\" w:color=\"808080\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/><w:spacing w:before=\"120\" w:after=\"0\"/><w:ind w:left=\"284\" w:right=\"284\"/>", "<w:b/><w:bCs/>", false);
    paragraph(sb, "CaseStudy", "Case Study", "<w:pBdr><w:left w:val=\"single\" w:sz=\"18\" w:space=\"6\" w:color=\"808080\"/></w:pBdr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"F2F2F2\"/><w:spacing w:after=\"0\"/><w:ind w:left=\"284\" w:right=\"284\"/>", "", false);
    paragraph(sb, "Source", "Source", "<w:spacing w:after=\"160\"/>", "<w:i/><w:iCs/><w:sz w:val=\"18\"/><w:szCs w:val=\"18\"/>", false);
    sb.append("<w:style w:type=\"character\" w:styleId=\"PlaceholderText\"><w:name w:val=\"Placeholder Text\"/><w:basedOn w:val=\"DefaultParagraphFont\"/>")
        .append("<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:rPr><w:color w:val=\"6B6B6B\"/></w:rPr></w:style>");
    sb.append("<w:style w:type=\"table\" w:styleId=\"AnswerBox\"><w:name w:val=\"Answer Box\"/><w:basedOn w:val=\"TableNormal\"/>")
        .append("<w:tblPr><w:tblBorders><w:top w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>")
        .append("<w:left w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/><w:bottom w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/>")
        .append("<w:right w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"808080\"/></w:tblBorders>")
        .append("<w:tblCellMar><w:top w:w=\"85\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"85\" w:type=\"dxa\"/>")
        .append("<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
    return sb.append("</w:styles>").toString();
  }

  private static void paragraph(StringBuilder sb, String id, String name, String pPr, String rPr, boolean quick) {
    sb.append("<w:style w:type=\"paragraph\"").append(isBuiltIn(name) ? "" : " w:customStyle=\"1\"").append(" w:styleId=\"")
        .append(id).append("\"><w:name w:val=\"").append(name).append("\"/><w:basedOn w:val=\"Normal\"/>")
        .append("<w:next w:val=\"Normal\"/>").append(quick ? "<w:qFormat/>" : "");
    if (!pPr.isEmpty()) {
      sb.append("<w:pPr>").append(pPr).append("</w:pPr>");
    }
    if (!rPr.isEmpty()) {
      sb.append("<w:rPr>").append(rPr).append("</w:rPr>");
    }
    sb.append("</w:style>");
  }

  private static boolean isBuiltIn(String name) {
    switch (name) {
      case "Title":
      case "Subtitle":
      case "List Paragraph":
      case "List Bullet":
      case "Quote":
      case "header":
      case "footer":
        return true;
      default:
        return false;
    }
  }
}
