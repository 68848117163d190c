package io.github.peelkit.grading;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An independent reading of grading rules for tests: evaluates a combination by walking the rules as
 * written, with BigDecimal arithmetic and no compilation, and walks every combination of inputs
 * (all {@code m^n} of them, not classes) to find what the laws say.
 */
final class Reference {
  private final GradeScale inputScale;
  private final GradeScale scale;
  private final Inputs inputs;
  private final GradingMethod method;
  private final List<Limit> limits;

  Reference(GradeScale inputScale, GradeScale scale, Inputs inputs, GradingMethod method, List<Limit> limits) {
    this.inputScale = inputScale;
    this.scale = scale;
    this.inputs = inputs;
    this.method = method;
    this.limits = limits;
  }

  static Reference of(GradingRules rules) {
    return new Reference(rules.inputScale(), rules.scale(), rules.inputs(), rules.method(), rules.limits());
  }

  /** The result: rule or band index, and grade after limits; empty when nothing gives a grade. */
  record Result(int decider, Grade uncapped, Grade grade, List<Integer> lowered) {}

  Optional<Result> evaluate(List<Grade> grades) {
    int decider = -1;
    Grade uncapped = null;
    if (method instanceof Points points) {
      BigDecimal total = BigDecimal.ZERO;
      for (Grade g : grades) {
        total = total.add(points.values().get(g));
      }
      BigDecimal max = points.values().get(inputScale.grade(0)).multiply(BigDecimal.valueOf(grades.size()));
      for (int b = 0; b < points.bands().size() && decider < 0; b++) {
        BigDecimal bound = points.bands().get(b).atLeast();
        boolean reached =
            points.basis() == Basis.TOTAL
                ? total.compareTo(bound) >= 0
                : total.multiply(BigDecimal.valueOf(100)).compareTo(bound.multiply(max)) >= 0;
        if (reached) {
          decider = b;
          uncapped = points.bands().get(b).grade();
        }
      }
    } else {
      List<GradeRule> rules = ((OrderedRules) method).rules();
      for (int i = 0; i < rules.size() && decider < 0; i++) {
        if (rules.get(i).when().map(c -> holds(c, grades)).orElse(true)) {
          decider = i;
          uncapped = rules.get(i).grade();
        }
      }
    }
    if (decider < 0) {
      return Optional.empty();
    }
    Grade grade = uncapped;
    List<Integer> lowered = new ArrayList<>();
    for (int l = 0; l < limits.size(); l++) {
      if (holds(limits.get(l).when(), grades) && limits.get(l).atBest().isWorseThan(grade)) {
        grade = limits.get(l).atBest();
        lowered.add(l);
      }
    }
    return Optional.of(new Result(decider, uncapped, grade, lowered));
  }

  boolean holds(Condition c, List<Grade> grades) {
    if (c instanceof CountCondition count) {
      long n = grades.stream().filter(g -> count.selector().matches(g)).count();
      return (count.atLeast().isEmpty() || n >= count.atLeast().getAsInt()) && (count.atMost().isEmpty() || n <= count.atMost().getAsInt());
    }
    if (c instanceof InputCondition input) {
      return input.is().matches(grades.get(inputs.names().indexOf(input.input())));
    }
    if (c instanceof AllCondition all) {
      for (Condition part : all.conditions()) {
        if (!holds(part, grades)) {
          return false;
        }
      }
      return true;
    }
    if (c instanceof AnyCondition any) {
      for (Condition part : any.conditions()) {
        if (holds(part, grades)) {
          return true;
        }
      }
      return false;
    }
    return !holds(((NotCondition) c).condition(), grades);
  }

  /** Every combination of inputs, the last input changing fastest. */
  List<List<Grade>> all() {
    List<List<Grade>> all = new ArrayList<>();
    int n = inputs.size();
    int m = inputScale.size();
    int[] ranks = new int[n];
    while (true) {
      List<Grade> grades = new ArrayList<>();
      for (int r : ranks) {
        grades.add(inputScale.grade(r));
      }
      all.add(List.copyOf(grades));
      int j = n - 1;
      while (j >= 0 && ++ranks[j] == m) {
        ranks[j--] = 0;
      }
      if (j < 0) {
        return all;
      }
    }
  }

  /** What the laws say, found by brute force. */
  record Laws(boolean total, boolean monotone, boolean[] decided, boolean[] lowered) {}

  Laws laws() {
    int deciders = method instanceof Points p ? p.bands().size() : ((OrderedRules) method).rules().size();
    boolean[] decided = new boolean[deciders];
    boolean[] lowered = new boolean[limits.size()];
    boolean total = true;
    boolean monotone = true;
    for (List<Grade> grades : all()) {
      Optional<Result> r = evaluate(grades);
      if (r.isEmpty()) {
        total = false;
        continue;
      }
      decided[r.get().decider()] = true;
      r.get().lowered().forEach(l -> lowered[l] = true);
      for (int i = 0; i < grades.size(); i++) {
        if (grades.get(i).rank() > 0) {
          List<Grade> better = new ArrayList<>(grades);
          better.set(i, inputScale.grade(grades.get(i).rank() - 1));
          Optional<Result> b = evaluate(better);
          if (b.isPresent() && b.get().grade().isWorseThan(r.get().grade())) {
            monotone = false;
          }
        }
      }
    }
    return new Laws(total, monotone, decided, lowered);
  }

  GradeScale scale() {
    return scale;
  }
}
