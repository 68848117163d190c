package io.github.peelkit.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.InvariantException;
import java.util.function.Supplier;

/** Checks shared by the value types; each failure names the invariant, attribute and value. */
public final class Invariants {
  private Invariants() {}

  /**
   * Throws unless the condition holds.
   *
   * @param condition the invariant's truth
   * @param code the code to report a failure under
   * @param invariant the invariant in a few words
   * @param attribute the attribute holding the value
   * @param value the value
   * @param message the message
   */
  public static void require(
      boolean condition, ModelCode code, String invariant, String attribute, Object value, String message) {
    if (!condition) {
      throw new InvariantException(code, invariant, attribute, String.valueOf(value), message);
    }
  }

  /**
   * Throws unless the condition holds, making the message only then: for the checks every value
   * built goes through, where writing a message that is thrown away costs more than the check.
   *
   * @param condition the invariant's truth
   * @param code the code to report a failure under
   * @param invariant the invariant in a few words
   * @param attribute the attribute holding the value
   * @param value the value
   * @param message makes the message
   */
  public static void require(
      boolean condition, ModelCode code, String invariant, String attribute, Object value, Supplier<String> message) {
    if (!condition) {
      throw new InvariantException(code, invariant, attribute, String.valueOf(value), message.get());
    }
  }

  /**
   * Builds the exception for a broken invariant, for callers that throw it themselves.
   *
   * @param code the code to report it under
   * @param invariant the invariant in a few words
   * @param attribute the attribute holding the value
   * @param value the value
   * @param message the message
   * @return the exception
   */
  public static InvariantException violation(
      ModelCode code, String invariant, String attribute, Object value, String message) {
    return new InvariantException(code, invariant, attribute, String.valueOf(value), message);
  }
}
