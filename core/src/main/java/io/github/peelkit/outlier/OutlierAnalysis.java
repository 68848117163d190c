package io.github.peelkit.outlier;

import io.github.peelkit.normality.ShapiroWilk;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which subjects' values of one measure are well above or well below their peers', by the method
 * the inspectorate describes in the "About the data" of its PEEL 2021/22 reports: one standard
 * deviation either side of the unweighted mean across forces, on the natural logs of the values when
 * those are more normal.
 *
 * <pre>{@code
 * Map<String, Double> rates = new LinkedHashMap<>();   // subject -> value, in the order to report
 * rates.put("essex", 0.009);
 * ...
 * OutlierAnalysis analysis = OutlierAnalysis.of(rates);
 * analysis.scale();                                      // RAW or LOG, and analysis.scaleReason() says why
 * analysis.band();                                       // the "dotted lines", in the units of the values
 * analysis.standings().get(0).flag();                    // WELL_ABOVE
 * }</pre>
 *
 * <p><b>The method</b>, every step an option of {@link OutlierOptions} with its default:
 *
 * <ol>
 *   <li>The Shapiro–Wilk test of the values ({@link ShapiroWilk}).
 *   <li>If its p-value is below α (0.05) and every value is positive (greater than zero), the test
 *       of the natural logs of the values. Zero is not positive: with a zero or a negative value the
 *       logs are not tested and the values are used as they are ({@link
 *       ScaleReason#NOT_ALL_POSITIVE}).
 *   <li>The log scale when the logs' p-value is at least α ({@link LogRule#AT_LEAST_ALPHA}), or under
 *       {@link LogRule#MORE_NORMAL} when it exceeds the values' p-value; otherwise the values.
 *   <li>The unweighted mean and standard deviation on that scale: the sample standard deviation
 *       (n − 1) or the population one (n).
 *   <li>For each subject z = (value − mean) / sd on that scale, and the flag {@link Flag#WELL_ABOVE}
 *       when z &gt; k, {@link Flag#WELL_BELOW} when z &lt; −k, else {@link Flag#WITHIN} (k = 1).
 *   <li>The {@linkplain #band() band}, mean ± k·sd, turned back into values by exp on the log scale.
 * </ol>
 *
 * <p><b>Input.</b> Subject → value, 3 to 5000 subjects (the range of the Shapiro–Wilk test), each
 * value finite, not all values equal (a measure on which every subject scores the same has no
 * spread to measure distance by, and is refused). Subjects are a map's keys, so each appears once;
 * the results keep the map's iteration order (use a {@link java.util.LinkedHashMap} to choose it).
 * Everything computed is finite except, in extreme cases, the standard deviation and the bounds of
 * the band (see {@link Band}); nothing is ever NaN.
 *
 * <p>W and p agree with SciPy to 1e-6 or better; the z-scores and band with a SciPy and NumPy
 * computation to 1e-9, and the flags exactly (see {@code make_outlier_reference.py} in the tests).
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class OutlierAnalysis {
  private final OutlierOptions options;
  private final ShapiroWilk rawTest;
  private final Optional<ShapiroWilk> logTest;
  private final ScaleReason scaleReason;
  private final double mean;
  private final double standardDeviation;
  private final Band band;
  private final List<Standing> standings;

  private OutlierAnalysis(
      OutlierOptions options,
      ShapiroWilk rawTest,
      Optional<ShapiroWilk> logTest,
      ScaleReason scaleReason,
      double mean,
      double standardDeviation,
      Band band,
      List<Standing> standings) {
    this.options = options;
    this.rawTest = rawTest;
    this.logTest = logTest;
    this.scaleReason = scaleReason;
    this.mean = mean;
    this.standardDeviation = standardDeviation;
    this.band = band;
    this.standings = standings;
  }

  /**
   * Analyses the values of one measure with the {@linkplain OutlierOptions#defaults() default options}.
   *
   * @param values subject → value, in the order to report them
   * @return the analysis
   * @throws IllegalArgumentException when there are fewer than 3 or more than 5000 subjects, a
   *     subject is blank, a value is NaN or infinite, or all values are equal; the message names the
   *     subject
   * @throws NullPointerException when the map, a subject or a value is null
   */
  public static OutlierAnalysis of(Map<String, Double> values) {
    return of(values, OutlierOptions.defaults());
  }

  /**
   * Analyses the values of one measure.
   *
   * @param values subject → value, in the order to report them
   * @param options the options
   * @return the analysis
   * @throws IllegalArgumentException when there are fewer than 3 or more than 5000 subjects, a
   *     subject is blank, a value is NaN or infinite, or all values are equal; the message names the
   *     subject
   * @throws NullPointerException when the map, a subject, a value or the options are null
   */
  public static OutlierAnalysis of(Map<String, Double> values, OutlierOptions options) {
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(options, "options");
    int n = values.size();
    if (n < ShapiroWilk.MIN_SIZE || n > ShapiroWilk.MAX_SIZE) {
      throw new IllegalArgumentException(
          "an outlier analysis needs " + ShapiroWilk.MIN_SIZE + " to " + ShapiroWilk.MAX_SIZE
              + " subjects (the range of the Shapiro–Wilk test), not " + n);
    }
    String[] subjects = new String[n];
    double[] raw = new double[n];
    int i = 0;
    for (Map.Entry<String, Double> entry : values.entrySet()) {
      String subject = Objects.requireNonNull(entry.getKey(), "a subject is null");
      Double value = Objects.requireNonNull(entry.getValue(), () -> "the value of subject '" + subject + "' is null");
      if (subject.isBlank()) {
        throw new IllegalArgumentException("a subject is blank ('" + subject + "'): name every subject");
      }
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException(
            "the value of subject '" + subject + "' is " + value + ": every value must be a finite number");
      }
      subjects[i] = subject;
      raw[i++] = value;
    }
    if (allEqual(raw)) {
      throw new IllegalArgumentException(
          "all " + n + " subjects have the same value (" + raw[0] + "): there is no spread to tell outliers by");
    }
    return analyse(subjects, raw, options);
  }

  private static OutlierAnalysis analyse(String[] subjects, double[] raw, OutlierOptions options) {
    ShapiroWilk rawTest = ShapiroWilk.of(raw);
    Optional<ShapiroWilk> logTest = Optional.empty();
    ScaleReason reason;
    double[] logs = null;
    if (!rawTest.rejectsNormalityAt(options.alpha())) {
      reason = ScaleReason.RAW_NORMAL;
    } else if (!allPositive(raw)) {
      reason = ScaleReason.NOT_ALL_POSITIVE;
    } else {
      logs = new double[raw.length];
      for (int i = 0; i < raw.length; i++) {
        logs[i] = Math.log(raw[i]);
      }
      if (allEqual(logs)) {
        reason = ScaleReason.LOGS_EQUAL;
      } else {
        ShapiroWilk test = ShapiroWilk.of(logs);
        logTest = Optional.of(test);
        reason = choose(options, rawTest, test);
      }
    }
    boolean onLogs = reason.scale() == ValueScale.LOG;
    Spread spread = Spread.of(onLogs ? logs : raw, options.standardDeviation());
    double k = options.threshold();
    double lower = spread.mean - k * spread.deviation;
    double upper = spread.mean + k * spread.deviation;
    Band band = onLogs
        ? new Band(Math.exp(lower), Math.exp(spread.mean), Math.exp(upper))
        : new Band(lower, spread.mean, upper);
    List<Standing> standings = new ArrayList<>(raw.length);
    for (int i = 0; i < raw.length; i++) {
      standings.add(new Standing(subjects[i], raw[i], spread.z[i], Flag.of(spread.z[i], k)));
    }
    return new OutlierAnalysis(
        options, rawTest, logTest, reason, spread.mean, spread.deviation, band, List.copyOf(standings));
  }

  private static ScaleReason choose(OutlierOptions options, ShapiroWilk raw, ShapiroWilk logs) {
    if (options.logRule() == LogRule.MORE_NORMAL) {
      return logs.pValue() > raw.pValue() ? ScaleReason.LOGS_MORE_NORMAL : ScaleReason.LOGS_NOT_MORE_NORMAL;
    }
    return logs.pValue() >= options.alpha() ? ScaleReason.LOGS_NORMAL : ScaleReason.LOGS_NOT_NORMAL;
  }

  private static boolean allPositive(double[] values) {
    for (double v : values) {
      if (!(v > 0)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allEqual(double[] values) {
    for (double v : values) {
      if (v != values[0]) {
        return false;
      }
    }
    return true;
  }

  /** {@return the options the analysis was made with} */
  public OutlierOptions options() {
    return options;
  }

  /** {@return the number of subjects, 3 to 5000} */
  public int size() {
    return standings.size();
  }

  /** {@return the Shapiro–Wilk test of the values} */
  public ShapiroWilk rawTest() {
    return rawTest;
  }

  /**
   * {@return the Shapiro–Wilk test of the natural logs of the values, when they were tested} They
   * are tested when the values fail the test at α and every value is positive; {@link
   * #scaleReason()} says why they were not.
   */
  public Optional<ShapiroWilk> logTest() {
    return logTest;
  }

  /** {@return why the analysis is on its scale, and whether the logs were tested} */
  public ScaleReason scaleReason() {
    return scaleReason;
  }

  /** {@return the scale the mean, standard deviation and z-scores are on: the values or their logs} */
  public ValueScale scale() {
    return scaleReason.scale();
  }

  /** {@return the unweighted mean on the analysis's scale (of the logs, on the log scale)} */
  public double mean() {
    return mean;
  }

  /**
   * {@return the standard deviation on the analysis's scale, sample or population as the options
   * say; positive, and infinite only when it exceeds the range of {@code double}}
   */
  public double standardDeviation() {
    return standardDeviation;
  }

  /** {@return the band of values neither well above nor well below, in the units of the values} */
  public Band band() {
    return band;
  }

  /** {@return every subject's standing, in the order of the input} */
  public List<Standing> standings() {
    return standings;
  }

  /**
   * Finds the standing of a subject.
   *
   * @param subject the subject, exactly as given
   * @return its standing, or empty when the analysis has no such subject
   */
  public Optional<Standing> findStanding(String subject) {
    return standings.stream().filter(s -> s.subject().equals(subject)).findFirst();
  }

  /**
   * Counts the subjects with a flag.
   *
   * @param flag the flag
   * @return how many subjects have it
   */
  public int count(Flag flag) {
    return (int) standings.stream().filter(s -> s.flag() == flag).count();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutlierAnalysis that
        && options.equals(that.options)
        && rawTest.equals(that.rawTest)
        && logTest.equals(that.logTest)
        && scaleReason == that.scaleReason
        && Double.compare(mean, that.mean) == 0
        && Double.compare(standardDeviation, that.standardDeviation) == 0
        && band.equals(that.band)
        && standings.equals(that.standings);
  }

  @Override
  public int hashCode() {
    return Objects.hash(options, rawTest, logTest, scaleReason, mean, standardDeviation, band, standings);
  }

  /** {@return a summary: size, scale and reason, band, and the counts of each flag} */
  @Override
  public String toString() {
    return "OutlierAnalysis[n=" + size() + ", scale=" + scale().id() + " (" + scaleReason.id() + "), " + band
        + ", " + count(Flag.WELL_ABOVE) + " well above, " + count(Flag.WELL_BELOW) + " well below]";
  }
}
