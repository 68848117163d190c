package io.github.peelkit.examples.bench;

import io.github.peelkit.grading.Condition;
import io.github.peelkit.grading.Evaluation;
import io.github.peelkit.grading.GradeRule;
import io.github.peelkit.grading.GradingLawViolation;
import io.github.peelkit.grading.GradingLaws;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.Inputs;
import io.github.peelkit.grading.Limit;
import io.github.peelkit.grading.OrderedRules;
import io.github.peelkit.grading.Points;
import io.github.peelkit.grading.Selector;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Grading rules: {@code evaluate} grades one combination of inputs (64 drawn once from a fixed seed,
 * taken in turn), and {@code laws} checks the rules' laws from their parts, exhaustively, as building
 * or loading them does. The rules: the three built-in sets; {@code twelve-named}, twelve named inputs
 * over four grades, HMI Probation's points and bands with a limit on one input (1,456 classes of
 * 16,777,216 combinations); and {@code largest}, twelve named inputs with seven named in conditions
 * (917,504 classes), near the most {@link GradingLaws#MAX_COMBINATIONS} allows.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class GradingBenchmark {
  /** Combinations taken in turn by {@code evaluate}. */
  static final int COMBINATIONS = 64;

  /** The rules. */
  @Param({"hmip-youth-justice-2018", "cqc-adult-social-care-2022", "cqc-local-authority-2023", "twelve-named", "largest"})
  public String rules;

  private GradingRules graded;
  private final List<List<Grade>> inputs = new ArrayList<>();
  private int next;

  /** Builds the rules (which checks their laws) and draws the combinations. */
  @Setup
  public void setUp() {
    graded = rules(rules);
    inputs.clear();
    inputs.addAll(combinations(graded, Corpus.SEED));
    next = 0;
  }

  /** {@return the rules of a benchmark's name} */
  static GradingRules rules(String name) {
    return switch (name) {
      case "twelve-named" -> twelveNamed();
      case "largest" -> largest();
      default -> GradingRuleSets.find(name).orElseThrow(() -> new IllegalArgumentException("no rules " + name));
    };
  }

  /** {@return combinations of the rules' input grades drawn from a seed} */
  static List<List<Grade>> combinations(GradingRules rules, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Grade> grades = rules.inputScale().grades();
    List<List<Grade>> drawn = new ArrayList<>();
    for (int c = 0; c < COMBINATIONS; c++) {
      List<Grade> combination = new ArrayList<>();
      for (int i = 0; i < rules.inputs().size(); i++) {
        combination.add(grades.get(random.nextInt(grades.size())));
      }
      drawn.add(List.copyOf(combination));
    }
    return drawn;
  }

  private static List<String> standards() {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      names.add("standard-" + i);
    }
    return names;
  }

  /** HMI Probation's points and bands over twelve named standards, capped at Requires improvement when the first is Inadequate. */
  private static GradingRules twelveNamed() {
    GradeScale scale = GradeScales.HMIP_2018;
    Points points = (Points) GradingRuleSets.HMIP_YOUTH_JUSTICE_2018.method();
    return GradingRules.builder()
        .id("twelve-named")
        .inputScale(scale)
        .scale(scale)
        .inputs(Inputs.named(standards()))
        .method(points)
        .addLimits(Limit.of(Condition.input("standard-1", Selector.of(scale.grade("inadequate"))), scale.grade("requires-improvement")))
        .build();
  }

  /**
   * Twelve named standards, Inadequate when any of the first seven is, Outstanding with six
   * Outstanding and nothing worse than Good, Good with no Inadequate and at most two Requires
   * improvement, otherwise Requires improvement.
   */
  private static GradingRules largest() {
    GradeScale scale = GradeScales.HMIP_2018;
    Selector inadequate = Selector.of(scale.grade("inadequate"));
    List<Condition> firstSeven = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      firstSeven.add(Condition.input("standard-" + i, inadequate));
    }
    return GradingRules.builder()
        .id("largest")
        .inputScale(scale)
        .scale(scale)
        .inputs(Inputs.named(standards()))
        .method(
            OrderedRules.of(
                GradeRule.when(scale.grade("inadequate"), Condition.any(firstSeven)),
                GradeRule.when(
                    scale.grade("outstanding"),
                    Condition.all(
                        Condition.atLeast(Selector.of(scale.grade("outstanding")), 6),
                        Condition.atMost(Selector.orWorse(scale.grade("requires-improvement")), 0))),
                GradeRule.when(
                    scale.grade("good"),
                    Condition.all(Condition.atMost(inadequate, 0), Condition.atMost(Selector.of(scale.grade("requires-improvement")), 2))),
                GradeRule.otherwise(scale.grade("requires-improvement"))))
        .build();
  }

  /** {@return the evaluation of the next combination} */
  @Benchmark
  public Evaluation evaluate() {
    List<Grade> combination = inputs.get(next);
    next = (next + 1) % COMBINATIONS;
    return graded.evaluate(combination);
  }

  /** {@return what the exhaustive check of the rules' laws finds: nothing, as they are lawful} */
  @Benchmark
  public List<GradingLawViolation> laws() {
    return GradingLaws.check(graded.inputScale(), graded.scale(), graded.inputs(), graded.method(), graded.limits());
  }
}
