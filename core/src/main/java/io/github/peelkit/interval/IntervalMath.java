package io.github.peelkit.interval;

import org.apache.commons.statistics.distribution.NormalDistribution;
import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;

/**
 * The arithmetic behind {@link ConfidenceInterval}: bounds of each method before any population
 * correction, the Wald margin, and the correction itself.
 *
 * <p>Wilson and Agresti–Coull come from Commons Statistics' {@link BinomialConfidenceInterval}. It
 * takes {@code int} sizes and an error rate strictly inside (0, 1), so sizes above {@link
 * Integer#MAX_VALUE}, and levels so small that {@code 1 - level} rounds to 1, go through the same
 * formulas written here; {@code IntervalMathTest} holds the two routes to each other.
 * Clopper–Pearson and Jeffreys are always the beta quantiles of {@link BetaQuantile}, over the
 * regularized incomplete beta function that Commons Statistics' beta distribution evaluates: Commons'
 * own quantile search takes about ten microseconds per interval, {@code BetaQuantile} under two. Wald and Wilson with continuity correction
 * are peelkit's own: Commons has no continuity-corrected Wilson, and its normal approximation
 * clips the bounds before a margin can be read from them.
 */
final class IntervalMath {
  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  /**
   * The level from which the Jeffreys interval always contains the estimate k/n. The exact bound,
   * approached at k = 1 as n grows, is 1 − 2 P(Gamma(3/2) ≤ 1) ≈ 0.1448.
   */
  static final double JEFFREYS_CONTAINS_ESTIMATE = 0.15;

  private IntervalMath() {}

  /** The bounds of an interval, both in [0, 1]. */
  record Bounds(double lower, double upper) {}

  /** {@return the two-sided standard normal quantile of a level: 1.959964 at 0.95} */
  static double z(double level) {
    // 1 - level is exact for level >= 0.5, where precision matters.
    return STANDARD_NORMAL.inverseSurvivalProbability((1 - level) / 2);
  }

  /**
   * {@return the Wald margin z sqrt(p (1 - p) / n), unclipped and without population correction}
   * Zero at {@code k = 0} and {@code k = n}.
   */
  static double waldMargin(long k, long n, double level) {
    // Each ratio is rounded once; 1 - k/n would lose digits when k is close to n.
    double p = (double) k / n;
    double q = (double) (n - k) / n;
    return z(level) * Math.sqrt(p * q / n);
  }

  /**
   * {@return the finite population correction sqrt((N - n) / (N - 1)), 0 when the sample is the
   * whole population (including N = 1)}
   */
  static double populationCorrection(long population, long size) {
    if (population <= size) {
      return 0;
    }
    return Math.sqrt((double) (population - size) / (double) (population - 1));
  }

  /**
   * Computes the bounds of a method other than Wald, clipped to [0, 1], with lower 0 at {@code k =
   * 0} and upper 1 at {@code k = n} for the methods whose bounds are exactly 0 or 1 there. Bounds
   * that floating-point error put in the wrong order (both medians at levels near 0) are swapped,
   * and the estimate is kept inside wherever the method contains it in exact arithmetic.
   */
  static Bounds bounds(IntervalMethod method, long k, long n, double level) {
    double alpha = 1 - level;
    boolean commons = n <= Integer.MAX_VALUE && alpha > 0 && alpha < 1;
    Bounds raw;
    switch (method) {
      case WILSON:
        raw = commons ? commons(BinomialConfidenceInterval.WILSON_SCORE, k, n, alpha) : wilson(k, n, level);
        // Exact in real arithmetic; Commons leaves the floating overshoot of the formula unclipped.
        raw = new Bounds(k == 0 ? 0 : raw.lower(), k == n ? 1 : raw.upper());
        break;
      case WILSON_CC:
        raw = wilsonCorrected(k, n, level);
        break;
      case AGRESTI_COULL:
        raw = commons ? commons(BinomialConfidenceInterval.AGRESTI_COULL, k, n, alpha) : agrestiCoull(k, n, level);
        break;
      case CLOPPER_PEARSON:
        raw = clopperPearson(k, n, alpha);
        break;
      case JEFFREYS:
        raw = jeffreys(k, n, alpha);
        break;
      default:
        throw new AssertionError("Wald is computed from its margin: " + method);
    }
    double lower = Math.min(raw.lower(), raw.upper());
    double upper = Math.max(raw.lower(), raw.upper());
    if (method != IntervalMethod.JEFFREYS || level >= JEFFREYS_CONTAINS_ESTIMATE) {
      // True in exact arithmetic; beta quantiles of about 10^15 trials and more lose enough digits
      // (up to about 1e-9) to cross an estimate that lies within a narrower interval.
      double estimate = (double) k / n;
      lower = Math.min(lower, estimate);
      upper = Math.max(upper, estimate);
    }
    return clip(lower, upper);
  }

  /** {@return the bounds clipped to [0, 1]} */
  static Bounds clip(double lower, double upper) {
    return new Bounds(Math.min(1, Math.max(0, lower)), Math.min(1, Math.max(0, upper)));
  }

  /**
   * Narrows bounds by the finite population correction: the distances of both bounds from an
   * anchor are multiplied by {@code factor}. The anchor is the estimate, moved into the interval
   * when it lies outside (possible for Jeffreys at low levels), so that the result always lies
   * inside the bounds it came from.
   */
  static Bounds narrow(Bounds bounds, double estimate, double factor) {
    double anchor = Math.min(bounds.upper(), Math.max(bounds.lower(), estimate));
    double lower = anchor - factor * (anchor - bounds.lower());
    double upper = anchor + factor * (bounds.upper() - anchor);
    // Rounding must not move a bound outward by an ulp.
    return new Bounds(Math.max(bounds.lower(), lower), Math.min(bounds.upper(), upper));
  }

  private static Bounds commons(BinomialConfidenceInterval method, long k, long n, double alpha) {
    Interval interval = method.fromErrorRate((int) n, (int) k, alpha);
    return new Bounds(interval.getLowerBound(), interval.getUpperBound());
  }

  /** Wilson score interval, the formula Commons Statistics uses. */
  static Bounds wilson(long k, long n, double level) {
    double z = z(level);
    double z2 = z * z;
    double p = (double) k / n;
    double q = (double) (n - k) / n;
    double denominator = 1 + z2 / n;
    double centre = (p + 0.5 * z2 / n) / denominator;
    double distance = z * Math.sqrt(p * q / n + z2 / (4.0 * n * n)) / denominator;
    return new Bounds(centre - distance, centre + distance);
  }

  /**
   * Wilson score interval with continuity correction, Newcombe (1998) method 4, with its
   * conventions lower 0 at k = 0 and upper 1 at k = n. Both square roots are of at least {@code z²
   * + 2 - 1/n > 0} for 0 &lt; k &lt; n.
   */
  static Bounds wilsonCorrected(long k, long n, double level) {
    double z = z(level);
    double z2 = z * z;
    double p = (double) k / n;
    double denominator = 2 * (n + z2);
    double centre = (2.0 * k + z2) / denominator;
    double lower = 0;
    double upper = 1;
    if (k > 0) {
      double spread = z2 - 2 - 1.0 / n + 4 * p * ((double) (n - k) + 1);
      lower = centre - (1 + z * Math.sqrt(spread)) / denominator;
    }
    if (k < n) {
      double spread = z2 + 2 - 1.0 / n + 4 * p * ((double) (n - k) - 1);
      upper = centre + (1 + z * Math.sqrt(spread)) / denominator;
    }
    return new Bounds(lower, upper);
  }

  /** Agresti–Coull interval: Wald around (k + z²/2) / (n + z²) with n + z² trials. */
  static Bounds agrestiCoull(long k, long n, double level) {
    double z = z(level);
    double z2 = z * z;
    double trials = n + z2;
    double centre = (k + 0.5 * z2) / trials;
    double distance = z * Math.sqrt(centre * (1 - centre) / trials);
    return new Bounds(centre - distance, centre + distance);
  }

  /** Clopper–Pearson interval from beta quantiles, closed forms at k = 0 and k = n. */
  static Bounds clopperPearson(long k, long n, double alpha) {
    double tail = alpha / 2;
    if (k == 0) {
      return new Bounds(0, -Math.expm1(Math.log(tail) / n));
    }
    if (k == n) {
      return new Bounds(Math.exp(Math.log(tail) / n), 1);
    }
    double lower = BetaQuantile.lower(k, (double) (n - k) + 1, tail);
    double upper = BetaQuantile.upper((double) k + 1, n - k, tail);
    return new Bounds(lower, upper);
  }

  /** Jeffreys interval: equal tails of Beta(k + 1/2, n - k + 1/2), lower 0 at k = 0, upper 1 at k = n. */
  static Bounds jeffreys(long k, long n, double alpha) {
    double tail = alpha / 2;
    double lower = k == 0 ? 0 : BetaQuantile.lower(k + 0.5, (n - k) + 0.5, tail);
    double upper = k == n ? 1 : BetaQuantile.upper(k + 0.5, (n - k) + 0.5, tail);
    return new Bounds(lower, upper);
  }
}
