package io.github.peelkit.outlier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutlierOptionsTest {
  @Test
  void defaultsAreTheMethodsAsTheSpecificationReadsIt() {
    OutlierOptions defaults = OutlierOptions.defaults();
    assertEquals(0.05, defaults.alpha());
    assertEquals(LogRule.AT_LEAST_ALPHA, defaults.logRule());
    assertEquals(StandardDeviation.SAMPLE, defaults.standardDeviation());
    assertEquals(1.0, defaults.threshold());
    assertEquals("OutlierOptions[alpha=0.05, logRule=at-least-alpha, standardDeviation=sample, threshold=1.0]", defaults.toString());
  }

  @Test
  void withChangesOneChoiceAndChecksIt() {
    OutlierOptions options = OutlierOptions.defaults().withAlpha(0.01).withThreshold(1.5)
        .withLogRule(LogRule.MORE_NORMAL).withStandardDeviation(StandardDeviation.POPULATION);
    assertEquals(OutlierOptions.of(0.01, LogRule.MORE_NORMAL, StandardDeviation.POPULATION, 1.5), options);
    assertEquals(options.hashCode(), OutlierOptions.of(0.01, LogRule.MORE_NORMAL, StandardDeviation.POPULATION, 1.5).hashCode());
    assertNotEquals(OutlierOptions.defaults(), options);
    IllegalArgumentException percent = assertThrows(IllegalArgumentException.class, () -> options.withAlpha(5));
    assertEquals("alpha 5.0 is not strictly between 0 and 1 (give 0.05 for 5%)", percent.getMessage());
    assertThrows(IllegalArgumentException.class, () -> options.withAlpha(0));
    assertThrows(IllegalArgumentException.class, () -> options.withAlpha(Double.NaN));
    assertThrows(IllegalArgumentException.class, () -> options.withThreshold(0));
    assertThrows(IllegalArgumentException.class, () -> options.withThreshold(-1));
    assertThrows(IllegalArgumentException.class, () -> options.withThreshold(Double.POSITIVE_INFINITY));
    assertThrows(NullPointerException.class, () -> options.withLogRule(null));
  }

  @Test
  void idsAreTheSpecificationsWords() {
    assertEquals("at-least-alpha", LogRule.AT_LEAST_ALPHA.id());
    assertEquals("more-normal", LogRule.MORE_NORMAL.id());
    assertEquals(Optional.of(LogRule.MORE_NORMAL), LogRule.find(" More-Normal "));
    assertEquals(Optional.empty(), LogRule.find("normal"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LogRule.parse("normal"));
    assertEquals("unknown log rule 'normal': expected at-least-alpha or more-normal", e.getMessage());
    assertEquals(StandardDeviation.POPULATION, StandardDeviation.parse("population"));
    assertThrows(IllegalArgumentException.class, () -> StandardDeviation.parse("n-1"));
    assertEquals("well-above", Flag.WELL_ABOVE.id());
    assertEquals("well-below", Flag.WELL_BELOW.id());
    assertEquals("within", Flag.WITHIN.id());
    assertEquals("log", ValueScale.LOG.id());
    assertEquals("not-all-positive", ScaleReason.NOT_ALL_POSITIVE.id());
  }
}
