package io.github.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.testkit.ModelGenerator;
import io.github.peelkit.testkit.TextStyle;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.LawViolation;
import io.github.peelkit.mapping.LawfulMappings;
import io.github.peelkit.mapping.MappingLaws;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * How a user property-tests their own conversion rule with peelkit's kit: a four-tier regulator's
 * ratings onto the PEEL 2021/22 scale, checked against the mapping laws exhaustively, and exercised
 * on random assessments from peelkit's generators through QuickTheories. Public API only.
 */
class RegulatorMappingTest {
  private static final GradeScale PEEL_2021 = GradeScales.PEEL_2021;

  /** The regulator's four ratings, best first. */
  private static final GradeScale REGULATOR =
      GradeScale.of(
          "care-regulator",
          "A care regulator's ratings",
          List.of(
              GradeDefinition.of("excellent", "Excellent"),
              GradeDefinition.of("effective", "Effective"),
              GradeDefinition.of("weak", "Weak"),
              GradeDefinition.of("failing", "Failing")));

  /** My rule: Effective spans PEEL's Good and Adequate; Weak is Requires improvement. */
  private static List<Grade> myRule(Grade rating) {
    return switch (rating.id()) {
      case "excellent" -> List.of(PEEL_2021.grade("outstanding"));
      case "effective" -> List.of(PEEL_2021.grade("good"), PEEL_2021.grade("adequate"));
      case "weak" -> List.of(PEEL_2021.grade("requires-improvement"));
      default -> List.of(PEEL_2021.grade("inadequate"));
    };
  }

  private static final GradeMapping MINE = GradeMapping.of("care-regulator-to-peel-2021", REGULATOR, PEEL_2021, RegulatorMappingTest::myRule);

  /** Random assessments graded on the regulator's scale, one generator seeded per example. */
  private static final Gen<Assessment> ASSESSMENTS =
      in -> {
        ModelGenerator generate = ModelGenerator.of(in.next(Constraint.none()), TextStyle.HOSTILE);
        return generate.assessment(generate.framework(REGULATOR));
      };

  @Test
  void myRuleObeysEveryLaw() {
    assertEquals(List.of(), MappingLaws.check(REGULATOR, PEEL_2021, RegulatorMappingTest::myRule));
  }

  @Test
  void myRuleIsOneOfTheLawfulMappingsBetweenTheScales() {
    assertEquals(1764L, LawfulMappings.count(REGULATOR, PEEL_2021).longValueExact());
    assertTrue(LawfulMappings.all(REGULATOR, PEEL_2021).anyMatch(m -> m.rules().equals(MINE.rules())));
  }

  @Test
  void theKitCatchesAVariantThatSwapsEffectiveAndWeak() {
    List<LawViolation> violations =
        MappingLaws.check(
            REGULATOR,
            PEEL_2021,
            rating -> rating.id().equals("effective") ? myRule(REGULATOR.grade("weak")) : rating.id().equals("weak") ? myRule(REGULATOR.grade("effective")) : myRule(rating));
    assertEquals(
        List.of(
            "the rule from care-regulator to peel-2021 is not monotone: effective maps to [requires-improvement] but"
                + " the worse grade weak maps to [good, adequate]"),
        violations.stream().map(LawViolation::message).toList());
  }

  @Test
  void convertingAnyAssessmentNeverReversesTheOrderOfTwoJudgments() {
    qt().withExamples(200)
        .forAll(ASSESSMENTS)
        .checkAssert(
            assessment -> {
              for (Policy policy : List.of(Policy.BEST, Policy.WORST)) {
                Assessment converted = assessment.convert(MINE, policy);
                List<Judgment> before = assessment.judgments();
                List<Judgment> after = converted.judgments();
                for (int i = 0; i < before.size(); i++) {
                  for (int j = 0; j < before.size(); j++) {
                    if (before.get(i).isGraded() && before.get(j).isGraded()
                        && before.get(i).grade().get().isBetterThan(before.get(j).grade().get())) {
                      assertTrue(!after.get(i).grade().get().isWorseThan(after.get(j).grade().get()));
                    }
                  }
                }
              }
            });
  }

  @Test
  void underPolicyRangeOnlyEffectiveLeavesARange() {
    qt().withExamples(200)
        .forAll(ASSESSMENTS)
        .checkAssert(
            assessment -> {
              Assessment converted = assessment.convert(MINE, Policy.RANGE);
              for (Judgment judgment : converted.judgments()) {
                judgment
                    .conversion()
                    .ifPresent(
                        c -> assertEquals(c.conversion().from().id().equals("effective"), judgment.grade().isEmpty(), judgment.area().id()));
              }
            });
  }
}
