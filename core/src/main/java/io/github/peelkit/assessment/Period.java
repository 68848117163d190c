package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Invariants;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The period an assessment covers, both days included.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Period implements Extensible {
  Period() {}

  /** {@return the first day} */
  // The builder then has no copying from(Period); Period.of(from, to) covers what it would do.
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** {@return the last day, not before the first} */
  public abstract LocalDate to();

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a period.
   *
   * @param from the first day
   * @param to the last day, not before the first
   * @return the period
   */
  public static Period of(LocalDate from, LocalDate to) {
    return builder().from(from).to(to).build();
  }

  /** {@return a builder for a period} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Invariants.require(
        !to().isBefore(from()),
        ModelCode.INVALID_VALUE,
        "from <= to",
        "to",
        to(),
        () -> "period ends on " + to() + ", before it starts on " + from());
  }

  /** Builds a period. */
  public static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }
}
