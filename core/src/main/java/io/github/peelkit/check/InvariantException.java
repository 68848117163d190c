package io.github.peelkit.check;

import java.util.Objects;

/**
 * Thrown when a value would break one of its invariants; nothing is built.
 *
 * <p>The exception names the {@linkplain #invariant() invariant} that failed (for example {@code
 * successes <= size}), the {@linkplain #attribute() attribute} that holds the offending value (for
 * example {@code successes}, or {@code judgments[2].grade} for a nested one), the {@linkplain
 * #value() rejected value} as text, and the stable {@linkplain #code() code} a loader reports it
 * under. The message says all of this in one sentence.
 */
public final class InvariantException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problem code a loader reports this under. */
  private final ModelCode code;

  /** The invariant that failed. */
  private final String invariant;

  /** The attribute, or path of attributes, holding the offending value. */
  private final String attribute;

  /** The offending value as text. */
  private final String value;

  /**
   * Creates the exception.
   *
   * @param code the problem code a loader reports this under
   * @param invariant the invariant that failed, in a few words
   * @param attribute the attribute, or path of attributes, that holds the offending value
   * @param value the offending value, as text
   * @param message the full message, naming the invariant and the value
   */
  public InvariantException(
      ModelCode code, String invariant, String attribute, String value, String message) {
    super(message);
    this.code = Objects.requireNonNull(code, "code");
    this.invariant = Objects.requireNonNull(invariant, "invariant");
    this.attribute = Objects.requireNonNull(attribute, "attribute");
    this.value = Objects.requireNonNull(value, "value");
  }

  /** {@return the problem code a loader reports this under} */
  public ModelCode code() {
    return code;
  }

  /** {@return the invariant that failed, in a few words, such as {@code successes <= size}} */
  public String invariant() {
    return invariant;
  }

  /** {@return the attribute, or path of attributes, that holds the offending value} */
  public String attribute() {
    return attribute;
  }

  /** {@return the offending value as text} */
  public String value() {
    return value;
  }

  /**
   * Returns a copy whose attribute is placed under a parent path, so that an invariant broken
   * deep inside a value can be reported at its full path.
   *
   * @param parent the path of the value that holds the attribute, such as {@code judgments[2]}
   * @return an exception with attribute {@code parent.attribute}
   */
  public InvariantException under(String parent) {
    String path = attribute.isEmpty() ? parent : attribute.startsWith("[") ? parent + attribute : parent + "." + attribute;
    InvariantException moved = new InvariantException(code, invariant, path, value, getMessage());
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
