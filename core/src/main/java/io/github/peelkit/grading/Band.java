package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.Grade;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * {@code {grade: GRADE, atLeast: N}}: one band of {@link Points}: a score of at least {@code N}
 * (and below the band before) gives the grade, of the rules' result scale.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Band {
  Band() {}

  /** {@return the grade the band gives} */
  public abstract Grade grade();

  /** {@return the least score of the band: points, or a percentage for the percent basis} */
  public abstract BigDecimal atLeast();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * A band.
   *
   * @param grade the grade it gives
   * @param atLeast its least score
   * @return the band
   */
  public static Band of(Grade grade, BigDecimal atLeast) {
    return builder().grade(grade).atLeast(atLeast).build();
  }

  /**
   * A band with a whole-number bound.
   *
   * @param grade the grade it gives
   * @param atLeast its least score
   * @return the band
   */
  public static Band of(Grade grade, long atLeast) {
    return of(grade, BigDecimal.valueOf(atLeast));
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the grade and its threshold: {@code good at least 19}} */
  @Override
  public String toString() {
    return grade().id() + " at least " + atLeast().toPlainString();
  }

  /** Builds a band. */
  public static final class Builder extends ImmutableBand.Builder {
    Builder() {}
  }
}
