package io.github.peelkit.assessment;

import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Optional;

/**
 * What a judgment concluded about its area: a {@linkplain Graded grade}, a grade or range of grades
 * a {@linkplain Converted conversion} gave, or {@linkplain Ungraded no grade} with a reason. Exactly
 * one of them, by construction.
 *
 * <p>All implementations are immutable, thread-safe value types.
 */
public sealed interface Outcome permits Graded, Converted, Ungraded {
  /**
   * The grade of a judgment that has one.
   *
   * @return the grade; empty when ungraded, or when a conversion left a range of several grades
   */
  Optional<Grade> findGrade();

  /**
   * The grades the judgment may stand for: its grade alone, or the range a conversion gave.
   *
   * @return the range; empty when ungraded
   */
  Optional<GradeRange> findRange();

  /**
   * A grade given directly.
   *
   * @param grade the grade
   * @return the outcome
   */
  static Outcome graded(Grade grade) {
    return new Graded(grade);
  }

  /**
   * A grade, or a range of grades, a conversion gave under a policy.
   *
   * @param conversion the conversion of the original grade
   * @param policy the policy that picks the grade from the conversion's range
   * @return the outcome
   * @throws io.github.peelkit.check.InvariantException when the policy is strict and the range holds
   *     several grades
   */
  static Outcome converted(GradeConversion conversion, Policy policy) {
    return new Converted(conversion, policy);
  }

  /**
   * No grade, for a reason.
   *
   * @param reason the reason
   * @return the outcome
   */
  static Outcome ungraded(UngradedReason reason) {
    return Ungraded.of(reason);
  }
}
