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

  @Test
  void movingTheValuesChangesNothingBeyondRounding() {
    qt().forAll(samples(), doubles().between(-1e3, 1e3))
        .checkAssert(
            (values, shift) -> {
              ShapiroWilk test = ShapiroWilk.of(values);
              ShapiroWilk moved = ShapiroWilk.of(Arrays.stream(values).map(v -> v + shift).toArray());
              assertEquals(test.statistic(), moved.statistic(), 1e-9);
              assertEquals(test.pValue(), moved.pValue(), 1e-8);
            });
  }

  @Test
  void scalingTheValuesChangesNothingBeyondRoundingAndByPowersOfTwoNothingAtAll() {
    Gen<Double> factors = doubles().between(1e-6, 1e6).mix(arbitrary().pick(1e-200, 1e200, -1.0, -3.5), 20);
    qt().forAll(samples(), factors)
        .checkAssert(
            (values, factor) -> {
              ShapiroWilk test = ShapiroWilk.of(values);
              ShapiroWilk scaled = ShapiroWilk.of(Arrays.stream(values).map(v -> v * factor).toArray());
              assertEquals(test.statistic(), scaled.statistic(), 1e-9);
              assertEquals(test.pValue(), scaled.pValue(), 1e-8);
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
