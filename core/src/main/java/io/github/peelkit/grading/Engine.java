package io.github.peelkit.grading;

import io.github.peelkit.scale.Grade;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Well-formed grading rules compiled to arrays of ranks, so that one combination of inputs is
 * decided without allocating: the law check decides every combination, and {@link
 * GradingRules#evaluate(List)} one.
 *
 * <p>A combination is given as the number of inputs of each grade ({@code counts}, by rank of the
 * input scale, 0 the best) and the rank of each input ({@code ranks}; only the inputs that
 * conditions name need one).
 */
final class Engine {
  /** No grade: no rule holds and none applies otherwise, or no band is reached. */
  static final int NONE = -1;

  final int grades;
  final int inputs;
  private final Node[] ruleConditions;
  private final int[] ruleGrades;
  private final BigInteger[] pointUnits;
  private final BigInteger[] bandThresholds;
  private final BigInteger scoreFactor;
  private final int[] bandGrades;
  private final Node[] limitConditions;
  private final int[] limitGrades;
  private final int nodes;

  Engine(Parts parts) {
    this.grades = parts.inputScale().size();
    this.inputs = parts.inputs().size();
    int[] count = {0};
    if (parts.method() instanceof OrderedRules ordered) {
      List<GradeRule> rules = ordered.rules();
      ruleConditions = new Node[rules.size()];
      ruleGrades = new int[rules.size()];
      for (int i = 0; i < rules.size(); i++) {
        GradeRule rule = rules.get(i);
        ruleConditions[i] = rule.when().map(c -> compile(c, parts.inputs(), grades, count)).orElse(null);
        ruleGrades[i] = rule.grade().rank();
      }
      pointUnits = null;
      bandThresholds = null;
      scoreFactor = null;
      bandGrades = null;
    } else {
      Points points = (Points) parts.method();
      int scale = 0;
      for (BigDecimal v : points.values().values()) {
        scale = Math.max(scale, Math.max(0, v.scale()));
      }
      for (Band b : points.bands()) {
        scale = Math.max(scale, Math.max(0, b.atLeast().scale()));
      }
      pointUnits = new BigInteger[grades];
      for (Map.Entry<Grade, BigDecimal> e : points.values().entrySet()) {
        pointUnits[e.getKey().rank()] = units(e.getValue(), scale);
      }
      BigInteger maximum = pointUnits[0].multiply(BigInteger.valueOf(inputs));
      boolean percent = points.basis() == Basis.PERCENT;
      // A percentage p = 100 × total / maximum reaches a band b when 100 × 10^s × total >= b × 10^s × maximum,
      // all in units of 10^-s: exact, with no division.
      scoreFactor = percent ? BigInteger.TEN.pow(scale).multiply(BigInteger.valueOf(100)) : BigInteger.ONE;
      bandThresholds = new BigInteger[points.bands().size()];
      bandGrades = new int[points.bands().size()];
      for (int b = 0; b < bandThresholds.length; b++) {
        BigInteger bound = units(points.bands().get(b).atLeast(), scale);
        bandThresholds[b] = percent ? bound.multiply(maximum) : bound;
        bandGrades[b] = points.bands().get(b).grade().rank();
        count[0]++;
      }
      ruleConditions = null;
      ruleGrades = null;
    }
    List<Limit> limits = parts.limits();
    limitConditions = new Node[limits.size()];
    limitGrades = new int[limits.size()];
    for (int l = 0; l < limits.size(); l++) {
      limitConditions[l] = compile(limits.get(l).when(), parts.inputs(), grades, count);
      limitGrades[l] = limits.get(l).atBest().rank();
    }
    this.nodes = count[0];
  }

  private static BigInteger units(BigDecimal value, int scale) {
    return value.setScale(scale).unscaledValue();
  }

  /** {@return the number of conditions and bands: what deciding one combination costs, at most} */
  int nodes() {
    return nodes;
  }

  /** {@return whether the rules are points and bands} */
  boolean isPoints() {
    return pointUnits != null;
  }

  /** {@return the number of rules or bands} */
  int deciders() {
    return isPoints() ? bandGrades.length : ruleGrades.length;
  }

  /** {@return the number of limits} */
  int limits() {
    return limitGrades.length;
  }

  /**
   * The total of a combination's points, in units of the common scale of points and bands.
   *
   * @param counts the number of inputs of each grade
   * @return the total
   */
  BigInteger total(int[] counts) {
    BigInteger total = BigInteger.ZERO;
    for (int g = 0; g < grades; g++) {
      if (counts[g] != 0) {
        total = total.add(pointUnits[g].multiply(BigInteger.valueOf(counts[g])));
      }
    }
    return total;
  }

  /**
   * Which rule or band decides a combination, before limits.
   *
   * @param counts the number of inputs of each grade
   * @param ranks the rank of each input a condition names
   * @return the index of the rule or band, or {@link #NONE}
   */
  int decider(int[] counts, int[] ranks) {
    if (isPoints()) {
      return band(total(counts));
    }
    for (int i = 0; i < ruleGrades.length; i++) {
      if (ruleConditions[i] == null || ruleConditions[i].test(counts, ranks)) {
        return i;
      }
    }
    return NONE;
  }

  /**
   * The band a total reaches.
   *
   * @param total the total, in units
   * @return the index of the first band reached, or {@link #NONE}
   */
  int band(BigInteger total) {
    BigInteger score = total.multiply(scoreFactor);
    for (int b = 0; b < bandThresholds.length; b++) {
      if (score.compareTo(bandThresholds[b]) >= 0) {
        return b;
      }
    }
    return NONE;
  }

  /** {@return the rank of the grade a rule or band gives} */
  int gradeOf(int decider) {
    return isPoints() ? bandGrades[decider] : ruleGrades[decider];
  }

  /**
   * Applies the limits, in order, to a result.
   *
   * @param rank the result's rank before the limits
   * @param counts the number of inputs of each grade
   * @param ranks the rank of each input a condition names
   * @param lowered set to whether each limit lowered the result, when not null
   * @return the rank after the limits
   */
  int cap(int rank, int[] counts, int[] ranks, boolean[] lowered) {
    int result = rank;
    for (int l = 0; l < limitGrades.length; l++) {
      if (limitGrades[l] > result && limitConditions[l].test(counts, ranks)) {
        result = limitGrades[l];
        if (lowered != null) {
          lowered[l] = true;
        }
      }
    }
    return result;
  }

  private static Node compile(Condition condition, Inputs inputs, int grades, int[] count) {
    count[0]++;
    if (condition instanceof CountCondition c) {
      return new CountNode(
          c.selector().best(), c.selector().worst(grades), c.atLeast().orElse(0), c.atMost().orElse(Integer.MAX_VALUE));
    }
    if (condition instanceof InputCondition c) {
      return new InputNode(inputs.indexOf(c.input()).getAsInt(), c.is().best(), c.is().worst(grades));
    }
    if (condition instanceof AllCondition c) {
      return new AllNode(c.conditions().stream().map(x -> compile(x, inputs, grades, count)).toArray(Node[]::new));
    }
    if (condition instanceof AnyCondition c) {
      return new AnyNode(c.conditions().stream().map(x -> compile(x, inputs, grades, count)).toArray(Node[]::new));
    }
    return new NotNode(compile(((NotCondition) condition).condition(), inputs, grades, count));
  }

  /** A compiled condition. */
  private abstract static class Node {
    abstract boolean test(int[] counts, int[] ranks);
  }

  private static final class CountNode extends Node {
    private final int best;
    private final int worst;
    private final int atLeast;
    private final int atMost;

    CountNode(int best, int worst, int atLeast, int atMost) {
      this.best = best;
      this.worst = worst;
      this.atLeast = atLeast;
      this.atMost = atMost;
    }

    @Override
    boolean test(int[] counts, int[] ranks) {
      int n = 0;
      for (int g = best; g <= worst; g++) {
        n += counts[g];
      }
      return n >= atLeast && n <= atMost;
    }
  }

  private static final class InputNode extends Node {
    private final int input;
    private final int best;
    private final int worst;

    InputNode(int input, int best, int worst) {
      this.input = input;
      this.best = best;
      this.worst = worst;
    }

    @Override
    boolean test(int[] counts, int[] ranks) {
      int rank = ranks[input];
      return rank >= best && rank <= worst;
    }
  }

  private static final class AllNode extends Node {
    private final Node[] parts;

    AllNode(Node[] parts) {
      this.parts = parts;
    }

    @Override
    boolean test(int[] counts, int[] ranks) {
      for (Node part : parts) {
        if (!part.test(counts, ranks)) {
          return false;
        }
      }
      return true;
    }
  }

  private static final class AnyNode extends Node {
    private final Node[] parts;

    AnyNode(Node[] parts) {
      this.parts = parts;
    }

    @Override
    boolean test(int[] counts, int[] ranks) {
      for (Node part : parts) {
        if (part.test(counts, ranks)) {
          return true;
        }
      }
      return false;
    }
  }

  private static final class NotNode extends Node {
    private final Node part;

    NotNode(Node part) {
      this.part = part;
    }

    @Override
    boolean test(int[] counts, int[] ranks) {
      return !part.test(counts, ranks);
    }
  }
}
