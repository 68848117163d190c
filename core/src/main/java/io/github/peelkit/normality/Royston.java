package io.github.peelkit.normality;

import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Royston's approximations of algorithm AS R94 (Applied Statistics 44(4), 1995): the Shapiro–Wilk
 * coefficients from Blom's scores, and the normalising transformations of W that give its p-value.
 * The polynomial coefficients are those published, lowest power first.
 */
final class Royston {
  /** The p-value AS R94 gives when W is below the domain of the small-sample transformation. */
  static final double SMALL = 1e-19;

  /** The correction of the largest coefficient, a polynomial in u = 1/√n. */
  private static final double[] C1 = {0.0, 0.221157, -0.147981, -2.071190, 4.434685, -2.706056};
  /** The correction of the second largest coefficient (n > 5), a polynomial in u = 1/√n. */
  private static final double[] C2 = {0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633};
  /** The mean of −ln(γ − ln(1 − W)) for 4 ≤ n ≤ 11, a polynomial in n. */
  private static final double[] C3 = {0.5440, -0.39978, 0.025054, -0.0006714};
  /** The logarithm of its standard deviation for 4 ≤ n ≤ 11, a polynomial in n. */
  private static final double[] C4 = {1.3822, -0.77857, 0.062767, -0.0020322};
  /** The mean of ln(1 − W) for n ≥ 12, a polynomial in ln n. */
  private static final double[] C5 = {-1.5861, -0.31082, -0.083751, 0.0038915};
  /** The logarithm of its standard deviation for n ≥ 12, a polynomial in ln n. */
  private static final double[] C6 = {-0.4803, -0.082676, 0.0030302};
  /** γ, the upper end of ln(1 − W) for 4 ≤ n ≤ 11, a polynomial in n. */
  private static final double[] GAMMA = {-2.273, 0.459};

  /** 6/π, for the exact distribution of W at n = 3. */
  private static final double SIX_OVER_PI = 6 / Math.PI;

  private static final NormalDistribution STANDARD_NORMAL = NormalDistribution.of(0, 1);

  private Royston() {}

  /**
   * The Shapiro–Wilk coefficients of the upper half of an ordered sample: the weight of the i-th
   * largest value is {@code a[i - 1]}, that of the i-th smallest {@code -a[i - 1]}, and the middle
   * value of an odd sample has none. Their squares sum to 1/2 (to rounding), both halves to 1.
   *
   * @param n the sample size, 3 to 5000
   * @return the n/2 coefficients, largest first
   */
  static double[] coefficients(int n) {
    if (n == 3) {
      return new double[] {Math.sqrt(0.5)};
    }
    // Blom's scores m (the lower half, negative), then Royston's corrected largest one or two
    // coefficients, and the rest scaled so that the squares still sum to one.
    double[] a = NormalScores.lowerHalf(n);
    double sumOfSquares = 0;
    for (double m : a) {
      sumOfSquares += m * m;
    }
    sumOfSquares *= 2;
    double norm = Math.sqrt(sumOfSquares);
    double u = 1 / Math.sqrt(n);
    double first = polynomial(C1, u) - a[0] / norm;
    int corrected;
    double scale;
    if (n > 5) {
      corrected = 2;
      double second = polynomial(C2, u) - a[1] / norm;
      scale = Math.sqrt((sumOfSquares - 2 * a[0] * a[0] - 2 * a[1] * a[1]) / (1 - 2 * first * first - 2 * second * second));
      a[1] = second;
    } else {
      corrected = 1;
      scale = Math.sqrt((sumOfSquares - 2 * a[0] * a[0]) / (1 - 2 * first * first));
    }
    a[0] = first;
    for (int i = corrected; i < a.length; i++) {
      a[i] = -a[i] / scale;
    }
    return a;
  }

  /**
   * The p-value of W: exact for n = 3, otherwise the upper tail of the standard normal
   * distribution at Royston's normalising transformation of 1 − W.
   *
   * @param n the sample size, 4 to 5000
   * @param oneMinusW 1 − W, computed without cancellation, at least 0
   * @return the p-value, in [0, 1]
   */
  static double pValue(int n, double oneMinusW) {
    double y = Math.log(oneMinusW);
    double mean;
    double sd;
    if (n <= 11) {
      double gamma = polynomial(GAMMA, n);
      if (y >= gamma) {
        return SMALL;
      }
      y = -Math.log(gamma - y);
      mean = polynomial(C3, n);
      sd = Math.exp(polynomial(C4, n));
    } else {
      double logN = Math.log(n);
      mean = polynomial(C5, logN);
      sd = Math.exp(polynomial(C6, logN));
    }
    return STANDARD_NORMAL.survivalProbability((y - mean) / sd);
  }

  /**
   * The exact p-value of W for a sample of three: 1 − (6/π)·arccos(√W).
   *
   * @param w W, at least 3/4
   * @return the p-value
   */
  static double pValueOfThree(double w) {
    return 1 - SIX_OVER_PI * Math.acos(Math.sqrt(w));
  }

  /** Horner's rule, coefficients lowest power first. */
  private static double polynomial(double[] coefficients, double x) {
    double result = coefficients[coefficients.length - 1];
    for (int i = coefficients.length - 2; i >= 0; i--) {
      result = result * x + coefficients[i];
    }
    return result;
  }
}
