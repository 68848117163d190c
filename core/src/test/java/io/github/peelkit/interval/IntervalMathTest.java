package io.github.peelkit.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;

import org.apache.commons.statistics.interval.BinomialConfidenceInterval;
import org.apache.commons.statistics.interval.Interval;
import org.junit.jupiter.api.Test;

/**
 * Holds peelkit's formulas, used beyond {@code int} sizes and for levels whose error rate rounds
 * to 1, to Commons Statistics' methods, used everywhere else.
 */
class IntervalMathTest {
  private static final double TOLERANCE = 1e-12;

  @Test
  void ownFormulasAgreeWithCommonsStatistics() {
    qt().withExamples(2000)
        .forAll(integers().between(1, 5_000_000), doubles().between(0, 1), doubles().between(0.01, 0.999999))
        .checkAssert(
            (n, fraction, level) -> {
              int k = (int) Math.round(fraction * n);
              double alpha = 1 - level;
              agree(BinomialConfidenceInterval.WILSON_SCORE, IntervalMath.wilson(k, n, level), k, n, alpha);
              IntervalMath.Bounds agrestiCoull = IntervalMath.agrestiCoull(k, n, level);
              // Commons clips Agresti-Coull itself; peelkit clips every method after computing it.
              agree(
                  BinomialConfidenceInterval.AGRESTI_COULL,
                  IntervalMath.clip(agrestiCoull.lower(), agrestiCoull.upper()),
                  k,
                  n,
                  alpha);
              agree(BinomialConfidenceInterval.CLOPPER_PEARSON, IntervalMath.clopperPearson(k, n, alpha), k, n, alpha);
              agree(BinomialConfidenceInterval.JEFFREYS, IntervalMath.jeffreys(k, n, alpha), k, n, alpha);
            });
  }

  @Test
  void normalQuantileOfTheUsualLevels() {
    assertEquals(1.6448536269514722, IntervalMath.z(0.90), 1e-15);
    assertEquals(1.959963984540054, IntervalMath.z(0.95), 1e-15);
    assertEquals(2.5758293035489004, IntervalMath.z(0.99), 1e-15);
    assertEquals(0.0, IntervalMath.z(Double.MIN_VALUE));
  }

  @Test
  void populationCorrectionIsZeroForACensusAndOneForAnEndlessPopulation() {
    assertEquals(0.0, IntervalMath.populationCorrection(1, 1));
    assertEquals(0.0, IntervalMath.populationCorrection(196, 196));
    assertEquals(Math.sqrt(804.0 / 999), IntervalMath.populationCorrection(1000, 196), 1e-15);
    assertEquals(1.0, IntervalMath.populationCorrection(Long.MAX_VALUE, 196), 1e-15);
  }

  private static void agree(BinomialConfidenceInterval method, IntervalMath.Bounds own, int k, int n, double alpha) {
    Interval commons = method.fromErrorRate(n, k, alpha);
    String where = method + " " + k + "/" + n + " alpha " + alpha;
    assertEquals(commons.getLowerBound(), own.lower(), TOLERANCE, where);
    assertEquals(commons.getUpperBound(), own.upper(), TOLERANCE, where);
  }
}
