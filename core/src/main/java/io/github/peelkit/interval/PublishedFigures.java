package io.github.peelkit.interval;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.NumberRules;
import io.github.peelkit.check.Rule;
import io.github.peelkit.internal.ComputedValueStyle;
import io.github.peelkit.internal.Invariants;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * The figures a report published for a sampled proportion: an estimate and, optionally, the margin
 * after the ± sign, both as proportions ({@code 0.857} and {@code 0.049} for "85.7% ± 4.9%").
 *
 * <p><b>Precision.</b> A figure's precision is its {@link BigDecimal#scale() scale}: {@code 0.857}
 * stands for any value from 0.8565 to 0.8575, {@code 0.86} for any value from 0.855 to 0.865, and
 * {@code 0.8570} is a different, more precise figure than {@code 0.857}. A computed value fits a
 * published figure when it lies within half a unit in the figure's last place, plus 1e-9 for
 * floating-point error (the tolerance to which peelkit agrees with reference implementations).
 * This accepts every value that rounds to the figure half-up or half-even.
 *
 * <p><b>Margin.</b> The margin is compared with the interval's {@linkplain
 * ConfidenceInterval#halfWidth() half-width}, and also with its {@linkplain
 * ConfidenceInterval#margin() margin}, which differ only for a Wald interval clipped at 0 or 1,
 * where a report may print either.
 *
 * <p><b>Fitting sizes.</b> {@link #fittingSizes(double, IntervalMethod, long)} finds the sample
 * sizes n up to a bound for which some number of successes k reproduces both figures. For each n,
 * only the successes whose estimate k/n fits the published estimate are candidates: a run of about
 * 2hn + 1 values for a half-unit h, found from the estimate, not by trying every k. The half-width
 * of every method is symmetric in k, rises towards k = n/2 and falls as n grows, so the half-widths
 * of a run of candidates, or of a block of sizes, lie between values at its ends; runs and blocks
 * that cannot meet the published margin are discarded whole, the others halved. The cost is
 * O(log maxSize) interval computations for the blocks of sizes far from the figures, plus O(log n)
 * for each size whose candidates come near the published margin (O(hn) at worst): 85.5% ± 4.9% at
 * 95% with a bound of 100,000 takes milliseconds by every method. Without a margin, every size with
 * a candidate fits, and the cost is O(maxSize) with no interval computed.
 *
 * <p>Immutable, thread-safe, a value type: figures are equal when their values and scales are.
 */
// No generated with* copiers: they would keep bounds computed for the old attributes.
@ComputedValueStyle
@Value.Immutable
public abstract class PublishedFigures {
  /** A published estimate is a proportion. */
  static final Rule ESTIMATE_IS_PROPORTION = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "0 <= estimate <= 1");
  /** A published margin is a proportion. */
  static final Rule MARGIN_IS_PROPORTION = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "0 <= margin <= 1");
  /** A population holds at least one record. */
  static final Rule POSITIVE_POPULATION = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "population > 0");
  /** The sizes searched go up to a positive bound. */
  static final Rule POSITIVE_MAX_SIZE = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "maxSize > 0");

  /** Allowance for floating-point error when comparing a computed value with a published one. */
  static final double EPSILON = 1e-9;

  PublishedFigures() {}

  /** {@return the published estimate, a proportion at the precision it was published to} */
  public abstract BigDecimal estimate();

  /** {@return the published margin (after the ± sign), a proportion, when one was published} */
  public abstract Optional<BigDecimal> margin();

  /**
   * Obtains figures published without a margin.
   *
   * @param estimate the published estimate as a proportion, such as {@code 0.857}
   * @return the figures
   * @throws io.github.peelkit.check.InvariantException with code PK009 if the estimate is not in [0,
   *     1]
   */
  public static PublishedFigures of(BigDecimal estimate) {
    requireProportion("estimate", estimate);
    return ImmutablePublishedFigures.builder().estimate(estimate).build();
  }

  /**
   * Obtains figures published with a margin.
   *
   * @param estimate the published estimate as a proportion, such as {@code 0.857}
   * @param margin the published margin as a proportion, such as {@code 0.049}
   * @return the figures
   * @throws io.github.peelkit.check.InvariantException with code PK009 if either is not in [0, 1]
   */
  public static PublishedFigures of(BigDecimal estimate, BigDecimal margin) {
    requireProportion("estimate", estimate);
    requireProportion("margin", margin);
    return ImmutablePublishedFigures.builder().estimate(estimate).margin(margin).build();
  }

  /**
   * Checks these figures against an interval.
   *
   * @param interval the interval of the sample the figures were published for
   * @return whether the figures fit, with the computed ones and a one-line explanation
   */
  public FiguresCheck check(ConfidenceInterval interval) {
    Objects.requireNonNull(interval, "interval");
    boolean estimateFits = fitsEstimate(interval);
    boolean marginFits = fitsMargin(interval);
    return ImmutableFiguresCheck.builder()
        .published(this)
        .interval(interval)
        .isEstimateConsistent(estimateFits)
        .isMarginConsistent(marginFits)
        .explanation(explain(interval, estimateFits, marginFits))
        .build();
  }

  /**
   * Checks these figures against a sample.
   *
   * @param successes the number of successes k, 0 to size
   * @param size the size n of the sample, at least 1
   * @param level the confidence level the margin was computed at, such as 0.95
   * @param method the method the margin was computed by
   * @return whether the figures fit, with the computed ones and a one-line explanation
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid
   */
  public FiguresCheck check(long successes, long size, double level, IntervalMethod method) {
    return check(ConfidenceInterval.of(successes, size, level, method));
  }

  /**
   * Checks these figures against a sample drawn from a finite population.
   *
   * @param successes the number of successes k, 0 to size
   * @param size the size n of the sample, at least 1
   * @param population the size N of the population, at least size
   * @param level the confidence level the margin was computed at, such as 0.95
   * @param method the method the margin was computed by
   * @return whether the figures fit, with the computed ones and a one-line explanation
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid
   */
  public FiguresCheck check(
      long successes, long size, long population, double level, IntervalMethod method) {
    return check(ConfidenceInterval.of(successes, size, population, level, method));
  }

  /**
   * Finds the sample sizes these figures could have been published for: every n from 1 to
   * maxSize for which some number of successes gives an interval that fits both the estimate and
   * the margin (only the estimate when no margin was published).
   *
   * @param level the confidence level the margin was computed at, such as 0.95
   * @param method the method the margin was computed by
   * @param maxSize the largest size to consider, at least 1; it bounds the work
   * @return the fitting sizes, ascending, possibly none
   * @throws io.github.peelkit.check.InvariantException with code PK009 if the level or maxSize is
   *     invalid
   */
  public List<Long> fittingSizes(double level, IntervalMethod method, long maxSize) {
    return fittingSizes(OptionalLong.empty(), level, method, maxSize);
  }

  /**
   * Finds the sample sizes, up to maxSize and the population, these figures could have been
   * published for when the margin carries a finite population correction.
   *
   * @param population the size N of the population sampled, at least 1
   * @param level the confidence level the margin was computed at, such as 0.95
   * @param method the method the margin was computed by
   * @param maxSize the largest size to consider, at least 1; it bounds the work
   * @return the fitting sizes, ascending, possibly none
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid
   */
  public List<Long> fittingSizes(long population, double level, IntervalMethod method, long maxSize) {
    Invariants.require(
        population > 0,
        POSITIVE_POPULATION,
        "population",
        population,
        () -> "population > 0: population " + population + " is not positive");
    return fittingSizes(OptionalLong.of(population), level, method, maxSize);
  }

  /**
   * Finds the numbers of successes k out of a size n that reproduce these figures.
   *
   * @param size the size n of the sample, at least 1
   * @param level the confidence level the margin was computed at, such as 0.95
   * @param method the method the margin was computed by
   * @return the fitting numbers of successes, ascending, possibly none
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid
   */
  public List<Long> fittingSuccesses(long size, double level, IntervalMethod method) {
    ConfidenceInterval.validate(0, size, OptionalLong.empty(), level);
    return new Fitting(this, OptionalLong.empty(), level, Objects.requireNonNull(method, "method"))
        .successes(size);
  }

  /**
   * Finds the numbers of successes k out of a size n drawn from a finite population that
   * reproduce these figures.
   *
   * @param size the size n of the sample, at least 1
   * @param population the size N of the population, at least size
   * @param level the confidence level the margin was computed at, such as 0.95
   * @param method the method the margin was computed by
   * @return the fitting numbers of successes, ascending, possibly none
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid
   */
  public List<Long> fittingSuccesses(long size, long population, double level, IntervalMethod method) {
    ConfidenceInterval.validate(0, size, OptionalLong.of(population), level);
    return new Fitting(
            this, OptionalLong.of(population), level, Objects.requireNonNull(method, "method"))
        .successes(size);
  }

  private List<Long> fittingSizes(
      OptionalLong population, double level, IntervalMethod method, long maxSize) {
    ConfidenceInterval.validateLevel(level);
    Objects.requireNonNull(method, "method");
    Invariants.require(
        maxSize > 0,
        POSITIVE_MAX_SIZE,
        "maxSize",
        maxSize,
        () -> "maxSize > 0: maxSize " + maxSize + " is not positive");
    long limit = population.isPresent() ? Math.min(maxSize, population.getAsLong()) : maxSize;
    return new Fitting(this, population, level, method).sizes(limit);
  }

  private boolean fitsEstimate(ConfidenceInterval interval) {
    return fitsEstimate(interval, window(estimate()));
  }

  private boolean fitsMargin(ConfidenceInterval interval) {
    return margin().map(published -> fitsMargin(interval, window(published))).orElse(true);
  }

  /** {@return whether the estimate k/n of an interval lies in the window of a published estimate} */
  static boolean fitsEstimate(ConfidenceInterval interval, double[] window) {
    return within(interval.estimate(), window);
  }

  /** {@return whether the half-width or the margin of an interval lies in the window of a published margin} */
  static boolean fitsMargin(ConfidenceInterval interval, double[] window) {
    return within(interval.halfWidth(), window) || within(interval.margin(), window);
  }

  /** {@return the smallest and largest values that fit a published figure, with the allowance} */
  static double[] window(BigDecimal published) {
    double half = BigDecimal.ONE.movePointLeft(published.scale()).doubleValue() / 2 + EPSILON;
    double value = published.doubleValue();
    return new double[] {value - half, value + half};
  }

  /** {@return whether a computed value lies in a window, bounds included} */
  static boolean within(double computed, double[] window) {
    return window[0] <= computed && computed <= window[1];
  }

  private static boolean fits(double computed, BigDecimal published) {
    return within(computed, window(published));
  }

  private String explain(ConfidenceInterval interval, boolean estimateFits, boolean marginFits) {
    StringBuilder line = new StringBuilder("published ").append(estimate().toPlainString());
    margin().ifPresent(m -> line.append(" ± ").append(m.toPlainString()));
    line.append(estimateFits && marginFits ? " fits " : " does not fit ")
        .append(interval.successes())
        .append(" of ")
        .append(interval.size());
    interval.population().ifPresent(n -> line.append(" from a population of ").append(n));
    line.append(" (")
        .append(interval.method().id())
        .append(", ")
        .append(interval.levelInPercent())
        .append("%): ");
    int estimateDigits = digits(estimate());
    String computedEstimate = format(interval.estimate(), estimateDigits);
    if (estimateFits && marginFits) {
      line.append("estimate ").append(computedEstimate);
      margin().ifPresent(m -> line.append(", margin ").append(format(matchedMargin(interval, m), digits(m))));
      return line.toString();
    }
    line.append("its ");
    if (!estimateFits) {
      line.append("estimate ")
          .append(computedEstimate)
          .append(" would be published as ")
          .append(round(interval.estimate(), estimate().scale()));
    }
    if (!marginFits) {
      BigDecimal published = margin().orElseThrow();
      line.append(estimateFits ? "margin " : " and its margin ")
          .append(format(interval.margin(), digits(published)));
      if (Math.abs(interval.margin() - interval.halfWidth()) > EPSILON) {
        line.append(" (half-width ")
            .append(format(interval.halfWidth(), digits(published)))
            .append(" after clipping)");
      }
      line.append(" would be published as ").append(round(interval.margin(), published.scale()));
    }
    return line.append("; check the successes, size, level and method").toString();
  }

  private static double matchedMargin(ConfidenceInterval interval, BigDecimal published) {
    return fits(interval.margin(), published) ? interval.margin() : interval.halfWidth();
  }

  /** {@return how many decimals to show a computed value with: two more than published, at least 6} */
  private static int digits(BigDecimal published) {
    return Math.max(6, published.scale() + 2);
  }

  private static String format(double value, int decimals) {
    return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
  }

  private static String round(double value, int scale) {
    return BigDecimal.valueOf(value).setScale(scale, RoundingMode.HALF_UP).toPlainString();
  }

  private static void requireProportion(String attribute, BigDecimal value) {
    Objects.requireNonNull(value, attribute);
    NumberRules.checkUsable(attribute, value).ifPresent(v -> {
      throw v.toException();
    });
    if (value.signum() >= 0 && value.compareTo(BigDecimal.ONE) <= 0) {
      return;
    }
    String hint =
        value.compareTo(BigDecimal.ONE) > 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0
            ? " (give a proportion, such as " + value.movePointLeft(2).toPlainString() + " for " + value.toPlainString() + "%)"
            : "";
    Rule rule = attribute.equals("estimate") ? ESTIMATE_IS_PROPORTION : MARGIN_IS_PROPORTION;
    throw rule.violation(
            attribute,
            value.toPlainString(),
            "0 <= " + attribute + " <= 1: " + attribute + " " + value.toPlainString() + " is not a proportion" + hint)
        .toException();
  }
}
