package io.github.peelkit.mapping;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Checks any rule that converts grades of one scale into grades of another against the {@linkplain
 * Law laws} of a grade mapping, exhaustively, and returns what it finds as values.
 *
 * <p>This is the API for users who write their own conversion or grading rules and property-test
 * them with the engine of their choice: scales are small, so every grade is checked, not a sample.
 * Nothing here depends on a test framework; assert that the returned list is empty.
 *
 * <pre>{@code
 * List<LawViolation> violations =
 *     MappingLaws.check(myScale, GradeScales.PEEL_2021, grade -> myRule(grade));
 * assertEquals(List.of(), violations);
 * }</pre>
 *
 * <p>A rule's targets are read as a set: their order and repeats do not matter to the laws (a
 * {@link GradeMapping} additionally wants them best first, each once). A rule that returns {@code
 * null} or an empty collection for a grade maps it to nothing, which breaks {@link Law#TOTAL}.
 */
public final class MappingLaws {
  private MappingLaws() {}

  /**
   * Checks a rule that gives each grade of one scale a collection of grades of another.
   *
   * @param from the scale the rule converts from
   * @param to the scale the rule converts to
   * @param rule the rule, called once for every grade of {@code from}, best first
   * @return every violation, in the order of {@code from}'s grades (for one grade: total, then
   *     contiguous, then monotone); empty when the rule is lawful
   * @throws IllegalArgumentException when the rule returns a grade that is not of {@code to}: such
   *     a rule is not a rule between the two scales at all
   */
  public static List<LawViolation> check(
      GradeScale from, GradeScale to, Function<? super Grade, ? extends Collection<Grade>> rule) {
    return checkAs("the rule from " + from.id() + " to " + to.id(), from, to, rule);
  }

  /**
   * Checks a rule that gives each grade of one scale a single grade of another, such as a grading
   * rule; it is lawful when it is monotone (and never returns {@code null}).
   *
   * @param from the scale the rule converts from
   * @param to the scale the rule converts to
   * @param rule the rule, called once for every grade of {@code from}, best first
   * @return every violation, in the order of {@code from}'s grades; empty when the rule is lawful
   * @throws IllegalArgumentException when the rule returns a grade that is not of {@code to}
   */
  public static List<LawViolation> checkSingle(GradeScale from, GradeScale to, Function<? super Grade, Grade> rule) {
    return check(from, to, grade -> {
      Grade target = rule.apply(grade);
      return target == null ? List.of() : List.of(target);
    });
  }

  /**
   * Checks the rules of a mapping with an id, as a {@link GradeMapping} being built is checked: the
   * messages speak of {@code mapping <id>}.
   *
   * @param id the mapping's id
   * @param from the scale the mapping converts from
   * @param to the scale the mapping converts to
   * @param rule the rule, called once for every grade of {@code from}, best first
   * @return every violation, in the order of {@code from}'s grades; empty when the rule is lawful
   * @throws IllegalArgumentException when the rule returns a grade that is not of {@code to}
   */
  public static List<LawViolation> check(
      String id, GradeScale from, GradeScale to, Function<? super Grade, ? extends Collection<Grade>> rule) {
    return checkAs("mapping " + id, from, to, rule);
  }

  /**
   * Whether a rule obeys every law.
   *
   * @param from the scale the rule converts from
   * @param to the scale the rule converts to
   * @param rule the rule
   * @return whether {@link #check(GradeScale, GradeScale, Function)} finds nothing
   * @throws IllegalArgumentException when the rule returns a grade that is not of {@code to}
   */
  public static boolean isLawful(
      GradeScale from, GradeScale to, Function<? super Grade, ? extends Collection<Grade>> rule) {
    return check(from, to, rule).isEmpty();
  }

  private static List<LawViolation> checkAs(
      String subject, GradeScale from, GradeScale to, Function<? super Grade, ? extends Collection<Grade>> rule) {
    Objects.requireNonNull(rule, "rule");
    List<LawViolation> violations = new ArrayList<>();
    // Monotonicity compares neighbours; grades that map to nothing are skipped (they already break
    // totality), and comparing each grade with the last one that maps to something is enough
    // because "not worse at either end" is transitive.
    Grade previous = null;
    List<Grade> previousTargets = List.of();
    for (Grade grade : from.grades()) {
      List<Grade> targets = targets(subject, to, grade, rule.apply(grade));
      if (targets.isEmpty()) {
        violations.add(
            LawViolation.of(
                Law.TOTAL,
                grade,
                List.of(grade),
                targets,
                subject + " is not total: " + grade.id() + " maps to no grade of " + to.id() + "; give it at least one"));
        continue;
      }
      List<Grade> span = to.range(targets.get(0), targets.get(targets.size() - 1)).grades();
      if (span.size() != targets.size()) {
        List<Grade> missing = span.stream().filter(g -> !targets.contains(g)).toList();
        violations.add(
            LawViolation.of(
                Law.CONTIGUOUS,
                grade,
                List.of(grade),
                targets,
                subject
                    + " is not contiguous: "
                    + grade.id()
                    + " maps to "
                    + MappingRules.ids(targets)
                    + ", which leaves out "
                    + MappingRules.ids(missing)));
      }
      if (previous != null && isWorseAtAnEnd(previousTargets, targets)) {
        violations.add(
            LawViolation.of(
                Law.MONOTONE,
                grade,
                List.of(previous, grade),
                targets,
                subject
                    + " is not monotone: "
                    + previous.id()
                    + " maps to "
                    + MappingRules.ids(previousTargets)
                    + " but the worse grade "
                    + grade.id()
                    + " maps to "
                    + MappingRules.ids(targets)));
      }
      previous = grade;
      previousTargets = targets;
    }
    return List.copyOf(violations);
  }

  /** Whether the range of a better source grade is worse at its best or its worst end. */
  private static boolean isWorseAtAnEnd(List<Grade> better, List<Grade> worse) {
    return better.get(0).rank() > worse.get(0).rank()
        || better.get(better.size() - 1).rank() > worse.get(worse.size() - 1).rank();
  }

  /** The targets as a set, best first, each checked to be a grade of the target scale. */
  private static List<Grade> targets(String subject, GradeScale to, Grade source, Collection<Grade> given) {
    if (given == null) {
      return List.of();
    }
    TreeSet<Grade> sorted = new TreeSet<>((a, b) -> Integer.compare(a.rank(), b.rank()));
    for (Grade target : given) {
      if (target == null || !to.contains(target)) {
        throw new IllegalArgumentException(
            subject
                + " maps "
                + source.id()
                + " to "
                + (target == null ? "null" : "grade '" + target.id() + "' of scale " + target.scale())
                + ", which is not a grade of scale "
                + to.id());
      }
      sorted.add(target);
    }
    return List.copyOf(sorted);
  }
}
