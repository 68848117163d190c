package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.Grade;
import org.immutables.value.Value;

/**
 * {@code {when: CONDITION, atBest: GRADE}}: a cap on the result of grading rules, applied after the
 * points or rules, in order: when the condition holds, the result is no better than the grade.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Limit {
  Limit() {}

  /** {@return the condition under which the cap applies} */
  public abstract Condition when();

  /** {@return the best grade the result may be when the condition holds, of the rules' result scale} */
  public abstract Grade atBest();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * A limit.
   *
   * @param when the condition
   * @param atBest the cap
   * @return the limit
   */
  public static Limit of(Condition when, Grade atBest) {
    return builder().when(when).atBest(atBest).build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the cap and when: {@code at best requires-improvement when safe is inadequate}} */
  @Override
  public String toString() {
    return "at best " + atBest().id() + " when " + when();
  }

  /** Builds a limit. */
  public static final class Builder extends ImmutableLimit.Builder {
    Builder() {}
  }
}
