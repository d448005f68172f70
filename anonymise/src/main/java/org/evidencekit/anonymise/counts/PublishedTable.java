package org.evidencekit.anonymise.counts;

import java.util.List;

/**
 * A count table as published: every cell, the row totals (when there are two columns or more),
 * the column totals (when there are two rows or more) and the grand total, each a {@link
 * PublishedCell}.
 */
public final class PublishedTable {
  private final List<String> rows;
  private final List<String> columns;
  private final PublishedCell[][] grid; // (rows + 1) x (columns + 1), margins last
  private final boolean rowTotals;
  private final boolean columnTotals;

  PublishedTable(List<String> rows, List<String> columns, PublishedCell[][] grid, boolean rowTotals,
      boolean columnTotals) {
    this.rows = List.copyOf(rows);
    this.columns = List.copyOf(columns);
    this.grid = grid;
    this.rowTotals = rowTotals;
    this.columnTotals = columnTotals;
  }

  public List<String> rows() {
    return rows;
  }

  public List<String> columns() {
    return columns;
  }

  public PublishedCell cell(int row, int column) {
    return grid[row][column];
  }

  /** Whether row totals are published (the table has two columns or more). */
  public boolean hasRowTotals() {
    return rowTotals;
  }

  /** Whether column totals are published (the table has two rows or more). */
  public boolean hasColumnTotals() {
    return columnTotals;
  }

  public PublishedCell rowTotal(int row) {
    if (!rowTotals) {
      throw new IllegalStateException("A table of one column has no row totals");
    }
    return grid[row][columns.size()];
  }

  public PublishedCell columnTotal(int column) {
    if (!columnTotals) {
      throw new IllegalStateException("A table of one row has no column totals");
    }
    return grid[rows.size()][column];
  }

  public PublishedCell total() {
    return grid[rows.size()][columns.size()];
  }

  /** The table as tab-separated text: a header line, one line per row, then the totals. */
  public String toTsv() {
    StringBuilder sb = new StringBuilder();
    sb.append("");
    for (String c : columns) {
      sb.append('\t').append(c);
    }
    if (rowTotals) {
      sb.append("\tTotal");
    }
    sb.append('\n');
    for (int r = 0; r < rows.size(); r++) {
      sb.append(rows.get(r));
      for (int c = 0; c < columns.size(); c++) {
        sb.append('\t').append(grid[r][c].display());
      }
      if (rowTotals) {
        sb.append('\t').append(grid[r][columns.size()].display());
      }
      sb.append('\n');
    }
    if (columnTotals) {
      sb.append("Total");
      for (int c = 0; c < columns.size(); c++) {
        sb.append('\t').append(grid[rows.size()][c].display());
      }
      if (rowTotals) {
        sb.append('\t').append(total().display());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return toTsv();
  }
}
