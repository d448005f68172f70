package org.evidencekit.render.docx.internal;

import org.evidencekit.model.Questionnaire;

/**
 * Everything about a questionnaire's documents that does not depend on a response, made once:
 * the table of controls, the compiled form, and every fixed part already deflated.
 */
public final class Prepared {
  final Questionnaire questionnaire;
  final SlotTable table;
  final Template form;
  private volatile Template printed;
  final int level;
  final ZipPart contentTypes;
  final ZipPart contentTypesWithRecord;
  final ZipPart packageRels;
  final ZipPart documentRels;
  final ZipPart documentRelsWithRecord;
  final ZipPart styles;
  final ZipPart settings;
  final ZipPart settingsRestricted;
  final ZipPart numbering;
  final ZipPart header;
  final ZipPart footer;
  final ZipPart core;
  final ZipPart customForm;
  final ZipPart customPrinted;
  final ZipPart customAnswersOnly;
  final ZipPart recordRels;
  final ZipPart recordProps;

  public Prepared(Questionnaire q, int level) {
    this.questionnaire = q;
    this.level = level;
    this.table = SlotTable.of(q);
    this.form = FormWriter.form(table, Controls.Mode.EDITABLE);
    contentTypes = ZipPart.deflate("[Content_Types].xml", Parts.contentTypes(false), level);
    contentTypesWithRecord = ZipPart.deflate("[Content_Types].xml", Parts.contentTypes(true), level);
    packageRels = ZipPart.deflate("_rels/.rels", Parts.packageRels(), level);
    documentRels = ZipPart.deflate("word/_rels/document.xml.rels", Parts.documentRels(false), level);
    documentRelsWithRecord = ZipPart.deflate("word/_rels/document.xml.rels", Parts.documentRels(true), level);
    styles = ZipPart.deflate("word/styles.xml", Parts.styles(q.language()), level);
    settings = ZipPart.deflate("word/settings.xml", Parts.settings(false, q.language()), level);
    settingsRestricted = ZipPart.deflate("word/settings.xml", Parts.settings(true, q.language()), level);
    numbering = ZipPart.deflate("word/numbering.xml", Parts.numbering(), level);
    header = ZipPart.deflate(Parts.HEADER, Parts.header(q), level);
    footer = ZipPart.deflate(Parts.FOOTER, Parts.footer(), level);
    core = ZipPart.deflate(Parts.CORE_PROPERTIES, Parts.coreProperties(q, q.subtitle().orElse("")), level);
    customForm = ZipPart.deflate(Parts.CUSTOM_PROPERTIES, Parts.customProperties(q, "form"), level);
    customPrinted = ZipPart.deflate(Parts.CUSTOM_PROPERTIES, Parts.customProperties(q, "printed"), level);
    customAnswersOnly = ZipPart.deflate(Parts.CUSTOM_PROPERTIES, Parts.customProperties(q, "answers-only"), level);
    recordRels = ZipPart.deflate("customXml/_rels/item1.xml.rels", Parts.recordRels(), level);
    recordProps = ZipPart.deflate("customXml/itemProps1.xml", Parts.recordProps(), level);
  }

  public Questionnaire questionnaire() {
    return questionnaire;
  }

  public SlotTable table() {
    return table;
  }

  Template printed() {
    Template t = printed;
    if (t == null) {
      t = FormWriter.form(table, Controls.Mode.READ_ONLY);
      printed = t;
    }
    return t;
  }
}
