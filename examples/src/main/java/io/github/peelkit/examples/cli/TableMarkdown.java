package io.github.peelkit.examples.cli;

import io.github.peelkit.compare.AreaDistribution;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.TableRow;
import io.github.peelkit.yaml.TerminalText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A grade table as Markdown: a heading naming the framework, the table with the cells of the CSV
 * (grade ids, {@code -}, empty), and the distribution of grades per area.
 */
final class TableMarkdown {
  private TableMarkdown() {}

  /** {@return the table and the distribution} */
  static String table(GradeTable table) {
    StringBuilder b = heading(table, "Grades");
    List<String> header = TableCells.header(table);
    row(b, header);
    row(b, Collections.nCopies(header.size(), "---"));
    for (TableRow r : table.rows()) {
      row(b, TableCells.row(table, r));
    }
    b.append('\n').append("### Distribution of grades per area\n\n");
    distributionTable(b, table);
    return b.toString();
  }

  /** {@return the distribution alone} */
  static String distribution(GradeTable table) {
    StringBuilder b = heading(table, "Distribution of grades per area");
    distributionTable(b, table);
    return b.toString();
  }

  private static StringBuilder heading(GradeTable table, String what) {
    StringBuilder b = new StringBuilder();
    b.append("## ").append(what).append(" of ").append(AssessmentMarkdown.escape(TerminalText.printable(table.framework().name())))
        .append(" (`").append(table.framework().id()).append("`)\n\n");
    b.append(Words.count(table.rows().size(), "subject", "subjects")).append(", the latest assessment of each")
        .append(table.framework().scale().map(s -> "; grades of scale `" + s.id() + "`").orElse("")).append(".\n\n");
    return b;
  }

  private static void distributionTable(StringBuilder b, GradeTable table) {
    List<String> header = TableCells.distributionHeader(table);
    List<String> aligns = new ArrayList<>(Collections.nCopies(header.size(), "--:"));
    aligns.set(0, "---");
    row(b, header);
    row(b, aligns);
    for (AreaDistribution d : table.distributions()) {
      row(b, TableCells.distributionRow(d));
    }
  }

  private static void row(StringBuilder b, List<String> cells) {
    b.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
