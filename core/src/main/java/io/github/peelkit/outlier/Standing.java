package io.github.peelkit.outlier;

import java.util.Objects;

/**
 * Where one subject stands among its peers in an {@link OutlierAnalysis}: its value, its z-score on
 * the analysis's scale, and its flag.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Standing {
  private final String subject;
  private final double value;
  private final double z;
  private final Flag flag;

  Standing(String subject, double value, double z, Flag flag) {
    this.subject = subject;
    this.value = value;
    this.z = z;
    this.flag = flag;
  }

  /** {@return the subject, as given} */
  public String subject() {
    return subject;
  }

  /** {@return the subject's value, as given (not its log)} */
  public double value() {
    return value;
  }

  /**
   * {@return the z-score: (value − mean) / sd on the analysis's scale, for the log scale (ln value −
   * mean of logs) / sd of logs; always finite}
   */
  public double z() {
    return z;
  }

  /** {@return well above when z &gt; k, well below when z &lt; −k, otherwise within} */
  public Flag flag() {
    return flag;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Standing that
        && subject.equals(that.subject)
        && Double.compare(value, that.value) == 0
        && Double.compare(z, that.z) == 0
        && flag == that.flag;
  }

  @Override
  public int hashCode() {
    return Objects.hash(subject, value, z, flag);
  }

  /** {@return the standing as {@code Standing[essex: 0.009, z=2.31, well-above]}, with full precision} */
  @Override
  public String toString() {
    return "Standing[" + subject + ": " + value + ", z=" + z + ", " + flag.id() + "]";
  }
}
