package io.github.peelkit.outlier;

import java.util.Objects;

/**
 * The choices of an {@link OutlierAnalysis}, each with the default of the inspectorate's method as
 * peelkit reads it: significance level α = 0.05 for the Shapiro–Wilk tests, logs used when they pass
 * the test ({@link LogRule#AT_LEAST_ALPHA}), the sample standard deviation ({@link
 * StandardDeviation#SAMPLE}), and a band of k = 1 standard deviation either side of the mean.
 *
 * <pre>{@code
 * OutlierOptions options = OutlierOptions.defaults().withThreshold(1.5).withLogRule(LogRule.MORE_NORMAL);
 * }</pre>
 *
 * <p>Immutable, thread-safe, a value type; every {@code with} method checks its argument as {@link
 * #of} does.
 */
public final class OutlierOptions {
  /** The default significance level of the Shapiro–Wilk tests. */
  public static final double DEFAULT_ALPHA = 0.05;

  /** The default half-width of the band, in standard deviations. */
  public static final double DEFAULT_THRESHOLD = 1;

  private static final OutlierOptions DEFAULTS =
      new OutlierOptions(DEFAULT_ALPHA, LogRule.AT_LEAST_ALPHA, StandardDeviation.SAMPLE, DEFAULT_THRESHOLD);

  private final double alpha;
  private final LogRule logRule;
  private final StandardDeviation standardDeviation;
  private final double threshold;

  private OutlierOptions(double alpha, LogRule logRule, StandardDeviation standardDeviation, double threshold) {
    this.alpha = alpha;
    this.logRule = logRule;
    this.standardDeviation = standardDeviation;
    this.threshold = threshold;
  }

  /** {@return the defaults: α = 0.05, logs when at least α, sample standard deviation, k = 1} */
  public static OutlierOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Makes options.
   *
   * @param alpha the significance level of the Shapiro–Wilk tests, strictly between 0 and 1
   * @param logRule when the logs are used
   * @param standardDeviation the sample or the population standard deviation
   * @param threshold k, the half-width of the band in standard deviations: finite and positive
   * @return the options
   * @throws IllegalArgumentException when alpha or the threshold is out of range
   */
  public static OutlierOptions of(double alpha, LogRule logRule, StandardDeviation standardDeviation, double threshold) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha " + alpha + " is not strictly between 0 and 1 (give 0.05 for 5%)");
    }
    if (!(threshold > 0 && threshold < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException(
          "threshold " + threshold + " is not a positive number: k is the band's half-width in standard deviations, such as 1");
    }
    return new OutlierOptions(
        alpha, Objects.requireNonNull(logRule, "logRule"), Objects.requireNonNull(standardDeviation, "standardDeviation"), threshold);
  }

  /** {@return the significance level of the Shapiro–Wilk tests, strictly between 0 and 1} */
  public double alpha() {
    return alpha;
  }

  /** {@return when the logs of the values are used} */
  public LogRule logRule() {
    return logRule;
  }

  /** {@return whether the sample (n − 1) or the population (n) standard deviation is used} */
  public StandardDeviation standardDeviation() {
    return standardDeviation;
  }

  /** {@return k: a subject is flagged when its z-score is beyond ±k; the band is the mean ± k standard deviations} */
  public double threshold() {
    return threshold;
  }

  /**
   * {@return these options with another significance level}
   *
   * @param value strictly between 0 and 1
   * @throws IllegalArgumentException when it is not
   */
  public OutlierOptions withAlpha(double value) {
    return of(value, logRule, standardDeviation, threshold);
  }

  /**
   * {@return these options with another log rule}
   *
   * @param value the rule
   */
  public OutlierOptions withLogRule(LogRule value) {
    return of(alpha, value, standardDeviation, threshold);
  }

  /**
   * {@return these options with another standard deviation}
   *
   * @param value sample or population
   */
  public OutlierOptions withStandardDeviation(StandardDeviation value) {
    return of(alpha, logRule, value, threshold);
  }

  /**
   * {@return these options with another threshold k}
   *
   * @param value finite and positive
   * @throws IllegalArgumentException when it is not
   */
  public OutlierOptions withThreshold(double value) {
    return of(alpha, logRule, standardDeviation, value);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OutlierOptions that
        && Double.compare(alpha, that.alpha) == 0
        && logRule == that.logRule
        && standardDeviation == that.standardDeviation
        && Double.compare(threshold, that.threshold) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(alpha, logRule, standardDeviation, threshold);
  }

  /** {@return the options as {@code OutlierOptions[alpha=0.05, logRule=at-least-alpha, standardDeviation=sample, threshold=1.0]}} */
  @Override
  public String toString() {
    return "OutlierOptions[alpha=" + alpha + ", logRule=" + logRule.id() + ", standardDeviation=" + standardDeviation.id()
        + ", threshold=" + threshold + "]";
  }
}
