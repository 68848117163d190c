package io.github.peelkit.examples.cli;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.normality.ShapiroWilk;
import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.outlier.OutlierOptions;
import io.github.peelkit.yaml.Location;
import io.github.peelkit.yaml.Problem;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one measure that {@code peel outliers} read, from a CSV file or from the evidence of
 * loaded assessments, each with the place it came from, so that a problem with the measure as a
 * whole can be located too.
 *
 * @param name the measure's name: the CSV's {@code measure} cell or the evidence id; empty when
 *     the CSV has no {@code measure} column
 * @param start where a problem with the measure as a whole is reported: its first row, or its
 *     first assessment's evidence
 * @param values the subjects' values, in the order read; no subject twice
 */
record PeerMeasure(Optional<String> name, Place start, List<PeerMeasure.Value> values) {
  PeerMeasure {
    values = List.copyOf(values);
  }

  /**
   * One subject's value.
   *
   * @param subject the subject, as read
   * @param written the value as written, exactly (a CSV's text, a measure's decimal)
   * @param place where it was read: file, line and column of the value, and a path
   */
  record Value(String subject, BigDecimal written, Place place) {
    /** {@return the value as a double, which the analysis takes} */
    double number() {
      return written.doubleValue();
    }
  }

  /**
   * Where something was read.
   *
   * @param file the file, as named on the command line
   * @param line the line, 1-based
   * @param column the column, 1-based
   * @param path the column of a CSV ({@code value}) or the path into an assessment ({@code
   *     judgments[4].evidence[2]}); empty for a whole row or file
   */
  record Place(String file, int line, int column, String path) {
    /** {@return an error at this place} */
    Problem error(Code code, String message) {
      return Problem.of(code, Location.of(file, line, column), path, message);
    }
  }

  /**
   * What keeps the measure from being analysed as a whole: fewer than 3 or more than 5000
   * subjects, or every value the same. Located at its first value.
   *
   * @return the problem, or empty when the measure can be analysed
   */
  Optional<Problem> problem() {
    int n = values.size();
    String subjects = Words.count(n, "subject", "subjects");
    String measure = name.map(m -> "measure '" + m + "' has ").orElse("there are ");
    if (n < ShapiroWilk.MIN_SIZE) {
      return Optional.of(start.error(
          ModelCode.MISSING_REQUIRED, measure + "only " + subjects + ": an outlier analysis needs at least " + ShapiroWilk.MIN_SIZE));
    }
    if (n > ShapiroWilk.MAX_SIZE) {
      return Optional.of(start.error(
          ModelCode.INVALID_VALUE,
          measure + subjects + ": an outlier analysis takes at most " + ShapiroWilk.MAX_SIZE + " (the range of the Shapiro–Wilk test)"));
    }
    double value = values.get(0).number();
    if (values.stream().allMatch(v -> v.number() == value)) {
      String of = name.map(m -> " of measure '" + m + "'").orElse("");
      return Optional.of(start.error(
          ModelCode.INVALID_VALUE,
          "all " + n + " values" + of + " are equal (" + values.get(0).written().toPlainString()
              + "): there is no spread to tell outliers by"));
    }
    return Optional.empty();
  }

  /**
   * Analyses the measure; call only when {@link #problem()} is empty.
   *
   * @param options the options
   * @return the analysis
   */
  OutlierAnalysis analyse(OutlierOptions options) {
    Map<String, Double> map = new LinkedHashMap<>();
    values.forEach(v -> map.put(v.subject(), v.number()));
    return OutlierAnalysis.of(map, options);
  }
}
