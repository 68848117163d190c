package io.github.peelkit.grading;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Graded;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.Violation;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks grades that derive from other grades by grading rules ({@code derived: {rules, from}} on a
 * judgment, or on an area of a framework for every judgment of that area) against the rules: that
 * the rules exist and fit, that the input areas are graded, and that the published grade is the one
 * the rules derive (a warning, PK019, unless the judgment records an override).
 *
 * <p>A derivation names its rules by id, so these checks need the rules a reader or program knows
 * (a catalogue's, or {@link GradingRuleSets}); they return violations rather than refuse to build,
 * and a reader reports each at its place.
 *
 * <p>What is checked, for each graded judgment whose grade derives:
 *
 * <ul>
 *   <li>a derivation the judgment states names rules that exist ({@link #KNOWN_RULES}), as many areas
 *       as the rules have inputs ({@link #MATCHING_INPUTS}), and rules on the assessment's scale for
 *       both input and result ({@link #SCALES_MATCH}); a framework's derivation is checked with the
 *       framework ({@link #check(Framework, Map)});
 *   <li>every input area is judged ({@link #INPUTS_JUDGED}) and graded ({@link #INPUTS_GRADED}), an
 *       error: a derivation from a missing or ungraded grade claims what cannot hold; and the
 *       published grade is the derived one ({@link #AGREES}, a warning naming the rule that fired).
 *       A judgment that records an override ({@code override: {reason}}) says its grade departs from
 *       the rules: none of these is held against it.
 * </ul>
 *
 * <p>A judgment that is ungraded is not checked against its area's derivation (a judgment that states
 * one must have a grade: {@link Judgment#DERIVED_IS_GRADED}); nor is a judgment converted to another
 * scale, whose grade is no longer the one published.
 */
public final class Derivations {
  /** A derivation names grading rules that exist. */
  public static final Rule KNOWN_RULES = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "derived by rules that exist");
  /** A derivation names as many areas as its rules have inputs. */
  public static final Rule MATCHING_INPUTS = Rule.of(ModelCode.INVALID_VALUE, "derived from as many areas as the rules' inputs");
  /** A derivation's rules combine and give grades of the scale the grades are on. */
  public static final Rule SCALES_MATCH = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "derived by rules on the grades' scale");
  /** Every area a grade derives from is judged. */
  public static final Rule INPUTS_JUDGED = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "the input areas are judged");
  /** Every area a grade derives from is graded. */
  public static final Rule INPUTS_GRADED = Rule.of(ModelCode.JUDGMENT_CONFLICT, "the input areas are graded");
  /** The published grade is the one the rules derive, unless the judgment records an override: a warning. */
  public static final Rule AGREES = Rule.of(ModelCode.DERIVED_GRADE_DIFFERS, "the published grade is the derived one");

  private Derivations() {}

  /**
   * Checks the derivations a framework's areas state, against the rules known.
   *
   * @param framework the framework
   * @param rules the grading rules derivations may name, by id
   * @return the violations, at paths such as {@code areas[5].derived.rules}; empty when every
   *     derivation fits its rules
   */
  public static List<Violation> check(Framework framework, Map<String, GradingRules> rules) {
    List<Violation> found = new ArrayList<>();
    walk(framework, framework.areas(), "areas", rules, found);
    return List.copyOf(found);
  }

  private static void walk(Framework framework, List<Area> areas, String path, Map<String, GradingRules> rules, List<Violation> found) {
    for (int i = 0; i < areas.size(); i++) {
      Area area = areas.get(i);
      String at = path + "[" + i + "].derived";
      if (area.derived().isPresent() && framework.scale().isPresent()) {
        fit(area.derived().get(), framework.scale().get(), "area '" + area.id() + "'", at, rules, found);
      }
      walk(framework, area.areas(), path + "[" + i + "].areas", rules, found);
    }
  }

  /** Whether a derivation's rules exist and fit it; each misfit is reported. */
  private static Optional<GradingRules> fit(
      Derivation derivation, GradeScale scale, String who, String at, Map<String, GradingRules> rules, List<Violation> found) {
    GradingRules known = rules.get(derivation.rules());
    if (known == null) {
      found.add(
          Violation.of(
              KNOWN_RULES,
              at + ".rules",
              derivation.rules(),
              who + " derives by grading rules '" + derivation.rules() + "', which are not known",
              List.copyOf(rules.keySet()),
              Suggestions.closest(derivation.rules(), rules.keySet())));
      return Optional.empty();
    }
    boolean fits = true;
    if (!known.inputScale().equals(scale) || !known.scale().equals(scale)) {
      fits = false;
      found.add(
          SCALES_MATCH.violation(
              at + ".rules",
              known.id(),
              who + " has grades of scale " + scale.id() + ", but rules " + known.id() + " combine grades of "
                  + known.inputScale().id() + " into grades of " + known.scale().id()));
    }
    if (derivation.from().size() != known.inputs().size()) {
      fits = false;
      found.add(
          MATCHING_INPUTS.violation(
              at + ".from",
              derivation.from(),
              who + " derives from " + derivation.from().size() + " area" + (derivation.from().size() == 1 ? "" : "s")
                  + ", but rules " + known.id() + " combine " + known.inputs().size() + " grades"
                  + (known.inputs().isNamed() ? ", " + known.inputs() + " in that order" : "")));
    }
    return fits ? Optional.of(known) : Optional.empty();
  }

  /**
   * Checks the judgments of an assessment whose grades derive from others, against the rules known.
   *
   * @param assessment the assessment
   * @param rules the grading rules derivations may name, by id
   * @return the violations, errors and warnings (PK019), at paths such as {@code judgments[5].grade}
   *     or {@code judgments[5].derived.from[2]}; empty when every derived grade is the published one
   */
  public static List<Violation> check(Assessment assessment, Map<String, GradingRules> rules) {
    List<Violation> found = new ArrayList<>();
    walk(assessment, rules, found, new ArrayList<>());
    return List.copyOf(found);
  }

  /**
   * The derived grades of an assessment: every graded judgment whose grade derives from others by
   * rules known, with its inputs graded, evaluated. Judgments whose derivation cannot be evaluated
   * (see {@link #check(Assessment, Map)}) are left out.
   *
   * @param assessment the assessment
   * @param rules the grading rules derivations may name, by id
   * @return the derived grades, in the order of the judgments
   */
  public static List<DerivedGrade> of(Assessment assessment, Map<String, GradingRules> rules) {
    List<DerivedGrade> derived = new ArrayList<>();
    walk(assessment, rules, new ArrayList<>(), derived);
    return List.copyOf(derived);
  }

  private static void walk(Assessment assessment, Map<String, GradingRules> rules, List<Violation> found, List<DerivedGrade> derived) {
    Optional<GradeScale> scale = assessment.scale();
    for (int i = 0; i < assessment.judgments().size(); i++) {
      Judgment judgment = assessment.judgments().get(i);
      Optional<Derivation> derivation = judgment.derivation();
      if (derivation.isEmpty() || !(judgment.outcome() instanceof Graded graded) || scale.isEmpty()) {
        continue;
      }
      boolean stated = judgment.derived().isPresent();
      String at = "judgments[" + i + "]";
      String who = "judgment of area '" + judgment.area().id() + "'";
      Optional<GradingRules> known;
      if (stated) {
        known = fit(derivation.get(), scale.get(), who, at + ".derived", rules, found);
      } else {
        // The framework's own check reports a derivation that does not fit.
        known = Optional.ofNullable(rules.get(derivation.get().rules()))
            .filter(r -> r.inputScale().equals(scale.get()) && r.scale().equals(scale.get()))
            .filter(r -> r.inputs().size() == derivation.get().from().size());
      }
      if (known.isEmpty()) {
        continue;
      }
      boolean overridden = judgment.override().isPresent();
      List<Grade> inputs = new ArrayList<>();
      List<Area> areas = new ArrayList<>();
      List<String> from = derivation.get().from();
      for (int j = 0; j < from.size(); j++) {
        String input = from.get(j);
        String path = stated ? at + ".derived.from[" + j + "]" : at + ".grade";
        Optional<Judgment> of = assessment.judgments().stream().filter(x -> x.area().id().equals(input)).findFirst();
        if (of.isEmpty()) {
          if (!overridden) {
            found.add(
                INPUTS_JUDGED.violation(
                    path, input, who + " derives from area '" + input + "', which the assessment does not judge: judge it, or"
                        + " record why the grade departs from its rules with override: {reason: ...}"));
          }
        } else if (of.get().outcome() instanceof Graded g) {
          inputs.add(g.grade());
          areas.add(of.get().area());
        } else if (!overridden) {
          found.add(
              INPUTS_GRADED.violation(
                  path, input, who + " derives from area '" + input + "', which is not graded: its grade cannot derive from"
                      + " it; record why with override: {reason: ...}"));
        }
      }
      if (inputs.size() != from.size()) {
        continue;
      }
      GradingRules applied = known.get();
      Evaluation evaluation = applied.evaluate(inputs);
      DerivedGrade grade = new DerivedGrade(i, judgment, derivation.get(), applied, areas, evaluation);
      derived.add(grade);
      if (!grade.agrees() && !overridden) {
        found.add(
            AGREES.violation(
                at + ".grade",
                graded.grade().id(),
                who + " is graded " + graded.grade().id() + ", but rules " + applied.id() + " derive " + evaluation.grade().id()
                    + " from " + inputsOf(areas, inputs) + ": " + evaluation.explanation() + "; if the inspectorate departed"
                    + " from its rules, record why with override: {reason: ...}"));
      }
    }
  }

  private static String inputsOf(List<Area> areas, List<Grade> grades) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < areas.size(); i++) {
      pairs.add(areas.get(i).id() + " (" + grades.get(i).id() + ")");
    }
    int last = pairs.size() - 1;
    return last == 0 ? pairs.get(0) : String.join(", ", pairs.subList(0, last)) + " and " + pairs.get(last);
  }
}
