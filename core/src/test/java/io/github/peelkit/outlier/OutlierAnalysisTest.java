package io.github.peelkit.outlier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutlierAnalysisTest {
  /** Right-skewed rates with one far above: the values fail the test, their logs pass. */
  static Map<String, Double> skewedRates() {
    Map<String, Double> rates = new LinkedHashMap<>();
    double[] values = {0.0031, 0.0024, 0.0029, 0.0041, 0.0018, 0.0022, 0.0035, 0.0027, 0.0052, 0.0020, 0.0033, 0.0026, 0.0090};
    for (int i = 0; i < values.length; i++) {
      rates.put(i == values.length - 1 ? "essex" : String.format("peer-%02d", i + 1), values[i]);
    }
    return rates;
  }

  @Test
  void takesTheLogsWhenTheValuesFailAndTheLogsPass() {
    OutlierAnalysis analysis = OutlierAnalysis.of(skewedRates());
    assertTrue(analysis.rawTest().pValue() < 0.05, analysis.rawTest()::toString);
    assertTrue(analysis.logTest().orElseThrow().pValue() >= 0.05);
    assertEquals(ScaleReason.LOGS_NORMAL, analysis.scaleReason());
    assertEquals(ValueScale.LOG, analysis.scale());
    Standing essex = analysis.findStanding("essex").orElseThrow();
    assertEquals(Flag.WELL_ABOVE, essex.flag());
    assertEquals(0.0090, essex.value());
    assertFalse(analysis.band().contains(0.0090));
    // The band is back in the units of the values, centred on the geometric mean, not symmetric.
    Band band = analysis.band();
    assertEquals(Math.exp(analysis.mean()), band.centre(), 1e-18);
    assertEquals(band.centre() * band.centre(), band.lower() * band.upper(), 1e-15);
    assertTrue(band.upper() - band.centre() > band.centre() - band.lower());
  }

  @Test
  void keepsTheOrderOfTheInput() {
    Map<String, Double> rates = skewedRates();
    List<String> order = OutlierAnalysis.of(rates).standings().stream().map(Standing::subject).toList();
    assertEquals(List.copyOf(rates.keySet()), order);
  }

  @Test
  void aZScoreOfExactlyKIsWithinTheBand() {
    // Mean 0, sample sd 1: z is exactly -1, 0 and 1.
    OutlierAnalysis analysis = OutlierAnalysis.of(ordered("a", -1.0, "b", 0.0, "c", 1.0));
    assertEquals(List.of(-1.0, 0.0, 1.0), analysis.standings().stream().map(Standing::z).toList());
    assertEquals(3, analysis.count(Flag.WITHIN));
    assertEquals(new Band(-1, 0, 1), analysis.band());
    // The population sd is smaller, so the same values are beyond it.
    OutlierAnalysis population = OutlierAnalysis.of(
        ordered("a", -1.0, "b", 0.0, "c", 1.0), OutlierOptions.defaults().withStandardDeviation(StandardDeviation.POPULATION));
    assertEquals(Flag.WELL_BELOW, population.standings().get(0).flag());
    assertEquals(Flag.WELL_ABOVE, population.standings().get(2).flag());
    assertEquals(Math.sqrt(2.0 / 3.0), population.standardDeviation(), 1e-15);
  }

  @Test
  void aZeroMeansTheLogsAreNotTested() {
    Map<String, Double> rates = skewedRates();
    rates.put("peer-05", 0.0);
    OutlierAnalysis analysis = OutlierAnalysis.of(rates);
    assertTrue(analysis.rawTest().pValue() < 0.05);
    assertEquals(ScaleReason.NOT_ALL_POSITIVE, analysis.scaleReason());
    assertEquals(ValueScale.RAW, analysis.scale());
    assertTrue(analysis.logTest().isEmpty());
    assertEquals("a value is zero or negative, so logs could not be tested", analysis.scaleReason().description());
  }

  @Test
  void normalValuesAreUsedAsTheyAre() {
    OutlierAnalysis analysis = OutlierAnalysis.of(ordered("a", 0.81, "b", 0.86, "c", 0.79, "d", 0.84, "e", 0.83, "f", 0.88));
    assertEquals(ScaleReason.RAW_NORMAL, analysis.scaleReason());
    assertTrue(analysis.logTest().isEmpty());
    assertEquals(analysis.mean(), analysis.band().centre());
  }

  @Test
  void moreNormalTakesLogsThatFailButImprove() {
    // Two clusters far apart: the values and the logs both fail, the logs less badly.
    Map<String, Double> clusters = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      clusters.put("low-" + i, 20.0 + i % 3);
      clusters.put("high-" + i, 60.0 + i % 4);
    }
    OutlierAnalysis atLeastAlpha = OutlierAnalysis.of(clusters);
    OutlierAnalysis moreNormal = OutlierAnalysis.of(clusters, OutlierOptions.defaults().withLogRule(LogRule.MORE_NORMAL));
    double raw = atLeastAlpha.rawTest().pValue();
    double logs = atLeastAlpha.logTest().orElseThrow().pValue();
    assertTrue(raw < logs && logs < 0.05, raw + " " + logs);
    assertEquals(ScaleReason.LOGS_NOT_NORMAL, atLeastAlpha.scaleReason());
    assertEquals(ScaleReason.LOGS_MORE_NORMAL, moreNormal.scaleReason());
    assertEquals(ValueScale.LOG, moreNormal.scale());
  }

  @Test
  void logsThatRoundToOneValueAreNotTested() {
    // Positive values a unit in the last place apart near 1e300: their logs are equal.
    double big = 1e300;
    Map<String, Double> values = ordered("a", big, "b", big, "c", big, "d", Math.nextUp(big));
    OutlierAnalysis analysis = OutlierAnalysis.of(values);
    assertTrue(analysis.rawTest().pValue() < 0.05);
    assertEquals(ScaleReason.LOGS_EQUAL, analysis.scaleReason());
    assertEquals(Flag.WELL_ABOVE, analysis.findStanding("d").orElseThrow().flag());
  }

  @Test
  void refusesFewerThanThreeSubjects() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OutlierAnalysis.of(ordered("a", 1.0, "b", 2.0)));
    assertEquals("an outlier analysis needs 3 to 5000 subjects (the range of the Shapiro–Wilk test), not 2", e.getMessage());
  }

  @Test
  void refusesMoreThanFiveThousandSubjects() {
    Map<String, Double> many = new HashMap<>();
    for (int i = 0; i < 5001; i++) {
      many.put("s" + i, (double) i);
    }
    assertThrows(IllegalArgumentException.class, () -> OutlierAnalysis.of(many));
  }

  @Test
  void refusesNonFiniteValuesNamingTheSubject() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> OutlierAnalysis.of(ordered("a", 1.0, "kent", Double.NaN, "c", 2.0)));
    assertEquals("the value of subject 'kent' is NaN: every value must be a finite number", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> OutlierAnalysis.of(ordered("a", 1.0, "b", Double.POSITIVE_INFINITY, "c", 2.0)));
  }

  @Test
  void refusesConstantValues() {
    IllegalArgumentException e = assertThrows(
        IllegalArgumentException.class, () -> OutlierAnalysis.of(ordered("a", 0.5, "b", 0.5, "c", 0.5)));
    assertEquals("all 3 subjects have the same value (0.5): there is no spread to tell outliers by", e.getMessage());
  }

  @Test
  void refusesBlankSubjectsAndNulls() {
    assertThrows(IllegalArgumentException.class, () -> OutlierAnalysis.of(ordered(" ", 1.0, "b", 2.0, "c", 4.0)));
    Map<String, Double> withNull = ordered("a", 1.0, "b", 2.0, "c", 4.0);
    withNull.put("d", null);
    NullPointerException e = assertThrows(NullPointerException.class, () -> OutlierAnalysis.of(withNull));
    assertEquals("the value of subject 'd' is null", e.getMessage());
    assertThrows(NullPointerException.class, () -> OutlierAnalysis.of(null));
    assertThrows(NullPointerException.class, () -> OutlierAnalysis.of(ordered("a", 1.0, "b", 2.0, "c", 4.0), null));
  }

  @Test
  void valuesNearTheLargestDoubleGiveFiniteZScores() {
    double max = Double.MAX_VALUE;
    OutlierAnalysis analysis = OutlierAnalysis.of(ordered("a", -max, "b", max, "c", max, "d", 0.0));
    for (Standing s : analysis.standings()) {
      assertTrue(Double.isFinite(s.z()), s::toString);
    }
    assertFalse(Double.isNaN(analysis.band().lower()) || Double.isNaN(analysis.band().upper()));
    assertEquals(Flag.WITHIN, analysis.findStanding("d").orElseThrow().flag());
  }

  @Test
  void tinyAndNearlyEqualValuesGiveFiniteZScores() {
    double tiny = 0x1p-600;
    OutlierAnalysis analysis = OutlierAnalysis.of(ordered("a", tiny, "b", tiny, "c", Math.nextUp(tiny), "d", tiny));
    for (Standing s : analysis.standings()) {
      assertTrue(Double.isFinite(s.z()), s::toString);
    }
    assertTrue(analysis.standardDeviation() > 0);
    assertEquals(Flag.WELL_ABOVE, analysis.findStanding("c").orElseThrow().flag());
  }

  @Test
  void aLargeThresholdOnTheLogScaleGivesAnInfiniteUpperBoundNotNaN() {
    OutlierAnalysis analysis = OutlierAnalysis.of(skewedRates(), OutlierOptions.defaults().withThreshold(2000));
    assertEquals(Double.POSITIVE_INFINITY, analysis.band().upper());
    assertEquals(0.0, analysis.band().lower());
    assertEquals(analysis.size(), analysis.count(Flag.WITHIN));
  }

  @Test
  void isAValueWithASummary() {
    OutlierAnalysis one = OutlierAnalysis.of(skewedRates());
    OutlierAnalysis same = OutlierAnalysis.of(skewedRates());
    assertEquals(one, same);
    assertEquals(one.hashCode(), same.hashCode());
    assertNotEquals(one, OutlierAnalysis.of(skewedRates(), OutlierOptions.defaults().withThreshold(1.5)));
    assertTrue(one.toString().startsWith("OutlierAnalysis[n=13, scale=log (logs-normal), Band["), one::toString);
    assertTrue(one.toString().endsWith(" well below]"), one::toString);
    assertTrue(one.findStanding("nobody").isEmpty());
  }

  static Map<String, Double> ordered(Object... subjectsAndValues) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (int i = 0; i < subjectsAndValues.length; i += 2) {
      map.put((String) subjectsAndValues[i], (Double) subjectsAndValues[i + 1]);
    }
    return map;
  }
}
