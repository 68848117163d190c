package io.github.peelkit.assessment;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a judgment given a grade directly, as an inspection report gives it.
 *
 * <p>Immutable, thread-safe, a value type.
 *
 * @param grade the grade, of the assessment's scale
 */
public record Graded(Grade grade) implements Outcome {
  /**
   * Creates the outcome.
   *
   * @param grade the grade
   */
  public Graded {
    Objects.requireNonNull(grade, "grade");
  }

  @Override
  public Optional<Grade> findGrade() {
    return Optional.of(grade);
  }

  @Override
  public Optional<GradeRange> findRange() {
    return Optional.of(GradeRange.of(grade));
  }

  /** {@return the grade: {@code Good (peel-2021)}} */
  @Override
  public String toString() {
    return grade.toString();
  }
}
