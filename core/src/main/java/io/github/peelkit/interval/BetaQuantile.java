package io.github.peelkit.interval;

import org.apache.commons.statistics.distribution.BetaDistribution;

/**
 * Quantiles of beta distributions, for the Clopper–Pearson and Jeffreys bounds.
 *
 * <p>Commons Statistics finds a quantile with a general root finder, about five microseconds a
 * bound. Here the distribution function and density are still Commons Statistics' (the special
 * functions are not rewritten), but the root is found by Halley's method from the starting value
 * of Numerical Recipes' {@code invbetai} (3rd ed., §6.14), which is close enough that about two
 * evaluations a bound suffice (examples/BENCHMARKS.md). Every step is kept inside a bracket that
 * holds the root, and falls back to bisection when it would leave it, so the search always ends.
 * {@code IntervalMathTest} and the SciPy reference table hold the results to Commons' quantiles
 * and to SciPy's.
 */
final class BetaQuantile {
  /** Steps end when a step moves the point by less than this, relative to it. */
  private static final double RELATIVE_STEP = 1e-15;

  /**
   * A Halley step this small, relative to the width of the distribution near the point, leaves an
   * error far below {@link #RELATIVE_STEP}.
   */
  private static final double CUBED_STEP = 1e-5;

  /** More steps than any start needs: bisection alone halves the bracket this many times. */
  private static final int MAX_STEPS = 200;

  private BetaQuantile() {}

  /**
   * The point below which a beta distribution has a given probability.
   *
   * @param beta the distribution
   * @param p the probability below the point, in (0, 1)
   * @return x with P(X ≤ x) = p
   */
  static double lower(BetaDistribution beta, double p) {
    return solve(beta, beta.getAlpha(), beta.getBeta(), p, false);
  }

  /**
   * The point above which a beta distribution has a given probability.
   *
   * @param beta the distribution
   * @param q the probability above the point, in (0, 1)
   * @return x with P(X &gt; x) = q
   */
  static double upper(BetaDistribution beta, double q) {
    return solve(beta, beta.getAlpha(), beta.getBeta(), q, true);
  }

  /**
   * Solves F(x) = p, or S(x) = p when {@code survival}; the tail asked for is the one evaluated, so
   * that a small tail probability keeps its digits.
   */
  private static double solve(BetaDistribution beta, double a, double b, double p, boolean survival) {
    double x = start(a, b, survival ? 1 - p : p);
    double lo = 0;
    double hi = 1;
    for (int i = 0; i < MAX_STEPS; i++) {
      // error(x) rises with x whichever tail is evaluated.
      double error = survival ? p - beta.survivalProbability(x) : beta.cumulativeProbability(x) - p;
      if (error == 0) {
        return x;
      }
      if (error < 0) {
        lo = x;
      } else {
        hi = x;
      }
      double density = beta.density(x);
      double next;
      if (density > 0 && Double.isFinite(density)) {
        double newton = error / density;
        // Halley's correction, with the density's log-derivative (a - 1)/x - (b - 1)/(1 - x), only
        // near the root: far from it the correction can shrink the step to nothing and end the
        // search early, so a plain Newton step is taken there.
        double correction = newton * ((a - 1) / x - (b - 1) / (1 - x));
        boolean halley = Math.abs(correction) < 1;
        next = halley ? x - newton / (1 - 0.5 * correction) : x - newton;
        // Halley's error cubes from step to step, measured against the width of the distribution
        // near x (the inverse of the root of the log-density's curvature): after a step this small
        // the point is as exact as a double holds it, and evaluating the distribution again would
        // only confirm it.
        double width = 1 / Math.sqrt(Math.abs(a - 1) / (x * x) + Math.abs(b - 1) / ((1 - x) * (1 - x)));
        if (halley && next > lo && next < hi && Math.abs(next - x) <= CUBED_STEP * Math.min(width, x)) {
          return next;
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
