package io.github.peelkit.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.Rule;
import java.util.function.Supplier;

/**
 * Checks of a single argument that throw at once: for API calls (statistics, look-ups, generators)
 * rather than for the values of the model, whose checks collect their {@link Violations}.
 */
public final class Invariants {
  private Invariants() {}

  /**
   * Throws unless the condition holds, making the message only then.
   *
   * @param condition the rule's truth
   * @param rule the rule
   * @param attribute the attribute holding the value
   * @param value the value
   * @param message makes the message
   * @throws InvariantException when the condition does not hold
   */
  public static void require(boolean condition, Rule rule, String attribute, Object value, Supplier<String> message) {
    if (!condition) {
      throw rule.violation(attribute, value, message.get()).toException();
    }
  }
}
