package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.extension.Extensions;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The period an assessment covers, both days included.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Period {
  /** A period does not end before it starts. */
  public static final Rule ORDERED_DAYS = Rule.of(ModelCode.INVALID_VALUE, "from <= to");

  Period() {}

  /** {@return the first day} */
  // The builder then has no copying from(Period); Period.of(from, to) covers what it would do.
  @SuppressWarnings("immutables:from")
  public abstract LocalDate from();

  /** {@return the last day, not before the first} */
  public abstract LocalDate to();

  /** {@return the free-form data kept with this value, empty when there is none} */
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
    if (to().isBefore(from())) {
      throw ORDERED_DAYS.violation("to", to(), "period ends on " + to() + ", before it starts on " + from()).toException();
    }
  }

  /** {@return {@code 2021-06-01 to 2022-06-30}} */
  @Override
  public String toString() {
    return from() + " to " + to();
  }

  /** Builds a period. */
  public static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }
}
