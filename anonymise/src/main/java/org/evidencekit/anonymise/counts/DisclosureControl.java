package org.evidencekit.anonymise.counts;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

/**
 * Disclosure control for published counts. Small counts (1 to {@code threshold - 1}; by default
 * 1 to 4) are suppressed and shown as "fewer than 5"; 0 is shown as 0. Then secondary
 * suppression: while any suppressed count could be worked out from what is published (the other
 * cells, the row and column totals, the fact that a small count lies between 1 and 4 and a
 * secondary one is 5 or more), the smallest non-zero count of the line that gives it away is
 * suppressed too. The check solves the published equations exactly (linear algebra), narrows
 * every suppressed value's range from the totals, and for small tables searches every
 * consistent table. Optionally, shown counts are then rounded to a base (5 by default practice).
 *
 * <p>Configured with {@link #builder()}; immutable and thread-safe.
 */
public final class DisclosureControl {
  private final int threshold;
  private final int roundTo;
  private final String smallLabel;
  private final String secondaryLabel;
  private final String withheldLabel = "[c]";

  private DisclosureControl(Builder b) {
    this.threshold = b.threshold;
    this.roundTo = b.roundTo;
    this.smallLabel = b.smallLabel != null ? b.smallLabel : "fewer than " + b.threshold;
    this.secondaryLabel = b.secondaryLabel;
  }

  /** Threshold 5 ("fewer than 5"), secondary cells shown as "[c]", no rounding. */
  public static DisclosureControl standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int threshold() {
    return threshold;
  }

  /**
   * The rule in words, to print under a published table: "Counts from 1 to 4 are shown as
   * 'fewer than 5', and counts marked [c] are withheld so that none of them can be worked out from
   * the other counts and the totals; 0 is shown as 0."
   */
  public String describe() {
    String s = "Disclosure control: counts from 1 to " + (threshold - 1) + " are shown as '" + smallLabel
        + "', and counts shown as " + secondaryLabel + " are withheld so that none of them can be worked out"
        + " from the other counts and the totals; 0 is shown as 0.";
    if (roundTo > 1) {
      s += " Counts shown are rounded to the nearest " + roundTo + ".";
    }
    return s + " A table whose counts are all too small to publish is withheld whole (" + withheldLabel + ").";
  }

  /** The table as it may be published. */
  public PublishedTable publish(CountTable table) {
    Grid g = new Grid(table);
    boolean[] suppressed = new boolean[g.size];
    boolean[] small = new boolean[g.size];
    for (int k = 0; k < g.size; k++) {
      long v = g.value[k];
      if (v >= 1 && v < threshold) {
        suppressed[k] = true;
        small[k] = true;
      }
    }
    Audit audit = new Audit(g, threshold);
    for (int guard = 0; guard < g.size + 1; guard++) {
      int leak = audit.firstRecoverable(suppressed, small);
      if (leak < 0) {
        break;
      }
      int extra = g.complement(leak, suppressed);
      if (extra < 0) {
        // Everything is hidden and the table still gives a count away (every count small):
        // withhold the whole table.
        return g.withhold(withheldLabel);
      }
      suppressed[extra] = true;
    }
    return g.publish(suppressed, small, this);
  }

  PublishedCell cell(long value, boolean suppressed, boolean small) {
    if (suppressed) {
      return new PublishedCell(OptionalLong.empty(), small ? PublishedCell.Status.SMALL : PublishedCell.Status.SECONDARY,
          small ? smallLabel : secondaryLabel);
    }
    if (roundTo > 1 && value != 0) {
      long r = Math.round(value / (double) roundTo) * roundTo;
      return new PublishedCell(OptionalLong.of(r), PublishedCell.Status.ROUNDED, Long.toString(r));
    }
    return new PublishedCell(OptionalLong.of(value), PublishedCell.Status.SHOWN, Long.toString(value));
  }

  /** Configures {@link DisclosureControl}. */
  public static final class Builder {
    private int threshold = 5;
    private int roundTo = 0;
    private String smallLabel;
    private String secondaryLabel = "[c]";

    private Builder() {}

    /** Counts from 1 to {@code threshold - 1} are suppressed (default 5: counts 1 to 4). */
    public Builder threshold(int threshold) {
      if (threshold < 2) {
        throw new IllegalArgumentException("The suppression threshold is 2 or more, not " + threshold);
      }
      this.threshold = threshold;
      return this;
    }

    /** Rounds shown counts to this base (such as 5); 0 or 1 for none (the default). */
    public Builder roundTo(int base) {
      if (base < 0) {
        throw new IllegalArgumentException("The rounding base is 0 or more, not " + base);
      }
      this.roundTo = base;
      return this;
    }

    /** The text shown for a small count (default "fewer than N"). */
    public Builder smallLabel(String label) {
      this.smallLabel = java.util.Objects.requireNonNull(label, "label");
      return this;
    }

    /** The text shown for a cell suppressed to protect another (default "[c]"). */
    public Builder secondaryLabel(String label) {
      this.secondaryLabel = java.util.Objects.requireNonNull(label, "label");
      return this;
    }

    public DisclosureControl build() {
      return new DisclosureControl(this);
    }
  }

  /**
   * The published entries of a table (cells, row totals, column totals, grand total) as one
   * vector, and the equations between them: each line's entries sum to its total.
   */
  static final class Grid {
    final int rows;
    final int cols;
    final boolean rowTotals;
    final boolean colTotals;
    final int size;
    final long[] value;
    final int[][] index; // (rows + 1) x (cols + 1) -> entry
    final List<int[]> lines = new ArrayList<>(); // entries of the line; the last is its total
    /**
     * Per line: whether its entries add up to its total. Where they do not (people counted in
     * several cells of the line), the line only says that its entries add up to at least the
     * total and that none is more than it. Treating an additive line as an equation even where
     * people could have been counted twice is safe: the true table satisfies it, and an intruder
     * who knows less can work out no more.
     */
    final List<Boolean> additive = new ArrayList<>();
    final List<String> rowNames;
    final List<String> colNames;

    Grid(CountTable t) {
      rows = t.rows().size();
      cols = t.columns().size();
      rowNames = t.rows();
      colNames = t.columns();
      rowTotals = cols >= 2;
      colTotals = rows >= 2;
      index = new int[rows + 1][cols + 1];
      for (int[] r : index) {
        Arrays.fill(r, -1);
      }
      int k = 0;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          index[r][c] = k++;
        }
      }
      if (rowTotals) {
        for (int r = 0; r < rows; r++) {
          index[r][cols] = k++;
        }
      }
      if (colTotals) {
        for (int c = 0; c < cols; c++) {
          index[rows][c] = k++;
        }
      }
      int grand;
      if (rows == 1 && cols == 1) {
        grand = index[0][0];
      } else if (rows == 1) {
        grand = index[0][cols];
      } else if (cols == 1) {
        grand = index[rows][0];
      } else {
        grand = k++;
      }
      index[rows][cols] = grand;
      if (rows == 1 && !rowTotals) {
        index[0][cols] = grand;
      }
      if (cols == 1 && !colTotals) {
        index[rows][0] = grand;
      }
      size = k;
      value = new long[size];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          value[index[r][c]] = t.count(r, c);
        }
        if (rowTotals) {
          value[index[r][cols]] = t.rowTotal(r);
        }
      }
      if (colTotals) {
        for (int c = 0; c < cols; c++) {
          value[index[rows][c]] = t.columnTotal(c);
        }
      }
      value[grand] = t.total();
      // equations
      if (rowTotals) {
        for (int r = 0; r < rows; r++) {
          int[] line = new int[cols + 1];
          for (int c = 0; c < cols; c++) {
            line[c] = index[r][c];
          }
          line[cols] = index[r][cols];
          lines.add(line);
        }
      }
      if (colTotals) {
        for (int c = 0; c < cols; c++) {
          int[] line = new int[rows + 1];
          for (int r = 0; r < rows; r++) {
            line[r] = index[r][c];
          }
          line[rows] = index[rows][c];
          lines.add(line);
        }
      }
      if (rowTotals && colTotals) {
        int[] a = new int[rows + 1];
        for (int r = 0; r < rows; r++) {
          a[r] = index[r][cols];
        }
        a[rows] = grand;
        lines.add(a);
        int[] b = new int[cols + 1];
        for (int c = 0; c < cols; c++) {
          b[c] = index[rows][c];
        }
        b[cols] = grand;
        lines.add(b);
      }
      for (int[] line : lines) {
        long sum = 0;
        for (int i = 0; i < line.length - 1; i++) {
          sum += value[line[i]];
        }
        additive.add(sum == value[line[line.length - 1]]);
      }
    }

    /**
     * Another entry to suppress so that entry {@code leak} is no longer given away: the smallest
     * non-zero unsuppressed entry, preferring cells over totals, in a line through the leak.
     */
    int complement(int leak, boolean[] suppressed) {
      // First the lines in which the leak is the only suppressed entry (they give it away).
      int best = complementIn(leak, suppressed, true);
      return best >= 0 ? best : complementIn(leak, suppressed, false);
    }

    private int complementIn(int leak, boolean[] suppressed, boolean exposedOnly) {
      int best = -1;
      long bestKey = Long.MAX_VALUE;
      for (int[] line : lines) {
        if (!contains(line, leak)) {
          continue;
        }
        if (exposedOnly) {
          int hidden = 0;
          for (int e : line) {
            if (suppressed[e]) {
              hidden++;
            }
          }
          if (hidden != 1) {
            continue;
          }
        }
        for (int k = 0; k < line.length; k++) {
          int e = line[k];
          if (suppressed[e] || value[e] == 0) {
            continue;
          }
          boolean total = k == line.length - 1 || !isCell(e);
          long key = (total ? 1L << 40 : 0) + value[e];
          if (key < bestKey) {
            bestKey = key;
            best = e;
          }
        }
      }
      if (best < 0 && !exposedOnly) {
        // No line through the leak has a candidate: widen to any entry.
        for (int e = 0; e < size; e++) {
          if (!suppressed[e] && value[e] != 0) {
            long key = (isCell(e) ? 0 : 1L << 40) + value[e];
            if (key < bestKey) {
              bestKey = key;
              best = e;
            }
          }
        }
      }
      return best;
    }

    boolean isCell(int e) {
      return e < rows * cols;
    }

    static boolean contains(int[] a, int e) {
      for (int x : a) {
        if (x == e) {
          return true;
        }
      }
      return false;
    }

    PublishedTable withhold(String label) {
      PublishedCell[][] grid = new PublishedCell[rows + 1][cols + 1];
      for (int r = 0; r <= rows; r++) {
        for (int c = 0; c <= cols; c++) {
          if (index[r][c] >= 0) {
            grid[r][c] = new PublishedCell(OptionalLong.empty(), PublishedCell.Status.WITHHELD, label);
          }
        }
      }
      return new PublishedTable(rowNames, colNames, grid, rowTotals, colTotals);
    }

    PublishedTable publish(boolean[] suppressed, boolean[] small, DisclosureControl dc) {
      PublishedCell[][] grid = new PublishedCell[rows + 1][cols + 1];
      for (int r = 0; r <= rows; r++) {
        for (int c = 0; c <= cols; c++) {
          int e = index[r][c];
          if (e >= 0) {
            grid[r][c] = dc.cell(value[e], suppressed[e], small[e]);
          }
        }
      }
      return new PublishedTable(rowNames, colNames, grid, rowTotals, colTotals);
    }
  }
}
