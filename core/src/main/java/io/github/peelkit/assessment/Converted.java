package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a judgment converted by a grade mapping: the {@linkplain GradeConversion
 * conversion} of its original grade (mapping id, original grade, targets, relation,
 * comparability) and the {@linkplain Policy policy} that picked the judgment's grade from the
 * targets. Under {@link Policy#RANGE} a range of several grades gives no grade: the judgment then
 * stands for the range.
 *
 * <p>Invariant checked when the outcome is made: a strict conversion holds one target.
 *
 * <p>Immutable, thread-safe, a value type.
 *
 * @param conversion the conversion of the original grade
 * @param policy the policy that picks the grade from the targets
 */
public record Converted(GradeConversion conversion, Policy policy) implements Outcome {
  /** Policy strict gives one grade, so a strict conversion has one target. */
  public static final Rule STRICT_HAS_ONE_TARGET = Rule.of(ModelCode.INVALID_VALUE, "a strict conversion has one target");

  /**
   * Creates the outcome.
   *
   * @param conversion the conversion
   * @param policy the policy
   * @throws io.github.peelkit.check.InvariantException when the policy is strict and the targets
   *     hold several grades
   */
  public Converted {
    Objects.requireNonNull(conversion, "conversion");
    Objects.requireNonNull(policy, "policy");
    if (policy == Policy.STRICT && !conversion.isSingle()) {
      throw STRICT_HAS_ONE_TARGET
          .violation(
              "policy",
              policy.id(),
              "policy strict gives one grade, but the targets are " + conversion.targets() + ": use best, worst or range")
          .toException();
    }
  }

  /** {@return the grade the policy picks from the targets; empty under policy range when they hold several} */
  @Override
  public Optional<Grade> findGrade() {
    return policy.select(conversion.targets());
  }

  /** {@return the targets of the conversion} */
  @Override
  public Optional<GradeRange> findRange() {
    return Optional.of(conversion.targets());
  }

  /** {@return whether the conversion leaves a range of several grades and no grade} */
  public boolean isRange() {
    return findGrade().isEmpty();
  }

  /** {@return the grade or range given, and how: {@code Adequate (peel-2021), worst of [good, adequate] from Good (peel-2014) by peel-2014-to-peel-2021}; the policy and range only where the range holds several grades} */
  @Override
  public String toString() {
    String how = conversion.targets().isSingle() ? "" : policy.id() + " of " + conversion.targets() + " ";
    return findGrade().map(Grade::toString).orElse(conversion.targets() + " of " + conversion.targets().scale()) + ", "
        + how + "from " + conversion.from() + " by " + conversion.mapping();
  }
}
