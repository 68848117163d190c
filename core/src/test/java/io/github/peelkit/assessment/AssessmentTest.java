package io.github.peelkit.assessment;

import static io.github.peelkit.assessment.Fixtures.area;
import static io.github.peelkit.assessment.Fixtures.essex;
import static io.github.peelkit.assessment.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Severity;
import io.github.peelkit.check.Violation;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.framework.Area;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScales;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private static final Judgment FAIRNESS = Judgment.graded(area("fairness-and-respect"), grade("good"));
  private static final Judgment VICTIMS =
      Judgment.ungraded(area("victim-service-assessment"), UngradedReason.NOT_GRADED);
  private static final Judgment RESPONDING =
      Judgment.graded(area("responding-to-the-public"), grade("requires-improvement"));

  @Test
  void findsJudgmentsByAreaIdNameOrAlias() {
    Assessment essex = essex().addJudgments(VICTIMS, FAIRNESS, RESPONDING).build();
    assertEquals(FAIRNESS, essex.judgment("treatment of the public"));
    assertEquals(VICTIMS, essex.judgment("victim-service-assessment"));
    assertTrue(essex.findJudgment("managing-offenders").isEmpty());
    assertTrue(essex.findJudgment("nowhere").isEmpty());
  }

  @Test
  void countsGradesBestFirstListingEveryGrade() {
    Map<Grade, Integer> counts = essex().addJudgments(VICTIMS, FAIRNESS, RESPONDING).build().gradeCounts();
    assertEquals(List.of(0, 1, 0, 1, 0), List.copyOf(counts.values()));
    assertEquals(GradeScales.PEEL_2021.grades(), List.copyOf(counts.keySet()));
  }

  @Test
  void withJudgmentReplacesTheJudgmentOfTheSameArea() {
    Assessment essex = essex().addJudgments(VICTIMS, FAIRNESS).build();
    Judgment outstanding = Judgment.graded(area("fairness-and-respect"), grade("outstanding"));
    Assessment changed = essex.withJudgment(outstanding).withJudgment(RESPONDING);
    assertEquals(List.of(VICTIMS, outstanding, RESPONDING), changed.judgments());
    assertEquals(List.of(VICTIMS, FAIRNESS), essex.judgments());
  }

  @Test
  void rejectsTwoJudgmentsOfOneArea() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> essex().addJudgments(FAIRNESS, VICTIMS, FAIRNESS).build());
    assertEquals(ModelCode.JUDGMENT_CONFLICT, e.code());
    assertEquals("judgments[2].area", e.attribute());
    assertEquals(
        "area 'fairness-and-respect' is judged twice, first in judgments[0]: merge the two judgments into one",
        e.getMessage());
  }

  @Test
  void reportsEveryViolationAtOnce() {
    Sample sample = Sample.builder().id("records").description("Records").successes(1).size(2).build();
    Judgment withSample = Judgment.builder().from(FAIRNESS).addEvidence(sample).build();
    Judgment again = Judgment.builder().from(RESPONDING).addEvidence(sample).build();
    Judgment stranger = Judgment.graded(Area.of("custody", "Custody"), grade("good"));
    InvariantException e =
        assertThrows(InvariantException.class, () -> essex().addJudgments(withSample, again, stranger, FAIRNESS).build());
    assertEquals(
        List.of(
            "judgments[2].area: area 'custody' is not an area of framework peel-2021-22",
            "judgments[3].area: area 'fairness-and-respect' is judged twice, first in judgments[0]: merge the two"
                + " judgments into one",
            "judgments[1].evidence[0].id: evidence id 'records' is used twice in assessment essex-peel-2021-22, first at"
                + " judgments[0].evidence[0].id"),
        e.violations().stream().map(v -> v.path() + ": " + v.message()).toList());
    assertEquals(e.violations().get(0).message(), e.getMessage(), "the message is the first violation's");
  }

  @Test
  void rejectsAGradeOfAnotherScale() {
    Judgment old = Judgment.graded(area("fairness-and-respect"), GradeScales.PEEL_2014.grade("good"));
    InvariantException e = assertThrows(InvariantException.class, () -> essex().addJudgments(VICTIMS, old).build());
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("judgments[1].grade", e.attribute());
    assertEquals(
        "grade 'good' of scale peel-2014 is not a grade of scale peel-2021, the scale of assessment essex-peel-2021-22",
        e.getMessage());
  }

  @Test
  void rejectsAnAreaOfAnotherFramework() {
    Judgment stranger = Judgment.graded(Area.of("custody", "Custody"), grade("good"));
    InvariantException e = assertThrows(InvariantException.class, () -> essex().addJudgments(stranger).build());
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("judgments[0].area", e.attribute());
    assertEquals("area 'custody' is not an area of framework peel-2021-22", e.getMessage());
  }

  @Test
  void rejectsAGradeOnAnUngradedArea() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> Judgment.graded(area("victim-service-assessment"), grade("good")));
    assertEquals(ModelCode.JUDGMENT_CONFLICT, e.code());
    assertEquals("grade", e.attribute());
    assertEquals(
        "area 'victim-service-assessment' is not graded in its framework, but the judgment gives grade 'good': use"
            + " ungraded with a reason",
        e.getMessage());
  }

  @Test
  void aJudgmentHasOneOutcome() {
    assertEquals(Optional.of(grade("good")), FAIRNESS.grade());
    assertEquals(Optional.empty(), FAIRNESS.ungraded());
    assertEquals(Optional.empty(), VICTIMS.grade());
    assertEquals(UngradedReason.NOT_GRADED, VICTIMS.ungraded().orElseThrow().reason());
    assertEquals(Optional.empty(), VICTIMS.gradeRange());
    assertTrue(VICTIMS.outcome() instanceof Ungraded);
    assertTrue(FAIRNESS.outcome() instanceof Graded);
  }

  @Test
  void rejectsEvidenceIdsUsedTwice() {
    Sample sample = Sample.builder().id("records").description("Records").successes(1).size(2).build();
    Judgment a = Judgment.builder().from(FAIRNESS).addEvidence(sample).build();
    Judgment b = Judgment.builder().from(RESPONDING).addEvidence(sample).build();
    InvariantException e = assertThrows(InvariantException.class, () -> essex().addJudgments(a, b).build());
    assertEquals(ModelCode.DUPLICATE_ID, e.code());
    assertEquals("judgments[1].evidence[0].id", e.attribute());
    assertEquals(
        "evidence id 'records' is used twice in assessment essex-peel-2021-22, first at judgments[0].evidence[0].id",
        e.getMessage());
  }

  @Test
  void rejectsAFindingThatLinksMissingEvidence() {
    Finding strength =
        Finding.builder()
            .kind(FindingKind.STRENGTH)
            .title("The force understands how to use stop and search powers fairly and respectfully")
            .addEvidence("stop-search-grounds-2021")
            .build();
    Judgment judgment = Judgment.builder().from(FAIRNESS).addFindings(strength).build();
    InvariantException e = assertThrows(InvariantException.class, () -> essex().addJudgments(judgment).build());
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("judgments[0].findings[0].evidence[0]", e.attribute());
    assertEquals(
        "finding links evidence 'stop-search-grounds-2021', but no evidence of assessment essex-peel-2021-22 has that id",
        e.getMessage());
  }

  @Test
  void aCauseOfConcernLinksOnlyRecommendations() {
    Finding concern =
        Finding.builder().kind(FindingKind.CAUSE_OF_CONCERN).title("Concern").addRecommendations("improve").build();
    Finding improve = Finding.builder().kind(FindingKind.AREA_FOR_IMPROVEMENT).id("improve").title("Improve").build();
    Judgment judgment = Judgment.builder().from(RESPONDING).addFindings(concern, improve).build();
    InvariantException e = assertThrows(InvariantException.class, () -> essex().addJudgments(judgment).build());
    assertEquals("judgments[0].findings[0].recommendations[0]", e.attribute());
    assertEquals(
        "cause of concern links 'improve', which is a finding of kind area-for-improvement, not a recommendation",
        e.getMessage());
  }

  @Test
  void onlyACauseOfConcernLinksRecommendations() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> Finding.builder().kind(FindingKind.STRENGTH).title("Good").addRecommendations("r-1").build());
    assertEquals(ModelCode.INVALID_VALUE, e.code());
    assertEquals("recommendations", e.attribute());
  }

  @Test
  void linksResolveAcrossTheWholeAssessment() {
    Finding recommendation = Finding.builder().kind(FindingKind.RECOMMENDATION).id("r-1").number(1).title("Do it").build();
    Finding concern =
        Finding.builder().kind(FindingKind.CAUSE_OF_CONCERN).title("Concern").addRecommendations("r-1").build();
    Assessment essex =
        essex()
            .addFindings(recommendation)
            .addJudgments(Judgment.builder().from(RESPONDING).addFindings(concern).build())
            .build();
    assertEquals(recommendation, essex.finding("r-1"));
    assertEquals(List.of(), essex.warnings());
  }

  @Test
  void warnsOfACauseOfConcernWithoutRecommendation() {
    Finding concern = Finding.of(FindingKind.CAUSE_OF_CONCERN, "The force needs to improve how it answers calls");
    Assessment essex = essex().addJudgments(Judgment.builder().from(RESPONDING).addFindings(concern).build()).build();
    assertEquals(
        List.of(
            Assessment.CONCERN_WITH_RECOMMENDATION.violation(
                "judgments[0].findings[0]",
                "The force needs to improve how it answers calls",
                "cause of concern 'The force needs to improve how it answers calls' has no recommendation: a cause of"
                    + " concern is always accompanied by one; link it under recommendations")),
        essex.warnings());
    assertEquals(ModelCode.CONCERN_WITHOUT_RECOMMENDATION, essex.warnings().get(0).code());
    assertEquals(Severity.WARNING, essex.warnings().get(0).severity());
  }

  @Test
  void warnsOfAnInadequateGradeWithoutCauseOfConcern() {
    Assessment essex =
        essex().addJudgments(VICTIMS, Judgment.graded(area("managing-offenders"), grade("inadequate"))).build();
    List<Violation> warnings = essex.warnings();
    assertEquals(1, warnings.size());
    assertEquals(ModelCode.INADEQUATE_WITHOUT_CONCERN, warnings.get(0).code());
    assertEquals("judgments[1].grade", warnings.get(0).path());
    assertEquals(
        "area 'managing-offenders' is graded inadequate without a cause of concern: inadequate is given where the"
            + " inspectorate has causes of concern; add the cause of concern as a finding",
        warnings.get(0).message());
  }

  @Test
  void aConvertedAssessmentIsOnItsOwnScale() {
    Assessment onOldScale =
        essex()
            .scale(GradeScales.PEEL_2014)
            .addJudgments(Judgment.graded(area("fairness-and-respect"), GradeScales.PEEL_2014.grade("good")))
            .build();
    assertEquals(GradeScales.PEEL_2014, onOldScale.scale().orElseThrow());
    assertEquals(GradeScales.PEEL_2021, essex().build().scale().orElseThrow());
  }

  @Test
  void warnsOfPublishedFiguresThatDoNotFitTheirSample() {
    Sample misprinted =
        Sample.builder()
            .id("stop-search-grounds-2021")
            .description("Stop and search records with reasonable grounds recorded")
            .successes(168)
            .size(196)
            .reported(io.github.peelkit.evidence.Reported.of(new java.math.BigDecimal("0.850"), new java.math.BigDecimal("0.049")))
            .build();
    Assessment essex = essex().addJudgments(VICTIMS, Judgment.builder().from(FAIRNESS).addEvidence(misprinted).build()).build();
    assertEquals(
        List.of(
            Assessment.FIGURES_FIT.violation(
                "judgments[1].evidence[0].reported",
                "stop-search-grounds-2021",
                "published 0.850 ± 0.049 does not fit 168 of 196 (wald, 95%): its estimate 0.857143 would be published"
                    + " as 0.857; check the successes, size, level and method")),
        essex.warnings());
    assertEquals(ModelCode.FIGURES_INCONSISTENT, essex.warnings().get(0).code());
  }
}
