package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import org.immutables.value.Value;

/**
 * {@code {input: NAME, is: SELECTOR}}: holds when the named input's grade is selected, such as
 * {@code {input: safe, is: inadequate}}. Only rules with named inputs may hold one; the name must be
 * one of theirs ({@link GradingLaws#KNOWN_INPUTS}).
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract non-sealed class InputCondition implements Condition {
  InputCondition() {}

  /** {@return the name of the input} */
  public abstract String input();

  /** {@return the grades the input may have for the condition to hold} */
  public abstract Selector is();

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

  /** {@return the input and the selector: {@code safe is inadequate}} */
  @Override
  public String toString() {
    return input() + " is " + is().id();
  }

  /** Builds an input condition. */
  public static final class Builder extends ImmutableInputCondition.Builder {
    Builder() {}
  }
}
