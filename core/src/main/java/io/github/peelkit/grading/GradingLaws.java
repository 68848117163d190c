package io.github.peelkit.grading;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Violation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Checks grading rules, or any function from input grades to a grade, against the {@linkplain
 * GradingLaw laws} exhaustively, and returns what it finds as values: the API for users who write
 * their own rules and property-test them with the engine of their choice. Nothing here depends on a
 * test framework; assert that the list returned is empty.
 *
 * <pre>{@code
 * List<GradingLawViolation> found =
 *     GradingLaws.check(GradeScales.CQC_2014, GradeScales.CQC_2014, 5, inputs -> myOverallRating(inputs));
 * assertEquals(List.of(), found);
 * }</pre>
 *
 * <h2>How much is checked, and how long it takes</h2>
 *
 * <p>Every combination of input grades is decided, not a sample. Rules read an input's own grade
 * only where a condition names it ({@code {input: safe, is: inadequate}}), and elsewhere only counts
 * of grades, so the check decides one combination of each class the rules cannot tell apart: for
 * {@code n} inputs over {@code m} grades with {@code k} of them named in conditions, {@code m^k ×
 * C(n-k+m-1, m-1)} classes instead of {@code m^n} combinations. HMI Probation's twelve standards
 * over four grades are 455 classes (of 16,777,216 combinations), CQC's five key questions 56; five
 * key questions all named in conditions are 1,024, and twelve named inputs over four grades with
 * one named in a limit are 1,456. A function is a black box, so {@link #check(GradeScale, GradeScale,
 * int, Function)} calls it for every one of the {@code m^n} combinations.
 *
 * <p>The check refuses, as a breach of {@link #CHECKABLE} (PK017), rules whose check would decide
 * more than {@value #MAX_COMBINATIONS} combinations, or take more than {@value #MAX_STEPS} steps
 * (combinations × (conditions + bands + limits + the input scale's grades squared + 1)); it never
 * runs for long. Measured with JMH ({@code GradingBenchmark}) on a shared 2-CPU virtual machine
 * under load: the built-in rules' laws check in 5 to 80 microseconds (CQC's five key questions, 56
 * classes: 5 µs; HMI Probation's twelve standards, 455 classes: under 0.1 ms), twelve named inputs
 * over four grades with a limit on one (1,456 classes) in about 0.2 ms, and twelve named inputs
 * with seven named in conditions (917,504 classes, near the limit) in about 50 ms; see {@code
 * examples/BENCHMARKS.md}.
 */
public final class GradingLaws {
  /** The most combinations of inputs a check decides; rules with more are refused ({@link #CHECKABLE}). */
  public static final long MAX_COMBINATIONS = 1_000_000L;

  /** The most steps a check takes; rules that would take more are refused ({@link #CHECKABLE}). */
  public static final long MAX_STEPS = 100_000_000L;

  /** The law {@link GradingLaw#TOTAL}: every combination of inputs gets a grade. */
  public static final Rule TOTAL = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "total");
  /** The law {@link GradingLaw#MONOTONE}: improving one input never worsens the result. */
  public static final Rule MONOTONE = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "monotone");
  /** The law {@link GradingLaw#REACHABLE}: every rule, band and limit decides a combination; a warning. */
  public static final Rule REACHABLE = Rule.of(ModelCode.GRADING_RULE_UNREACHABLE, "reachable");
  /** The laws can be checked: at most {@value #MAX_COMBINATIONS} combinations and {@value #MAX_STEPS} steps. */
  public static final Rule CHECKABLE = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "checkable: at most 1,000,000 combinations");
  /** Well-formed: at least one input, each name an id and given once. */
  public static final Rule INPUTS = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "well-formed: at least one input, each named once");
  /** Well-formed: every grade and selector names a grade of its scale (input or result). */
  public static final Rule KNOWN_GRADES = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "well-formed: grades and selectors that exist");
  /** Well-formed: a condition names only inputs the rules have, and only named ones. */
  public static final Rule KNOWN_INPUTS = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "well-formed: inputs that exist");
  /** Well-formed: a count has a bound, and its bounds are from 0 to the number of inputs, {@code atLeast <= atMost}. */
  public static final Rule COUNT_BOUNDS =
      Rule.of(ModelCode.GRADING_LAW_VIOLATED, "well-formed: count bounds from 0 to the number of inputs");
  /** Well-formed: {@code all} and {@code any} hold at least one condition. */
  public static final Rule CONDITIONS = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "well-formed: all and any hold a condition");
  /** Well-formed: points for every input grade, not negative, strictly decreasing from best to worst. */
  public static final Rule POINTS = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "well-formed: points strictly decreasing");
  /** Well-formed: at least one band, bands not negative and strictly decreasing. */
  public static final Rule BANDS = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "well-formed: bands strictly decreasing");
  /** Well-formed: at least one rule, {@code otherwise} only on the last. */
  public static final Rule ORDERED = Rule.of(ModelCode.GRADING_LAW_VIOLATED, "well-formed: otherwise only on the last rule");

  private GradingLaws() {}

  /**
   * Checks rules made of parts, as {@link GradingRules} are checked when built: well-formed first,
   * then (when they are) total, monotone and reachable, exhaustively.
   *
   * @param inputScale the scale of the grades combined
   * @param scale the scale of the result
   * @param inputs the inputs
   * @param method points and bands, or ordered rules
   * @param limits the caps applied after, in order
   * @return every breach found, errors first in the order of the rules document, then the warnings of
   *     {@link GradingLaw#REACHABLE}; at most one breach of {@link GradingLaw#TOTAL} and one of
   *     {@link GradingLaw#MONOTONE}, each with a counterexample; empty when the rules are lawful
   */
  public static List<GradingLawViolation> check(
      GradeScale inputScale, GradeScale scale, Inputs inputs, GradingMethod method, List<Limit> limits) {
    return check("the rules", "rules", new Parts(inputScale, scale, inputs, method, limits));
  }

  /**
   * Checks rules that were built, which are lawful: their warnings.
   *
   * @param rules the rules
   * @return the breaches of {@link GradingLaw#REACHABLE}; empty when every rule, band and limit
   *     decides some combination
   */
  public static List<GradingLawViolation> check(GradingRules rules) {
    return rules.report().warnings();
  }

  static List<GradingLawViolation> check(String subject, String id, Parts parts) {
    List<Violation> malformed = WellFormed.check(subject, parts);
    if (!malformed.isEmpty()) {
      List<GradingLawViolation> found = new ArrayList<>();
      malformed.forEach(v -> found.add(GradingLawViolation.of(GradingLaw.WELL_FORMED, v)));
      return List.copyOf(found);
    }
    LawCheck.Report report = LawCheck.run(subject, id, parts, new Engine(parts));
    List<GradingLawViolation> found = new ArrayList<>(report.errors());
    found.addAll(report.warnings());
    return List.copyOf(found);
  }

  /**
   * The number of combinations of inputs the laws of well-formed rules are checked on: one of each
   * class of combinations the rules cannot tell apart.
   *
   * @param rules the rules
   * @return {@code m^k × C(n-k+m-1, m-1)} for {@code n} inputs over {@code m} grades, {@code k} of
   *     them named in conditions
   */
  public static BigInteger combinations(GradingRules rules) {
    return LawCheck.classes(rules.parts());
  }

  /**
   * Checks any function from input grades to a grade against {@link GradingLaw#TOTAL} (it returns a
   * grade, never {@code null}) and {@link GradingLaw#MONOTONE}, calling it for every one of the
   * {@code m^n} combinations of {@code n} inputs over {@code m} grades, in order (the last input
   * changing fastest).
   *
   * @param inputScale the scale of the grades combined
   * @param scale the scale of the result
   * @param inputs the number of inputs, at least 1
   * @param rule the function; it gets an unmodifiable list of grades of the input scale
   * @return the first breach of each law found, with a counterexample; empty when the function is
   *     lawful
   * @throws IllegalArgumentException when there are more than {@value #MAX_COMBINATIONS} combinations,
   *     or the function returns a grade that is not of {@code scale}
   */
  public static List<GradingLawViolation> check(
      GradeScale inputScale, GradeScale scale, int inputs, Function<? super List<Grade>, Grade> rule) {
    Objects.requireNonNull(rule, "rule");
    int m = inputScale.size();
    if (inputs < 1) {
      throw new IllegalArgumentException("a function of " + inputs + " inputs: check at least one");
    }
    BigInteger all = BigInteger.valueOf(m).pow(inputs);
    if (all.compareTo(BigInteger.valueOf(MAX_COMBINATIONS)) > 0) {
      throw new IllegalArgumentException(
          inputs + " inputs over " + m + " grades are " + all + " combinations, more than " + MAX_COMBINATIONS
              + " a check calls a function for");
    }
    int total = all.intValueExact();
    int[] results = new int[total];
    int[] ranks = new int[inputs];
    List<GradingLawViolation> found = new ArrayList<>();
    for (int index = 0; index < total; index++) {
      List<Grade> grades = grades(inputScale, ranks);
      Grade result = rule.apply(grades);
      if (result == null) {
        results[index] = Engine.NONE;
        if (found.isEmpty()) {
          found.add(
              GradingLawViolation.of(
                  GradingLaw.TOTAL,
                  TOTAL.violation("rule", LawCheck.words(grades), "the rule is not total: inputs " + LawCheck.words(grades) + " get no grade"),
                  Counterexample.ungraded(grades)));
        }
      } else if (!scale.contains(result)) {
        throw new IllegalArgumentException(
            "the rule gives inputs " + LawCheck.words(grades) + " grade '" + result.id() + "' of scale " + result.scale()
                + ", which is not a grade of scale " + scale.id());
      } else {
        results[index] = result.rank();
      }
      for (int j = inputs - 1; j >= 0 && ++ranks[j] == m; j--) {
        ranks[j] = 0;
      }
    }
    for (int index = 0; index < total; index++) {
      if (results[index] == Engine.NONE) {
        continue;
      }
      int stride = 1;
      int rest = index;
      for (int j = inputs - 1; j >= 0; j--) {
        int rank = rest % m;
        rest /= m;
        int better = index - stride;
        if (rank > 0 && results[better] != Engine.NONE && results[better] > results[index]) {
          found.add(notMonotone(inputScale, scale, inputs, index, j, results));
          return List.copyOf(found);
        }
        stride *= m;
      }
    }
    return List.copyOf(found);
  }

  private static GradingLawViolation notMonotone(GradeScale inputScale, GradeScale scale, int inputs, int index, int input, int[] results) {
    int m = inputScale.size();
    int[] ranks = new int[inputs];
    int rest = index;
    for (int j = inputs - 1; j >= 0; j--) {
      ranks[j] = rest % m;
      rest /= m;
    }
    List<Grade> before = grades(inputScale, ranks);
    ranks[input]--;
    List<Grade> after = grades(inputScale, ranks);
    int stride = BigInteger.valueOf(m).pow(inputs - 1 - input).intValueExact();
    Grade result = scale.grade(results[index]);
    Grade worse = scale.grade(results[index - stride]);
    String message =
        "the rule is not monotone: inputs " + LawCheck.words(before) + " give " + result.id() + ", but with input " + (input + 1)
            + " improved from " + before.get(input).id() + " to " + after.get(input).id() + " they give the worse " + worse.id();
    return GradingLawViolation.of(
        GradingLaw.MONOTONE, MONOTONE.violation("rule", LawCheck.words(after), message), Counterexample.worsened(before, result, input, after, worse));
  }

  private static List<Grade> grades(GradeScale scale, int[] ranks) {
    Grade[] grades = new Grade[ranks.length];
    for (int i = 0; i < ranks.length; i++) {
      grades[i] = scale.grade(ranks[i]);
    }
    return List.of(grades);
  }
}
