package io.github.peelkit.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Where Wald's normal approximation fails (k = 0, k = n, fewer than 5 successes or failures) the
 * interval says so and gives Wilson's beside it. Reference values: SciPy 1.17.1,
 * {@code binomtest(k, n).proportion_ci(0.95, 'wilson')}.
 */
class IntervalEdgesTest {
  private static final double TOLERANCE = 1e-9;

  private static void assertWilson(long k, long n, double lower, double upper) {
    ConfidenceInterval wald = ConfidenceInterval.of(k, n, 0.95, IntervalMethod.WALD);
    assertFalse(wald.isReliable());
    ConfidenceInterval wilson = wald.alternative().orElseThrow();
    assertEquals(IntervalMethod.WILSON, wilson.method());
    assertEquals(lower, wilson.lower(), TOLERANCE);
    assertEquals(upper, wilson.upper(), TOLERANCE);
  }

  @Test
  void noSuccessOrNoFailureGivesWilsonBeside() {
    assertWilson(0, 12, 0.0, 0.24249400665524085);
    assertWilson(12, 12, 0.7575059933447592, 1.0);
    assertEquals(
        Optional.of("k = 0: a Wald interval has no width; n·p̂ = 0 < 5: the normal approximation is unreliable"),
        ConfidenceInterval.of(0, 12, 0.95, IntervalMethod.WALD).caveat());
    assertEquals(
        Optional.of("k = n: a Wald interval has no width; n·(1 − p̂) = 0 < 5: the normal approximation is unreliable"),
        ConfidenceInterval.of(12, 12, 0.95, IntervalMethod.WALD).caveat());
  }

  @Test
  void fewerThanFiveSuccessesOrFailuresGivesWilsonBeside() {
    assertWilson(3, 40, 0.025836025774588198, 0.19864233524310543);
    assertWilson(38, 40, 0.8349612263085903, 0.9861793326138516);
    assertEquals(
        Optional.of("n·(1 − p̂) = 2 < 5: the normal approximation is unreliable"),
        ConfidenceInterval.of(38, 40, 0.95, IntervalMethod.WALD).caveat());
  }

  @Test
  void theInspectoratesFiguresAreReliable() {
    ConfidenceInterval grounds = ConfidenceInterval.of(168, 196, 0.95, IntervalMethod.WALD);
    assertTrue(grounds.isReliable());
    assertEquals(Optional.empty(), grounds.caveat());
    assertEquals(Optional.empty(), grounds.alternative());
    assertTrue(ConfidenceInterval.of(5, 10, 0.95, IntervalMethod.WALD).isReliable(), "5 and 5: the rule is met");
    assertTrue(ConfidenceInterval.of(0, 12, 0.95, IntervalMethod.WILSON).isReliable(), "Wilson is not Wald");
  }
}
