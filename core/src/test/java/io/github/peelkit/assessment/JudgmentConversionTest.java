package io.github.peelkit.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.MissingAttributeException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The invariants a conversion adds to judgments and assessments. A converted judgment's grade is
 * the one its policy picks from its conversion, by construction: a grade beside a range, or another
 * grade than the policy picks, cannot be built (the reader refuses a file that writes one; see
 * {@code JudgmentOutcomeTest} of the YAML loader).
 */
class JudgmentConversionTest {
  private static final GradeScale PEEL_2014 = GradeScales.PEEL_2014;
  private static final GradeScale PEEL_2021 = GradeScales.PEEL_2021;
  private static final Area EFFECTIVENESS = Area.of("effectiveness", "Effectiveness");
  private static final GradeConversion GOOD = GradeMappings.PEEL_2014_TO_PEEL_2021.convert(PEEL_2014.grade("good"));
  private static final Converted RANGE = new Converted(GOOD, Policy.RANGE);
  private static final Converted WORST = new Converted(GOOD, Policy.WORST);

  @Test
  void withConversionRegradesAndSharesTheFindingsAndEvidence() {
    Judgment good =
        Judgment.builder()
            .area(EFFECTIVENESS)
            .outcome(Outcome.graded(PEEL_2014.grade("good")))
            .addFindings(Finding.of(FindingKind.STRENGTH, "The force understands demand"))
            .distribution(PeerDistribution.of(43, Map.of(PEEL_2014.grade("good"), 30, PEEL_2014.grade("outstanding"), 13)))
            .build();
    PeerDistribution peers = PeerDistribution.of(43, Map.of(PEEL_2021.grade("adequate"), 30, PEEL_2021.grade("good"), 13));
    Judgment converted = good.withConversion(WORST, Optional.of(peers));
    assertEquals(Optional.of(PEEL_2021.grade("adequate")), converted.grade());
    assertEquals(Optional.of(WORST), converted.conversion());
    assertEquals(Optional.of(peers), converted.distribution());
    assertSame(good.findings(), converted.findings());
    assertSame(good.evidence(), converted.evidence());
    // The same judgment as the builder makes.
    assertEquals(Judgment.builder().from(good).outcome(WORST).distribution(peers).build(), converted);
  }

  @Test
  void withConversionRefusesADistributionOnTheOldScale() {
    Judgment good =
        Judgment.builder()
            .area(EFFECTIVENESS)
            .outcome(Outcome.graded(PEEL_2014.grade("good")))
            .distribution(PeerDistribution.of(43, Map.of(PEEL_2014.grade("good"), 43)))
            .build();
    InvariantException e =
        assertThrows(InvariantException.class, () -> good.withConversion(WORST, good.distribution()));
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("distribution is on scale peel-2014 but the grade is on scale peel-2021", e.getMessage());
  }

  @Test
  void aConversionThatHoldsARangeStandsInForTheGrade() {
    Judgment judgment = Judgment.builder().area(EFFECTIVENESS).outcome(RANGE).build();
    assertEquals(Optional.of(PEEL_2021.range(PEEL_2021.grade("good"), PEEL_2021.grade("adequate"))), judgment.gradeRange());
    assertEquals(false, judgment.isGraded());
    assertEquals(Optional.of(RANGE), judgment.conversion());
    assertTrue(RANGE.isRange());
  }

  @Test
  void theGradeOfAConvertedJudgmentIsTheOneThePolicyPicks() {
    assertEquals(Optional.of(PEEL_2021.grade("adequate")), Judgment.builder().area(EFFECTIVENESS).outcome(WORST).build().grade());
    assertEquals(
        Optional.of(PEEL_2021.grade("good")),
        Judgment.builder().area(EFFECTIVENESS).outcome(Outcome.converted(GOOD, Policy.BEST)).build().grade());
    assertEquals(
        Optional.of(PEEL_2021.range(PEEL_2021.grade("adequate"), PEEL_2021.grade("adequate"))),
        Judgment.builder().area(EFFECTIVENESS).outcome(WORST).build().gradeRange(),
        "a grade picked from a range stands for itself alone");
  }

  @Test
  void aJudgmentWithoutAnOutcomeIsNotBuilt() {
    MissingAttributeException e =
        assertThrows(MissingAttributeException.class, () -> Judgment.builder().area(EFFECTIVENESS).build());
    assertEquals("Judgment needs outcome: set it on the builder before build()", e.getMessage());
  }

  @Test
  void refusesARangeOnAnAreaThatIsNotGraded() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                Judgment.builder()
                    .area(Area.builder().id("leadership").name("Leadership").graded(false).build())
                    .outcome(RANGE)
                    .build());
    assertEquals("no grade on an ungraded area", e.invariant());
    assertEquals(
        "area 'leadership' is not graded in its framework, but the judgment gives grade 'good': use ungraded with a"
            + " reason",
        e.getMessage());
  }

  @Test
  void aStrictConversionHoldsOneTarget() {
    InvariantException strict = assertThrows(InvariantException.class, () -> new Converted(GOOD, Policy.STRICT));
    assertEquals(ModelCode.INVALID_VALUE, strict.code());
    assertEquals("policy", strict.attribute());
    assertEquals(
        "policy strict gives one grade, but the targets are [good, adequate]: use best, worst or range",
        strict.getMessage());
    GradeConversion outstanding = GradeMappings.PEEL_2014_TO_PEEL_2021.convert(PEEL_2014.grade("outstanding"));
    assertEquals(Optional.of(PEEL_2021.grade("outstanding")), new Converted(outstanding, Policy.STRICT).findGrade());
  }

  @Test
  void anAssessmentRefusesConversionTargetsOffItsScale() {
    Framework framework = Framework.builder().id("peel-2016").name("PEEL 2016").scale(PEEL_2014).addAreas(EFFECTIVENESS).build();
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                Assessment.builder()
                    .id("essex-peel-2016")
                    .subject(Subject.of("essex", "Essex Police"))
                    .framework(framework)
                    .title("Essex Police HMICFRS Grades")
                    .published(LocalDate.of(2017, 3, 2))
                    .addJudgments(Judgment.builder().area(EFFECTIVENESS).outcome(RANGE).build())
                    .build());
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("judgments[0].conversion.targets[0]", e.attribute());
    assertEquals(2, e.violations().size(), "each target off the scale is a violation");
    assertEquals("judgments[0].conversion.targets[1]", e.violations().get(1).path());
  }
}
