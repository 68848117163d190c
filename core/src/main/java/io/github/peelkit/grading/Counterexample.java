package io.github.peelkit.grading;

import io.github.peelkit.scale.Grade;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A combination of inputs that shows a law broken. For {@link GradingLaw#TOTAL}: the inputs, which
 * get no grade. For {@link GradingLaw#MONOTONE}: the inputs and their result, and the same inputs
 * with one improved by one grade, whose result is worse. For rules (rather than a function checked
 * by {@link GradingLaws#check(io.github.peelkit.scale.GradeScale, io.github.peelkit.scale.GradeScale,
 * int, java.util.function.Function)}) both results come with their {@link Evaluation}.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Counterexample {
  private final List<Grade> inputs;
  private final Optional<Grade> result;
  private final OptionalInt improvedInput;
  private final List<Grade> improvedInputs;
  private final Optional<Grade> improvedResult;
  private final Optional<Evaluation> evaluation;
  private final Optional<Evaluation> improvedEvaluation;

  private Counterexample(
      List<Grade> inputs,
      Optional<Grade> result,
      OptionalInt improvedInput,
      List<Grade> improvedInputs,
      Optional<Grade> improvedResult,
      Optional<Evaluation> evaluation,
      Optional<Evaluation> improvedEvaluation) {
    this.inputs = List.copyOf(inputs);
    this.result = result;
    this.improvedInput = improvedInput;
    this.improvedInputs = List.copyOf(improvedInputs);
    this.improvedResult = improvedResult;
    this.evaluation = evaluation;
    this.improvedEvaluation = improvedEvaluation;
  }

  /** Inputs that get no grade. */
  static Counterexample ungraded(List<Grade> inputs) {
    return new Counterexample(inputs, Optional.empty(), OptionalInt.empty(), List.of(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** Inputs of a function whose result gets worse when one of them is improved. */
  static Counterexample worsened(List<Grade> inputs, Grade result, int input, List<Grade> improved, Grade improvedResult) {
    return new Counterexample(
        inputs, Optional.of(result), OptionalInt.of(input), improved, Optional.of(improvedResult), Optional.empty(), Optional.empty());
  }

  /** Inputs of rules whose result gets worse when one of them is improved. */
  static Counterexample worsened(Evaluation result, int input, Evaluation improved) {
    return new Counterexample(
        result.inputs(),
        Optional.of(result.grade()),
        OptionalInt.of(input),
        improved.inputs(),
        Optional.of(improved.grade()),
        Optional.of(result),
        Optional.of(improved));
  }

  /** {@return the inputs, in the order of the rules' inputs} */
  public List<Grade> inputs() {
    return inputs;
  }

  /** {@return the grade the inputs get; empty when they get none} */
  public Optional<Grade> result() {
    return result;
  }

  /** {@return for a breach of {@link GradingLaw#MONOTONE}, the position (from 0) of the input improved} */
  public OptionalInt improvedInput() {
    return improvedInput;
  }

  /** {@return for a breach of {@link GradingLaw#MONOTONE}, the inputs with that one improved by one grade; empty otherwise} */
  public List<Grade> improvedInputs() {
    return improvedInputs;
  }

  /** {@return for a breach of {@link GradingLaw#MONOTONE}, the grade the improved inputs get: worse than {@link #result()}} */
  public Optional<Grade> improvedResult() {
    return improvedResult;
  }

  /** {@return for rules, what they make of the inputs, with the explanation} */
  public Optional<Evaluation> evaluation() {
    return evaluation;
  }

  /** {@return for rules, what they make of the improved inputs, with the explanation} */
  public Optional<Evaluation> improvedEvaluation() {
    return improvedEvaluation;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Counterexample that
        && inputs.equals(that.inputs)
        && result.equals(that.result)
        && improvedInput.equals(that.improvedInput)
        && improvedInputs.equals(that.improvedInputs)
        && improvedResult.equals(that.improvedResult)
        && evaluation.equals(that.evaluation)
        && improvedEvaluation.equals(that.improvedEvaluation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(inputs, result, improvedInput, improvedInputs, improvedResult);
  }

  @Override
  public String toString() {
    return LawCheck.words(inputs) + " -> " + result.map(Grade::id).orElse("no grade")
        + (improvedInputs.isEmpty() ? "" : ", " + LawCheck.words(improvedInputs) + " -> " + improvedResult.map(Grade::id).orElse("no grade"));
  }
}
