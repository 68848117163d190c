package io.github.peelkit.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.interval.PublishedFigures;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Numbers with huge exponents: checked, refused and shown by precision and scale alone, never written out. */
class NumberRulesTest {
  private static final BigDecimal HUGE = new BigDecimal("1e999999999");
  private static final BigDecimal TINY = new BigDecimal("5e-999999999");

  @Test
  void countsDigitsWrittenOutFromPrecisionAndScale() {
    assertEquals(1, NumberRules.digitsWrittenOut(new BigDecimal("0")));
    assertEquals(4, NumberRules.digitsWrittenOut(new BigDecimal("0.857")));
    assertEquals(4, NumberRules.digitsWrittenOut(new BigDecimal("0.005")));
    assertEquals(3, NumberRules.digitsWrittenOut(new BigDecimal("1.50")));
    assertEquals(10, NumberRules.digitsWrittenOut(new BigDecimal("1e9")));
    assertEquals(3, NumberRules.digitsWrittenOut(new BigDecimal("196")));
    assertEquals(1_000_000_000L, NumberRules.digitsWrittenOut(HUGE));
    assertEquals(1_000_000_000L, NumberRules.digitsWrittenOut(TINY));
    // The extremes of an int scale do not overflow the count.
    assertEquals(2_147_483_648L, NumberRules.digitsWrittenOut(new BigDecimal("-1e2147483647")));
    assertEquals(2_147_483_648L, NumberRules.digitsWrittenOut(new BigDecimal(BigInteger.ONE, Integer.MAX_VALUE)));
  }

  @Test
  void theBoundaryIsAThousandDigits() {
    assertTrue(NumberRules.isUsable(new BigDecimal("1e999")));
    assertFalse(NumberRules.isUsable(new BigDecimal("1e1000")));
    assertTrue(NumberRules.isUsable(new BigDecimal("1e-999")));
    assertFalse(NumberRules.isUsable(new BigDecimal("1e-1000")));
  }

  @Test
  void showsShortNumbersPlainAndLongOnesScientific() {
    assertEquals("0.857", NumberRules.shown(new BigDecimal("0.857")));
    assertEquals("1000000", NumberRules.shown(new BigDecimal("1e6")));
    assertEquals("1E+999999999", NumberRules.shown(HUGE));
    assertEquals("5E-999999999", NumberRules.shown(TINY));
    assertEquals("1".repeat(60) + "…", NumberRules.shown(new BigDecimal("1".repeat(900))));
  }

  @Test
  void everyModelNumberRefusesAHugeExponentQuickly() {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          InvariantException standard =
              assertThrows(InvariantException.class, () -> Standard.builder().name("s").atMost(HUGE).build());
          assertEquals(
              "atMost 1E+999999999 is not a number peelkit can use: written out it has 1000000000 digits, more than 1000;"
                  + " give a number of ordinary size",
              standard.violations().get(0).message());
          assertEquals("atLeast", assertThrows(InvariantException.class, () -> Standard.builder().name("s").atLeast(TINY).build())
              .violations().get(0).path());
          assertEquals("estimate", assertThrows(InvariantException.class, () -> Reported.of(TINY)).violations().get(0).path());
          assertEquals("estimate", assertThrows(InvariantException.class, () -> Reported.of(HUGE)).violations().get(0).path());
          assertThrows(InvariantException.class, () -> Measure.of("d", HUGE, "count"));
          assertThrows(InvariantException.class, () -> Comparison.of("England and Wales", TINY));
          assertThrows(InvariantException.class, () -> PublishedFigures.of(TINY));
        });
  }
}
