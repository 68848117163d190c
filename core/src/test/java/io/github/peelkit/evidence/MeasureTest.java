package io.github.peelkit.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MeasureTest {
  private static final Standard NINETY_PERCENT = Standard.atLeast("national standard", new BigDecimal("0.90"));

  private static Measure calls(String value) {
    return Measure.builder()
        .id("emergency-calls-10s")
        .description("999 calls answered within ten seconds")
        .value(new BigDecimal(value))
        .unit("proportion")
        .standard(NINETY_PERCENT)
        .build();
  }

  @Test
  void emergencyCallsMissedTheNinetyPercentStandardInBothYears() {
    assertEquals(Optional.of(false), calls("0.89").meetsStandard());
    assertEquals(Optional.of(false), calls("0.85").meetsStandard());
  }

  @Test
  void aValueOnTheBoundaryMeetsTheStandard() {
    assertEquals(Optional.of(true), calls("0.90").meetsStandard());
    assertEquals(Optional.of(true), calls("0.9").meetsStandard());
    assertEquals(Optional.of(false), calls("0.8999999").meetsStandard());
  }

  @Test
  void aMeasureWithoutStandardMeetsNone() {
    Measure outcome17 =
        Measure.builder()
            .description("Crimes closed with outcome 17, time limit for prosecution expired")
            .value(new BigDecimal("0.009"))
            .unit("proportion")
            .comparison(Comparison.of("all forces in England and Wales", new BigDecimal("0.003")))
            .build();
    assertEquals(Optional.empty(), outcome17.meetsStandard());
    assertEquals(new BigDecimal("0.003"), outcome17.comparison().orElseThrow().value());
  }

  @Test
  void keepsTheValueExactlyAsPublished() {
    assertEquals("0.90", calls("0.90").standard().orElseThrow().atLeast().orElseThrow().toPlainString());
    assertEquals("0.89", calls("0.89").value().toPlainString());
  }

  @Test
  void rejectsAStandardWithoutBound() {
    InvariantException e = assertThrows(InvariantException.class, () -> Standard.builder().name("target").build());
    assertEquals(ModelCode.MISSING_REQUIRED, e.code());
    assertEquals("standard 'target' has no bound: give atLeast, atMost or both", e.getMessage());
  }

  @Test
  void rejectsAStandardWhoseBoundsCross() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> Standard.builder().name("band").atLeast(new BigDecimal("0.9")).atMost(new BigDecimal("0.8")).build());
    assertEquals("atMost", e.attribute());
    assertEquals("atMost 0.8 is below atLeast 0.9", e.getMessage());
  }

  @Test
  void rejectsABlankUnit() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> Measure.of("Detective posts filled", new BigDecimal("0.54"), ""));
    assertEquals("unit", e.attribute());
  }
}
