package io.github.peelkit.grading;

import io.github.peelkit.check.Violation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The law {@link GradingLaw#WELL_FORMED}: what must hold of grading rules before their other laws
 * can be checked. Each breach is a violation at the path the format writes ({@code
 * points.bands[1].atLeast}, {@code rules[2].when.all[0].count}).
 */
final class WellFormed {
  /** Why a number of points or a band's bound is refused when it is not plain. */
  private static final String PLAIN = "points and bands are written with at most 6 decimal places, below 1,000,000,000";

  /** The most decimal places of points and bands: scores are small, exact numbers. */
  private static final int PLACES = 6;

  /** Points and bands are below this. */
  private static final BigDecimal LARGEST = BigDecimal.valueOf(1_000_000_000L);
  private final String subject;
  private final Parts parts;
  private final List<Violation> found = new ArrayList<>();

  private WellFormed(String subject, Parts parts) {
    this.subject = subject;
    this.parts = parts;
  }

  /**
   * Checks rules.
   *
   * @param subject how messages name the rules: {@code rules hmip-youth-justice-2018}
   * @param parts the rules
   * @return every breach, in the order of the document
   */
  static List<Violation> check(String subject, Parts parts) {
    WellFormed w = new WellFormed(subject, parts);
    w.run();
    return List.copyOf(w.found);
  }

  private void run() {
    if (parts.method() instanceof Points points) {
      points(points);
    } else {
      rules(((OrderedRules) parts.method()).rules());
    }
    for (int l = 0; l < parts.limits().size(); l++) {
      Limit limit = parts.limits().get(l);
      condition(limit.when(), "limits[" + l + "].when");
      result(limit.atBest(), "limits[" + l + "].atBest");
    }
  }

  private void points(Points points) {
    GradeScale scale = parts.inputScale();
    Map<Grade, BigDecimal> values = points.values();
    for (Grade grade : values.keySet()) {
      if (!scale.contains(grade)) {
        found.add(
            GradingLaws.KNOWN_GRADES.violation(
                "points.values." + grade.id(),
                grade.id(),
                subject + " give points to grade '" + grade.id() + "' of scale " + grade.scale() + ", which is not a grade of"
                    + " the input scale " + scale.id()));
      }
    }
    Grade previous = null;
    for (Grade grade : scale.grades()) {
      BigDecimal value = values.get(grade);
      String path = "points.values." + grade.id();
      if (value == null) {
        found.add(
            GradingLaws.POINTS.violation(
                "points.values", grade.id(), subject + " give no points to grade '" + grade.id() + "': give every grade of "
                    + scale.id() + " its points"));
        continue;
      }
      if (!isPlain(value)) {
        found.add(
            GradingLaws.POINTS.violation(
                path, value.toString(), subject + " give grade '" + grade.id() + "' " + value + " points: " + PLAIN));
      } else if (value.signum() < 0) {
        found.add(
            GradingLaws.POINTS.violation(
                path, shown(value), subject + " give grade '" + grade.id() + "' " + shown(value)
                    + " points: points are never negative"));
      }
      if (previous != null && values.get(previous) != null && value.compareTo(values.get(previous)) >= 0) {
        found.add(
            GradingLaws.POINTS.violation(
                path,
                shown(value),
                subject + " give grade '" + grade.id() + "' " + shown(value) + " points, not fewer than the "
                    + shown(values.get(previous)) + " of the better grade '" + previous.id()
                    + "': points must strictly decrease from best to worst"));
      }
      previous = grade;
    }
    List<Band> bands = points.bands();
    if (bands.isEmpty()) {
      found.add(GradingLaws.BANDS.violation("points.bands", "[]", subject + " have no band: give at least one, best first"));
    }
    for (int b = 0; b < bands.size(); b++) {
      Band band = bands.get(b);
      result(band.grade(), "points.bands[" + b + "].grade");
      String path = "points.bands[" + b + "].atLeast";
      String bound = shown(band.atLeast());
      if (!isPlain(band.atLeast())) {
        found.add(GradingLaws.BANDS.violation(path, band.atLeast().toString(), subject + " have band " + (b + 1) + " at " + band.atLeast() + ": " + PLAIN));
      } else if (band.atLeast().signum() < 0) {
        found.add(
            GradingLaws.BANDS.violation(
                path, bound, subject + " have band " + (b + 1) + " at " + bound + ", below zero: scores are never negative"));
      }
      if (b > 0 && band.atLeast().compareTo(bands.get(b - 1).atLeast()) >= 0) {
        found.add(
            GradingLaws.BANDS.violation(
                path,
                bound,
                subject + " have band " + (b + 1) + " at " + bound + ", not below band " + b + " at "
                    + shown(bands.get(b - 1).atLeast()) + ": bands are listed best first, each lower than the one"
                    + " before"));
      }
    }
  }

  /** A number as messages show it: plain when it is small, else as written, never a billion zeros. */
  private static String shown(BigDecimal value) {
    return isPlain(value) ? value.toPlainString() : value.toString();
  }

  /** Whether a number is small and has few decimal places, so that scores stay exact and cheap. */
  private static boolean isPlain(BigDecimal value) {
    return value.stripTrailingZeros().scale() <= PLACES && value.abs().compareTo(LARGEST) < 0;
  }

  private void rules(List<GradeRule> rules) {
    if (rules.isEmpty()) {
      found.add(GradingLaws.ORDERED.violation("rules", "[]", subject + " have no rule: give at least one"));
    }
    for (int i = 0; i < rules.size(); i++) {
      GradeRule rule = rules.get(i);
      String at = "rules[" + i + "]";
      result(rule.grade(), at + ".grade");
      if (rule.isOtherwise() && i < rules.size() - 1) {
        found.add(
            GradingLaws.ORDERED.violation(
                at + ".otherwise",
                "true",
                subject + " have rule " + (i + 1) + " apply otherwise, but rules follow it that could never apply: only the"
                    + " last rule may have otherwise"));
      }
      rule.when().ifPresent(c -> condition(c, at + ".when"));
    }
  }

  private void condition(Condition condition, String path) {
    if (condition instanceof CountCondition c) {
      selector(c.selector(), path + ".count");
      int n = parts.inputs().size();
      if (c.atLeast().isPresent() && c.atLeast().getAsInt() > n) {
        found.add(
            GradingLaws.COUNT_BOUNDS.violation(
                path + ".atLeast",
                c.atLeast().getAsInt(),
                "atLeast " + c.atLeast().getAsInt() + " is more than the " + n + " inputs of " + subject + ": the count can"
                    + " never hold"));
      }
      if (c.atMost().isPresent() && c.atMost().getAsInt() > n) {
        found.add(
            GradingLaws.COUNT_BOUNDS.violation(
                path + ".atMost",
                c.atMost().getAsInt(),
                "atMost " + c.atMost().getAsInt() + " is more than the " + n + " inputs of " + subject + ": write at most "
                    + n));
      }
    } else if (condition instanceof InputCondition c) {
      Inputs inputs = parts.inputs();
      if (!inputs.isNamed()) {
        found.add(
            GradingLaws.KNOWN_INPUTS.violation(
                path + ".input",
                c.input(),
                subject + " count their " + inputs.size() + " inputs without naming them, so no condition can name input '"
                    + c.input() + "': name the inputs (inputs: [a, b, ...]) or count grades"));
      } else if (inputs.indexOf(c.input()).isEmpty()) {
        found.add(
            Violation.of(
                GradingLaws.KNOWN_INPUTS,
                path + ".input",
                Violation.abbreviate(c.input()),
                subject + " have no input '" + Violation.abbreviate(c.input()) + "'",
                inputs.names(),
                io.github.peelkit.check.Suggestions.closest(c.input(), inputs.names())));
      }
      selector(c.is(), path + ".is");
    } else if (condition instanceof AllCondition c) {
      for (int j = 0; j < c.conditions().size(); j++) {
        condition(c.conditions().get(j), path + ".all[" + j + "]");
      }
    } else if (condition instanceof AnyCondition c) {
      for (int j = 0; j < c.conditions().size(); j++) {
        condition(c.conditions().get(j), path + ".any[" + j + "]");
      }
    } else {
      condition(((NotCondition) condition).condition(), path + ".not");
    }
  }

  private void selector(Selector selector, String path) {
    if (!parts.inputScale().contains(selector.grade())) {
      found.add(
          GradingLaws.KNOWN_GRADES.violation(
              path,
              selector.id(),
              "selector '" + selector.id() + "' names grade '" + selector.grade().id() + "' of scale " + selector.grade().scale()
                  + ", not of the input scale " + parts.inputScale().id() + " of " + subject));
    }
  }

  private void result(Grade grade, String path) {
    if (!parts.scale().contains(grade)) {
      found.add(
          GradingLaws.KNOWN_GRADES.violation(
              path,
              grade.id(),
              "grade '" + grade.id() + "' of scale " + grade.scale() + " is not a grade of the result scale " + parts.scale().id()
                  + " of " + subject));
    }
  }
}
