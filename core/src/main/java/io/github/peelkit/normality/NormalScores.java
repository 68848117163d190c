package io.github.peelkit.normality;

/**
 * The approximate expected values of standard normal order statistics that AS R94 starts from:
 * Blom's scores m(i) = Φ⁻¹((i − 3/8)/(n + 1/4)), with Φ⁻¹ computed by Beasley and Springer's
 * algorithm AS 111 (Applied Statistics 26(1), 1977), as AS R94 itself calls it.
 *
 * <p>Why AS 111 and not an exact quantile (Commons Statistics has one): AS 111 differs from the
 * exact quantile by up to about 1e-7 in the centre and 1.5e-5 in the far tails, and Royston's
 * coefficients and SciPy's results are made with it. With the exact quantile, W moves by up to
 * about 3e-10, which near W = 1 (a large sample of normal data) moves p by up to 6e-7 — measured
 * on normal samples of 500 to 5000 against SciPy — too close to the 1e-6 agreement peelkit
 * promises. With AS 111, W agrees with SciPy to about 1e-14 and p to about 1e-11.
 */
final class NormalScores {
  // AS 111's coefficients, as published: the central rational function for |p − 1/2| ≤ 0.42 ...
  private static final double A0 = 2.50662823884;
  private static final double A1 = -18.61500062529;
  private static final double A2 = 41.39119773534;
  private static final double A3 = -25.44106049637;
  private static final double B1 = -8.47351093090;
  private static final double B2 = 23.08336743743;
  private static final double B3 = -21.06224101826;
  private static final double B4 = 3.13082909833;
  // ... and the tail function of r = sqrt(−ln(min(p, 1 − p))).
  private static final double C0 = -2.78718931138;
  private static final double C1 = -2.29796479134;
  private static final double C2 = 4.85014127135;
  private static final double C3 = 2.32121276858;
  private static final double D1 = 3.54388924762;
  private static final double D2 = 1.63706781897;
  private static final double SPLIT = 0.42;

  private NormalScores() {}

  /**
   * The lower half of Blom's scores of a sample of size n: m(1) ≤ m(2) ≤ ... ≤ m(n/2), all
   * negative (the upper half is their mirror image).
   *
   * @param n the sample size, at least 4
   * @return the n/2 scores, rounded down
   */
  static double[] lowerHalf(int n) {
    double[] m = new double[n / 2];
    double denominator = n + 0.25;
    for (int i = 0; i < m.length; i++) {
      m[i] = quantile((i + 1 - 0.375) / denominator);
    }
    return m;
  }

  /**
   * AS 111's approximation of the standard normal quantile.
   *
   * @param p a probability strictly between 0 and 1
   * @return Φ⁻¹(p), to about seven digits
   */
  static double quantile(double p) {
    double q = p - 0.5;
    if (Math.abs(q) <= SPLIT) {
      double r = q * q;
      return q * (((A3 * r + A2) * r + A1) * r + A0) / ((((B4 * r + B3) * r + B2) * r + B1) * r + 1);
    }
    double r = Math.sqrt(-Math.log(q > 0 ? 1 - p : p));
    double tail = (((C3 * r + C2) * r + C1) * r + C0) / ((D2 * r + D1) * r + 1);
    return q < 0 ? -tail : tail;
  }
}
