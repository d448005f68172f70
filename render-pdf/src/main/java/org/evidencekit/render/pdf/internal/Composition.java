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
  final List<Bookmark> bookmarks;
  /**
   * Whether the last page is kept for a response's record: the root's last kid is its {@code Sect},
   * and the page's content, that element and the page's entry in the parent tree are written for
   * each response ({@link Layouter#formWithRecordPage}).
   */
  final boolean recordPage;

  Composition(
      List<PageContent> pages, StructElem root, List<Widget> widgets, DocumentFonts fonts, List<Bookmark> bookmarks) {
    this(pages, root, widgets, fonts, bookmarks, false);
  }

  Composition(List<PageContent> pages, StructElem root, List<Widget> widgets, DocumentFonts fonts,
      List<Bookmark> bookmarks, boolean recordPage) {
    this.pages = pages;
    this.root = root;
    this.widgets = widgets;
    this.fonts = fonts;
    this.bookmarks = bookmarks;
    this.recordPage = recordPage;
  }

  /** A heading the document outline (bookmarks) leads to. */
  static final class Bookmark {
    final int level;
    final String title;
    final int page;
    final float y;

    Bookmark(int level, String title, int page, float y) {
      this.level = level;
      this.title = title;
      this.page = page;
      this.y = y;
    }
  }

  public List<Widget> widgets() {
    return widgets;
  }

  public int pageCount() {
    return pages.size();
  }
}
