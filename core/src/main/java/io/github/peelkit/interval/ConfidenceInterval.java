package io.github.peelkit.interval;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.internal.ComputedValueStyle;
import io.github.peelkit.internal.Invariants;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A confidence interval for a proportion estimated from a reviewed sample: k successes out of n,
 * optionally drawn from a population of N, at a confidence level, by an {@link IntervalMethod}.
 *
 * <p>Both bounds lie in [0, 1] for every valid sample, including k = 0 and k = n, at every level
 * strictly between 0 and 1. The estimate k/n lies between the bounds for Wald, Wilson,
 * Wilson with continuity correction, Clopper–Pearson and Agresti–Coull (whose interval contains
 * Wilson's). For Jeffreys it does at every level of 0.15 or more; at lower levels the interval
 * shrinks towards the posterior median, which is not k/n (the supremum of the level below which
 * it can fail, reached at k = 1 as n grows, is about 0.1448).
 *
 * <p>Results agree with SciPy to 1e-9 or better (see {@code make_interval_reference.py} in the
 * tests). Sizes are {@code long}; beyond about 10^15 trials the beta quantiles behind
 * Clopper–Pearson and Jeffreys lose digits (errors up to about 1e-9), and the estimate is kept
 * inside their bounds where the method guarantees it.
 *
 * <p>The Wald interval has zero width at k = 0 and k = n: [0, 0] and [1, 1]. Its bounds, and
 * Agresti–Coull's, are clipped to [0, 1]; the {@linkplain #margin() margin} keeps the unclipped
 * Wald figure that a report prints after the ± sign.
 *
 * <p><b>Finite population correction.</b> When the population size N is given, the interval is
 * narrowed by the factor f = sqrt((N − n)/(N − 1)), which is 0 when the sample is the whole
 * population (N = n, including N = 1) and close to 1 when N is much larger than n. For Wald, the
 * margin z·sqrt(p(1 − p)/n) is multiplied by f before the bounds are clipped. For every other
 * method, the distances of both bounds from the estimate are multiplied by f, which keeps the
 * method's asymmetry; where the estimate lies outside the interval (Jeffreys at low levels), the
 * distances are taken from the nearer bound instead. The correction never widens an interval: the
 * corrected bounds always lie within the uncorrected ones, and a census (N = n) gives an interval
 * of zero width at the estimate (at the nearer bound, where the estimate lies outside). Where
 * the anchor is a bound, it moves with the level, so corrected Jeffreys intervals below level 0.15
 * need not be nested across levels; every other corrected interval widens with the level.
 *
 * <p>Immutable, thread-safe, a value type: two intervals are equal when they have the same
 * sample, level and method.
 */
// No generated with* copiers: they would keep bounds computed for the old attributes.
@ComputedValueStyle
@Value.Immutable
public abstract class ConfidenceInterval {
  /** The successes and the failures a normal approximation needs, each: the usual rule of five. */
  private static final long RULE_OF_FIVE = 5;

  /** An interval is of a sample of at least one record. */
  static final Rule POSITIVE_SIZE = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "size > 0");
  /** Successes are not negative. */
  static final Rule NON_NEGATIVE_SUCCESSES = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "successes >= 0");
  /** A sample has no more successes than records. */
  static final Rule SUCCESSES_AT_MOST_SIZE = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "successes <= size");
  /** A sample is no larger than its population. */
  static final Rule POPULATION_AT_LEAST_SIZE = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "population >= size");
  /** A confidence level lies strictly between 0 and 1. */
  static final Rule LEVEL_BETWEEN_0_AND_1 = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "0 < level < 1");

  ConfidenceInterval() {}

  /** {@return the number of successes k in the sample} */
  public abstract long successes();

  /** {@return the size n of the sample} */
  public abstract long size();

  /** {@return the size N of the population the sample was drawn from, when a correction applies} */
  public abstract OptionalLong population();

  /** {@return the confidence level, strictly between 0 and 1, such as 0.95} */
  public abstract double level();

  /** {@return the method the interval was computed by} */
  public abstract IntervalMethod method();

  /** {@return the lower bound, in [0, 1]} */
  public abstract double lower();

  /** {@return the upper bound, in [0, 1]} */
  public abstract double upper();

  /**
   * {@return the figure a report prints after the ± sign} For Wald it is z·sqrt(p(1 − p)/n), times
   * the population correction, before the bounds are clipped to [0, 1], so that it exceeds {@link
   * #halfWidth()} when a bound was clipped; for every other method it is the half-width.
   */
  public abstract double margin();

  /** {@return the estimate k/n of the proportion} */
  public double estimate() {
    return (double) successes() / size();
  }

  /** {@return half the width of the interval, (upper − lower)/2} */
  public double halfWidth() {
    return (upper() - lower()) / 2;
  }

  /**
   * Tells whether a proportion lies in the interval, bounds included.
   *
   * @param proportion a proportion, such as 0.85
   * @return true when lower ≤ proportion ≤ upper; false for NaN
   */
  public boolean contains(double proportion) {
    return lower() <= proportion && proportion <= upper();
  }

  /**
   * Whether the normal approximation behind a Wald interval can be trusted for this sample, by the
   * usual rule: n·p̂ and n·(1 − p̂) — the successes and the failures — both at least 5. At k = 0 or
   * k = n a Wald interval has no width at all. Intervals by the other methods are always reliable in
   * this sense.
   *
   * @return false for a Wald interval of fewer than 5 successes or fewer than 5 failures
   */
  public boolean isReliable() {
    return method() != IntervalMethod.WALD || (successes() >= RULE_OF_FIVE && size() - successes() >= RULE_OF_FIVE);
  }

  /**
   * Why this interval is not {@linkplain #isReliable() reliable}, in words a reader can check.
   *
   * @return such as {@code k = 0: a Wald interval has no width; n·p̂ = 0 < 5}; empty when it is reliable
   */
  public Optional<String> caveat() {
    if (isReliable()) {
      return Optional.empty();
    }
    long k = successes();
    long failures = size() - k;
    String edge = k == 0 ? "k = 0: a Wald interval has no width; " : k == size() ? "k = n: a Wald interval has no width; " : "";
    String count = k < RULE_OF_FIVE ? "n·p̂ = " + k + " < 5" : "n·(1 − p̂) = " + failures + " < 5";
    return Optional.of(edge + count + ": the normal approximation is unreliable");
  }

  /**
   * The interval to give beside an unreliable Wald interval: Wilson's, at the same level and with the
   * same population correction, which keeps its coverage at the edges.
   *
   * @return the Wilson interval; empty when this interval is {@linkplain #isReliable() reliable}
   */
  public Optional<ConfidenceInterval> alternative() {
    return isReliable() ? Optional.empty() : Optional.of(withMethod(IntervalMethod.WILSON));
  }

  /**
   * Returns the interval of the same sample at another level.
   *
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval at that level
   * @throws io.github.peelkit.check.InvariantException with code PK009 if the level is invalid
   */
  public ConfidenceInterval withLevel(double level) {
    return compute(successes(), size(), population(), level, method());
  }

  /**
   * Returns the interval of the same sample by another method.
   *
   * @param method the method
   * @return the interval by that method
   */
  public ConfidenceInterval withMethod(IntervalMethod method) {
    return compute(successes(), size(), population(), level(), method);
  }

  /**
   * Computes the interval of a sample.
   *
   * @param successes the number of successes k, 0 to size
   * @param size the size n of the sample, at least 1
   * @param level the confidence level, strictly between 0 and 1, such as 0.95
   * @param method the method
   * @return the interval
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid:
   *     size not positive, successes negative or above size, level not strictly inside (0, 1)
   */
  public static ConfidenceInterval of(long successes, long size, double level, IntervalMethod method) {
    return compute(successes, size, OptionalLong.empty(), level, method);
  }

  /**
   * Computes the interval of a sample drawn from a finite population, narrowed by the finite
   * population correction described in the class documentation.
   *
   * @param successes the number of successes k, 0 to size
   * @param size the size n of the sample, at least 1
   * @param population the size N of the population, at least size
   * @param level the confidence level, strictly between 0 and 1, such as 0.95
   * @param method the method
   * @return the interval
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid:
   *     size not positive, successes negative or above size, population below size, level not
   *     strictly inside (0, 1)
   */
  public static ConfidenceInterval of(
      long successes, long size, long population, double level, IntervalMethod method) {
    return compute(successes, size, OptionalLong.of(population), level, method);
  }

  private static ConfidenceInterval compute(
      long successes, long size, OptionalLong population, double level, IntervalMethod method) {
    validate(successes, size, population, level);
    Objects.requireNonNull(method, "method");
    double correction =
        population.isPresent() ? IntervalMath.populationCorrection(population.getAsLong(), size) : 1;
    double estimate = (double) successes / size;
    IntervalMath.Bounds bounds;
    double margin;
    if (method == IntervalMethod.WALD) {
      margin = IntervalMath.waldMargin(successes, size, level) * correction;
      bounds = IntervalMath.clip(estimate - margin, estimate + margin);
    } else {
      bounds = IntervalMath.bounds(method, successes, size, level);
      if (correction < 1) {
        bounds = IntervalMath.narrow(bounds, estimate, correction);
      }
      margin = (bounds.upper() - bounds.lower()) / 2;
    }
    return ImmutableConfidenceInterval.builder()
        .successes(successes)
        .size(size)
        .population(population)
        .level(level)
        .method(method)
        .lower(bounds.lower())
        .upper(bounds.upper())
        .margin(margin)
        .build();
  }

  /**
   * Checks the arguments of a sample; shared with {@link PublishedFigures}.
   *
   * @throws io.github.peelkit.check.InvariantException with code PK009 naming the first invalid one
   */
  static void validate(long successes, long size, OptionalLong population, double level) {
    Invariants.require(size > 0, POSITIVE_SIZE, "size", size, () -> "size > 0: size " + size + " is not positive");
    Invariants.require(
        successes >= 0,
        NON_NEGATIVE_SUCCESSES,
        "successes",
        successes,
        () -> "successes >= 0: successes " + successes + " is negative");
    Invariants.require(
        successes <= size,
        SUCCESSES_AT_MOST_SIZE,
        "successes",
        successes,
        () -> "successes <= size: successes " + successes + " is greater than size " + size);
    if (population.isPresent()) {
      long total = population.getAsLong();
      Invariants.require(
          total >= size,
          POPULATION_AT_LEAST_SIZE,
          "population",
          total,
          () -> "population >= size: population " + total + " is less than size " + size);
    }
    validateLevel(level);
  }

  /**
   * Checks a confidence level.
   *
   * @throws io.github.peelkit.check.InvariantException with code PK009 unless 0 &lt; level &lt; 1
   */
  static void validateLevel(double level) {
    if (level > 0 && level < 1) {
      return;
    }
    String hint = level > 1 && level < 100 ? " (give a proportion, such as 0.95 for 95%)" : "";
    throw LEVEL_BETWEEN_0_AND_1
        .violation("level", level, "0 < level < 1: level " + level + " is not strictly between 0 and 1" + hint)
        .toException();
  }

  /** {@return the level in percent as written, without trailing zeros: {@code 95}, {@code 99.9}} */
  String levelInPercent() {
    return BigDecimal.valueOf(level()).movePointRight(2).stripTrailingZeros().toPlainString();
  }

  /** {@return the sample and the interval in percent to one decimal: {@code 168 of 196: 85.7% (95% wald: 80.8% to 90.6%)}} */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "%d of %d: %.1f%% (%s%% %s: %.1f%% to %.1f%%)",
        successes(),
        size(),
        estimate() * 100,
        levelInPercent(),
        method().id(),
        lower() * 100,
        upper() * 100);
  }
}
