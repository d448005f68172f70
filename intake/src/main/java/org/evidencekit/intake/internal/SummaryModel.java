package org.evidencekit.intake.internal;

import java.util.List;
import org.evidencekit.anonymise.counts.PublishedTable;

/**
 * What summary.html and summary.pdf show, every number already through disclosure control: a
 * title, sentences of introduction, the rule applied, and blocks, each a heading, a sentence, a
 * published table and, for a chart, the alternative text that describes it.
 */
public record SummaryModel(String title, String subtitle, List<String> intro, String rule, List<Block> blocks) {
  public SummaryModel {
    intro = List.copyOf(intro);
    blocks = List.copyOf(blocks);
  }

  /** One table, with a bar chart of its first column when {@code chart}. */
  public record Block(String heading, String text, PublishedTable table, boolean chart, List<String> notes) {
    public Block {
      notes = List.copyOf(notes);
    }

    /** The chart described in words, for those who cannot see it (every value as published). */
    public String alt() {
      StringBuilder sb = new StringBuilder("Bar chart: ").append(heading).append(". ");
      for (int r = 0; r < table.rows().size(); r++) {
        sb.append(table.rows().get(r)).append(": ").append(table.cell(r, 0).display()).append(r + 1 < table.rows().size()
            ? "; " : ".");
      }
      return sb.toString();
    }
  }
}
