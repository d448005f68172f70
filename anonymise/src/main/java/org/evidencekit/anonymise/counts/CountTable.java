package org.evidencekit.anonymise.counts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts by row and column (such as responses per option, or per option by type of
 * organisation), before any disclosure control. Rows and columns keep the order they were first
 * named in. Immutable.
 */
public final class CountTable {
  private final List<String> rows;
  private final List<String> columns;
  private final long[][] counts;

  private CountTable(List<String> rows, List<String> columns, long[][] counts) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.counts = counts;
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

  public long rowTotal(int row) {
    long s = 0;
    for (long v : counts[row]) {
      s += v;
    }
    return s;
  }

  public long columnTotal(int column) {
    long s = 0;
    for (long[] r : counts) {
      s += r[column];
    }
    return s;
  }

  public long total() {
    long s = 0;
    for (int r = 0; r < rows.size(); r++) {
      s += rowTotal(r);
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
      return new CountTable(rows, columns, counts);
    }
  }
}
