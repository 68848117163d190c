package io.github.peelkit.normality;

import java.util.Arrays;
import java.util.Objects;

/**
 * The Shapiro–Wilk test of normality of a sample: the statistic W and its p-value, by Royston's
 * algorithm AS R94 (Applied Statistics 44(4), 1995), as SciPy's {@code scipy.stats.shapiro}
 * computes it.
 *
 * <pre>{@code
 * ShapiroWilk test = ShapiroWilk.of(4.2, 3.9, 5.1, 4.4, 6.0, 4.8);
 * test.statistic();                 // W, in (0, 1]
 * test.pValue();                    // small when the sample is unlikely to come from a normal distribution
 * test.rejectsNormalityAt(0.05);    // p < 0.05
 * }</pre>
 *
 * <p><b>Method.</b> The values are sorted; W is the squared correlation between them and the
 * Shapiro–Wilk coefficients, which AS R94 approximates from Blom's normal scores with Royston's
 * polynomial corrections of the largest two. The p-value is exact for n = 3 (1 − (6/π)·arccos(√W));
 * for 4 ≤ n ≤ 11 and for n ≥ 12 it is the upper normal tail at Royston's normalising transformations
 * of 1 − W. W and p agree with SciPy to 1e-6 or better on a committed reference table of n from 3 to
 * 5000 (see {@code make_shapiro_wilk_reference.py} in the tests): W to about 1e-14, p to about 1e-11.
 *
 * <p><b>What it accepts.</b> 3 to 5000 finite values, not all equal. AS R94's p-value is valid up to
 * 5000 values, so larger samples are refused rather than given a p-value nobody can trust.
 *
 * <p><b>Ties and near-constant data</b> are computed as SciPy computes them: ties get no
 * correction, so heavily tied data (figures rounded to few distinct values) have a lower W and can
 * be rejected as non-normal for their rounding alone. The values are moved by their middle value
 * and divided by their range before W is computed, so W and p do not depend on the location or the
 * scale of the data (beyond rounding): 1e9 + 0.001, 1e9, 1e9 + 0.002 is tested as 1, 0, 2, and
 * values that differ only in their last binary digit are tested on those differences, which may be
 * rounding noise — the data decide, the test cannot tell. Two differences from SciPy, both where
 * SciPy warns that its results may not be accurate: SciPy treats a range below 1e-19 as zero and
 * returns W = 1, p = 1, where peelkit computes the sample as it computes the same sample scaled up;
 * and values whose differences overflow (beyond about ±8.9e307) are scaled down exactly by a power
 * of two first.
 *
 * <p><b>Edges of the published algorithm</b>, kept as SciPy keeps them: at n = 3, a W that rounding
 * puts below its minimum of 3/4 is reported as W = 0.75 with p = 0; for 4 ≤ n ≤ 11, a W below the
 * domain of the small-sample transformation would get p = 1e-19 (AS R94's smallest p-value; no
 * sample reaches it). A W that rounding would put above 1 is reported as 1, with p = 1.
 *
 * <p>Immutable, thread-safe, a value type: two results are equal when they have the same size,
 * statistic and p-value.
 */
public final class ShapiroWilk {
  /** The smallest sample the test accepts. */
  public static final int MIN_SIZE = 3;

  /** The largest sample the test accepts: AS R94's p-value is valid up to 5000 values. */
  public static final int MAX_SIZE = 5000;

  /** Values this large or larger are scaled down before their differences are taken. */
  private static final double HUGE = 0x1p1021;

  private final int size;
  private final double statistic;
  private final double pValue;

  private ShapiroWilk(int size, double statistic, double pValue) {
    this.size = size;
    this.statistic = statistic;
    this.pValue = pValue;
  }

  /**
   * Tests a sample.
   *
   * @param values the sample, in any order; the array is not changed
   * @return the test's statistic and p-value
   * @throws IllegalArgumentException when there are fewer than 3 or more than 5000 values, when a
   *     value is NaN or infinite, or when all values are equal; the message says which and why
   */
  public static ShapiroWilk of(double... values) {
    Objects.requireNonNull(values, "values");
    int n = values.length;
    if (n < MIN_SIZE) {
      throw new IllegalArgumentException(
          "the Shapiro–Wilk test needs at least " + MIN_SIZE + " values, not " + n);
    }
    if (n > MAX_SIZE) {
      throw new IllegalArgumentException(
          "the Shapiro–Wilk test takes at most " + MAX_SIZE + " values (the p-value of AS R94 is valid"
              + " for 3 to 5000), not " + n);
    }
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(values[i])) {
        throw new IllegalArgumentException(
            "values[" + i + "] is " + values[i] + ": the Shapiro–Wilk test needs finite values");
      }
    }
    double[] x = values.clone();
    Arrays.sort(x);
    if (x[0] == x[n - 1]) {
      throw new IllegalArgumentException(
          "all " + n + " values are equal (" + x[0] + "): the Shapiro–Wilk test needs values that"
              + " differ, a sample without spread has no statistic");
    }
    if (Math.max(-x[0], x[n - 1]) >= HUGE) {
      // An exact scaling, so that differences of values near ±Double.MAX_VALUE stay finite.
      for (int i = 0; i < n; i++) {
        x[i] = Math.scalb(x[i], -4);
      }
    }
    return compute(x);
  }

  /** W and p of a sorted sample of 3 to 5000 finite values that are not all equal. */
  private static ShapiroWilk compute(double[] x) {
    int n = x.length;
    // Moving the values by a middle one keeps the digits of near-constant data (SciPy does the same).
    double middle = x[n / 2];
    double range = (x[n - 1] - middle) - (x[0] - middle);
    double[] a = Royston.coefficients(n);
    double[] weight = new double[n];
    for (int i = 0; i < a.length; i++) {
      weight[i] = -a[i];
      weight[n - 1 - i] = a[i];
    }
    // The sums in the order of AS R94, so that rounding matches SciPy's: W is the squared
    // correlation of the weights and the values scaled to a unit range, and 1 − W is computed as a
    // difference of two products, without the cancellation of 1 − W near W = 1.
    double[] scaled = new double[n];
    double weightMean = 0;
    double valueMean = 0;
    for (int i = 0; i < n; i++) {
      scaled[i] = (x[i] - middle) / range;
      weightMean += weight[i];
      valueMean += scaled[i];
    }
    weightMean /= n;
    valueMean /= n;
    double weightSquares = 0;
    double valueSquares = 0;
    double products = 0;
    for (int i = 0; i < n; i++) {
      double w = weight[i] - weightMean;
      double v = scaled[i] - valueMean;
      weightSquares += w * w;
      valueSquares += v * v;
      products += w * v;
    }
    double root = Math.sqrt(weightSquares * valueSquares);
    double oneMinusW = Math.max(0, (root - products) * (root + products) / (weightSquares * valueSquares));
    double w = 1 - oneMinusW;
    if (n == MIN_SIZE) {
      return w < 0.75 ? new ShapiroWilk(n, 0.75, 0) : new ShapiroWilk(n, w, Royston.pValueOfThree(w));
    }
    return new ShapiroWilk(n, w, Royston.pValue(n, oneMinusW));
  }

  /** {@return the number of values tested, 3 to 5000} */
  public int size() {
    return size;
  }

  /** {@return the statistic W, in (0, 1]: 1 for a sample that lies exactly on a normal curve} */
  public double statistic() {
    return statistic;
  }

  /**
   * {@return the p-value, in [0, 1]: the probability of a W this small or smaller if the sample
   * came from a normal distribution}
   */
  public double pValue() {
    return pValue;
  }

  /**
   * Tells whether the test rejects normality at a significance level.
   *
   * @param alpha the significance level, strictly between 0 and 1, such as 0.05
   * @return true when the p-value is below alpha
   * @throws IllegalArgumentException when alpha is not strictly between 0 and 1
   */
  public boolean rejectsNormalityAt(double alpha) {
    if (!(alpha > 0 && alpha < 1)) {
      throw new IllegalArgumentException("alpha " + alpha + " is not strictly between 0 and 1");
    }
    return pValue < alpha;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ShapiroWilk that
        && size == that.size
        && Double.compare(statistic, that.statistic) == 0
        && Double.compare(pValue, that.pValue) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, statistic, pValue);
  }

  /** {@return the result as {@code ShapiroWilk[n=43, W=0.97, p=0.31]}, with full precision} */
  @Override
  public String toString() {
    return "ShapiroWilk[n=" + size + ", W=" + statistic + ", p=" + pValue + "]";
  }
}
