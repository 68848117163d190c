package io.github.peelkit.normality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class ShapiroWilkProperties {
  /** Samples of 3 to 300 values of several shapes, drawn from a seed, never all equal. */
  private static Gen<double[]> samples() {
    return longs().all().zip(integers().between(3, 300), integers().between(0, 4), ShapiroWilkProperties::sample);
  }

  private static double[] sample(long seed, int n, int shape) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double z = random.nextGaussian();
      values[i] = switch (shape) {
        case 0 -> z;
        case 1 -> Math.exp(z);
        case 2 -> random.nextDouble();
        case 3 -> Math.rint(2 * z); // ties
        default -> z / Math.max(1e-3, Math.abs(random.nextGaussian())); // heavy tails
      };
    }
    values[0] = values[n - 1] + 1; // never constant
    return values;
  }

  @Test
  void statisticLiesInZeroToOneAndPInTheUnitInterval() {
    qt().forAll(samples())
        .checkAssert(
            values -> {
              ShapiroWilk test = ShapiroWilk.of(values);
              assertTrue(test.statistic() > 0 && test.statistic() <= 1, test::toString);
              assertTrue(test.pValue() >= 0 && test.pValue() <= 1, test::toString);
            });
  }

  @Test
  void orderOfTheValuesDoesNotMatter() {
    qt().forAll(samples(), longs().all())
        .checkAssert(
            (values, seed) -> {
              double[] shuffled = values.clone();
              SplittableRandom random = new SplittableRandom(seed);
              for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                double t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
              }
              assertEquals(ShapiroWilk.of(values), ShapiroWilk.of(shuffled));
            });
  }

  /**
   * Two tests of one sample, moved or scaled, agree beyond rounding: W to 1e-9, and the p-value to
   * 1e-8 and, for three values, what the rounding of W can move it by. Their exact p-value, 1 −
   * (6/π)·arccos(√W), is infinitely steep at W = 1 (three equally spaced values), where W differing in
   * its last digits moves p by about (6/π)·√ΔW, and √W rounding as well up to twice that: {3, 1, 2}
   * scaled by 1e-6 has W 3.3e-16 below 1 and p 4.0e-8 below 1.
   */
  private static void assertAgreeBeyondRounding(ShapiroWilk expected, ShapiroWilk actual, int n) {
    assertEquals(expected.statistic(), actual.statistic(), 1e-9);
    double steep = n == 3 ? 2 * 6 / Math.PI * Math.sqrt(Math.abs(expected.statistic() - actual.statistic())) : 0;
    assertEquals(expected.pValue(), actual.pValue(), 1e-8 + steep);
  }

  @Test
  void movingTheValuesChangesNothingBeyondRounding() {
    qt().forAll(samples(), doubles().between(-1e3, 1e3))
        .checkAssert(
            (values, shift) -> {
              ShapiroWilk moved = ShapiroWilk.of(Arrays.stream(values).map(v -> v + shift).toArray());
              assertAgreeBeyondRounding(ShapiroWilk.of(values), moved, values.length);
            });
  }

  @Test
  void scalingTheValuesChangesNothingBeyondRoundingAndByPowersOfTwoNothingAtAll() {
    Gen<Double> factors = doubles().between(1e-6, 1e6).mix(arbitrary().pick(1e-200, 1e200, -1.0, -3.5), 20);
    qt().forAll(samples(), factors)
        .checkAssert(
            (values, factor) -> {
              ShapiroWilk scaled = ShapiroWilk.of(Arrays.stream(values).map(v -> v * factor).toArray());
              assertAgreeBeyondRounding(ShapiroWilk.of(values), scaled, values.length);
            });
    qt().forAll(samples(), integers().between(-900, 900))
        .checkAssert(
            (values, power) -> {
              ShapiroWilk scaled = ShapiroWilk.of(Arrays.stream(values).map(v -> Math.scalb(v, power)).toArray());
              // Exact unless the power pushes values into the subnormal range, where digits are lost.
              if (power > -600) {
                assertEquals(ShapiroWilk.of(values), scaled);
              }
            });
  }
}
