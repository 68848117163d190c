package io.github.peelkit.examples.cli;

import io.github.peelkit.compare.AreaDistribution;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.TableRow;
import java.util.List;

/**
 * A grade table as CSV (RFC 4180, {@code \n} line breaks), in the shape of SPEC §12: a {@code subject}
 * column of subject ids, then one column per area id in the framework's order; a cell is the grade id,
 * {@code -} when the judgment has no grade, empty when the area was not judged. The distribution is
 * {@code area}, a column per grade id of the scale, best first, then {@code ungraded} and {@code absent}.
 *
 * <p>Every value is an id, a slug, or a count, so no cell needs quoting.
 */
final class TableCsv {
  private TableCsv() {}

  /** {@return the table, a header line and a line per subject} */
  static String table(GradeTable table) {
    StringBuilder b = new StringBuilder();
    line(b, TableCells.header(table));
    for (TableRow row : table.rows()) {
      line(b, TableCells.row(table, row));
    }
    return b.toString();
  }

  /** {@return the distribution of grades per area, a header line and a line per area} */
  static String distribution(GradeTable table) {
    StringBuilder b = new StringBuilder();
    line(b, TableCells.distributionHeader(table));
    for (AreaDistribution d : table.distributions()) {
      line(b, TableCells.distributionRow(d));
    }
    return b.toString();
  }

  private static void line(StringBuilder b, List<String> cells) {
    b.append(String.join(",", cells)).append('\n');
  }
}
