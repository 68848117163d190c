package io.github.peelkit.evidence;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Invariants;
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
public abstract class Standard implements Extensible {
  Standard() {}

  /** {@return the name of the standard, such as {@code national standard}} */
  public abstract String name();

  /** {@return the least value that meets the standard, when it sets one} */
  public abstract Optional<BigDecimal> atLeast();

  /** {@return the greatest value that meets the standard, when it sets one} */
  public abstract Optional<BigDecimal> atMost();

  @Override
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
    Checks.notBlank("name", name());
    Invariants.require(
        atLeast().isPresent() || atMost().isPresent(),
        ModelCode.MISSING_REQUIRED,
        "a standard has a bound",
        "atLeast",
        name(),
        () -> "standard '" + name() + "' has no bound: give atLeast, atMost or both");
    if (atLeast().isPresent() && atMost().isPresent()) {
      Invariants.require(
          atLeast().get().compareTo(atMost().get()) <= 0,
          ModelCode.INVALID_VALUE,
          "atLeast <= atMost",
          "atMost",
          atMost().get().toPlainString(),
          () -> "atMost " + atMost().get().toPlainString() + " is below atLeast " + atLeast().get().toPlainString());
    }
  }

  /** Builds a standard. */
  public static final class Builder extends ImmutableStandard.Builder {
    Builder() {}
  }
}
