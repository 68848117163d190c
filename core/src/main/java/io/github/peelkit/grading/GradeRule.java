package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.Grade;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of {@link OrderedRules}: {@code {grade: GRADE, when: CONDITION}} gives the grade when the
 * condition holds; {@code {grade: GRADE, otherwise: true}}, allowed only as the last rule, gives it
 * whatever the inputs.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeRule {
  GradeRule() {}

  /** {@return the grade the rule gives, of the rules' result scale} */
  public abstract Grade grade();

  /** {@return the condition; empty for the rule that applies otherwise} */
  public abstract Optional<Condition> when();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return whether this is the rule that applies otherwise: it has no condition} */
  public boolean isOtherwise() {
    return when().isEmpty();
  }

  /**
   * A rule that gives a grade when a condition holds.
   *
   * @param grade the grade
   * @param condition the condition
   * @return the rule
   */
  public static GradeRule when(Grade grade, Condition condition) {
    return builder().grade(grade).when(condition).build();
  }

  /**
   * The rule that gives a grade otherwise: the last of ordered rules.
   *
   * @param grade the grade
   * @return the rule
   */
  public static GradeRule otherwise(Grade grade) {
    return builder().grade(grade).build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the grade and when: {@code inadequate when count inadequate at least 2}, {@code requires-improvement otherwise}} */
  @Override
  public String toString() {
    return grade().id() + when().map(c -> " when " + c).orElse(" otherwise");
  }

  /** Builds a rule. */
  public static final class Builder extends ImmutableGradeRule.Builder {
    Builder() {}
  }
}
