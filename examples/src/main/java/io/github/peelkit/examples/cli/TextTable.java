package io.github.peelkit.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table that fits a terminal: a header, a rule of dashes under each column, and rows.
 * The first column takes what width the others leave and wraps its text at words; the other columns
 * are as wide as their widest cell, and the ones declared numeric are aligned right.
 */
final class TextTable {
  private static final String GAP = "  ";

  private final List<String> headers;
  private final boolean[] numeric;
  private final List<List<String>> rows = new ArrayList<>();
  private final List<Integer> indents = new ArrayList<>();

  /**
   * A table with these column headers.
   *
   * @param headers the headers, the wrapping column first
   * @param numericFrom the index of the first right-aligned column (the columns after it are too);
   *     {@code headers.size()} when none is
   */
  TextTable(List<String> headers, int numericFrom) {
    this.headers = List.copyOf(headers);
    this.numeric = new boolean[headers.size()];
    for (int i = numericFrom; i < numeric.length; i++) {
      numeric[i] = true;
    }
  }

  /** Adds a row, one cell per column. */
  TextTable row(List<String> cells) {
    return row(0, cells);
  }

  /** Adds a row whose first cell is indented, as a sub-area under its area. */
  TextTable row(int indent, List<String> cells) {
    if (cells.size() != headers.size()) {
      throw new IllegalArgumentException("a row of " + cells.size() + " cells in a table of " + headers.size() + " columns");
    }
    rows.add(List.copyOf(cells));
    indents.add(indent);
    return this;
  }

  /**
   * Renders the table within a width.
   *
   * @param maxWidth the widest a line may be
   * @return the lines, each ending with a line break, without trailing spaces
   */
  String render(int maxWidth) {
    int columns = headers.size();
    int[] widths = new int[columns];
    for (int c = 0; c < columns; c++) {
      widths[c] = Wrap.width(headers.get(c));
      for (int r = 0; r < rows.size(); r++) {
        widths[c] = Math.max(widths[c], (c == 0 ? indents.get(r) : 0) + Wrap.width(rows.get(r).get(c)));
      }
    }
    int others = 0;
    for (int c = 1; c < columns; c++) {
      others += GAP.length() + widths[c];
    }
    widths[0] = Math.max(Math.min(widths[0], maxWidth - others), Math.max(12, Wrap.width(headers.get(0))));
    StringBuilder b = new StringBuilder();
    line(b, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int width : widths) {
      rule.add("-".repeat(width));
    }
    line(b, rule, widths);
    for (int r = 0; r < rows.size(); r++) {
      List<String> row = rows.get(r);
      String indent = " ".repeat(indents.get(r));
      List<String> first = Wrap.lines(row.get(0), Math.max(1, widths[0] - indent.length()));
      List<String> cells = new ArrayList<>(row);
      cells.set(0, indent + first.get(0));
      line(b, cells, widths);
      for (int i = 1; i < first.size(); i++) {
        List<String> more = new ArrayList<>();
        more.add(indent + first.get(i));
        for (int c = 1; c < columns; c++) {
          more.add("");
        }
        line(b, more, widths);
      }
    }
    return b.toString();
  }

  private void line(StringBuilder b, List<String> cells, int[] widths) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append(GAP);
      }
      String cell = cells.get(c);
      String pad = " ".repeat(Math.max(0, widths[c] - Wrap.width(cell)));
      line.append(numeric[c] ? pad + cell : cell + pad);
    }
    b.append(line.toString().stripTrailing()).append('\n');
  }
}
