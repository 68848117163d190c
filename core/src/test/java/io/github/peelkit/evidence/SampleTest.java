package io.github.peelkit.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.interval.IntervalMethod;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SampleTest {
  private static Sample.Builder records() {
    return Sample.builder().id("stop-search-grounds-2021").description("Stop and search records with reasonable grounds recorded");
  }

  @Test
  void defaultsToWaldAtNinetyFivePercent() {
    Sample sample = Sample.of("Stop and search records, ethnic minorities", 22, 28);
    assertEquals(0.95, sample.level());
    assertEquals(IntervalMethod.WALD, sample.method());
    assertEquals(OptionalLong.of(22), sample.successes());
    assertEquals(OptionalLong.empty(), sample.population());
  }

  @Test
  void aSampleOfUnpublishedSizeNeedsItsPublishedEstimateAndMargin() {
    Sample previous =
        Sample.builder()
            .description("Stop and search records, previous review")
            .reported(Reported.of(new BigDecimal("0.855"), new BigDecimal("0.049")))
            .build();
    assertEquals(OptionalLong.empty(), previous.size());
    assertEquals(Optional.of(new BigDecimal("0.049")), previous.reported().flatMap(Reported::margin));
  }

  @Test
  void rejectsASampleWithNeitherSizeNorPublishedMargin() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> records().reported(Reported.of(new BigDecimal("0.857"))).build());
    assertEquals(ModelCode.MISSING_REQUIRED, e.code());
    assertEquals("size", e.attribute());
    assertEquals(
        "sample has no size: give size (and successes, if known), or the published estimate and margin under reported",
        e.getMessage());
  }

  @Test
  void rejectsSuccessesGreaterThanSize() {
    InvariantException e = assertThrows(InvariantException.class, () -> records().successes(30).size(28).build());
    assertEquals(ModelCode.IMPOSSIBLE_EVIDENCE, e.code());
    assertEquals("successes <= size", e.invariant());
    assertEquals("successes", e.attribute());
    assertEquals("30", e.value());
    assertEquals(
        "successes 30 is greater than size 28: a sample cannot have more successes than records", e.getMessage());
  }

  @Test
  void rejectsASizeThatIsNotPositive() {
    InvariantException e = assertThrows(InvariantException.class, () -> records().size(0).build());
    assertEquals(ModelCode.IMPOSSIBLE_EVIDENCE, e.code());
    assertEquals("size > 0", e.invariant());
    assertEquals("size 0 is not positive: a sample holds at least one record", e.getMessage());
  }

  @Test
  void rejectsNegativeSuccesses() {
    InvariantException e = assertThrows(InvariantException.class, () -> records().successes(-1).size(10).build());
    assertEquals("successes >= 0", e.invariant());
  }

  @Test
  void rejectsSuccessesWithoutSize() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> records().successes(168).reported(Reported.of(new BigDecimal("0.857"), new BigDecimal("0.049"))).build());
    assertEquals(ModelCode.MISSING_REQUIRED, e.code());
    assertEquals("successes 168 given without a size: give the number of records reviewed as size", e.getMessage());
  }

  @Test
  void rejectsAPopulationSmallerThanTheSample() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> records().successes(168).size(196).population(150).build());
    assertEquals(ModelCode.IMPOSSIBLE_EVIDENCE, e.code());
    assertEquals("population", e.attribute());
    assertEquals(
        "population 150 is smaller than size 196: a sample cannot be larger than its population", e.getMessage());
  }

  @Test
  void rejectsALevelOutsideZeroAndOne() {
    for (double level : new double[] {0, 1, 95, -0.5, Double.NaN}) {
      InvariantException e =
          assertThrows(InvariantException.class, () -> records().successes(168).size(196).level(level).build());
      assertEquals(ModelCode.IMPOSSIBLE_EVIDENCE, e.code());
      assertEquals("level", e.attribute());
    }
    InvariantException e =
        assertThrows(InvariantException.class, () -> records().successes(168).size(196).level(95).build());
    assertEquals("level 95.0 is not strictly between 0 and 1: write 95% as 0.95", e.getMessage());
  }

  @Test
  void rejectsPublishedFiguresWrittenAsPercentages() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> Reported.of(new BigDecimal("85.7"), new BigDecimal("4.9")));
    assertEquals(ModelCode.INVALID_VALUE, e.code());
    assertEquals("estimate", e.attribute());
    assertEquals("estimate 85.7 is not a proportion between 0 and 1: write 85.7 percent as 0.857", e.getMessage());
  }

  @Test
  void rejectsAnEvidenceIdThatIsNotASlug() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> Sample.builder().id("Stop Search").description("x").size(3).build());
    assertEquals(ModelCode.INVALID_VALUE, e.code());
    assertEquals("id", e.attribute());
  }

  @Test
  void stopAndSearchRecordsGiveThePublishedEightyFiveSevenPlusOrMinusFourNine() {
    Sample sample =
        records().successes(168).size(196).reported(Reported.of(new BigDecimal("0.857"), new BigDecimal("0.049"))).build();
    var interval = sample.interval().orElseThrow();
    assertEquals(0.857142857142857, interval.estimate(), 1e-15);
    assertEquals(0.049, interval.halfWidth(), 0.0005);
    assertEquals(true, sample.figuresCheck().orElseThrow().isConsistent());
  }

  @Test
  void theUnpublishedSizeOfThePreviousReviewIsTwoHundred() {
    Sample previous =
        Sample.builder()
            .description("Stop and search records, previous review")
            .reported(Reported.of(new BigDecimal("0.855"), new BigDecimal("0.049")))
            .build();
    assertEquals(java.util.List.of(200L), previous.fittingSizes(100_000));
    assertEquals(Optional.empty(), previous.interval());
    assertEquals(Optional.empty(), previous.figuresCheck());
  }

  @Test
  void aPopulationNarrowsTheInterval() {
    Sample sample = records().successes(168).size(196).population(400).build();
    Sample unlimited = records().successes(168).size(196).build();
    double corrected = sample.interval().orElseThrow().halfWidth();
    double plain = unlimited.interval().orElseThrow().halfWidth();
    assertEquals(plain * Math.sqrt((400.0 - 196) / 399), corrected, 1e-12);
  }

  @Test
  void anotherMethodAndLevelCanBeAsked() {
    Sample sample = Sample.of("Victim records", 83, 90);
    var exact = sample.interval(IntervalMethod.CLOPPER_PEARSON, 0.99).orElseThrow();
    assertEquals(IntervalMethod.CLOPPER_PEARSON, exact.method());
    assertEquals(0.99, exact.level());
    assertEquals(true, exact.lower() < 83.0 / 90 && exact.upper() > 83.0 / 90);
  }
}
