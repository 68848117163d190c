package io.github.peelkit.check;

import java.io.Serializable;
import java.util.Objects;

/**
 * One rule of the model, such as {@code successes <= size} of a sample: its stable {@link ModelCode}
 * and the invariant in a few words. A value's check makes a {@link Violation} of the rule for each
 * offending value it finds.
 *
 * <p>Rules are constants, compared by identity. Every rule a value of the model checks is declared
 * as a {@code static final Rule} of the class that checks it, so that tools (and peelkit's own
 * tests) can list them.
 *
 * <p>Immutable, thread-safe.
 */
public final class Rule implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The code a violation of the rule is reported under. */
  private final ModelCode code;

  /** What the rule requires, in a few words. */
  private final String invariant;

  private Rule(ModelCode code, String invariant) {
    this.code = Objects.requireNonNull(code, "code");
    this.invariant = Objects.requireNonNull(invariant, "invariant");
  }

  /**
   * Declares a rule.
   *
   * @param code the code a violation is reported under
   * @param invariant what the rule requires, in a few words, such as {@code successes <= size}
   * @return the rule
   */
  public static Rule of(ModelCode code, String invariant) {
    return new Rule(code, invariant);
  }

  /** {@return the code a violation of this rule is reported under} */
  public ModelCode code() {
    return code;
  }

  /** {@return what the rule requires, in a few words, such as {@code successes <= size}} */
  public String invariant() {
    return invariant;
  }

  /**
   * A violation of this rule.
   *
   * @param path the attribute, or path of attributes, that holds the offending value
   * @param value the offending value; written as text
   * @param message the message, one sentence saying what is wrong and how to fix it
   * @return the violation
   */
  public Violation violation(String path, Object value, String message) {
    return Violation.of(this, path, String.valueOf(value), message);
  }

  /** {@return the invariant and the code, such as {@code successes <= size (PK009)}} */
  @Override
  public String toString() {
    return invariant + " (" + code.id() + ")";
  }
}
