package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Violations;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * {@code {all: [...]}}: holds when every condition holds.
 *
 * <p>Invariant: at least one condition ({@link GradingLaws#CONDITIONS}).
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract non-sealed class AllCondition implements Condition {
  AllCondition() {}

  /** {@return the conditions, in order} */
  public abstract List<Condition> conditions();

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

  @Value.Check
  void check() {
    Violations found = new Violations();
    if (conditions().isEmpty()) {
      found.add(GradingLaws.CONDITIONS.violation("all", "[]", "all holds no condition: give it at least one"));
    }
    found.throwIfAny();
  }

  /** {@return {@code all of [count inadequate at most 0; count requires-improvement at most 1]}} */
  @Override
  public String toString() {
    return "all of " + conditions().stream().map(Object::toString).collect(Collectors.joining("; ", "[", "]"));
  }

  /** Builds the condition. */
  public static final class Builder extends ImmutableAllCondition.Builder {
    Builder() {}
  }
}
