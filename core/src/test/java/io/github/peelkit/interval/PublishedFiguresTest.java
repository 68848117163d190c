package io.github.peelkit.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PublishedFiguresTest {
  private static final IntervalMethod WALD = IntervalMethod.WALD;

  private static PublishedFigures figures(String estimate, String margin) {
    return PublishedFigures.of(new BigDecimal(estimate), new BigDecimal(margin));
  }

  @Test
  void theInspectoratesFiguresFit168Of196() {
    FiguresCheck check = figures("0.857", "0.049").check(168, 196, 0.95, WALD);
    assertTrue(check.isConsistent());
    assertTrue(check.isEstimateConsistent());
    assertTrue(check.isMarginConsistent());
    assertEquals(168.0 / 196, check.computedEstimate());
    assertEquals(0.048988894656687, check.computedMargin(), 1e-12);
    assertEquals("published 0.857 ± 0.049 fits 168 of 196 (wald, 95%): estimate 0.857143, margin 0.048989", check.explanation());
  }

  @Test
  void anEstimatePublishedToTwoDecimalsFitsAtThatPrecision() {
    assertTrue(figures("0.86", "0.049").check(168, 196, 0.95, WALD).isConsistent());
    assertTrue(figures("0.86", "0.05").check(168, 196, 0.95, WALD).isConsistent());
    assertFalse(figures("0.85", "0.049").check(168, 196, 0.95, WALD).isConsistent());
  }

  @Test
  void aWrongEstimateIsInconsistentAndSaysWhatItShouldHaveBeen() {
    FiguresCheck check = figures("0.850", "0.049").check(168, 196, 0.95, WALD);
    assertFalse(check.isConsistent());
    assertFalse(check.isEstimateConsistent());
    assertTrue(check.isMarginConsistent());
    assertEquals(
        "published 0.850 ± 0.049 does not fit 168 of 196 (wald, 95%): its estimate 0.857143 would be published as 0.857;"
            + " check the successes, size, level and method",
        check.explanation());
  }

  @Test
  void aWrongMarginIsInconsistent() {
    FiguresCheck check = figures("0.857", "0.039").check(168, 196, 0.95, WALD);
    assertTrue(check.isEstimateConsistent());
    assertFalse(check.isMarginConsistent());
    assertEquals(
        "published 0.857 ± 0.039 does not fit 168 of 196 (wald, 95%): its margin 0.048989 would be published as 0.049;"
            + " check the successes, size, level and method",
        check.explanation());
  }

  @Test
  void bothWrongAreNamedInOneLine() {
    FiguresCheck check = figures("0.855", "0.039").check(168, 196, 0.95, WALD);
    assertEquals(
        "published 0.855 ± 0.039 does not fit 168 of 196 (wald, 95%): its estimate 0.857143 would be published as 0.857"
            + " and its margin 0.048989 would be published as 0.049; check the successes, size, level and method",
        check.explanation());
    assertFalse(check.explanation().contains("\n"));
  }

  @Test
  void theMarginDependsOnTheMethodAndLevel() {
    assertFalse(figures("0.857", "0.049").check(168, 196, 0.95, IntervalMethod.CLOPPER_PEARSON).isConsistent());
    assertFalse(figures("0.857", "0.049").check(168, 196, 0.99, WALD).isConsistent());
    assertTrue(figures("0.857", "0.064").check(168, 196, 0.99, WALD).isConsistent());
  }

  @Test
  void anEstimateWithoutMarginIsCheckedAlone() {
    PublishedFigures estimate = PublishedFigures.of(new BigDecimal("0.786"));
    FiguresCheck check = estimate.check(22, 28, 0.95, WALD);
    assertTrue(check.isConsistent());
    assertEquals(Optional.empty(), estimate.margin());
    assertEquals("published 0.786 fits 22 of 28 (wald, 95%): estimate 0.785714", check.explanation());
  }

  @Test
  void aClippedWaldMarginFitsAsPrintedOrAsHalfWidth() {
    assertTrue(figures("0.986", "0.028").check(68, 69, 0.95, WALD).isConsistent());
    assertTrue(figures("0.986", "0.021").check(68, 69, 0.95, WALD).isConsistent());
    FiguresCheck check = figures("0.986", "0.030").check(68, 69, 0.95, WALD);
    assertFalse(check.isConsistent());
    assertEquals(
        "published 0.986 ± 0.030 does not fit 68 of 69 (wald, 95%): its margin 0.028199 (half-width 0.021346 after clipping)"
            + " would be published as 0.028; check the successes, size, level and method",
        check.explanation());
  }

  @Test
  void aPopulationCorrectionNarrowsTheMarginItIsCheckedAgainst() {
    PublishedFigures published = figures("0.857", "0.049");
    FiguresCheck corrected = published.check(168, 196, 1000, 0.95, WALD);
    assertFalse(corrected.isMarginConsistent());
    assertTrue(corrected.explanation().contains("168 of 196 from a population of 1000 (wald, 95%)"), corrected.explanation());
    assertTrue(figures("0.857", "0.044").check(168, 196, 1000, 0.95, WALD).isConsistent());
  }

  @Test
  void aValueExactlyHalfwayFitsEitherNeighbour() {
    // 343/400 = 0.8575 exactly: half-up and half-even both give 0.858; half a unit either side also admits 0.857.
    assertTrue(PublishedFigures.of(new BigDecimal("0.858")).check(343, 400, 0.95, WALD).isConsistent());
    assertTrue(PublishedFigures.of(new BigDecimal("0.857")).check(343, 400, 0.95, WALD).isConsistent());
    assertFalse(PublishedFigures.of(new BigDecimal("0.856")).check(343, 400, 0.95, WALD).isConsistent());
    assertFalse(PublishedFigures.of(new BigDecimal("0.859")).check(343, 400, 0.95, WALD).isConsistent());
  }

  @Test
  void trailingZerosMakeAFigureMorePrecise() {
    assertTrue(PublishedFigures.of(new BigDecimal("0.857")).check(168, 196, 0.95, WALD).isConsistent());
    assertFalse(PublishedFigures.of(new BigDecimal("0.8570")).check(168, 196, 0.95, WALD).isConsistent());
    assertFalse(PublishedFigures.of(new BigDecimal("0.857")).equals(PublishedFigures.of(new BigDecimal("0.8570"))));
  }

  @Test
  void refusesAPercentageGivenAsAnEstimate() {
    InvariantException e = assertThrows(InvariantException.class, () -> figures("85.7", "0.049"));
    assertEquals(ModelCode.IMPOSSIBLE_EVIDENCE, e.code());
    assertEquals("estimate", e.attribute());
    assertEquals("85.7", e.value());
    assertEquals("0 <= estimate <= 1: estimate 85.7 is not a proportion (give a proportion, such as 0.857 for 85.7%)", e.getMessage());
  }

  @Test
  void refusesANegativeMargin() {
    InvariantException e = assertThrows(InvariantException.class, () -> figures("0.857", "-0.049"));
    assertEquals(ModelCode.IMPOSSIBLE_EVIDENCE, e.code());
    assertEquals("margin", e.attribute());
    assertEquals("0 <= margin <= 1", e.invariant());
  }

  @Test
  void refusesAnImpossibleSampleWhenChecking() {
    InvariantException e = assertThrows(InvariantException.class, () -> figures("0.857", "0.049").check(30, 28, 0.95, WALD));
    assertEquals("successes <= size: successes 30 is greater than size 28", e.getMessage());
  }

  @Test
  void theInspectoratesFiguresFitSize196() {
    PublishedFigures published = figures("0.857", "0.049");
    List<Long> sizes = published.fittingSizes(0.95, WALD, 100_000);
    assertEquals(List.of(196L), sizes);
    assertEquals(List.of(168L), published.fittingSuccesses(196, 0.95, WALD));
  }

  @Test
  void aReviewWhoseSizeWasNotPublishedFitsAbout200Records() {
    // "85.5 percent (with a confidence interval of +/- 4.9 percent)", the 2019 review.
    PublishedFigures published = figures("0.855", "0.049");
    List<Long> sizes = published.fittingSizes(0.95, WALD, 100_000);
    assertEquals(List.of(200L), sizes);
    assertEquals(List.of(171L), published.fittingSuccesses(200, 0.95, WALD));
  }

  @ParameterizedTest
  @EnumSource(IntervalMethod.class)
  void fittingSizesAreAscendingAndEachHasAFittingNumberOfSuccesses(IntervalMethod method) {
    PublishedFigures published = figures("0.86", "0.05");
    List<Long> sizes = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> published.fittingSizes(0.95, method, 100_000));
    assertFalse(sizes.isEmpty(), method.id());
    for (int i = 1; i < sizes.size(); i++) {
      assertTrue(sizes.get(i - 1) < sizes.get(i), sizes::toString);
    }
    for (long n : sizes) {
      List<Long> successes = published.fittingSuccesses(n, 0.95, method);
      assertFalse(successes.isEmpty(), () -> method.id() + " n = " + n);
      for (long k : successes) {
        assertTrue(published.check(k, n, 0.95, method).isConsistent(), () -> method.id() + " " + k + "/" + n);
      }
    }
  }

  @Test
  void fittingSizesWithAPopulationStopAtIt() {
    PublishedFigures published = figures("0.857", "0.044");
    List<Long> sizes = published.fittingSizes(1000, 0.95, WALD, 100_000);
    assertTrue(sizes.contains(196L), sizes::toString);
    assertTrue(sizes.stream().allMatch(n -> n <= 1000), sizes::toString);
    assertEquals(List.of(168L), published.fittingSuccesses(196, 1000, 0.95, WALD));
  }

  @Test
  void withoutAMarginEverySizeWithAFittingEstimateFits() {
    List<Long> sizes = PublishedFigures.of(new BigDecimal("0.857")).fittingSizes(0.95, WALD, 50);
    assertEquals(List.of(7L, 14L, 21L, 28L, 35L, 42L, 49L), sizes);
    assertEquals(List.of(6L), PublishedFigures.of(new BigDecimal("0.857")).fittingSuccesses(7, 0.95, WALD));
  }

  @Test
  void figuresThatNoSampleCouldGiveFitNoSize() {
    assertEquals(List.of(), figures("0.001", "0.200").fittingSizes(0.95, WALD, 10_000));
    assertEquals(List.of(), figures("0.500", "0.600").fittingSizes(0.95, WALD, 10_000));
  }

  @Test
  void refusesAnInvalidSearch() {
    PublishedFigures published = figures("0.857", "0.049");
    assertEquals("maxSize", assertThrows(InvariantException.class, () -> published.fittingSizes(0.95, WALD, 0)).attribute());
    assertEquals("level", assertThrows(InvariantException.class, () -> published.fittingSizes(1.0, WALD, 10)).attribute());
    assertEquals("population", assertThrows(InvariantException.class, () -> published.fittingSizes(0, 0.95, WALD, 10)).attribute());
    assertEquals("size", assertThrows(InvariantException.class, () -> published.fittingSuccesses(0, 0.95, WALD)).attribute());
    assertEquals("population", assertThrows(InvariantException.class, () -> published.fittingSuccesses(196, 100, 0.95, WALD)).attribute());
  }
}
