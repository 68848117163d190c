package io.github.peelkit.testkit;

import io.github.peelkit.grading.GradingLaw;
import io.github.peelkit.grading.GradingLawViolation;
import io.github.peelkit.grading.GradingLaws;
import io.github.peelkit.grading.GradingMethod;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.Inputs;
import io.github.peelkit.grading.Limit;
import io.github.peelkit.scale.GradeScale;
import java.util.List;
import java.util.Objects;

/**
 * Grading rules made to break a law, as {@link GradingGenerator#unlawful} makes them: the parts of
 * rules that cannot be built, and the law they are sure to break (they may break others too).
 * {@link #check()} returns what {@link GradingLaws} finds; {@link #builder(String)} is a builder
 * whose {@code build()} refuses them.
 *
 * <p>Immutable, thread-safe.
 */
public final class UnlawfulRules {
  private final GradingLaw law;
  private final GradeScale inputScale;
  private final GradeScale scale;
  private final Inputs inputs;
  private final GradingMethod method;
  private final List<Limit> limits;

  UnlawfulRules(GradingLaw law, GradeScale inputScale, GradeScale scale, Inputs inputs, GradingMethod method, List<Limit> limits) {
    this.law = Objects.requireNonNull(law, "law");
    this.inputScale = inputScale;
    this.scale = scale;
    this.inputs = inputs;
    this.method = method;
    this.limits = List.copyOf(limits);
  }

  /** {@return the law the rules are sure to break} */
  public GradingLaw law() {
    return law;
  }

  /** {@return the scale of the grades combined} */
  public GradeScale inputScale() {
    return inputScale;
  }

  /** {@return the scale of the result} */
  public GradeScale scale() {
    return scale;
  }

  /** {@return the inputs} */
  public Inputs inputs() {
    return inputs;
  }

  /** {@return the points or ordered rules} */
  public GradingMethod method() {
    return method;
  }

  /** {@return the limits} */
  public List<Limit> limits() {
    return limits;
  }

  /** {@return every breach {@link GradingLaws#check(GradeScale, GradeScale, Inputs, GradingMethod, List)} finds} */
  public List<GradingLawViolation> check() {
    return GradingLaws.check(inputScale, scale, inputs, method, limits);
  }

  /**
   * A builder holding the rules, whose {@code build()} throws.
   *
   * @param id the id to give the rules
   * @return the builder
   */
  public GradingRules.Builder builder(String id) {
    GradingRules.Builder builder = GradingRules.builder();
    builder.id(id).inputScale(inputScale).scale(scale).inputs(inputs).method(method).limits(limits);
    return builder;
  }

  @Override
  public String toString() {
    return "UnlawfulRules{" + law.id() + ", " + inputScale.id() + " -> " + scale.id() + ", inputs " + inputs + ", " + method + ", limits "
        + limits + "}";
  }
}
