package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import org.immutables.value.Value;

/**
 * {@code {not: {...}}}: holds when its condition does not.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract non-sealed class NotCondition implements Condition {
  NotCondition() {}

  /** {@return the condition negated} */
  public abstract Condition condition();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return {@code not (safe is inadequate)}} */
  @Override
  public String toString() {
    return "not (" + condition() + ")";
  }

  /** Builds the condition. */
  public static final class Builder extends ImmutableNotCondition.Builder {
    Builder() {}
  }
}
