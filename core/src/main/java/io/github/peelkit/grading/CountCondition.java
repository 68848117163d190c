package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Violations;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * {@code {count: SELECTOR, atLeast: N, atMost: M}}: holds when the number of inputs the selector
 * matches is at least {@code N} and at most {@code M}; one bound may be left out.
 *
 * <p>Invariants: at least one bound; bounds not negative; {@code atLeast <= atMost} ({@link
 * GradingLaws#COUNT_BOUNDS}). That the bounds do not exceed the number of inputs is checked by the
 * rules that hold the condition.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract non-sealed class CountCondition implements Condition {
  CountCondition() {}

  /** {@return the grades counted} */
  public abstract Selector selector();

  /** {@return the least number of inputs selected for the condition to hold, if bounded below} */
  public abstract OptionalInt atLeast();

  /** {@return the greatest number of inputs selected for the condition to hold, if bounded above} */
  public abstract OptionalInt atMost();

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

  /**
   * Whether a number of selected inputs satisfies the bounds.
   *
   * @param selected the number of inputs the selector matches
   * @return whether it is within the bounds
   */
  public boolean accepts(int selected) {
    return (atLeast().isEmpty() || selected >= atLeast().getAsInt()) && (atMost().isEmpty() || selected <= atMost().getAsInt());
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    if (atLeast().isEmpty() && atMost().isEmpty()) {
      found.add(
          GradingLaws.COUNT_BOUNDS.violation(
              "atLeast", selector().id(), "count of " + selector().id() + " has no bound: give atLeast, atMost or both"));
    }
    if (atLeast().isPresent() && atLeast().getAsInt() < 0) {
      found.add(GradingLaws.COUNT_BOUNDS.violation("atLeast", atLeast().getAsInt(), "atLeast " + atLeast().getAsInt() + " is negative"));
    }
    if (atMost().isPresent() && atMost().getAsInt() < 0) {
      found.add(GradingLaws.COUNT_BOUNDS.violation("atMost", atMost().getAsInt(), "atMost " + atMost().getAsInt() + " is negative"));
    }
    if (atLeast().isPresent() && atMost().isPresent() && atLeast().getAsInt() > atMost().getAsInt()) {
      found.add(
          GradingLaws.COUNT_BOUNDS.violation(
              "atMost",
              atMost().getAsInt(),
              "atMost " + atMost().getAsInt() + " is below atLeast " + atLeast().getAsInt() + ": the count can never hold"));
    }
    found.throwIfAny();
  }

  /** {@return the selector and its bounds: {@code count inadequate at least 2}} */
  @Override
  public String toString() {
    return "count " + selector().id() + (atLeast().isPresent() ? " at least " + atLeast().getAsInt() : "")
        + (atLeast().isPresent() && atMost().isPresent() ? " and" : "") + (atMost().isPresent() ? " at most " + atMost().getAsInt() : "");
  }

  /** Builds a count condition. */
  public static final class Builder extends ImmutableCountCondition.Builder {
    Builder() {}
  }
}
