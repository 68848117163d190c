package io.github.peelkit.examples.cli;

import io.github.peelkit.normality.ShapiroWilk;
import io.github.peelkit.outlier.Band;
import io.github.peelkit.outlier.Flag;
import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.outlier.OutlierOptions;
import io.github.peelkit.outlier.ScaleReason;
import io.github.peelkit.outlier.StandardDeviation;
import io.github.peelkit.outlier.Standing;
import io.github.peelkit.outlier.ValueScale;
import io.github.peelkit.yaml.TerminalText;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;

/**
 * The text form of {@code peel outliers}: for each measure, how the scale was chosen (both
 * Shapiro–Wilk tests, or why the logs were not tested), the mean, standard deviation and band, the
 * counts of each flag, then a table of subjects in input order with their flag (blank when within
 * the band), value as written and z-score. Figures for people: four significant digits, z to two
 * decimals; the JSON and CSV forms carry every digit. Subjects are printed escaped ({@link
 * TerminalText#printable}).
 */
final class OutlierText {
  private static final MathContext FOUR = new MathContext(4);

  private OutlierText() {}

  /**
   * Renders analyses one after the other.
   *
   * @param analyses the analyses
   * @param unnamed the heading of a measure without a name (the CSV file's name)
   * @return the text
   */
  static String render(List<MeasureOutliers> analyses, String unnamed) {
    StringBuilder b = new StringBuilder();
    for (MeasureOutliers m : analyses) {
      if (b.length() > 0) {
        b.append('\n');
      }
      render(b, m, unnamed);
    }
    return b.toString();
  }

  private static void render(StringBuilder b, MeasureOutliers m, String unnamed) {
    OutlierAnalysis a = m.analysis();
    OutlierOptions o = a.options();
    boolean logs = a.scale() == ValueScale.LOG;
    String heading = TerminalText.printable(m.measure().name().orElse(unnamed));
    b.append(heading).append(": ").append(a.size()).append(" subjects, measured on the ")
        .append(logs ? "natural logs of the values" : "values").append('\n');
    ShapiroWilk raw = a.rawTest();
    b.append("  Shapiro–Wilk of the values: ").append(test(raw)).append(raw.pValue() < o.alpha() ? ", below" : ", at least")
        .append(" α = ").append(number(o.alpha())).append('\n');
    a.logTest().ifPresent(t -> b.append("  Shapiro–Wilk of the logs:   ").append(test(t)).append('\n'));
    b.append("  ").append(logs ? "Logs" : "Values").append(" used: ").append(a.scaleReason().description());
    if (a.scaleReason() == ScaleReason.NOT_ALL_POSITIVE) {
      m.measure().values().stream().filter(v -> !(v.number() > 0)).findFirst()
          .ifPresent(v -> b.append(" (").append(TerminalText.printable(v.subject())).append(": ").append(v.written().toPlainString()).append(')'));
    }
    b.append('\n');
    String sd = o.standardDeviation() == StandardDeviation.SAMPLE ? "sample" : "population";
    b.append("  Mean").append(logs ? " of the logs " : " ").append(number(a.mean())).append(", ").append(sd)
        .append(" standard deviation ").append(number(a.standardDeviation())).append('\n');
    Band band = a.band();
    b.append("  Band, mean ± ").append(number(o.threshold())).append(" sd").append(logs ? " turned back from logs: " : ": ")
        .append(number(band.lower())).append(" to ").append(number(band.upper()));
    if (logs) {
      b.append(" (geometric mean ").append(number(band.centre())).append(')');
    }
    b.append('\n');
    b.append("  ").append(a.count(Flag.WELL_ABOVE)).append(" well above, ").append(a.count(Flag.WELL_BELOW))
        .append(" well below, ").append(a.count(Flag.WITHIN)).append(" within\n\n");
    TextTable table = new TextTable(List.of("Subject", "Flag", "Value", "z"), 2);
    for (int i = 0; i < a.size(); i++) {
      Standing s = m.standing(i);
      table.row(List.of(
          TerminalText.printable(s.subject()),
          s.flag() == Flag.WITHIN ? "" : s.flag().id().replace('-', ' '),
          m.written(i).toPlainString(),
          String.format(Locale.ROOT, "%.2f", s.z())));
    }
    b.append(table.render(AssessmentText.WIDTH));
  }

  private static String test(ShapiroWilk test) {
    return "W = " + String.format(Locale.ROOT, "%.4f", test.statistic()) + ", p = " + number(test.pValue());
  }

  /** {@return a figure to four significant digits, in scientific notation when very small or large} */
  static String number(double value) {
    if (value == 0) {
      return "0";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "infinity" : "-infinity";
    }
    double magnitude = Math.abs(value);
    if (magnitude >= 1e-4 && magnitude < 1e12) {
      return BigDecimal.valueOf(value).round(FOUR).stripTrailingZeros().toPlainString();
    }
    return String.format(Locale.ROOT, "%.3e", value);
  }
}
