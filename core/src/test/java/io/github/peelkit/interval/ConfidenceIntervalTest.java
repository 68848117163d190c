package io.github.peelkit.interval;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class ConfidenceIntervalTest {
  private static final double TOLERANCE = 1e-9;

  @Test
  void reproducesTheInspectoratesFigureFor168Of196() {
    ConfidenceInterval interval = ConfidenceInterval.of(168, 196, 0.95, IntervalMethod.WALD);
    assertEquals(0.857142857142857, interval.estimate(), 1e-15);
    assertEquals(0.0490, interval.margin(), 0.00005);
    assertEquals(0.048988894656687, interval.margin(), 1e-12);
    assertEquals(interval.margin(), interval.halfWidth(), 1e-15);
    assertEquals(0.808153962486, interval.lower(), TOLERANCE);
    assertEquals(0.906131751800, interval.upper(), TOLERANCE);
  }

  /** The seeds' samples at 95%, bounds from SciPy (see make_interval_reference.py). */
  @ParameterizedTest(name = "{0} {1} of {2}")
  @CsvSource({
    "wald, 168, 196, 0.808153962486, 0.906131751800",
    "wilson, 168, 196, 0.801278582978, 0.899276751366",
    "wilson-cc, 168, 196, 0.798428538591, 0.901425661446",
    "agresti-coull, 168, 196, 0.800809140701, 0.899746193643",
    "clopper-pearson, 168, 196, 0.800191065642, 0.902926607622",
    "jeffreys, 168, 196, 0.803060933589, 0.900773973031",
    "wald, 22, 28, 0.633730236972, 0.937698334456",
    "wilson, 22, 28, 0.604614143463, 0.897875396671",
    "wilson-cc, 22, 28, 0.585377904633, 0.909720729982",
    "agresti-coull, 22, 28, 0.601093692398, 0.901395847736",
    "clopper-pearson, 22, 28, 0.590468973494, 0.917039387612",
    "jeffreys, 22, 28, 0.610576907184, 0.905251580541",
    "wald, 54, 58, 0.865821663445, 0.996247302072",
    "wilson, 54, 58, 0.835663336856, 0.972855752982",
    "wilson-cc, 54, 58, 0.824521921275, 0.977675809462",
    "agresti-coull, 54, 58, 0.830926026430, 0.977593063409",
    "clopper-pearson, 54, 58, 0.832731867138, 0.980890688139",
    "jeffreys, 54, 58, 0.844332945086, 0.976274926239",
    "wald, 83, 90, 0.866890728688, 0.977553715756",
    "wilson, 83, 90, 0.848061398174, 0.961815184683",
    "wilson-cc, 83, 90, 0.841146906803, 0.965489492797",
    "agresti-coull, 83, 90, 0.845596178423, 0.964280404434",
    "clopper-pearson, 83, 90, 0.846293891918, 0.968157436879",
    "jeffreys, 83, 90, 0.853370451204, 0.964535989094",
    "wald, 68, 69, 0.957308557799, 1.000000000000",
    "wilson, 68, 69, 0.922368775389, 0.997437075355",
    "wilson-cc, 68, 69, 0.911113808439, 0.999243011455",
    "agresti-coull, 68, 69, 0.914849400413, 1.000000000000",
    "clopper-pearson, 68, 69, 0.921876464259, 0.999633142555",
    "jeffreys, 68, 69, 0.934269311962, 0.998431792647",
  })
  void reproducesTheSeedSamplesAtEveryMethod(String method, long k, long n, double lower, double upper) {
    ConfidenceInterval interval = IntervalMethod.parse(method).interval(k, n, 0.95);
    assertAll(
        () -> assertEquals(lower, interval.lower(), TOLERANCE, "lower"),
        () -> assertEquals(upper, interval.upper(), TOLERANCE, "upper"),
        () -> assertEquals((double) k / n, interval.estimate()),
        () -> assertEquals((upper - lower) / 2, interval.halfWidth(), TOLERANCE));
  }

  @Test
  void waldKeepsTheUnclippedMarginWhenABoundIsClipped() {
    ConfidenceInterval interval = ConfidenceInterval.of(68, 69, 0.95, IntervalMethod.WALD);
    assertEquals(1.0, interval.upper());
    assertEquals(0.028198688577, interval.margin(), TOLERANCE);
    assertEquals((1.0 - interval.lower()) / 2, interval.halfWidth());
    assertTrue(interval.margin() > interval.halfWidth());
  }

  @Test
  void waldHasZeroWidthWithNoSuccessesOrAllSuccesses() {
    ConfidenceInterval none = ConfidenceInterval.of(0, 51, 0.95, IntervalMethod.WALD);
    ConfidenceInterval all = ConfidenceInterval.of(51, 51, 0.95, IntervalMethod.WALD);
    assertEquals(0.0, none.lower());
    assertEquals(0.0, none.upper());
    assertEquals(1.0, all.lower());
    assertEquals(1.0, all.upper());
    assertEquals(0.0, all.margin());
  }

  @ParameterizedTest
  @EnumSource(value = IntervalMethod.class, names = "WALD", mode = EnumSource.Mode.EXCLUDE)
  void otherMethodsReachZeroAndOneExactlyAtTheExtremes(IntervalMethod method) {
    assertEquals(0.0, method.interval(0, 28, 0.95).lower());
    assertEquals(1.0, method.interval(28, 28, 0.95).upper());
    assertTrue(method.interval(0, 28, 0.95).upper() > 0);
    assertTrue(method.interval(28, 28, 0.95).lower() < 1);
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void handlesLevelsAtTheEdgesOfTheOpenUnitInterval(IntervalMethod method) {
    double[] levels = {Double.MIN_VALUE, 1e-300, 1e-17, 1e-9, 0.5, 1 - 1e-12, Math.nextDown(1.0)};
    long[][] samples = {{0, 1}, {1, 1}, {0, 1_000_000}, {1, 1_000_000}, {999_999, 1_000_000}, {3, 7}};
    for (double level : levels) {
      for (long[] sample : samples) {
        ConfidenceInterval interval = method.interval(sample[0], sample[1], level);
        String where = method.id() + " " + sample[0] + "/" + sample[1] + " at " + level + ": " + interval;
        assertTrue(0 <= interval.lower() && interval.lower() <= interval.upper() && interval.upper() <= 1, where);
        assertFalse(Double.isNaN(interval.margin()), where);
      }
    }
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void handlesSizesBeyondTheRangeOfAnInt(IntervalMethod method) {
    long n = 3_000_000_000L;
    for (long k : new long[] {0, 1, n / 7, n / 2, n - 1, n}) {
      ConfidenceInterval big = method.interval(k, n, 0.95);
      assertTrue(big.contains(big.estimate()), big::toString);
      assertTrue(big.halfWidth() < 1e-4, big::toString);
    }
    ConfidenceInterval largest = method.interval(Long.MAX_VALUE / 3, Long.MAX_VALUE, 0.99);
    assertEquals(1.0 / 3, largest.estimate(), 1e-15);
    assertTrue(largest.contains(largest.estimate()), largest::toString);
  }

  @Test
  void sizesEitherSideOfTheIntLimitGiveTheSameInterval() {
    // Commons Statistics computes up to Integer.MAX_VALUE, peelkit's own formulas beyond.
    long n = Integer.MAX_VALUE;
    for (IntervalMethod method : IntervalMethod.values()) {
      ConfidenceInterval below = method.interval(n / 5, n, 0.95);
      ConfidenceInterval above = method.interval(n / 5 + 1, n + 1, 0.95);
      assertEquals(below.lower(), above.lower(), 1e-9, method.id());
      assertEquals(below.upper(), above.upper(), 1e-9, method.id());
    }
  }

  @Test
  void jeffreysCanMissTheEstimateAtLowLevelsAsDocumented() {
    ConfidenceInterval low = ConfidenceInterval.of(1, 3, 1e-9, IntervalMethod.JEFFREYS);
    assertFalse(low.contains(low.estimate()), low::toString);
    assertTrue(low.withLevel(0.15).contains(low.estimate()));
  }

  @Test
  void populationCorrectionScalesTheWaldMargin() {
    ConfidenceInterval plain = ConfidenceInterval.of(168, 196, 0.95, IntervalMethod.WALD);
    ConfidenceInterval corrected = ConfidenceInterval.of(168, 196, 1000, 0.95, IntervalMethod.WALD);
    double factor = Math.sqrt((1000.0 - 196) / (1000 - 1));
    assertEquals(plain.margin() * factor, corrected.margin(), 1e-15);
    assertEquals(plain.estimate() - plain.margin() * factor, corrected.lower(), 1e-15);
    assertEquals(OptionalLong.of(1000), corrected.population());
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void populationCorrectionScalesBothDistancesFromTheEstimate(IntervalMethod method) {
    ConfidenceInterval plain = method.interval(22, 28, 0.95);
    ConfidenceInterval corrected = method.interval(22, 28, 100, 0.95);
    double factor = Math.sqrt((100.0 - 28) / (100 - 1));
    double estimate = 22.0 / 28;
    assertEquals((estimate - plain.lower()) * factor, estimate - corrected.lower(), 1e-15);
    assertEquals((plain.upper() - estimate) * factor, corrected.upper() - estimate, 1e-15);
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void aCensusHasNoSamplingError(IntervalMethod method) {
    ConfidenceInterval census = method.interval(22, 28, 28, 0.95);
    assertEquals(22.0 / 28, census.lower());
    assertEquals(22.0 / 28, census.upper());
    ConfidenceInterval single = method.interval(1, 1, 1, 0.95);
    assertEquals(1.0, single.lower());
    assertEquals(0.0, single.margin());
  }

  @Test
  void aHugePopulationBarelyChangesTheInterval() {
    ConfidenceInterval plain = ConfidenceInterval.of(83, 90, 0.95, IntervalMethod.CLOPPER_PEARSON);
    ConfidenceInterval corrected = ConfidenceInterval.of(83, 90, Long.MAX_VALUE, 0.95, IntervalMethod.CLOPPER_PEARSON);
    assertEquals(plain.lower(), corrected.lower(), 1e-15);
    assertEquals(plain.upper(), corrected.upper(), 1e-15);
  }

  @Test
  void containsIncludesItsBoundsAndRefusesNaN() {
    ConfidenceInterval interval = ConfidenceInterval.of(22, 28, 0.95, IntervalMethod.WILSON);
    assertTrue(interval.contains(interval.lower()));
    assertTrue(interval.contains(interval.upper()));
    assertTrue(interval.contains(0.75));
    assertFalse(interval.contains(0.5));
    assertFalse(interval.contains(Double.NaN));
  }

  @Test
  void withLevelAndWithMethodRecomputeTheSameSample() {
    ConfidenceInterval interval = ConfidenceInterval.of(54, 58, 100, 0.95, IntervalMethod.WALD);
    assertEquals(ConfidenceInterval.of(54, 58, 100, 0.99, IntervalMethod.WALD), interval.withLevel(0.99));
    assertEquals(ConfidenceInterval.of(54, 58, 100, 0.95, IntervalMethod.JEFFREYS), interval.withMethod(IntervalMethod.JEFFREYS));
    assertNotEquals(interval, interval.withLevel(0.9));
    assertEquals(interval.hashCode(), ConfidenceInterval.of(54, 58, 100, 0.95, IntervalMethod.WALD).hashCode());
  }

  @Test
  void rejectsSuccessesGreaterThanSize() {
    InvariantException e = refused(() -> ConfidenceInterval.of(30, 28, 0.95, IntervalMethod.WALD));
    assertEquals("successes <= size", e.invariant());
    assertEquals("successes", e.attribute());
    assertEquals("30", e.value());
    assertEquals("successes <= size: successes 30 is greater than size 28", e.getMessage());
  }

  @Test
  void rejectsNegativeSuccesses() {
    InvariantException e = refused(() -> ConfidenceInterval.of(-1, 28, 0.95, IntervalMethod.WALD));
    assertEquals("successes >= 0", e.invariant());
    assertEquals("successes", e.attribute());
    assertEquals("-1", e.value());
  }

  @Test
  void rejectsASizeThatIsNotPositive() {
    InvariantException e = refused(() -> ConfidenceInterval.of(0, 0, 0.95, IntervalMethod.WALD));
    assertEquals("size > 0", e.invariant());
    assertEquals("size", e.attribute());
    assertEquals("size > 0: size 0 is not positive", e.getMessage());
  }

  @Test
  void rejectsAPopulationSmallerThanTheSample() {
    InvariantException e = refused(() -> ConfidenceInterval.of(168, 196, 195, 0.95, IntervalMethod.WALD));
    assertEquals("population >= size", e.invariant());
    assertEquals("population", e.attribute());
    assertEquals("population >= size: population 195 is less than size 196", e.getMessage());
  }

  @Test
  void rejectsLevelsOutsideTheOpenUnitInterval() {
    for (double level : new double[] {0, 1, -0.5, 1.5, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
      InvariantException e = refused(() -> ConfidenceInterval.of(1, 2, level, IntervalMethod.JEFFREYS));
      assertEquals("0 < level < 1", e.invariant());
      assertEquals("level", e.attribute());
      assertEquals(String.valueOf(level), e.value());
    }
  }

  @Test
  void suggestsAProportionForALevelGivenAsAPercentage() {
    InvariantException e = refused(() -> ConfidenceInterval.of(1, 2, 95, IntervalMethod.WALD));
    assertEquals("0 < level < 1: level 95.0 is not strictly between 0 and 1 (give a proportion, such as 0.95 for 95%)", e.getMessage());
  }

  private static InvariantException refused(Executable executable) {
    InvariantException e = assertThrows(InvariantException.class, executable);
    assertEquals(ModelCode.IMPOSSIBLE_EVIDENCE, e.code());
    return e;
  }
}
