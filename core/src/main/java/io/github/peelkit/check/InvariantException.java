package io.github.peelkit.check;

import java.util.List;

/**
 * Thrown when a value would break the rules of the model; nothing is built.
 *
 * <p>The exception carries every {@linkplain #violations() violation} the value's check found, not
 * only the first, so that a reader of a file can report each at its place. The message is that of
 * the first, with its "did you mean" when it has one; the accessors name the first violation's
 * {@linkplain #invariant() invariant} (for example {@code successes <= size}), {@linkplain
 * #attribute() attribute} (for example {@code successes}, or {@code judgments[2].grade} for a
 * nested one), {@linkplain #value() rejected value} and stable {@linkplain #code() code}.
 */
public sealed class InvariantException extends PeelkitException permits MissingAttributeException {
  private static final long serialVersionUID = 2L;

  /** Every violation found, the first of which the message describes; a list of serialisable values. */
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations every violation found, at least one; the message is the first one's
   * @throws IllegalArgumentException when there is no violation
   */
  public InvariantException(List<Violation> violations) {
    this(message(violations), violations);
  }

  /**
   * Creates the exception with a message of its own, for a subtype that words several violations
   * as one.
   *
   * @param message the message
   * @param violations every violation found, at least one
   */
  InvariantException(String message, List<Violation> violations) {
    super(message);
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invariant exception needs at least one violation");
    }
    this.violations = List.copyOf(violations);
  }

  private static String message(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("an invariant exception needs at least one violation");
    }
    Violation first = violations.get(0);
    return first.suggestion().map(s -> first.message() + "; did you mean '" + s + "'?").orElse(first.message());
  }

  /** {@return every violation found, in the order the check found them; the message is the first one's} */
  public List<Violation> violations() {
    return violations;
  }

  /** {@return the code of the first violation} */
  public ModelCode code() {
    return violations.get(0).code();
  }

  /** {@return the invariant the first violation breaks, in a few words, such as {@code successes <= size}} */
  public String invariant() {
    return violations.get(0).invariant();
  }

  /** {@return the attribute, or path of attributes, that holds the first offending value} */
  public String attribute() {
    return violations.get(0).path();
  }

  /** {@return the first offending value as text} */
  public String value() {
    return violations.get(0).value();
  }

  /**
   * Returns a copy whose violations are placed under a parent path, so that an invariant broken
   * deep inside a value can be reported at its full path.
   *
   * @param parent the path of the value that holds the attribute, such as {@code judgments[2]}
   * @return an exception whose every violation has the path {@code parent.path}
   */
  public InvariantException under(String parent) {
    InvariantException moved = new InvariantException(violations.stream().map(v -> v.under(parent)).toList());
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
