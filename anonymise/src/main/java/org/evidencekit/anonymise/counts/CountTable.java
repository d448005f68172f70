package org.evidencekit.anonymise.counts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts by row and column (such as respondents per option, or per option by type of
 * organisation), before any disclosure control. Rows and columns keep the order they were first
 * named in. Immutable.
 *
 * <p>A total is the sum of its line unless the builder was given it: where one person can be
 * counted in several cells of a line (respondents who chose more than one option), the total of
 * the people in that line is less than the sum, and is given with {@link Builder#rowTotal},
 * {@link Builder#columnTotal} and {@link Builder#total}. {@link DisclosureControl} then treats
 * that line as one whose cells add up to at least its total, each at most the total.
 */
public final class CountTable {
  private final List<String> rows;
  private final List<String> columns;
  private final long[][] counts;
  private final long[] rowTotals;
  private final long[] columnTotals;
  private final long total;

  private CountTable(List<String> rows, List<String> columns, long[][] counts, long[] rowTotals,
      long[] columnTotals, long total) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.counts = counts;
    this.rowTotals = rowTotals;
    this.columnTotals = columnTotals;
    this.total = total;
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<String> rows() {
    return rows;
  }

  public List<String> columns() {
    return columns;
  }

  public long count(int row, int column) {
    return counts[row][column];
  }

  /** The row's total: the sum of its cells, or the total the builder was given. */
  public long rowTotal(int row) {
    return rowTotals[row];
  }

  /** The column's total: the sum of its cells, or the total the builder was given. */
  public long columnTotal(int column) {
    return columnTotals[column];
  }

  /** The grand total: the sum of all cells, or the total the builder was given. */
  public long total() {
    return total;
  }

  /** Whether every total is the sum of its line (no one is counted twice in any line). */
  public boolean isAdditive() {
    for (int r = 0; r < rows.size(); r++) {
      if (rowTotals[r] != rowSum(counts, r)) {
        return false;
      }
    }
    for (int c = 0; c < columns.size(); c++) {
      if (columnTotals[c] != columnSum(counts, c)) {
        return false;
      }
    }
    long all = 0;
    for (long t : rowTotals) {
      all += t;
    }
    long allByColumn = 0;
    for (long t : columnTotals) {
      allByColumn += t;
    }
    return total == all && total == allByColumn;
  }

  private static long rowSum(long[][] counts, int row) {
    long s = 0;
    for (long v : counts[row]) {
      s += v;
    }
    return s;
  }

  private static long columnSum(long[][] counts, int column) {
    long s = 0;
    for (long[] r : counts) {
      s += r[column];
    }
    return s;
  }

  @Override
  public String toString() {
    return "CountTable[" + rows.size() + " x " + columns.size() + "]";
  }

  /** Builds a {@link CountTable}; counts added to the same cell are summed. */
  public static final class Builder {
    private final Map<String, Map<String, Long>> cells = new LinkedHashMap<>();
    private final List<String> columns = new ArrayList<>();
    private final Map<String, Long> givenRowTotals = new LinkedHashMap<>();
    private final Map<String, Long> givenColumnTotals = new LinkedHashMap<>();
    private Long givenTotal;

    private Builder() {}

    /** Names a row, so that it is shown even if every count in it is 0. */
    public Builder row(String row) {
      cells.computeIfAbsent(Objects.requireNonNull(row, "row"), k -> new LinkedHashMap<>());
      return this;
    }

    /** Names a column, so that it is shown even if every count in it is 0. */
    public Builder column(String column) {
      if (!columns.contains(Objects.requireNonNull(column, "column"))) {
        columns.add(column);
      }
      return this;
    }

    /** Adds {@code n} (0 or more) to the cell. */
    public Builder add(String row, String column, long n) {
      if (n < 0) {
        throw new IllegalArgumentException("A count is 0 or more, not " + n + " (row " + row + ")");
      }
      row(row);
      column(column);
      cells.get(row).merge(column, n, Long::sum);
      return this;
    }

    /**
     * The row's total, where it is not the sum of its cells: the number of people counted in the
     * row when one person can be counted in several of its cells. It lies between the row's
     * largest cell and the sum of its cells.
     */
    public Builder rowTotal(String row, long n) {
      row(row);
      givenRowTotals.put(row, n);
      return this;
    }

    /** The column's total, where it is not the sum of its cells (see {@link #rowTotal}). */
    public Builder columnTotal(String column, long n) {
      column(column);
      givenColumnTotals.put(column, n);
      return this;
    }

    /** The grand total, where it is not the sum of all cells: the number of people counted. */
    public Builder total(long n) {
      givenTotal = n;
      return this;
    }

    public CountTable build() {
      if (cells.isEmpty() || columns.isEmpty()) {
        throw new IllegalStateException("A count table needs at least one row and one column");
      }
      List<String> rows = new ArrayList<>(cells.keySet());
      long[][] counts = new long[rows.size()][columns.size()];
      for (int r = 0; r < rows.size(); r++) {
        Map<String, Long> row = cells.get(rows.get(r));
        for (int c = 0; c < columns.size(); c++) {
          counts[r][c] = row.getOrDefault(columns.get(c), 0L);
        }
      }
      long[] rowTotals = new long[rows.size()];
      long sumOfRowTotals = 0;
      for (int r = 0; r < rows.size(); r++) {
        long[] line = counts[r];
        rowTotals[r] = total("row " + rows.get(r), givenRowTotals.get(rows.get(r)), line);
        sumOfRowTotals += rowTotals[r];
      }
      long[] columnTotals = new long[columns.size()];
      long sumOfColumnTotals = 0;
      for (int c = 0; c < columns.size(); c++) {
        long[] line = new long[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
          line[r] = counts[r][c];
        }
        columnTotals[c] = total("column " + columns.get(c), givenColumnTotals.get(columns.get(c)), line);
        sumOfColumnTotals += columnTotals[c];
      }
      // With one column, its total is the grand total (and likewise with one row).
      Long given = givenTotal;
      if (given == null && columns.size() == 1 && givenColumnTotals.containsKey(columns.get(0))) {
        given = columnTotals[0];
      }
      if (given == null && rows.size() == 1 && givenRowTotals.containsKey(rows.get(0))) {
        given = rowTotals[0];
      }
      long total = total("the grand total", given, rowTotals);
      if (total > sumOfColumnTotals) {
        throw new IllegalArgumentException(
            "The grand total " + total + " is more than the column totals add up to (" + sumOfColumnTotals + ")");
      }
      for (long t : columnTotals) {
        if (t > total) {
          throw new IllegalArgumentException("A column total " + t + " is more than the grand total " + total);
        }
      }
      if (columns.size() == 1) {
        columnTotals[0] = total;
      }
      if (rows.size() == 1) {
        rowTotals[0] = total;
      }
      if (sumOfRowTotals < total) {
        throw new IllegalArgumentException(
            "The grand total " + total + " is more than the row totals add up to (" + sumOfRowTotals + ")");
      }
      return new CountTable(rows, columns, counts, rowTotals, columnTotals, total);
    }

    /** The line's total: the given one, checked against its cells, or their sum. */
    private static long total(String line, Long given, long[] cells) {
      long sum = 0;
      long max = 0;
      for (long v : cells) {
        sum += v;
        max = Math.max(max, v);
      }
      if (given == null) {
        return sum;
      }
      if (given < max || given > sum) {
        throw new IllegalArgumentException("The total of " + line + " is " + given
            + ", but a total lies between the line's largest count (" + max + ") and their sum (" + sum + ")");
      }
      return given;
    }
  }
}
