package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.compare.AreaDistribution;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.TableRow;
import io.github.peelkit.framework.Area;
import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The cells of {@code peel table}, the same in every format: a row's cell is the grade's id, {@code -}
 * when the judgment has no grade, empty when the area was not judged; the distribution's columns are
 * the area, the count of each grade of the scale, best first, then the ungraded and the absent.
 */
final class TableCells {
  /** The cell of a judgment without a grade. */
  static final String UNGRADED = "-";

  private TableCells() {}

  /** {@return the cell of a row's area: a grade id, {@value #UNGRADED}, or empty} */
  static String cell(TableRow row, String areaId) {
    Optional<Judgment> judgment = row.judgment(areaId);
    if (judgment.isEmpty()) {
      return "";
    }
    return judgment.get().grade().map(g -> g.id()).orElse(UNGRADED);
  }

  /** {@return the header of the table: {@code subject}, then every area id} */
  static List<String> header(GradeTable table) {
    List<String> header = new ArrayList<>(List.of("subject"));
    table.areas().forEach(a -> header.add(a.id()));
    return header;
  }

  /** {@return the cells of a row: the subject's id, then the cell of every area} */
  static List<String> row(GradeTable table, TableRow row) {
    List<String> cells = new ArrayList<>(List.of(row.subject().id()));
    for (Area area : table.areas()) {
      cells.add(cell(row, area.id()));
    }
    return cells;
  }

  /** {@return the header of the distribution: {@code area}, every grade id, {@code ungraded}, {@code absent}} */
  static List<String> distributionHeader(GradeTable table) {
    List<String> header = new ArrayList<>(List.of("area"));
    table.framework().scale().ifPresent(s -> s.grades().forEach(g -> header.add(g.id())));
    header.add("ungraded");
    header.add("absent");
    return header;
  }

  /** {@return the cells of an area's distribution} */
  static List<String> distributionRow(AreaDistribution d) {
    List<String> cells = new ArrayList<>(List.of(d.area().id()));
    for (Grade grade : d.counts().keySet()) {
      cells.add(Integer.toString(d.count(grade)));
    }
    cells.add(Integer.toString(d.ungraded()));
    cells.add(Integer.toString(d.absent()));
    return cells;
  }
}
