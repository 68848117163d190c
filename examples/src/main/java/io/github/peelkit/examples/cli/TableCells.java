package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.compare.TableRow;
import java.util.Optional;

/** What a cell of {@code peel table} holds: the grade's id, {@code -} when the judgment has no grade, empty when the area was not judged. */
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
}
