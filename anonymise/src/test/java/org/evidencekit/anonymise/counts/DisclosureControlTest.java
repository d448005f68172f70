package org.evidencekit.anonymise.counts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class DisclosureControlTest {

  @Test
  void smallCountsAreShownAsFewerThanFiveAndZeroAsZero() {
    CountTable t = CountTable.builder().add("Girls", "Referred", 3).add("Girls", "Not referred", 20)
        .add("Boys", "Referred", 0).add("Boys", "Not referred", 12).build();
    PublishedTable p = DisclosureControl.standard().publish(t);
    assertEquals("fewer than 5", p.cell(0, 0).display());
    assertEquals(PublishedCell.Status.SMALL, p.cell(0, 0).status());
    assertTrue(p.cell(0, 0).value().isEmpty(), "a suppressed cell holds no value");
    assertEquals("0", p.cell(1, 0).display());
    assertFalse(p.toTsv().contains("\t3\t") || p.toTsv().contains("\t3\n"), p.toTsv());
    // The girls' row total (23) would give the 3 away with 20 shown: something more is hidden.
    assertTrue(p.cell(0, 1).suppressed() || p.rowTotal(0).suppressed(), p.toTsv());
    assertEquals(p, p); // trivially; the recovery test below is the real check
  }

  @Test
  void thresholdAndLabelsAreConfigurable() {
    CountTable t = CountTable.builder().add("a", "n", 7).add("b", "n", 30).add("c", "n", 40).build();
    DisclosureControl ten = DisclosureControl.builder().threshold(10).smallLabel("<10").secondaryLabel("*").build();
    PublishedTable p = ten.publish(t);
    assertEquals("<10", p.cell(0, 0).display());
    assertEquals("*", p.cell(1, 0).display(), "the next smallest is hidden so the 7 cannot be worked out");
    assertEquals("40", p.cell(2, 0).display());
    assertEquals("77", p.columnTotal(0).display());
    assertFalse(p.hasRowTotals());
    assertThrows(IllegalArgumentException.class, () -> DisclosureControl.builder().threshold(1));
  }

  @Test
  void roundingToFiveAppliesToShownCounts() {
    CountTable t = CountTable.builder().add("a", "x", 12).add("a", "y", 18).add("b", "x", 23).add("b", "y", 2)
        .add("c", "x", 6).add("c", "y", 9).build();
    PublishedTable p = DisclosureControl.builder().roundTo(5).build().publish(t);
    assertEquals("fewer than 5", p.cell(1, 1).display());
    assertEquals("70", p.total().display());
    assertEquals(PublishedCell.Status.ROUNDED, p.total().status());
    int shown = 0;
    for (int r = 0; r < 3; r++) {
      for (int c = 0; c < 2; c++) {
        PublishedCell cell = p.cell(r, c);
        if (!cell.suppressed()) {
          shown++;
          long v = cell.value().getAsLong();
          assertEquals(0, v % 5, cell.display());
          assertTrue(Math.abs(v - t.count(r, c)) <= 2, cell.display());
        }
      }
    }
    assertTrue(shown >= 2, p.toTsv());
  }

  @Test
  void aTableOfOnlyTinyCountsIsWithheld() {
    CountTable t = CountTable.builder().add("a", "x", 1).add("a", "y", 1).add("b", "x", 1).add("b", "y", 1).build();
    PublishedTable p = DisclosureControl.standard().publish(t);
    assertEquals(PublishedCell.Status.WITHHELD, p.total().status());
    assertEquals(PublishedCell.Status.WITHHELD, p.cell(0, 0).status());
  }

  @Test
  void countsAreValidated() {
    assertThrows(IllegalArgumentException.class, () -> CountTable.builder().add("a", "b", -1));
    assertThrows(IllegalStateException.class, () -> CountTable.builder().build());
  }

  /**
   * Tables of respondents who could choose more than one option of each question (2 or 3 options
   * each; 1 to 25 respondents), with totals that count each respondent once.
   */
  @Provide
  Arbitrary<CountTable> respondentTables() {
    return Arbitraries.integers().between(2, 3).flatMap(rows -> Arbitraries.integers().between(1, 3).flatMap(cols ->
        Arbitraries.integers().between(1, (1 << rows) - 1).list().ofMinSize(1).ofMaxSize(25).flatMap(rowChoices ->
            Arbitraries.integers().between(1, (1 << cols) - 1).list().ofSize(rowChoices.size()).map(colChoices -> {
              CountTable.Builder b = CountTable.builder();
              long[] rowTotals = new long[rows];
              long[] colTotals = new long[cols];
              for (int r = 0; r < rows; r++) {
                b.row("r" + r);
              }
              for (int c = 0; c < cols; c++) {
                b.column("c" + c);
              }
              for (int k = 0; k < rowChoices.size(); k++) {
                for (int r = 0; r < rows; r++) {
                  if ((rowChoices.get(k) & (1 << r)) == 0) {
                    continue;
                  }
                  rowTotals[r]++;
                  for (int c = 0; c < cols; c++) {
                    if ((colChoices.get(k) & (1 << c)) != 0) {
                      b.add("r" + r, "c" + c, 1);
                    }
                  }
                }
                for (int c = 0; c < cols; c++) {
                  if ((colChoices.get(k) & (1 << c)) != 0) {
                    colTotals[c]++;
                  }
                }
              }
              for (int r = 0; r < rows; r++) {
                b.rowTotal("r" + r, rowTotals[r]);
              }
              for (int c = 0; c < cols; c++) {
                b.columnTotal("c" + c, colTotals[c]);
              }
              return b.total(rowChoices.size()).build();
            }))));
  }

  /**
   * issue 9: totals that count respondents, each once, though they chose several options. The
   * cells then add up to more than their totals; no suppressed count can be worked out all the same.
   */
  @Property(tries = 150)
  void issue9_noSuppressedCountOfRespondentsCanBeRecovered(@ForAll("respondentTables") CountTable table) {
    PublishedTable p = DisclosureControl.standard().publish(table);
    Intruder intruder = new Intruder(table, p, 5);
    for (int e = 0; e < intruder.entries.size(); e++) {
      if (intruder.entries.get(e).suppressed()) {
        assertTrue(intruder.canVary(e), () -> "entry recovered from\n" + p.toTsv());
      }
    }
  }

  @Test
  void issue9_aTotalOfRespondentsIsBetweenTheLargestCountAndTheSum() {
    CountTable t = CountTable.builder().add("a", "n", 3).add("b", "n", 4).columnTotal("n", 5).build();
    assertEquals(5, t.total());
    assertFalse(t.isAdditive());
    assertThrows(IllegalArgumentException.class,
        () -> CountTable.builder().add("a", "n", 3).add("b", "n", 4).columnTotal("n", 2).build());
    assertThrows(IllegalArgumentException.class,
        () -> CountTable.builder().add("a", "n", 3).add("b", "n", 4).columnTotal("n", 8).build());
    // 3 + 4 ticks by 5 people, published with the total: the 3 and the 4 are both small, and the
    // total of 5 alone does not give either away (3 + 4 >= 5 holds for many pairs).
    PublishedTable p = DisclosureControl.standard().publish(t);
    assertEquals("5", p.total().display(), p.toTsv());
    assertTrue(p.cell(0, 0).suppressed() && p.cell(1, 0).suppressed(), p.toTsv());
  }

  @Provide
  Arbitrary<CountTable> tables() {
    return Arbitraries.integers().between(1, 3).flatMap(rows -> Arbitraries.integers().between(1, 3).flatMap(cols ->
        Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.integers().between(0, 0)),
                net.jqwik.api.Tuple.of(5, Arbitraries.integers().between(1, 4)),
                net.jqwik.api.Tuple.of(4, Arbitraries.integers().between(5, 14)))
            .list().ofSize(rows * cols).map(vals -> {
              CountTable.Builder b = CountTable.builder();
              for (int r = 0; r < rows; r++) {
                for (int c = 0; c < cols; c++) {
                  b.add("r" + r, "c" + c, vals.get(r * cols + c));
                }
              }
              return b.build();
            })));
  }

  /**
   * The motivated intruder: for every suppressed entry, look for a table consistent with
   * everything published (shown values, totals, small entries between 1 and 4, secondary ones 5
   * or more) in which that entry has another value. If none exists, the entry was worked out.
   */
  @Property(tries = 200)
  void noSuppressedCellCanBeRecoveredFromTheTotals(@ForAll("tables") CountTable table) {
    PublishedTable p = DisclosureControl.standard().publish(table);
    Intruder intruder = new Intruder(table, p, 5);
    for (int e = 0; e < intruder.entries.size(); e++) {
      if (intruder.entries.get(e).suppressed()) {
        assertTrue(intruder.canVary(e), () -> "entry recovered from\n" + p.toTsv());
      }
    }
  }

  @Property(tries = 200)
  void publishedValuesAreTheTrueOnes(@ForAll("tables") CountTable table) {
    PublishedTable p = DisclosureControl.standard().publish(table);
    for (int r = 0; r < table.rows().size(); r++) {
      for (int c = 0; c < table.columns().size(); c++) {
        PublishedCell cell = p.cell(r, c);
        long v = table.count(r, c);
        if (v >= 1 && v <= 4) {
          assertTrue(cell.status() == PublishedCell.Status.SMALL || cell.status() == PublishedCell.Status.WITHHELD);
        } else if (!cell.suppressed()) {
          assertEquals(v, cell.value().getAsLong());
        }
      }
    }
  }

  /** An independent brute-force search over the published table. */
  static final class Intruder {
    final List<PublishedCell> entries = new ArrayList<>();
    final List<Long> truth = new ArrayList<>();
    final List<int[]> lines = new ArrayList<>(); // last element is the total
    final int t;
    final long cap;

    Intruder(CountTable table, PublishedTable p, int t) {
      this.t = t;
      int rows = table.rows().size();
      int cols = table.columns().size();
      int[][] id = new int[rows + 1][cols + 1];
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          id[r][c] = add(p.cell(r, c), table.count(r, c));
        }
      }
      int grand = add(p.total(), table.total());
      for (int r = 0; r < rows; r++) {
        id[r][cols] = p.hasRowTotals() ? add(p.rowTotal(r), table.rowTotal(r)) : (rows == 1 ? grand : -1);
      }
      for (int c = 0; c < cols; c++) {
        id[rows][c] = p.hasColumnTotals() ? add(p.columnTotal(c), table.columnTotal(c)) : (cols == 1 ? grand : -1);
      }
      id[rows][cols] = grand;
      for (int r = 0; r < rows; r++) {
        if (id[r][cols] >= 0) {
          int[] l = new int[cols + 1];
          for (int c = 0; c < cols; c++) l[c] = id[r][c];
          l[cols] = id[r][cols];
          lines.add(l);
        }
      }
      for (int c = 0; c < cols; c++) {
        if (id[rows][c] >= 0) {
          int[] l = new int[rows + 1];
          for (int r = 0; r < rows; r++) l[r] = id[r][c];
          l[rows] = id[rows][c];
          lines.add(l);
        }
      }
      if (p.hasRowTotals() && p.hasColumnTotals()) {
        int[] a = new int[rows + 1];
        for (int r = 0; r < rows; r++) a[r] = id[r][cols];
        a[rows] = grand;
        lines.add(a);
        int[] b = new int[cols + 1];
        for (int c = 0; c < cols; c++) b[c] = id[rows][c];
        b[cols] = grand;
        lines.add(b);
      }
      // A bound for the search only: with the grand total hidden, any larger table would do too.
      cap = p.total().suppressed() ? 2 * table.total() + 10 : p.total().value().getAsLong();
    }

    int add(PublishedCell cell, long value) {
      entries.add(cell);
      truth.add(value);
      return entries.size() - 1;
    }

    boolean canVary(int target) {
      long[] v = new long[entries.size()];
      List<Integer> unknown = new ArrayList<>();
      for (int e = 0; e < entries.size(); e++) {
        if (entries.get(e).suppressed()) {
          unknown.add(e);
          v[e] = -1;
        } else {
          v[e] = entries.get(e).value().getAsLong();
        }
      }
      return dfs(unknown, 0, v, target);
    }

    private boolean dfs(List<Integer> unknown, int k, long[] v, int target) {
      if (!consistent(v)) {
        return false;
      }
      if (k == unknown.size()) {
        return v[target] != truth.get(target);
      }
      int e = unknown.get(k);
      PublishedCell.Status status = entries.get(e).status();
      boolean small = status == PublishedCell.Status.SMALL;
      long lo = small ? 1 : status == PublishedCell.Status.WITHHELD ? 0 : t;
      long hi = small ? t - 1 : cap;
      for (long x = lo; x <= hi; x++) {
        v[e] = x;
        if (dfs(unknown, k + 1, v, target)) {
          v[e] = -1;
          return true;
        }
      }
      v[e] = -1;
      return false;
    }

    /**
     * Whether the values so far fit what the intruder knows of each line: its entries add up to its
     * total where the true line does (the strongest intruder: one who knows which lines count no
     * one twice); elsewhere they add up to at least the total, and none is more than it.
     */
    private boolean consistent(long[] v) {
      for (int[] l : lines) {
        long sum = 0;
        boolean open = false;
        long trueSum = 0;
        long max = -1;
        for (int i = 0; i < l.length - 1; i++) {
          trueSum += truth.get(l[i]);
          if (v[l[i]] < 0) {
            open = true;
          } else {
            sum += v[l[i]];
            max = Math.max(max, v[l[i]]);
          }
        }
        long total = v[l[l.length - 1]];
        boolean additive = trueSum == truth.get(l[l.length - 1]);
        if (additive) {
          if (total >= 0 && (open ? sum > total : sum != total)) {
            return false;
          }
        } else if (total >= 0 && (max > total || (!open && sum < total))) {
          return false;
        }
      }
      return true;
    }
  }
}
