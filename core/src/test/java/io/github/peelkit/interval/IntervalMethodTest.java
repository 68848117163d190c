package io.github.peelkit.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IntervalMethodTest {
  @Test
  void hasTheSixIdsOfTheSpecificationInOrder() {
    List<String> ids = Arrays.stream(IntervalMethod.values()).map(IntervalMethod::id).collect(Collectors.toList());
    assertEquals(List.of("wald", "wilson", "wilson-cc", "agresti-coull", "clopper-pearson", "jeffreys"), ids);
  }

  @Test
  void parsesEveryIdIgnoringCase() {
    for (IntervalMethod method : IntervalMethod.values()) {
      assertEquals(method, IntervalMethod.parse(method.id()));
      assertEquals(method, IntervalMethod.parse(method.id().toUpperCase(java.util.Locale.ROOT)));
    }
    assertEquals(IntervalMethod.CLOPPER_PEARSON, IntervalMethod.parse("Clopper-Pearson"));
  }

  @Test
  void refusesAnUnknownIdListingTheValidOnes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> IntervalMethod.parse("wilson_cc"));
    assertEquals(
        "unknown interval method 'wilson_cc'; valid methods are wald, wilson, wilson-cc, agresti-coull, clopper-pearson, jeffreys",
        e.getMessage());
  }

  @Test
  void findsNothingForAnUnknownIdOrAnEnumConstantName() {
    assertEquals(Optional.empty(), IntervalMethod.find("exact"));
    assertEquals(Optional.empty(), IntervalMethod.find("WILSON_CC"));
    assertEquals(Optional.of(IntervalMethod.WILSON_CC), IntervalMethod.find("WILSON-CC"));
  }

  @Test
  void computesTheIntervalOfASample() {
    ConfidenceInterval interval = IntervalMethod.WILSON.interval(22, 28, 0.95);
    assertEquals(IntervalMethod.WILSON, interval.method());
    assertEquals(ConfidenceInterval.of(22, 28, 0.95, IntervalMethod.WILSON), interval);
    assertTrue(IntervalMethod.WALD.interval(168, 196, 1000, 0.95).population().isPresent());
  }
}
