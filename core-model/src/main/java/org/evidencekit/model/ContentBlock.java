package org.evidencekit.model;

/** Printed matter that asks nothing: a heading, paragraph, list, quotation or case study. */
public sealed interface ContentBlock extends Item
    permits Heading, Paragraph, ListBlock, Quotation, CaseStudy, DefinitionsBlock {

  /** Notes on this block: quirks of the printed source, editorial decisions. */
  java.util.List<String> notes();
}
