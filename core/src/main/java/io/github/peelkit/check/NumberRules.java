package io.github.peelkit.check;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The rule every number of the model keeps, and how messages show a number: the checks look only at
 * a number's precision and scale, never at its digits written out, so that {@code 1e999999999} costs
 * no more to check or to quote than {@code 1e9}.
 *
 * <p>A {@link BigDecimal} holds its exponent in an {@code int}: eleven characters can stand for a
 * billion digits, which writing out, rescaling or turning into a {@code BigInteger} would build in
 * memory. The model takes numbers that have at most {@value #MAX_DIGITS} digits written out in full
 * (no inspection figure comes near), so that everything done with them later stays cheap.
 * Free-form extension numbers are not model numbers and are kept whatever their exponent.
 */
public final class NumberRules {
  /** The most digits a number of the model has when written out in full. */
  public static final int MAX_DIGITS = 1_000;

  /** A number of the model has at most {@value #MAX_DIGITS} digits written out. */
  public static final Rule USABLE = Rule.of(ModelCode.INVALID_VALUE, "a number has at most 1000 digits written out");

  /** Numbers of at most this many digits written out are shown that way; longer ones as scientific notation. */
  private static final int PLAIN_SHOWN = 24;

  private NumberRules() {}

  /**
   * How many digits a number has written out in full ({@code 1e9} has 10, {@code 0.005} has 4),
   * computed from its precision and scale alone.
   *
   * @param value the number
   * @return the count of its digits written out, leading zero included
   */
  public static long digitsWrittenOut(BigDecimal value) {
    long precision = value.precision();
    long scale = value.scale();
    return scale <= 0 ? precision - scale : Math.max(precision - scale, 1) + scale;
  }

  /**
   * Whether the model can take a number: written out, it has at most {@value #MAX_DIGITS} digits.
   *
   * @param value the number
   * @return whether it is usable
   */
  public static boolean isUsable(BigDecimal value) {
    return digitsWrittenOut(value) <= MAX_DIGITS;
  }

  /**
   * Checks that the model can take a number.
   *
   * @param attribute the attribute holding it, for the path and the message
   * @param value the number
   * @return the violation, or empty when the number is usable
   */
  public static Optional<Violation> checkUsable(String attribute, BigDecimal value) {
    if (isUsable(value)) {
      return Optional.empty();
    }
    String shown = shown(value);
    return Optional.of(USABLE.violation(attribute, shown, unusable(attribute + " " + shown, value)));
  }

  /**
   * The message for a number the model cannot take.
   *
   * @param subject what the number is and how it was written, such as {@code atMost 1e999999999}
   * @param value the number
   * @return the message
   */
  public static String unusable(String subject, BigDecimal value) {
    return subject + " is not a number peelkit can use: written out it has " + digitsWrittenOut(value)
        + " digits, more than " + MAX_DIGITS + "; give a number of ordinary size";
  }

  /**
   * A number as a message or a display shows it: written out when that is short ({@code 0.857},
   * {@code 1000000}), otherwise in scientific notation ({@code 1E+999999999}), its digits
   * abbreviated, so that showing a number never builds more than a line.
   *
   * @param value the number
   * @return the number as text
   */
  public static String shown(BigDecimal value) {
    return digitsWrittenOut(value) <= PLAIN_SHOWN ? value.toPlainString() : Violation.abbreviate(value.toString());
  }
}
