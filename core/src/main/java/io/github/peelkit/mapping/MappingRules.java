package io.github.peelkit.mapping;

import io.github.peelkit.internal.Violations;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The rules of a mapping's rules, checked on the rules as lists of grades, as a mapping is built
 * from them or holds them: each key a grade of the source scale, each target a grade of the target
 * scale, the {@linkplain Law laws}, and each list best first, each grade once.
 */
final class MappingRules {
  private MappingRules() {}

  /**
   * Checks rules. The laws are checked only when every grade is of its scale, and the order of the
   * targets only when the laws hold, so that one mistake gives one violation.
   *
   * @param found where violations go, with paths {@code rules.<grade-id>} and {@code
   *     rules.<grade-id>[<index>]}
   * @param id the mapping's id
   * @param from the source scale
   * @param to the target scale
   * @param rules the targets of each source grade, as given
   */
  static void check(Violations found, String id, GradeScale from, GradeScale to, Map<Grade, List<Grade>> rules) {
    Violations scales = new Violations();
    for (Map.Entry<Grade, List<Grade>> rule : rules.entrySet()) {
      Grade source = rule.getKey();
      String at = "rules." + source.id();
      if (!from.contains(source)) {
        scales.add(
            GradeMapping.SOURCE_GRADES.violation(
                at,
                source.id(),
                "mapping " + id + " has a rule for grade '" + source.id() + "' of scale " + source.scale()
                    + ", which is not a grade of " + from.id() + ", the scale it converts from"));
      }
      List<Grade> targets = rule.getValue();
      for (int i = 0; i < targets.size(); i++) {
        Grade target = targets.get(i);
        if (!to.contains(target)) {
          scales.add(
              GradeMapping.TARGET_GRADES.violation(
                  at + "[" + i + "]",
                  target.id(),
                  "mapping " + id + " maps " + source.id() + " to grade '" + target.id() + "' of scale " + target.scale()
                      + ", which is not a grade of " + to.id() + ", the scale it converts to"));
        }
      }
    }
    if (!scales.isEmpty()) {
      found.addAll(scales.toList());
      return;
    }
    List<LawViolation> broken = MappingLaws.check(id, from, to, rules::get);
    if (!broken.isEmpty()) {
      broken.forEach(v -> found.add(v.toViolation()));
      return;
    }
    for (Grade grade : from.grades()) {
      List<Grade> targets = rules.get(grade);
      if (!isBestFirstEachOnce(targets)) {
        found.add(
            GradeMapping.ORDERED_TARGETS.violation(
                "rules." + grade.id(),
                ids(targets),
                "mapping " + id + " maps " + grade.id() + " to " + ids(targets)
                    + ": list the targets best first, each once, as " + ids(List.copyOf(new TreeSet<>(targets)))));
      }
    }
  }

  private static boolean isBestFirstEachOnce(List<Grade> grades) {
    for (int i = 1; i < grades.size(); i++) {
      if (grades.get(i).rank() <= grades.get(i - 1).rank()) {
        return false;
      }
    }
    return true;
  }

  /** Grades as messages show them: their ids in brackets, {@code [good, adequate]}. */
  static String ids(List<Grade> grades) {
    return grades.stream().map(Grade::id).toList().toString();
  }
}
