package io.github.peelkit.evidence;

import io.github.peelkit.check.NumberRules;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * A peer figure a measure is compared with, such as the rate across all forces in England and
 * Wales, in the same unit as the measure.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Comparison {
  Comparison() {}

  /** {@return who the figure is for, such as {@code England and Wales}} */
  public abstract String name();

  /** {@return the peer figure, in the unit of the measure} */
  public abstract BigDecimal value();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a peer comparison.
   *
   * @param name who the figure is for
   * @param value the figure
   * @return the comparison
   */
  public static Comparison of(String name, BigDecimal value) {
    return builder().name(name).value(value).build();
  }

  /** {@return a builder for a peer comparison} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.notBlank(found, "name", name());
    found.add(NumberRules.checkUsable("value", value()));
    found.throwIfAny();
  }

  /** {@return the name and the value: {@code England and Wales: 0.71}} */
  @Override
  public String toString() {
    return name() + ": " + NumberRules.shown(value());
  }

  /** Builds a peer comparison. */
  public static final class Builder extends ImmutableComparison.Builder {
    Builder() {}
  }
}
