package io.github.peelkit.testkit;

import io.github.peelkit.assessment.Source;
import io.github.peelkit.grading.AllCondition;
import io.github.peelkit.grading.AnyCondition;
import io.github.peelkit.grading.Band;
import io.github.peelkit.grading.Basis;
import io.github.peelkit.grading.Condition;
import io.github.peelkit.grading.CountCondition;
import io.github.peelkit.grading.GradeRule;
import io.github.peelkit.grading.GradingLaw;
import io.github.peelkit.grading.GradingMethod;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.InputCondition;
import io.github.peelkit.grading.Inputs;
import io.github.peelkit.grading.Limit;
import io.github.peelkit.grading.NotCondition;
import io.github.peelkit.grading.OrderedRules;
import io.github.peelkit.grading.Points;
import io.github.peelkit.grading.Selector;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded random generator of grading rules, lawful and unlawful, for property tests in any engine.
 *
 * <pre>{@code
 * GradingGenerator generate = GradingGenerator.of(42);
 * GradingRules rules = generate.rules();                               // lawful: it was built
 * UnlawfulRules broken = generate.unlawful(GradingLaw.MONOTONE);       // sure to break monotone
 * }</pre>
 *
 * <p>Lawful rules are lawful by construction, and built through the builder, which checks it: points
 * strictly decreasing with bands strictly decreasing, giving grades best first, the last reached by
 * the lowest score; or ordered rules giving grades best first, each under a condition that stays true
 * when an input improves (an up-set: {@code count: good-or-better, atLeast: 2}, {@code count:
 * requires-improvement-or-worse, atMost: 1}, {@code input: safe, is: good-or-better}, and {@code all},
 * {@code any} and {@code not} of such), ending with the worst of their grades otherwise; and limits
 * under conditions that stay false when an input improves (down-sets). They may carry rules, bands or
 * limits that decide nothing, a warning (PK018), but never an error.
 *
 * <p>Reproducible: a generator made from the same seed and asked the same things in the same order
 * gives equal values. Not thread-safe.
 */
public final class GradingGenerator {
  private final ModelGenerator model;
  private final Texts texts;

  private GradingGenerator(RandomGenerator random, TextStyle style) {
    this.model = ModelGenerator.of(Objects.requireNonNull(random, "random").nextLong(), style);
    this.texts = new Texts(random, style);
  }

  /**
   * A generator of plain text, seeded.
   *
   * @param seed the seed
   * @return the generator
   */
  public static GradingGenerator of(long seed) {
    return of(seed, TextStyle.PLAIN);
  }

  /**
   * A generator in a text style, seeded.
   *
   * @param seed the seed
   * @param style the style of names, notes and extensions
   * @return the generator
   */
  public static GradingGenerator of(long seed, TextStyle style) {
    return new GradingGenerator(new SplittableRandom(seed), style);
  }

  /**
   * A generator driven by a random source, such as a property-testing engine's.
   *
   * @param random the source of randomness
   * @return the generator
   */
  public static GradingGenerator of(RandomGenerator random) {
    return new GradingGenerator(random, TextStyle.PLAIN);
  }

  /** {@return lawful rules between random scales of 2 to 5 grades, of 1 to 8 inputs} */
  public GradingRules rules() {
    GradeScale inputScale = model.scale(texts.between(2, 5));
    GradeScale scale = texts.chance(0.5) ? inputScale : model.scale(texts.between(2, 5));
    return rules(inputScale, scale);
  }

  /**
   * Lawful rules between two scales, of 1 to 8 inputs, named half the time.
   *
   * @param inputScale the scale of the grades combined
   * @param scale the scale of the result
   * @return the rules
   */
  public GradingRules rules(GradeScale inputScale, GradeScale scale) {
    return rules(inputScale, scale, inputs(texts.between(1, 8)));
  }

  /**
   * Lawful rules between two scales, of given inputs: points and bands, or ordered rules, half the
   * time each, with up to two limits.
   *
   * @param inputScale the scale of the grades combined
   * @param scale the scale of the result
   * @param inputs the inputs
   * @return the rules
   */
  public GradingRules rules(GradeScale inputScale, GradeScale scale, Inputs inputs) {
    GradingMethod method = texts.chance(0.5) ? points(inputScale, scale, inputs.size()) : ordered(inputScale, scale, inputs);
    List<Limit> limits = new ArrayList<>();
    int count = texts.chance(0.5) ? texts.between(1, 2) : 0;
    for (int l = 0; l < count; l++) {
      limits.add(Limit.builder().when(downSet(inputScale, inputs, 2)).atBest(any(scale)).extensions(model.extensions()).build());
    }
    GradingRules.Builder rules = GradingRules.builder();
    rules.id(texts.ids().next("rules")).inputScale(inputScale).scale(scale).inputs(inputs).method(method).limits(limits)
        .extensions(model.extensions());
    if (texts.chance(0.6)) {
      rules.name(texts.shortText());
    }
    if (texts.chance(0.3)) {
      rules.note(texts.text());
    }
    if (texts.chance(0.3)) {
      rules.source(Source.builder().title(texts.shortText()).url("https://example.org/" + texts.ids().next("rules")).build());
    }
    return rules.build();
  }

  /**
   * Inputs: named half the time ({@code input-1}, ...), counted otherwise.
   *
   * @param size the number of inputs, at least 1
   * @return the inputs
   */
  public Inputs inputs(int size) {
    if (texts.chance(0.5)) {
      return Inputs.count(size);
    }
    List<String> names = new ArrayList<>();
    Texts.Ids ids = texts.ids();
    for (int i = 0; i < size; i++) {
      names.add(ids.next("input"));
    }
    return Inputs.named(names);
  }

  /** Lawful points: values strictly decreasing, bands strictly decreasing giving grades best first, the last reached. */
  private Points points(GradeScale inputScale, GradeScale scale, int n) {
    Points.Builder points = Points.builder();
    List<BigDecimal> values = decreasing(inputScale.size(), texts.between(0, 2));
    for (int g = 0; g < inputScale.size(); g++) {
      points.putValue(inputScale.grade(g), values.get(g));
    }
    Basis basis = texts.chance(0.5) ? Basis.TOTAL : Basis.PERCENT;
    BigDecimal best = values.get(0).multiply(BigDecimal.valueOf(n));
    BigDecimal lowest = values.get(values.size() - 1).multiply(BigDecimal.valueOf(n));
    BigDecimal top = basis == Basis.TOTAL ? best : BigDecimal.valueOf(100);
    BigDecimal floor = basis == Basis.TOTAL ? lowest : lowest.multiply(BigDecimal.valueOf(100)).divide(best, 0, java.math.RoundingMode.FLOOR);
    int bands = texts.between(1, Math.min(4, scale.size()));
    List<Integer> grades = ascending(bands, scale.size());
    // Bounds strictly decreasing from somewhere up to the top down to the floor, which the lowest score reaches.
    List<BigDecimal> bounds = new ArrayList<>();
    BigDecimal span = top.subtract(floor);
    for (int b = 0; b < bands - 1; b++) {
      bounds.add(floor.add(span.multiply(BigDecimal.valueOf(texts.between(1, 1000))).divide(BigDecimal.valueOf(1000), 2, java.math.RoundingMode.DOWN)));
    }
    bounds.sort((a, b) -> b.compareTo(a));
    List<BigDecimal> distinct = new ArrayList<>();
    for (BigDecimal bound : bounds) {
      if (bound.compareTo(floor) > 0 && (distinct.isEmpty() || bound.compareTo(distinct.get(distinct.size() - 1)) < 0)) {
        distinct.add(bound.stripTrailingZeros().scale() < 0 ? bound.setScale(0) : bound.stripTrailingZeros());
      }
    }
    distinct.add(texts.chance(0.5) ? BigDecimal.ZERO : floor);
    for (int b = 0; b < distinct.size(); b++) {
      points.addBands(Band.builder().grade(scale.grade(grades.get(b + grades.size() - distinct.size()))).atLeast(distinct.get(b))
          .extensions(model.extensions()).build());
    }
    return points.basis(basis).extensions(model.extensions()).build();
  }

  /** Strictly decreasing, non-negative values: whole numbers, or with one decimal place now and then. */
  private List<BigDecimal> decreasing(int size, int worst) {
    List<BigDecimal> values = new ArrayList<>();
    BigDecimal value = BigDecimal.valueOf(worst);
    boolean decimals = texts.chance(0.2);
    for (int g = 0; g < size; g++) {
      values.add(0, value);
      BigDecimal step = decimals ? BigDecimal.valueOf(texts.between(1, 30), 1) : BigDecimal.valueOf(texts.between(1, 3));
      value = value.add(step);
    }
    return values;
  }

  /** {@code count} ranks of a scale of {@code size}, not decreasing: grades best first, repeats allowed. */
  private List<Integer> ascending(int count, int size) {
    List<Integer> ranks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ranks.add(texts.random().nextInt(size));
    }
    ranks.sort(Integer::compare);
    return ranks;
  }

  /** Lawful ordered rules: grades best first under up-set conditions, the worst of them otherwise. */
  private OrderedRules ordered(GradeScale inputScale, GradeScale scale, Inputs inputs) {
    int count = texts.between(0, 4);
    List<Integer> grades = ascending(count + 1, scale.size());
    List<GradeRule> rules = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      rules.add(GradeRule.builder().grade(scale.grade(grades.get(i))).when(upSet(inputScale, inputs, 2)).extensions(model.extensions()).build());
    }
    rules.add(GradeRule.builder().grade(scale.grade(grades.get(count))).extensions(model.extensions()).build());
    return OrderedRules.of(rules);
  }

  /** A condition that stays true when an input improves. */
  Condition upSet(GradeScale scale, Inputs inputs, int depth) {
    int n = inputs.size();
    int pick = texts.between(0, depth > 0 ? 5 : 2);
    Grade grade = any(scale);
    switch (pick) {
      case 0:
        return count(Selector.orBetter(grade), texts.between(0, n), -1);
      case 1:
        return count(Selector.orWorse(grade), -1, texts.between(0, n));
      case 2:
        if (inputs.isNamed()) {
          return InputCondition.builder().input(inputs.names().get(texts.random().nextInt(n))).is(Selector.orBetter(grade))
              .extensions(model.extensions()).build();
        }
        return count(Selector.of(scale.best()), texts.between(0, n), -1);
      case 3:
        return AllCondition.builder().conditions(parts(scale, inputs, depth, true)).extensions(model.extensions()).build();
      case 4:
        return AnyCondition.builder().conditions(parts(scale, inputs, depth, true)).extensions(model.extensions()).build();
      default:
        return NotCondition.builder().condition(downSet(scale, inputs, depth - 1)).extensions(model.extensions()).build();
    }
  }

  /** A condition that stays false when an input improves. */
  Condition downSet(GradeScale scale, Inputs inputs, int depth) {
    int n = inputs.size();
    int pick = texts.between(0, depth > 0 ? 5 : 2);
    Grade grade = any(scale);
    switch (pick) {
      case 0:
        return count(Selector.orWorse(grade), texts.between(0, n), -1);
      case 1:
        return count(Selector.orBetter(grade), -1, texts.between(0, n));
      case 2:
        if (inputs.isNamed()) {
          return InputCondition.builder().input(inputs.names().get(texts.random().nextInt(n))).is(Selector.orWorse(grade))
              .extensions(model.extensions()).build();
        }
        return count(Selector.of(scale.worst()), texts.between(0, n), -1);
      case 3:
        return AllCondition.builder().conditions(parts(scale, inputs, depth, false)).extensions(model.extensions()).build();
      case 4:
        return AnyCondition.builder().conditions(parts(scale, inputs, depth, false)).extensions(model.extensions()).build();
      default:
        return NotCondition.builder().condition(upSet(scale, inputs, depth - 1)).extensions(model.extensions()).build();
    }
  }

  private List<Condition> parts(GradeScale scale, Inputs inputs, int depth, boolean up) {
    List<Condition> parts = new ArrayList<>();
    int count = texts.between(1, 3);
    for (int i = 0; i < count; i++) {
      parts.add(up ? upSet(scale, inputs, depth - 1) : downSet(scale, inputs, depth - 1));
    }
    return parts;
  }

  private CountCondition count(Selector selector, int atLeast, int atMost) {
    CountCondition.Builder count = CountCondition.builder().selector(selector).extensions(model.extensions());
    if (atLeast >= 0) {
      count.atLeast(atLeast);
    }
    if (atMost >= 0) {
      count.atMost(atMost);
    }
    return count.build();
  }

  private Grade any(GradeScale scale) {
    return scale.grade(texts.random().nextInt(scale.size()));
  }

  /**
   * Rules sure to break a law, between random scales of 2 to 5 grades, of 1 to 6 inputs.
   *
   * @param law the law to break
   * @return the rules, which cannot be built
   */
  public UnlawfulRules unlawful(GradingLaw law) {
    GradeScale inputScale = model.scale(texts.between(2, 5));
    GradeScale scale = texts.chance(0.5) ? inputScale : model.scale(texts.between(2, 5));
    return unlawful(law, inputScale, scale, inputs(texts.between(1, 6)));
  }

  /**
   * Rules sure to break a law.
   *
   * @param law the law to break: {@link GradingLaw#TOTAL}, {@link GradingLaw#MONOTONE} or {@link
   *     GradingLaw#WELL_FORMED} ({@link GradingLaw#REACHABLE} is a warning, which lawful rules may break)
   * @param inputScale the scale of the grades combined
   * @param scale the scale of the result
   * @param inputs the inputs
   * @return the rules, which cannot be built
   * @throws IllegalArgumentException for {@link GradingLaw#REACHABLE}
   */
  public UnlawfulRules unlawful(GradingLaw law, GradeScale inputScale, GradeScale scale, Inputs inputs) {
    int n = inputs.size();
    Selector best = Selector.of(inputScale.best());
    switch (law) {
      case TOTAL:
        if (texts.chance(0.5)) {
          // The lowest score is below the only band: the whole maximum.
          Points lawful = points(inputScale, scale, n);
          BigDecimal top = lawful.basis() == Basis.TOTAL ? lawful.values().get(inputScale.best()).multiply(BigDecimal.valueOf(n)) : BigDecimal.valueOf(100);
          return new UnlawfulRules(
              law, inputScale, scale, inputs, Points.builder().from(lawful).bands(List.of(Band.of(any(scale), top))).build(), List.of());
        }
        // Every rule needs an input at the best grade, and none applies otherwise: all inputs at the worst grade get nothing.
        List<GradeRule> rules = new ArrayList<>();
        int count = texts.between(1, 3);
        for (int i = 0; i < count; i++) {
          rules.add(GradeRule.when(any(scale), Condition.all(upSet(inputScale, inputs, 1), Condition.atLeast(best, 1))));
        }
        return new UnlawfulRules(law, inputScale, scale, inputs, OrderedRules.of(rules), List.of());
      case MONOTONE:
        if (texts.chance(0.5)) {
          // Every input at the best grade gets the worst result; anything else the best.
          return new UnlawfulRules(
              law,
              inputScale,
              scale,
              inputs,
              OrderedRules.of(GradeRule.when(scale.worst(), Condition.atLeast(best, n)), GradeRule.otherwise(scale.best())),
              List.of());
        }
        Points lawful = points(inputScale, scale, n);
        BigDecimal top = lawful.basis() == Basis.TOTAL ? lawful.values().get(inputScale.best()).multiply(BigDecimal.valueOf(n)) : BigDecimal.valueOf(100);
        return new UnlawfulRules(
            law,
            inputScale,
            scale,
            inputs,
            Points.builder().from(lawful).bands(List.of(Band.of(scale.worst(), top), Band.of(scale.best(), 0))).build(),
            List.of());
      case WELL_FORMED:
        return malformed(inputScale, scale, inputs);
      default:
        throw new IllegalArgumentException(
            "lawful rules may break " + law.id() + ", which is a warning: make lawful rules and look at their warnings");
    }
  }

  private UnlawfulRules malformed(GradeScale inputScale, GradeScale scale, Inputs inputs) {
    int n = inputs.size();
    Points lawful = points(inputScale, scale, n);
    OrderedRules ordered = ordered(inputScale, scale, inputs);
    GradingMethod method;
    List<Limit> limits = List.of();
    switch (texts.between(0, 5)) {
      case 0:
        // Two bands at one bound.
        method = Points.builder().from(lawful).bands(List.of(Band.of(scale.best(), 0), Band.of(scale.worst(), 0))).build();
        break;
      case 1:
        // A band below zero.
        method = Points.builder().from(lawful).bands(List.of(Band.of(scale.best(), -1))).build();
        break;
      case 2:
        // Points that do not decrease.
        Points.Builder flat = Points.builder().from(lawful);
        inputScale.grades().forEach(g -> flat.putValue(g, BigDecimal.ONE));
        method = flat.build();
        break;
      case 3:
        // Otherwise before the last rule.
        List<GradeRule> rules = new ArrayList<>(ordered.rules());
        rules.add(0, GradeRule.otherwise(scale.best()));
        method = OrderedRules.of(rules);
        break;
      case 4:
        // A count of more inputs than there are.
        method = OrderedRules.of(GradeRule.when(scale.best(), Condition.atLeast(Selector.of(inputScale.best()), n + 1)), GradeRule.otherwise(scale.worst()));
        break;
      default:
        // A condition that names an input the rules do not have.
        method = ordered;
        limits = List.of(Limit.of(Condition.input("no-such-input", Selector.of(inputScale.worst())), scale.worst()));
        break;
    }
    return new UnlawfulRules(GradingLaw.WELL_FORMED, inputScale, scale, inputs, method, limits);
  }
}
