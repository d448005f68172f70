package org.evidencekit.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of the structure tree being laid out (Document, H1, P, L, LI, Form ...). Its kids
 * are other elements, marked content on a page ({@link Mcr}) or a form field's widget ({@link
 * Widget}), in reading order.
 */
public final class StructElem {
  final String type;
  final List<Object> kids = new ArrayList<>();
  String actualText;
  String alt;

  StructElem(String type) {
    this.type = type;
  }

  /** A new element of this type, added as the last kid. */
  StructElem add(String childType) {
    StructElem e = new StructElem(childType);
    kids.add(e);
    return e;
  }

  /** A piece of marked content: page index and MCID. */
  static final class Mcr {
    final int page;
    final int mcid;

    Mcr(int page, int mcid) {
      this.page = page;
      this.mcid = mcid;
    }
  }
}
