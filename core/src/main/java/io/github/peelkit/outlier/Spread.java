package io.github.peelkit.outlier;

/**
 * The unweighted mean and standard deviation of values that are not all equal, and their z-scores,
 * by the textbook two passes, on the values scaled by a power of two so that the largest magnitude
 * lies in [1, 2). The scaling is exact, so the results are those of the unscaled arithmetic
 * wherever that does not overflow or underflow; and where it would (values near ±1.8e308, or values
 * so small or so close together that squared deviations vanish), nothing overflows, and the
 * standard deviation is never zero, so z is always finite.
 */
final class Spread {
  final double mean;
  final double deviation;
  final double[] z;

  private Spread(double mean, double deviation, double[] z) {
    this.mean = mean;
    this.deviation = deviation;
    this.z = z;
  }

  /**
   * Computes the spread of values.
   *
   * @param values at least two finite values, not all equal
   * @param kind sample (n − 1) or population (n)
   * @return the mean, the standard deviation (positive; infinite only when it exceeds the range of
   *     double) and the z-scores (finite)
   */
  static Spread of(double[] values, StandardDeviation kind) {
    int n = values.length;
    double largest = 0;
    for (double v : values) {
      largest = Math.max(largest, Math.abs(v));
    }
    int power = -Math.getExponent(largest);
    double[] scaled = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = Math.scalb(values[i], power);
      sum += scaled[i];
    }
    double mean = sum / n;
    double squares = 0;
    for (double v : scaled) {
      double d = v - mean;
      squares += d * d;
    }
    double deviation = Math.sqrt(squares / kind.divisor(n));
    double[] z = new double[n];
    for (int i = 0; i < n; i++) {
      z[i] = (scaled[i] - mean) / deviation;
    }
    return new Spread(Math.scalb(mean, -power), Math.scalb(deviation, -power), z);
  }
}
