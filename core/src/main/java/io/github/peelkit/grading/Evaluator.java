package io.github.peelkit.grading;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** Evaluates one combination of inputs of well-formed rules and says in words what decided it. */
final class Evaluator {
  private Evaluator() {}

  /**
   * Evaluates a combination.
   *
   * @param id the rules' id
   * @param parts the rules, well-formed
   * @param engine the rules compiled
   * @param inputs the input grades, as many as the rules have inputs, of the input scale
   * @return the evaluation; empty when no rule or band gives the combination a grade (rules that are
   *     not total)
   */
  static Optional<Evaluation> evaluate(String id, Parts parts, Engine engine, List<Grade> inputs) {
    GradeScale scale = parts.inputScale();
    int[] counts = new int[scale.size()];
    int[] ranks = new int[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      ranks[i] = inputs.get(i).rank();
      counts[ranks[i]]++;
    }
    int decider = engine.decider(counts, ranks);
    if (decider == Engine.NONE) {
      return Optional.empty();
    }
    Map<Grade, Integer> byGrade = new LinkedHashMap<>();
    for (Grade g : scale.grades()) {
      byGrade.put(g, counts[g.rank()]);
    }
    Facts facts = new Facts(parts.inputs(), inputs);
    Grade uncapped = parts.scale().grade(engine.gradeOf(decider));
    StringBuilder words = new StringBuilder();
    OptionalInt rule = OptionalInt.empty();
    OptionalInt band = OptionalInt.empty();
    Optional<Score> score = Optional.empty();
    if (parts.method() instanceof Points points) {
      BigDecimal total = BigDecimal.ZERO;
      for (Grade g : scale.grades()) {
        total = total.add(points.values().get(g).multiply(BigDecimal.valueOf(counts[g.rank()])));
      }
      BigDecimal maximum = points.values().get(scale.best()).multiply(BigDecimal.valueOf(inputs.size()));
      Score s = Score.of(points.basis(), total, maximum);
      score = Optional.of(s);
      band = OptionalInt.of(decider + 1);
      Band reached = points.bands().get(decider);
      words.append(inputs.size()).append(inputs.size() == 1 ? " input (" : " inputs (").append(counted(byGrade)).append(") score ")
          .append(s).append(": band ").append(decider + 1).append(" gives ").append(uncapped.id()).append(" (")
          .append(reached.atLeast().toPlainString()).append(points.basis() == Basis.PERCENT ? "%" : "").append(" or more)");
    } else {
      GradeRule decided = ((OrderedRules) parts.method()).rules().get(decider);
      rule = OptionalInt.of(decider + 1);
      if (decided.isOtherwise()) {
        words.append(decider == 0 ? "rule 1 applies to every combination" : "no rule before it holds")
            .append(": rule ").append(decider + 1).append(" (otherwise) gives ").append(uncapped.id());
      } else {
        words.append(facts.of(decided.when().get())).append(": rule ").append(decider + 1).append(" gives ").append(uncapped.id());
      }
    }
    boolean[] lowered = new boolean[parts.limits().size()];
    int capped = engine.cap(uncapped.rank(), counts, ranks, lowered);
    List<Integer> caps = new ArrayList<>();
    for (int l = 0; l < lowered.length; l++) {
      if (lowered[l]) {
        caps.add(l + 1);
        Limit limit = parts.limits().get(l);
        words.append("; limit ").append(l + 1).append(" caps it at ").append(limit.atBest().id()).append(": ")
            .append(facts.of(limit.when()));
      }
    }
    return Optional.of(
        new Evaluation(
            id, parts.inputs(), inputs, Collections.unmodifiableMap(byGrade), parts.scale().grade(capped), uncapped, rule, band,
            score, caps, words.toString()));
  }

  /** The counts that are not zero, best grade first: {@code 1 outstanding, 10 good, 1 requires-improvement}. */
  private static String counted(Map<Grade, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((g, n) -> {
      if (n > 0) {
        parts.add(n + " " + g.id());
      }
    });
    return String.join(", ", parts);
  }
}
