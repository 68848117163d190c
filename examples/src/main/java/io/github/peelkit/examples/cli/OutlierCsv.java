package io.github.peelkit.examples.cli;

import io.github.peelkit.outlier.Standing;
import io.github.peelkit.yaml.TerminalText;
import java.math.BigDecimal;
import java.util.List;

/**
 * The CSV form of {@code peel outliers}: {@code measure,subject,value,z,flag}, one row per subject
 * of every measure, in input order; {@code measure} empty when the input has no measure column,
 * {@code value} as written, {@code z} with all its digits, {@code flag} {@code well-above}, {@code
 * well-below} or {@code within}. Cells are quoted when they hold a comma, a quote, a line break or
 * spaces at an end; subjects are escaped as {@link TerminalText#printable} escapes them.
 */
final class OutlierCsv {
  private OutlierCsv() {}

  /** {@return the analyses as CSV, with a header row} */
  static String render(List<MeasureOutliers> analyses) {
    StringBuilder b = new StringBuilder("measure,subject,value,z,flag\n");
    for (MeasureOutliers m : analyses) {
      String measure = cell(m.measure().name().orElse(""));
      for (int i = 0; i < m.analysis().size(); i++) {
        Standing s = m.standing(i);
        b.append(measure).append(',')
            .append(cell(s.subject())).append(',')
            .append(m.written(i).toPlainString()).append(',')
            .append(BigDecimal.valueOf(s.z()).toPlainString()).append(',')
            .append(s.flag().id()).append('\n');
      }
    }
    return b.toString();
  }

  private static String cell(String text) {
    String printable = TerminalText.printable(text);
    boolean quote = printable.contains(",") || printable.contains("\"") || !printable.equals(printable.strip());
    return quote ? '"' + printable.replace("\"", "\"\"") + '"' : printable;
  }
}
