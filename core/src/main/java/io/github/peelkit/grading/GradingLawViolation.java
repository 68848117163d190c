package io.github.peelkit.grading;

import io.github.peelkit.check.Violation;
import java.util.Objects;
import java.util.Optional;

/**
 * One breach of a {@linkplain GradingLaw law} by grading rules, as {@link GradingLaws#check}
 * reports it: the law, the breach as a {@link Violation} of the model's rules (its rule, the path of
 * the rule, band or limit at fault as the format writes it, and a message that names the law), and
 * for {@link GradingLaw#TOTAL} and {@link GradingLaw#MONOTONE} a {@link Counterexample}.
 *
 * <p>{@link #toString()} is the message, so that an assertion on a list of breaches reads well in any
 * test framework.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class GradingLawViolation {
  private final GradingLaw law;
  private final Violation violation;
  private final Optional<Counterexample> counterexample;

  private GradingLawViolation(GradingLaw law, Violation violation, Optional<Counterexample> counterexample) {
    this.law = Objects.requireNonNull(law, "law");
    this.violation = Objects.requireNonNull(violation, "violation");
    this.counterexample = counterexample;
  }

  static GradingLawViolation of(GradingLaw law, Violation violation) {
    return new GradingLawViolation(law, violation, Optional.empty());
  }

  static GradingLawViolation of(GradingLaw law, Violation violation, Counterexample counterexample) {
    return new GradingLawViolation(law, violation, Optional.of(counterexample));
  }

  /** {@return the law broken} */
  public GradingLaw law() {
    return law;
  }

  /** {@return the breach as a violation of the model's rules: PK017, or PK018 for {@link GradingLaw#REACHABLE}} */
  public Violation violation() {
    return violation;
  }

  /** {@return the combination of inputs that shows the breach, for {@link GradingLaw#TOTAL} and {@link GradingLaw#MONOTONE}} */
  public Optional<Counterexample> counterexample() {
    return counterexample;
  }

  /** {@return the path of what is at fault, such as {@code rules[2]} or {@code points.bands[1].atLeast}} */
  public String path() {
    return violation.path();
  }

  /** {@return the message} */
  public String message() {
    return violation.message();
  }

  /** {@return whether the breach is only a warning: {@link GradingLaw#REACHABLE}} */
  public boolean isWarning() {
    return law == GradingLaw.REACHABLE;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GradingLawViolation that
        && law == that.law
        && violation.equals(that.violation)
        && counterexample.equals(that.counterexample);
  }

  @Override
  public int hashCode() {
    return Objects.hash(law, violation, counterexample);
  }

  @Override
  public String toString() {
    return violation.message();
  }
}
