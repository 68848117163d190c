package io.github.peelkit.interval;

import org.apache.commons.numbers.gamma.RegularizedBeta;

/**
 * Quantiles of beta distributions, for the Clopper–Pearson and Jeffreys bounds.
 *
 * <p>Commons Statistics finds a quantile with a general root finder, about five microseconds a
 * bound. Here the distribution function and density are the ones Commons Statistics' {@code
 * BetaDistribution} evaluates, Commons Numbers' regularized incomplete beta function and its
 * derivative (the special functions are not rewritten), called on the shapes directly: a {@code
 * BetaDistribution} would first compute a log-beta that only its log-density uses, about a tenth of
 * an interval's cost. The root is found from the starting value of Numerical Recipes' {@code
 * invbetai} (3rd ed., §6.14) by steps of the inverse function's Taylor series, whose derivatives come
 * from the log-density's (elementary functions): the start is close enough that one evaluation a
 * bound usually suffices, two otherwise (examples/BENCHMARKS.md). Every step is kept inside a
 * bracket that holds the root, and falls back to bisection when it would leave it, so the search
 * always ends.
 * {@code IntervalMathTest} and the SciPy reference table hold the results to Commons' quantiles
 * and to SciPy's.
 */
final class BetaQuantile {
  /** Steps end when a step moves the point by less than this, relative to it. */
  private static final double RELATIVE_STEP = 1e-15;

  /** Where Newton's step reaches less than this far (see {@code solve}), the inverse's series converges fast. */
  private static final double SERIES_REACH = 0.1;

  /**
   * A series step reaching no further than this, and no further than this times the point, ends the
   * search: it leaves an error of the order of 3e-3 to the fifth, about 2e-13, of the distances
   * involved. On the interval benchmark's samples the search then ends after 1.4 evaluations a bound
   * on average instead of 2.1. Against the root found by iterating to the last bit, on 120,000 random
   * bounds (sizes to 100,000, levels 0.01 to 0.999999), no result moved by more than the distribution
   * function's own noise with this limit at up to 5e-3; at 1e-2 differences began to show.
   */
  private static final double FINAL_REACH = 3e-3;

  /** More steps than any start needs: bisection alone halves the bracket this many times. */
  private static final int MAX_STEPS = 200;

  private BetaQuantile() {}

  /**
   * The point below which a beta distribution has a given probability.
   *
   * @param a the first shape of the distribution, positive
   * @param b the second shape, positive
   * @param p the probability below the point, in (0, 1)
   * @return x with P(X ≤ x) = p
   */
  static double lower(double a, double b, double p) {
    return solve(a, b, p, false);
  }

  /**
   * The point above which a beta distribution has a given probability.
   *
   * @param a the first shape of the distribution, positive
   * @param b the second shape, positive
   * @param q the probability above the point, in (0, 1)
   * @return x with P(X &gt; x) = q
   */
  static double upper(double a, double b, double q) {
    return solve(a, b, q, true);
  }

  /**
   * Solves F(x) = p, or S(x) = p when {@code survival}; the tail asked for is the one evaluated, so
   * that a small tail probability keeps its digits.
   */
  private static double solve(double a, double b, double p, boolean survival) {
    double x = start(a, b, survival ? 1 - p : p);
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < MAX_STEPS; i++) {
      // error(x) rises with x whichever tail is evaluated.
      double error = survival ? p - RegularizedBeta.complement(x, a, b) : RegularizedBeta.value(x, a, b) - p;
      if (error == 0) {
        return x;
      }
      if (error < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double density = RegularizedBeta.derivative(x, a, b);
      double next;
      if (density > 0 && Double.isFinite(density)) {
        double newton = -error / density;
        // The log-density's first three derivatives: elementary, unlike the distribution function.
        double u = 1 / x;
        double v = 1 / (1 - x);
        double l1 = (a - 1) * u - (b - 1) * v;
        double l2 = -(a - 1) * u * u - (b - 1) * v * v;
        double l3 = 2 * ((a - 1) * u * u * u - (b - 1) * v * v * v);
        // How far Newton's step reaches, in the distances over which the density changes.
        double reach = Math.abs(newton) * Math.max(Math.abs(l1), Math.max(Math.sqrt(Math.abs(l2)), Math.cbrt(Math.abs(l3))));
        if (reach < SERIES_REACH) {
          // The Taylor series of the inverse of F about x, to the fourth power of Newton's step, with
          // the density's derivatives from the log-density's (f1 = l1, f2 = l2 + l1^2, f3 = l3 +
          // 3 l1 l2 + l1^3, each over f): what it leaves is of the order of reach^5. After a step
          // reaching no further than FINAL_REACH the point is as exact as the distribution function
          // itself, and evaluating it again would only confirm it.
          double f2 = l2 + l1 * l1;
          double f3 = l3 + 3 * l1 * l2 + l1 * l1 * l1;
          double square = newton * newton;
          next = x + newton - 0.5 * l1 * square + (3 * l1 * l1 - f2) * square * newton / 6
              - (15 * l1 * l1 * l1 - 10 * l1 * f2 + f3) * square * square / 24;
          if (next > lo && next < hi && reach <= FINAL_REACH && Math.abs(newton) <= FINAL_REACH * x) {
            return next;
          }
        } else {
          // Far from the root, Halley's correction only where it is small: a large one can shrink the
          // step to nothing and end the search early, so a plain Newton step is taken there.
          double correction = -newton * l1;
          next = Math.abs(correction) < 1 ? x + newton / (1 - 0.5 * correction) : x + newton;
        }
      } else {
        next = Double.NaN;
      }
      if (!(next > lo && next < hi)) {
        next = 0.5 * (lo + hi);
      }
      if (Math.abs(next - x) <= RELATIVE_STEP * x || next == lo || next == hi) {
        return next;
      }
      x = next;
    }
    return x;
  }

  /**
   * The starting value of {@code invbetai}: for both shapes at least 1 a normal approximation
   * (Abramowitz and Stegun 26.5.22 with 26.2.22), otherwise the power-law behaviour of each tail.
   */
  private static double start(double a, double b, double p) {
    double x;
    if (a >= 1 && b >= 1) {
      double pp = p < 0.5 ? p : 1 - p;
      double t = Math.sqrt(-2 * Math.log(pp));
      double z = (2.30753 + t * 0.27061) / (1 + t * (0.99229 + t * 0.04481)) - t;
      if (p < 0.5) {
        z = -z;
      }
      double al = (z * z - 3) / 6;
      double h = 2 / (1 / (2 * a - 1) + 1 / (2 * b - 1));
      double w = z * Math.sqrt(al + h) / h - (1 / (2 * b - 1) - 1 / (2 * a - 1)) * (al + 5.0 / 6 - 2 / (3 * h));
      x = a / (a + b * Math.exp(2 * w));
    } else {
      double lna = Math.log(a / (a + b));
      double lnb = Math.log(b / (a + b));
      double t = Math.exp(a * lna) / a;
      double u = Math.exp(b * lnb) / b;
      double w = t + u;
      x = p < t / w ? Math.pow(a * w * p, 1 / a) : 1 - Math.pow(b * w * (1 - p), 1 / b);
    }
    // A start on the boundary, or not a number, gives way to the middle: the bracket does the rest.
    return x > 0 && x < 1 ? x : 0.5;
  }
}
