package org.evidencekit.render.pdf.internal;

import java.util.List;

/**
 * A document laid out: pages of content, the structure tree, and the form's widgets. A blank
 * form's composition does not depend on the response, so it is made once per questionnaire and
 * filled many times.
 */
public final class Composition {
  final List<PageContent> pages;
  final StructElem root;
  final List<Widget> widgets;
  final DocumentFonts fonts;

  Composition(List<PageContent> pages, StructElem root, List<Widget> widgets, DocumentFonts fonts) {
    this.pages = pages;
    this.root = root;
    this.widgets = widgets;
    this.fonts = fonts;
  }

  public List<Widget> widgets() {
    return widgets;
  }

  public int pageCount() {
    return pages.size();
  }
}
