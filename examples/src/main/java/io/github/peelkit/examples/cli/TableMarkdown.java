package io.github.peelkit.examples.cli;

import io.github.peelkit.compare.AreaDistribution;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.TableRow;
import io.github.peelkit.framework.Area;
import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
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
    List<String> header = new ArrayList<>(List.of("subject"));
    List<String> aligns = new ArrayList<>(List.of("---"));
    table.areas().forEach(a -> {
      header.add(a.id());
      aligns.add("---");
    });
    row(b, header);
    row(b, aligns);
    for (TableRow r : table.rows()) {
      List<String> cells = new ArrayList<>(List.of(r.subject().id()));
      for (Area area : table.areas()) {
        cells.add(TableCells.cell(r, area.id()));
      }
      row(b, cells);
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
    b.append("## ").append(what).append(" of ").append(AssessmentMarkdown.escape(table.framework().name()))
        .append(" (`").append(table.framework().id()).append("`)\n\n");
    b.append(Words.count(table.rows().size(), "subject", "subjects")).append(", the latest assessment of each")
        .append(table.framework().scale().map(s -> "; grades of scale `" + s.id() + "`").orElse("")).append(".\n\n");
    return b;
  }

  private static void distributionTable(StringBuilder b, GradeTable table) {
    List<String> header = new ArrayList<>(List.of("area"));
    List<String> aligns = new ArrayList<>(List.of("---"));
    table.framework().scale().ifPresent(s -> s.grades().forEach(g -> {
      header.add(g.id());
      aligns.add("--:");
    }));
    for (String column : List.of("ungraded", "absent")) {
      header.add(column);
      aligns.add("--:");
    }
    row(b, header);
    row(b, aligns);
    for (AreaDistribution d : table.distributions()) {
      List<String> cells = new ArrayList<>(List.of(d.area().id()));
      for (Grade grade : d.counts().keySet()) {
        cells.add(Integer.toString(d.count(grade)));
      }
      cells.add(Integer.toString(d.ungraded()));
      cells.add(Integer.toString(d.absent()));
      row(b, cells);
    }
  }

  private static void row(StringBuilder b, List<String> cells) {
    b.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }
}
