package io.github.peelkit.grading;

import io.github.peelkit.assessment.GradeOverride;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.scale.Grade;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A judgment whose grade derives from other judgments by grading rules, evaluated: the published
 * grade beside the derived one, with the rules' explanation.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class DerivedGrade {
  private final int index;
  private final Judgment judgment;
  private final Derivation derivation;
  private final GradingRules rules;
  private final List<Area> from;
  private final Evaluation evaluation;

  DerivedGrade(int index, Judgment judgment, Derivation derivation, GradingRules rules, List<Area> from, Evaluation evaluation) {
    this.index = index;
    this.judgment = judgment;
    this.derivation = derivation;
    this.rules = rules;
    this.from = List.copyOf(from);
    this.evaluation = evaluation;
  }

  /** {@return the position of the judgment in its assessment, from 0} */
  public int index() {
    return index;
  }

  /** {@return the judgment} */
  public Judgment judgment() {
    return judgment;
  }

  /** {@return the derivation that applies: the judgment's own, or its area's} */
  public Derivation derivation() {
    return derivation;
  }

  /** {@return whether the judgment states the derivation itself, rather than taking its area's} */
  public boolean isStated() {
    return judgment.derived().isPresent();
  }

  /** {@return the rules} */
  public GradingRules rules() {
    return rules;
  }

  /** {@return the areas whose grades are the inputs, in order} */
  public List<Area> from() {
    return from;
  }

  /** {@return what the rules make of the input areas' grades} */
  public Evaluation evaluation() {
    return evaluation;
  }

  /** {@return the grade published} */
  public Grade published() {
    return judgment.grade().orElseThrow();
  }

  /** {@return the grade the rules derive} */
  public Grade derived() {
    return evaluation.grade();
  }

  /** {@return whether the published grade is the derived one} */
  public boolean agrees() {
    return published().equals(derived());
  }

  /** {@return the judgment's record that its grade departs from the derived one, if any} */
  public Optional<GradeOverride> override() {
    return judgment.override();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DerivedGrade that
        && index == that.index
        && judgment.equals(that.judgment)
        && rules.equals(that.rules)
        && evaluation.equals(that.evaluation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(index, judgment, rules.id(), evaluation);
  }

  @Override
  public String toString() {
    return judgment.area().id() + ": published " + published().id() + ", derived " + evaluation;
  }
}
