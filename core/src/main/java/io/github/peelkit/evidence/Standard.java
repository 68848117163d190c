package io.github.peelkit.evidence;

import io.github.peelkit.check.NumberRules;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A standard a measure is held against, such as the national standard that at least 90% of 999
 * calls are answered within ten seconds: a lower bound, an upper bound, or both.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Standard {
  /** A standard sets at least one bound. */
  public static final Rule HAS_A_BOUND = Rule.of(ModelCode.MISSING_REQUIRED, "a standard has a bound");
  /** A standard's lower bound is not above its upper bound. */
  public static final Rule ORDERED_BOUNDS = Rule.of(ModelCode.INVALID_VALUE, "atLeast <= atMost");

  Standard() {}

  /** {@return the name of the standard, such as {@code national standard}} */
  public abstract String name();

  /** {@return the least value that meets the standard, when it sets one} */
  public abstract Optional<BigDecimal> atLeast();

  /** {@return the greatest value that meets the standard, when it sets one} */
  public abstract Optional<BigDecimal> atMost();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder for a standard} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a standard met by values at or above a bound.
   *
   * @param name the name
   * @param atLeast the least value that meets it
   * @return the standard
   */
  public static Standard atLeast(String name, BigDecimal atLeast) {
    return builder().name(name).atLeast(atLeast).build();
  }

  /**
   * Whether a value meets this standard, bounds included.
   *
   * @param value the value
   * @return whether it meets the standard
   */
  public boolean isMetBy(BigDecimal value) {
    return atLeast().map(b -> value.compareTo(b) >= 0).orElse(true)
        && atMost().map(b -> value.compareTo(b) <= 0).orElse(true);
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.notBlank(found, "name", name());
    atLeast().ifPresent(b -> found.add(NumberRules.checkUsable("atLeast", b)));
    atMost().ifPresent(b -> found.add(NumberRules.checkUsable("atMost", b)));
    if (atLeast().isEmpty() && atMost().isEmpty()) {
      found.add(HAS_A_BOUND.violation("atLeast", name(), "standard '" + name() + "' has no bound: give atLeast, atMost or both"));
    }
    if (atLeast().isPresent() && atMost().isPresent() && atLeast().get().compareTo(atMost().get()) > 0) {
      found.add(
          ORDERED_BOUNDS.violation(
              "atMost",
              NumberRules.shown(atMost().get()),
              "atMost " + NumberRules.shown(atMost().get()) + " is below atLeast " + NumberRules.shown(atLeast().get())));
    }
    found.throwIfAny();
  }

  /** {@return the name and the bounds: {@code national standard: at least 0.90}} */
  @Override
  public String toString() {
    return name() + ":" + atLeast().map(b -> " at least " + NumberRules.shown(b)).orElse("") + (atLeast().isPresent() && atMost().isPresent() ? " and" : "") + atMost().map(b -> " at most " + NumberRules.shown(b)).orElse("");
  }

  /** Builds a standard. */
  public static final class Builder extends ImmutableStandard.Builder {
    Builder() {}
  }
}
