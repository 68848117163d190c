package io.github.peelkit.grading;

import io.github.peelkit.assessment.Source;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How an inspectorate combines grades into a grade, as a value: the {@linkplain #inputs() inputs}
 * (a number of grades, or named ones) on the {@linkplain #inputScale() input scale}, a {@linkplain
 * #method() method} ({@link Points} and bands, or {@link OrderedRules}), and {@linkplain #limits()
 * limits} that cap the result, on the {@linkplain #scale() result scale}. {@link
 * GradingRuleSets} holds the built-in ones: HMI Probation's youth justice scoring and CQC's
 * aggregation of key-question ratings.
 *
 * <p>{@link #evaluate(List)} gives the grade of a combination of inputs with what produced it, in
 * words a reader can check.
 *
 * <p>Built or loaded rules obey the {@linkplain GradingLaw laws}, checked exhaustively when they are
 * built (see {@link GradingLaws} for how many combinations that is): well-formed, total and
 * monotone, or the builder throws an {@link InvariantException} of code {@link
 * ModelCode#GRADING_LAW_VIOLATED} (PK017) carrying every breach, each at the path of the rule,
 * band, limit or value at fault as the format writes it ({@code points.bands[1].atLeast}), with a
 * counterexample for total and monotone in the message. A rule, band or limit that decides nothing
 * is a warning, {@link #warnings()} (PK018). Other invariants: the id is a slug; the name and note,
 * when given, are not blank. The points of {@link Points} are kept in the order of the input scale.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradingRules {
  GradingRules() {}

  /** {@return the id, a slug such as {@code hmip-youth-justice-2018}} */
  public abstract String id();

  /** {@return a name for people, when given} */
  public abstract Optional<String> name();

  /** {@return the scale of the grades combined} */
  public abstract GradeScale inputScale();

  /** {@return the scale of the result, which may differ from the input scale} */
  public abstract GradeScale scale();

  /** {@return the inputs: how many grades are combined, and their names if they have some} */
  public abstract Inputs inputs();

  /** {@return where the rules are published, when given} */
  public abstract Optional<Source> source();

  /** {@return a remark on the rules, when given} */
  public abstract Optional<String> note();

  /** {@return points and bands, or ordered rules} */
  public abstract GradingMethod method();

  /** {@return the caps applied after the method, in order} */
  public abstract List<Limit> limits();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder for rules} */
  public static Builder builder() {
    return new Builder();
  }

  /** What the rules are made of, for the engine and the law check. */
  @Value.Lazy
  Parts parts() {
    return new Parts(inputScale(), scale(), inputs(), method(), limits());
  }

  /** The rules compiled, made once. */
  @Value.Lazy
  Engine engine() {
    return new Engine(parts());
  }

  /** What the exhaustive check of the laws found, made once. */
  @Value.Lazy
  LawCheck.Report report() {
    return LawCheck.run(subject(), id(), parts(), engine());
  }

  private String subject() {
    return "rules " + id();
  }

  /**
   * Evaluates a combination of input grades.
   *
   * @param inputs the grades, one per input, in the order of the inputs (of their names, for named
   *     inputs), of the input scale
   * @return the grade with what produced it
   * @throws IllegalArgumentException when there are not as many grades as inputs, or a grade is not
   *     of the input scale
   */
  public Evaluation evaluate(List<Grade> inputs) {
    List<Grade> grades = List.copyOf(inputs);
    if (grades.size() != inputs().size()) {
      throw new IllegalArgumentException(
          "rules " + id() + " combine " + inputs().size() + " grades " + (inputs().isNamed() ? inputs() + " " : "") + "but got "
              + grades.size() + ": " + LawCheck.words(grades));
    }
    for (int i = 0; i < grades.size(); i++) {
      if (!inputScale().contains(grades.get(i))) {
        throw new IllegalArgumentException(
            "rules " + id() + " combine grades of scale " + inputScale().id() + ", but " + inputs().label(i) + " is grade '"
                + grades.get(i).id() + "' of scale " + grades.get(i).scale());
      }
    }
    // Lawful rules are total: every combination gets a grade.
    return Evaluator.evaluate(id(), parts(), engine(), grades).orElseThrow();
  }

  /**
   * Evaluates a combination of input grades.
   *
   * @param inputs the grades, one per input
   * @return the grade with what produced it
   * @throws IllegalArgumentException as {@link #evaluate(List)}
   */
  public Evaluation evaluate(Grade... inputs) {
    return evaluate(List.of(inputs));
  }

  /**
   * Evaluates a combination of the grades of named inputs.
   *
   * @param inputs each input's grade, by name
   * @return the grade with what produced it
   * @throws IllegalArgumentException when the inputs are not named, or the names given are not
   *     exactly the inputs' names, or a grade is not of the input scale
   */
  public Evaluation evaluate(Map<String, Grade> inputs) {
    if (!inputs().isNamed() || !inputs.keySet().equals(new java.util.HashSet<>(inputs().names()))) {
      throw new IllegalArgumentException(
          "rules " + id() + " combine the inputs " + inputs() + ", but got grades for " + inputs.keySet());
    }
    List<Grade> grades = new ArrayList<>();
    inputs().names().forEach(name -> grades.add(inputs.get(name)));
    return evaluate(grades);
  }

  /**
   * Checks what lawful rules may still get wrong: a rule, band or limit that decides no combination
   * of inputs ({@link ModelCode#GRADING_RULE_UNREACHABLE}, PK018).
   *
   * @return the violations, each of severity warning, at the path of the rule, band or limit; empty
   *     when every one decides some combination
   */
  public List<Violation> warnings() {
    return report().warnings().stream().map(GradingLawViolation::violation).toList();
  }

  /**
   * {@return the number of combinations of inputs the laws were checked on: one of each class the
   * rules cannot tell apart (see {@link GradingLaws})}
   */
  public long combinations() {
    return report().classes();
  }

  @Value.Check
  GradingRules check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    name().ifPresent(n -> Checks.notBlank(found, "name", n));
    note().ifPresent(n -> Checks.notBlank(found, "note", n));
    List<Violation> malformed = WellFormed.check(subject(), parts());
    found.addAll(malformed);
    found.throwIfAny();
    if (method() instanceof Points points && !List.copyOf(points.values().keySet()).equals(inputScale().grades())) {
      // Keep the points in the order of the input scale, whatever order they were given in.
      Map<Grade, BigDecimal> ordered = new LinkedHashMap<>();
      inputScale().grades().forEach(g -> ordered.put(g, points.values().get(g)));
      return copy().method(Points.builder().from(points).values(ordered).build()).build();
    }
    report().errors().forEach(v -> found.add(v.violation()));
    found.throwIfAny();
    return this;
  }

  /** A builder holding every attribute of these rules. */
  Builder copy() {
    Builder builder = builder();
    builder
        .id(id())
        .name(name())
        .inputScale(inputScale())
        .scale(scale())
        .inputs(inputs())
        .source(source())
        .note(note())
        .method(method())
        .limits(limits())
        .extensions(extensions());
    return builder;
  }

  /** {@return the id, the inputs and the scales: {@code cqc-adult-social-care-2022: [safe, effective, caring, responsive, well-led] on cqc-2014 to cqc-2014}} */
  @Override
  public String toString() {
    return id() + ": " + inputs() + " on " + inputScale().id() + " to " + scale().id();
  }

  /** Builds rules; the laws are checked by {@code build()}. */
  public static final class Builder extends ImmutableGradingRules.Builder {
    Builder() {}
  }
}
