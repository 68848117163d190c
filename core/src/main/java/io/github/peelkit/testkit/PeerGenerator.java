package io.github.peelkit.testkit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded random generator of synthetic peers for one measure: subjects named {@code
 * synthetic-peer-01}, {@code synthetic-peer-02}, ... with values drawn from a normal or lognormal
 * distribution and rounded as a report prints them. For examples that need peer values where no
 * real per-subject figures are published, and for tests and benchmarks of an {@link
 * io.github.peelkit.outlier.OutlierAnalysis}; the names say plainly that the subjects are not real.
 *
 * <pre>{@code
 * Map<String, BigDecimal> rates = PeerGenerator.of(42).logNormal(42, 0.003, 0.5, 4);
 * // {synthetic-peer-01=0.0041, synthetic-peer-02=0.0026, ...}
 * }</pre>
 *
 * <p>Reproducible as {@link ModelGenerator} is: the same seed and the same calls give the same
 * values. Not thread-safe: a generator advances its random source with every value.
 */
public final class PeerGenerator {
  /** What every generated subject's name starts with. */
  public static final String SUBJECT_PREFIX = "synthetic-peer-";

  private final RandomGenerator random;

  private PeerGenerator(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * A generator, seeded.
   *
   * @param seed the seed
   * @return the generator
   */
  public static PeerGenerator of(long seed) {
    return new PeerGenerator(new SplittableRandom(seed));
  }

  /**
   * A generator driven by a random generator, which it advances.
   *
   * @param random the source of randomness
   * @return the generator
   */
  public static PeerGenerator of(RandomGenerator random) {
    return new PeerGenerator(random);
  }

  /**
   * The name of a generated subject: {@code synthetic-peer-} and its number, zero-padded to the
   * width of the count ({@code synthetic-peer-07} of 42, {@code synthetic-peer-0007} of 5000).
   *
   * @param number the subject's number, 1 to count
   * @param count the number of subjects
   * @return the name
   */
  public static String subject(int number, int count) {
    int width = Math.max(2, Integer.toString(count).length());
    return SUBJECT_PREFIX + String.format("%0" + width + "d", number);
  }

  /**
   * Values from a normal distribution, rounded; they may be zero or negative.
   *
   * @param count the number of subjects, at least 1
   * @param mean the distribution's mean
   * @param standardDeviation its standard deviation, at least 0
   * @param decimals the decimal places to round to (half even), at least 0
   * @return subject → value, in order of the subjects' numbers
   * @throws IllegalArgumentException when an argument is out of range
   */
  public Map<String, BigDecimal> normal(int count, double mean, double standardDeviation, int decimals) {
    check(count, standardDeviation, decimals);
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (int i = 1; i <= count; i++) {
      values.put(subject(i, count), round(mean + standardDeviation * random.nextGaussian(), decimals));
    }
    return Collections.unmodifiableMap(values);
  }

  /**
   * Values from a lognormal distribution, rounded: the median times exp(spread × a standard normal
   * draw), right-skewed like most rates and counts; rounding may make a small value zero.
   *
   * @param count the number of subjects, at least 1
   * @param median the distribution's median, positive
   * @param spread the standard deviation of the values' natural logs, at least 0
   * @param decimals the decimal places to round to (half even), at least 0
   * @return subject → value, in order of the subjects' numbers
   * @throws IllegalArgumentException when an argument is out of range
   */
  public Map<String, BigDecimal> logNormal(int count, double median, double spread, int decimals) {
    check(count, spread, decimals);
    if (!(median > 0 && median < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("the median of a lognormal distribution must be positive, not " + median);
    }
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    for (int i = 1; i <= count; i++) {
      values.put(subject(i, count), round(median * Math.exp(spread * random.nextGaussian()), decimals));
    }
    return Collections.unmodifiableMap(values);
  }

  private static void check(int count, double spread, int decimals) {
    if (count < 1) {
      throw new IllegalArgumentException("at least one subject is needed, not " + count);
    }
    if (!(spread >= 0 && spread < Double.POSITIVE_INFINITY)) {
      throw new IllegalArgumentException("the spread must be a finite number of at least 0, not " + spread);
    }
    if (decimals < 0) {
      throw new IllegalArgumentException("decimal places must be at least 0, not " + decimals);
    }
  }

  private static BigDecimal round(double value, int decimals) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("a drawn value is " + value + ": choose a smaller mean, median or spread");
    }
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN);
  }
}
