package io.github.peelkit.normality;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ShapiroWilkTest {
  @Test
  void equallySpacedThreeValuesLieExactlyOnANormalCurve() {
    ShapiroWilk test = ShapiroWilk.of(1, 2, 3);
    assertEquals(1.0, test.statistic());
    assertEquals(1.0, test.pValue());
    assertEquals(3, test.size());
  }

  @Test
  void threeValuesHaveTheExactPValue() {
    // W = 0.8421052631578947 for 0.1, 0.2, 0.9 (SciPy agrees); p = 1 - (6/π) arccos(√W).
    ShapiroWilk test = ShapiroWilk.of(0.1, 0.2, 0.9);
    assertEquals(16.0 / 19.0, test.statistic(), 1e-15);
    assertEquals(1 - 6 / Math.PI * Math.acos(Math.sqrt(16.0 / 19.0)), test.pValue(), 1e-15);
  }

  @Test
  void aTieOfThreeIsAtTheMinimumOfW() {
    ShapiroWilk test = ShapiroWilk.of(1, 1, 2);
    assertEquals(0.75, test.statistic(), 1e-15);
    assertTrue(test.pValue() < 1e-15 && test.pValue() >= 0, test::toString);
  }

  @Test
  void refusesFewerThanThreeValues() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.of(1, 2));
    assertEquals("the Shapiro–Wilk test needs at least 3 values, not 2", e.getMessage());
    assertThrows(IllegalArgumentException.class, ShapiroWilk::of);
  }

  @Test
  void refusesMoreThanFiveThousandValues() {
    double[] values = new double[5001];
    Arrays.setAll(values, i -> i % 7);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.of(values));
    assertEquals(
        "the Shapiro–Wilk test takes at most 5000 values (the p-value of AS R94 is valid for 3 to 5000), not 5001",
        e.getMessage());
    ShapiroWilk.of(Arrays.copyOf(values, 5000));
  }

  @Test
  void refusesNonFiniteValuesNamingThePlace() {
    IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.of(1, Double.NaN, 3));
    assertEquals("values[1] is NaN: the Shapiro–Wilk test needs finite values", nan.getMessage());
    IllegalArgumentException infinite =
        assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.of(1, 2, 3, Double.NEGATIVE_INFINITY));
    assertEquals("values[3] is -Infinity: the Shapiro–Wilk test needs finite values", infinite.getMessage());
  }

  @Test
  void refusesConstantData() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.of(4.5, 4.5, 4.5, 4.5));
    assertEquals(
        "all 4 values are equal (4.5): the Shapiro–Wilk test needs values that differ, a sample without spread has no statistic",
        e.getMessage());
    // Zero and negative zero are equal too.
    assertThrows(IllegalArgumentException.class, () -> ShapiroWilk.of(0.0, -0.0, 0.0));
  }

  @Test
  void leavesTheCallersArrayAsItWas() {
    double[] values = {3, 1, 2, 9};
    ShapiroWilk.of(values);
    assertArrayEquals(new double[] {3, 1, 2, 9}, values);
  }

  @Test
  void nearConstantDataIsTestedOnItsDifferences() {
    // Values a millionth apart test as the same shape whole units apart (SciPy agrees on both).
    ShapiroWilk flat = ShapiroWilk.of(5, 5, 5, 5, 5.000001);
    ShapiroWilk whole = ShapiroWilk.of(0, 0, 0, 0, 1);
    assertEquals(whole.statistic(), flat.statistic(), 1e-9);
    assertEquals(whole.pValue(), flat.pValue(), 1e-9);
    // Even when the only difference is the last binary digit.
    ShapiroWilk lastDigit = ShapiroWilk.of(1, 1, 1, 1, Math.nextUp(1.0));
    assertEquals(whole.statistic(), lastDigit.statistic(), 1e-12);
  }

  @Test
  void aRangeBelowScipysThresholdIsComputedAsTheSameSampleScaledUp() {
    // SciPy calls a range below 1e-19 zero and returns W = 1, p = 1; peelkit computes it.
    double[] tiny = {3e-300, 1e-300, 4e-300, 1.5e-300, 9e-300, 2e-300};
    double[] large = Arrays.stream(tiny).map(v -> v * 1e300).toArray();
    ShapiroWilk small = ShapiroWilk.of(tiny);
    ShapiroWilk scaled = ShapiroWilk.of(large);
    assertEquals(scaled.statistic(), small.statistic(), 1e-12);
    assertEquals(scaled.pValue(), small.pValue(), 1e-12);
    assertNotEquals(1.0, small.statistic());
  }

  @Test
  void valuesNearTheLargestDoubleDoNotOverflow() {
    double max = Double.MAX_VALUE;
    ShapiroWilk huge = ShapiroWilk.of(-max, max, 0, max / 2, -max / 4);
    ShapiroWilk plain = ShapiroWilk.of(-4, 4, 0, 2, -1);
    assertEquals(plain.statistic(), huge.statistic(), 1e-12);
    assertEquals(plain.pValue(), huge.pValue(), 1e-12);
  }

  @Test
  void subnormalValuesAreTested() {
    ShapiroWilk test = ShapiroWilk.of(Double.MIN_VALUE, 0, 2 * Double.MIN_VALUE, 7 * Double.MIN_VALUE);
    ShapiroWilk whole = ShapiroWilk.of(1, 0, 2, 7);
    assertEquals(whole, test);
  }

  @Test
  void rejectsNormalityBelowTheLevel() {
    ShapiroWilk skewed = ShapiroWilk.of(1, 1, 1, 1, 1, 1, 2);
    assertTrue(skewed.rejectsNormalityAt(0.05));
    assertFalse(ShapiroWilk.of(1, 2, 3).rejectsNormalityAt(0.05));
    assertThrows(IllegalArgumentException.class, () -> skewed.rejectsNormalityAt(0));
    assertThrows(IllegalArgumentException.class, () -> skewed.rejectsNormalityAt(1));
    assertThrows(IllegalArgumentException.class, () -> skewed.rejectsNormalityAt(Double.NaN));
  }

  @Test
  void isAValue() {
    ShapiroWilk one = ShapiroWilk.of(0.1, 0.2, 0.9, 0.4);
    ShapiroWilk same = ShapiroWilk.of(0.9, 0.4, 0.2, 0.1);
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertNotEquals(one, ShapiroWilk.of(0.1, 0.2, 0.9, 0.5));
    assertTrue(one.toString().startsWith("ShapiroWilk[n=4, W=0."), one::toString);
  }

  @Test
  void coefficientsOfBothHalvesHaveSquaresSummingToOne() {
    for (int n : new int[] {3, 4, 5, 6, 7, 11, 12, 43, 100, 5000}) {
      double sum = Arrays.stream(Royston.coefficients(n)).map(a -> 2 * a * a).sum();
      assertEquals(1.0, sum, 1e-12, "n = " + n);
    }
  }

  @Test
  void normalScoresAreCloseToTheExactQuantiles() {
    // AS 111 to about seven digits in the centre; exact values from SciPy's norm.ppf.
    assertEquals(-1.6448536269514729, NormalScores.quantile(0.05), 1e-6);
    assertEquals(-0.6744897501960817, NormalScores.quantile(0.25), 1e-7);
    assertEquals(0.0, NormalScores.quantile(0.5));
    assertEquals(2.3263478740408408, NormalScores.quantile(0.99), 1e-5);
  }
}
