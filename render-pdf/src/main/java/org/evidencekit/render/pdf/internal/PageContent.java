package org.evidencekit.render.pdf.internal;

import java.util.ArrayList;
import java.util.List;

/** One laid-out page: its content stream and who owns each marked-content id. */
public final class PageContent {
  final StringBuilder ops = new StringBuilder(4096);
  final List<StructElem> mcidOwners = new ArrayList<>();
  /** The content stream, Flate-encoded; set when the page is finished. */
  byte[] encoded;

  int nextMcid(StructElem owner) {
    mcidOwners.add(owner);
    return mcidOwners.size() - 1;
  }
}
