package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.mapping.Relation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The invariants a conversion adds to judgments and assessments. */
class JudgmentConversionTest {
  private static final GradeScale PEEL_2014 = GradeScales.PEEL_2014;
  private static final GradeScale PEEL_2021 = GradeScales.PEEL_2021;
  private static final Area EFFECTIVENESS = Area.of("effectiveness", "Effectiveness");
  private static final List<Grade> GOOD_OR_ADEQUATE = List.of(PEEL_2021.grade("good"), PEEL_2021.grade("adequate"));

  private static Conversion conversion(Policy policy, List<Grade> targets, Relation relation) {
    return Conversion.builder()
        .mapping("peel-2014-to-peel-2021")
        .from(PEEL_2014.grade("good"))
        .targets(targets)
        .relation(relation)
        .comparable(false)
        .policy(policy)
        .build();
  }

  private static final Conversion RANGE = conversion(Policy.RANGE, GOOD_OR_ADEQUATE, Relation.MANY_TO_MANY);
  private static final Conversion WORST = conversion(Policy.WORST, GOOD_OR_ADEQUATE, Relation.MANY_TO_MANY);

  @Test
  void withConversionRegradesAndSharesTheFindingsAndEvidence() {
    Judgment good =
        Judgment.builder()
            .area(EFFECTIVENESS)
            .grade(PEEL_2014.grade("good"))
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
    assertEquals(
        Judgment.builder().from(good).grade(PEEL_2021.grade("adequate")).conversion(WORST).distribution(peers).build(), converted);
  }

  @Test
  void withConversionRefusesADistributionOnTheOldScale() {
    Judgment good =
        Judgment.builder()
            .area(EFFECTIVENESS)
            .grade(PEEL_2014.grade("good"))
            .distribution(PeerDistribution.of(43, Map.of(PEEL_2014.grade("good"), 43)))
            .build();
    InvariantException e =
        assertThrows(InvariantException.class, () -> good.withConversion(WORST, good.distribution()));
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("distribution is on scale peel-2014 but the grade is on scale peel-2021", e.getMessage());
  }

  @Test
  void aConversionThatHoldsARangeStandsInForTheGrade() {
    Judgment judgment = Judgment.builder().area(EFFECTIVENESS).conversion(RANGE).build();
    assertEquals(GOOD_OR_ADEQUATE, judgment.gradeRange());
    assertEquals(false, judgment.isGraded());
  }

  @Test
  void refusesAGradeBesideARange() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> Judgment.builder().area(EFFECTIVENESS).grade(PEEL_2021.grade("good")).conversion(RANGE).build());
    assertEquals(ModelCode.JUDGMENT_CONFLICT, e.code());
    assertEquals("exactly one of grade, ungraded, or a conversion that holds a range", e.invariant());
    assertEquals("grade", e.attribute());
    assertEquals(
        "judgment of area 'effectiveness' has grade 'good', but its conversion under policy range holds [good,"
            + " adequate]: give no grade, or convert under another policy",
        e.getMessage());
  }

  @Test
  void refusesUngradedBesideARange() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                Judgment.builder()
                    .area(EFFECTIVENESS)
                    .ungraded(Ungraded.of(UngradedReason.PENDING))
                    .conversion(RANGE)
                    .build());
    assertEquals("conversion", e.attribute());
    assertEquals(
        "judgment of area 'effectiveness' is ungraded, but its conversion under policy range holds [good, adequate]:"
            + " keep one",
        e.getMessage());
  }

  @Test
  void refusesAConversionOnAnUngradedJudgment() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                Judgment.builder()
                    .area(EFFECTIVENESS)
                    .ungraded(Ungraded.of(UngradedReason.PENDING))
                    .conversion(conversion(Policy.BEST, List.of(PEEL_2021.grade("good")), Relation.EXACT))
                    .build());
    assertEquals(ModelCode.JUDGMENT_CONFLICT, e.code());
    assertEquals(
        "judgment of area 'effectiveness' is ungraded but has a conversion: a conversion records where a grade came from",
        e.getMessage());
  }

  @Test
  void refusesAGradeOtherThanTheOneThePolicyPicks() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> Judgment.builder().area(EFFECTIVENESS).grade(PEEL_2021.grade("good")).conversion(WORST).build());
    assertEquals(ModelCode.JUDGMENT_CONFLICT, e.code());
    assertEquals("the grade is the one the conversion picks", e.invariant());
    assertEquals(
        "judgment of area 'effectiveness' has grade 'good', but its conversion under policy worst picks 'adequate'"
            + " from [good, adequate]",
        e.getMessage());
  }

  @Test
  void refusesAJudgmentWithNeitherGradeNorUngradedNorRange() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> Judgment.builder().area(EFFECTIVENESS).conversion(WORST).build());
    assertEquals("grade", e.attribute());
    assertEquals("judgment of area 'effectiveness' has neither a grade nor ungraded: give one", e.getMessage());
  }

  @Test
  void refusesARangeOnAnAreaThatIsNotGraded() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                Judgment.builder()
                    .area(Area.builder().id("leadership").name("Leadership").graded(false).build())
                    .conversion(RANGE)
                    .build());
    assertEquals("no grade on an ungraded area", e.invariant());
  }

  @Test
  void conversionRecordsRefuseInconsistentContent() {
    InvariantException strict =
        assertThrows(InvariantException.class, () -> conversion(Policy.STRICT, GOOD_OR_ADEQUATE, Relation.MANY_TO_MANY));
    assertEquals(
        "policy strict gives one grade, but the targets are [good, adequate]: use best, worst or range",
        strict.getMessage());
    InvariantException relation =
        assertThrows(InvariantException.class, () -> conversion(Policy.BEST, GOOD_OR_ADEQUATE, Relation.EXACT));
    assertEquals(
        "relation exact does not fit 2 target grade(s): exact and many-to-one have one target, one-to-many and"
            + " many-to-many several",
        relation.getMessage());
    InvariantException gap =
        assertThrows(
            InvariantException.class,
            () ->
                conversion(
                    Policy.BEST, List.of(PEEL_2021.grade("good"), PEEL_2021.grade("inadequate")), Relation.ONE_TO_MANY));
    assertEquals(ModelCode.MAPPING_LAW_VIOLATED, gap.code());
    assertEquals(
        "targets [good, inadequate] are not a range: give grades of one scale, best first, with no gap",
        gap.getMessage());
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
                    .addJudgments(Judgment.builder().area(EFFECTIVENESS).conversion(RANGE).build())
                    .build());
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("judgments[0].conversion.targets[0]", e.attribute());
  }
}
