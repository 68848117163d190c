package io.github.peelkit.grading;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;

/**
 * The score {@link Points} give a combination of inputs: the total of their points, the greatest
 * total the inputs can reach, and for the {@linkplain Basis#PERCENT percent basis} the exact
 * percentage {@code 100 × total / maximum}, kept as a fraction: 7 of 18 points are 350/9 percent,
 * 38 8/9%, and never rounded.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Score {
  private static final BigInteger HUNDRED = BigInteger.valueOf(100);

  private final Basis basis;
  private final BigDecimal total;
  private final BigDecimal maximum;
  private final BigInteger numerator;
  private final BigInteger denominator;

  private Score(Basis basis, BigDecimal total, BigDecimal maximum) {
    this.basis = Objects.requireNonNull(basis, "basis");
    this.total = plain(total);
    this.maximum = plain(maximum);
    if (maximum.signum() <= 0) {
      throw new IllegalArgumentException("the maximum total is " + maximum + ": a percentage needs a positive one");
    }
    // 100 × (t / 10^ts) / (m / 10^ms) = 100 × t × 10^ms / (m × 10^ts)
    BigInteger n = HUNDRED.multiply(unscaled(total)).multiply(BigInteger.TEN.pow(Math.max(0, maximum.scale())));
    BigInteger d = unscaled(maximum).multiply(BigInteger.TEN.pow(Math.max(0, total.scale())));
    n = n.multiply(BigInteger.TEN.pow(Math.max(0, -total.scale())));
    d = d.multiply(BigInteger.TEN.pow(Math.max(0, -maximum.scale())));
    BigInteger gcd = n.gcd(d);
    this.numerator = n.divide(gcd);
    this.denominator = d.divide(gcd);
  }

  /** The value without trailing zeros, but never in exponent form: 10, not 1E+1. */
  private static BigDecimal plain(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static BigInteger unscaled(BigDecimal value) {
    return value.unscaledValue();
  }

  /**
   * A score.
   *
   * @param basis what bands compare it by
   * @param total the total of the points
   * @param maximum the greatest total the inputs can reach, positive
   * @return the score
   */
  public static Score of(Basis basis, BigDecimal total, BigDecimal maximum) {
    return new Score(basis, total, maximum);
  }

  /** {@return what bands compare the score by} */
  public Basis basis() {
    return basis;
  }

  /** {@return the total of the inputs' points, exactly} */
  public BigDecimal total() {
    return total;
  }

  /** {@return the greatest total the inputs can reach} */
  public BigDecimal maximum() {
    return maximum;
  }

  /**
   * {@return the percentage {@code 100 × total / maximum} as an exact fraction in lowest terms:
   * {@code 75} or {@code 350/9}}
   */
  public String percent() {
    return denominator.equals(BigInteger.ONE) ? numerator.toString() : numerator + "/" + denominator;
  }

  /** {@return the percentage in words a reader can check: {@code 75%} or {@code 38 8/9%}} */
  public String percentWords() {
    if (denominator.equals(BigInteger.ONE)) {
      return numerator + "%";
    }
    BigInteger[] parts = numerator.divideAndRemainder(denominator);
    return (parts[0].signum() == 0 ? "" : parts[0] + " ") + parts[1] + "/" + denominator + "%";
  }

  /**
   * {@return the score a band compares: the total for the total basis ({@code 24}), the percentage
   * for the percent basis ({@code 75%})}
   */
  public String value() {
    return basis == Basis.TOTAL ? total.toPlainString() : percentWords();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Score that
        && basis == that.basis
        && total.compareTo(that.total) == 0
        && maximum.compareTo(that.maximum) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(basis, numerator, denominator, total);
  }

  /** {@return the score in words: {@code 24 of 36 points}, or {@code 27 of 36 points, 75%}} */
  @Override
  public String toString() {
    String points = total.toPlainString() + " of " + maximum.toPlainString() + " points";
    return basis == Basis.TOTAL ? points : points + ", " + percentWords();
  }
}
