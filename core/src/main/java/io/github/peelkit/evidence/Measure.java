package io.github.peelkit.evidence;

import io.github.peelkit.check.NumberRules;
import io.github.peelkit.check.Violation;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A measured value, such as the proportion of 999 calls answered within ten seconds, optionally
 * held against a {@link Standard} and compared with a peer figure.
 *
 * <p>The value is kept exactly as published. The unit is free text; the example data uses {@code
 * proportion} (a number between 0 and 1), {@code count}, {@code percent} and units of time.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract non-sealed class Measure extends Evidence {
  Measure() {}

  /** {@return the value, exactly as published} */
  public abstract BigDecimal value();

  /** {@return the unit of the value, such as {@code proportion}} */
  public abstract String unit();

  /**
   * {@return how the value bounds the true one: {@link Qualifier#EXACT} unless the report gives a
   * bound, such as {@link Qualifier#MORE_THAN} for "over 50%"}
   */
  @Value.Default
  public Qualifier qualifier() {
    return Qualifier.EXACT;
  }

  /** {@return the standard the value is held against, when there is one} */
  public abstract Optional<Standard> standard();

  /** {@return a peer figure to compare the value with, when given} */
  public abstract Optional<Comparison> comparison();

  /** {@return a builder for a measure} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a measure.
   *
   * @param description what was measured
   * @param value the value
   * @param unit the unit
   * @return the measure
   */
  public static Measure of(String description, BigDecimal value, String unit) {
    return builder().description(description).value(value).unit(unit).build();
  }

  /** {@return whether the value meets its standard, or empty when it is held against none} */
  public Optional<Boolean> meetsStandard() {
    return standard().map(s -> s.isMetBy(value()));
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    checkCommon(found);
    Checks.notBlank(found, "unit", unit());
    found.add(NumberRules.checkUsable("value", value()));
    found.throwIfAny();
  }

  /** {@return the id (or the description, shortened), the qualifier, the value and the unit: {@code emergency-calls-10s: 0.85 proportion}, {@code neighbourhoods-with-engagement: more than 0.50 proportion}} */
  @Override
  public String toString() {
    return id().orElse(Violation.abbreviate(description())) + ": "
        + (qualifier() == Qualifier.EXACT ? "" : qualifier().words() + " ") + NumberRules.shown(value()) + " " + unit();
  }

  /**
   * Returns a copy with another value, checked as any new measure is.
   *
   * @param value the value
   * @return the new measure
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Measure withValue(BigDecimal value) {
    return ImmutableMeasure.copyOf(this).withValue(value);
  }

  /** Builds a measure. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
