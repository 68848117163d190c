package io.github.peelkit.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.ConversionException;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.mapping.Relation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Converting whole assessments. The PEEL 2016 figures are Essex Police's grade table (seed 001); the
 * 2007 figures are Essex's grades and the national grade distributions of HMIC's 2007 report
 * (seed 003).
 */
class AssessmentConversionTest {
  private static final GradeScale PEEL_2014 = GradeScales.PEEL_2014;
  private static final GradeScale PEEL_2021 = GradeScales.PEEL_2021;
  private static final GradeScale HMIC_2007 = GradeScales.HMIC_2007;

  private static final Framework PEEL_2016 =
      Framework.builder()
          .id("peel-2016")
          .name("PEEL 2016")
          .scale(PEEL_2014)
          .addAreas(
              Area.of("effectiveness", "Effectiveness"),
              Area.of("efficiency", "Efficiency"),
              Area.of("legitimacy", "Legitimacy"),
              Area.builder().id("leadership").name("Leadership").graded(false).build())
          .build();

  private static Judgment good(String area, LocalDate published, int areasForImprovement) {
    return Judgment.builder()
        .area(PEEL_2016.area(area))
        .outcome(Outcome.graded(PEEL_2014.grade("good")))
        .published(published)
        .findingCounts(FindingCounts.of(Map.of(FindingKind.RECOMMENDATION, 0, FindingKind.AREA_FOR_IMPROVEMENT, areasForImprovement)))
        .build();
  }

  private static final Assessment ESSEX_2016 =
      Assessment.builder()
          .id("essex-peel-2016")
          .subject(Subject.of("essex", "Essex Police"))
          .framework(PEEL_2016)
          .title("Essex Police HMICFRS Grades")
          .published(LocalDate.of(2017, 3, 2))
          .addJudgments(
              good("effectiveness", LocalDate.of(2017, 3, 2), 9),
              good("efficiency", LocalDate.of(2016, 11, 3), 3),
              good("legitimacy", LocalDate.of(2016, 12, 8), 8),
              Judgment.builder()
                  .area(PEEL_2016.area("leadership"))
                  .outcome(Outcome.ungraded(UngradedReason.NARRATIVE))
                  .note("Examined as a thread through all PEEL inspections in 2017")
                  .findingCounts(FindingCounts.of(Map.of(FindingKind.RECOMMENDATION, 0, FindingKind.AREA_FOR_IMPROVEMENT, 1)))
                  .build())
          .build();

  @Test
  void strictConversionOfGoodFailsNamingTheJudgmentAndTheRange() {
    ConversionException e =
        assertThrows(
            ConversionException.class, () -> ESSEX_2016.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.STRICT));
    assertEquals(
        "cannot convert assessment essex-peel-2016 under policy strict: mapping peel-2014-to-peel-2021 converts the"
            + " grade good of area 'effectiveness' to the range [good, adequate], not to one grade; use policy best,"
            + " worst or range",
        e.getMessage());
    assertEquals(Optional.of("effectiveness"), e.area());
    assertEquals(List.of("good", "adequate"), e.targets());
  }

  @Test
  void bestAndWorstGiveGoodAndAdequateAndRecordWhereTheyCameFrom() {
    Assessment best = ESSEX_2016.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.BEST);
    Assessment worst = ESSEX_2016.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.WORST);
    assertEquals(Optional.of(PEEL_2021), best.scale());
    assertEquals(Optional.of(PEEL_2021.grade("good")), best.judgment("effectiveness").grade());
    assertEquals(Optional.of(PEEL_2021.grade("adequate")), worst.judgment("effectiveness").grade());
    Converted converted = worst.judgment("effectiveness").conversion().orElseThrow();
    GradeConversion conversion = converted.conversion();
    assertEquals("peel-2014-to-peel-2021", conversion.mapping());
    assertEquals(PEEL_2014.grade("good"), conversion.from());
    assertEquals(List.of(PEEL_2021.grade("good"), PEEL_2021.grade("adequate")), conversion.targets().grades());
    assertEquals(Relation.MANY_TO_MANY, conversion.relation());
    assertFalse(conversion.comparable());
    assertEquals(Policy.WORST, converted.policy());
    assertEquals(GradeMappings.PEEL_2014_TO_PEEL_2021.convert(PEEL_2014.grade("good")), conversion, "the mapping's own conversion");
  }

  @Test
  void oneJudgmentConvertsAsItWouldInsideItsAssessment() {
    Judgment effectiveness = ESSEX_2016.judgment("effectiveness");
    for (Policy policy : List.of(Policy.BEST, Policy.WORST, Policy.RANGE)) {
      assertEquals(
          ESSEX_2016.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, policy).judgment("effectiveness"),
          effectiveness.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, policy),
          policy.id());
    }
    Judgment leadership = ESSEX_2016.judgment("leadership");
    assertEquals(leadership, leadership.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.STRICT));
  }

  @Test
  void oneJudgmentRefusedUnderStrictNamesItsAreaAndTheRange() {
    Judgment effectiveness = ESSEX_2016.judgment("effectiveness");
    ConversionException e =
        assertThrows(ConversionException.class, () -> effectiveness.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.STRICT));
    assertEquals(
        "cannot convert the judgment under policy strict: mapping peel-2014-to-peel-2021 converts the grade good of"
            + " area 'effectiveness' to the range [good, adequate], not to one grade; use policy best, worst or range",
        e.getMessage());
    assertEquals(Optional.of("effectiveness"), e.area());
  }

  @Test
  void oneJudgmentIsConvertedOnceAndOnlyFromTheMappingsScale() {
    Judgment converted =
        ESSEX_2016.judgment("effectiveness").convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.BEST);
    IllegalArgumentException twice =
        assertThrows(IllegalArgumentException.class, () -> converted.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.BEST));
    assertEquals(
        "cannot convert the judgment of area 'effectiveness' with mapping peel-2014-to-peel-2021: it was converted already"
            + " by mapping peel-2014-to-peel-2021; convert the original with the mappings composed, first.andThen(second)",
        twice.getMessage());
    IllegalArgumentException otherScale =
        assertThrows(
            IllegalArgumentException.class,
            () -> ESSEX_2016.judgment("efficiency").convert(GradeMappings.PEEL_2014_TO_PEEL_2021.inverse(), Policy.BEST));
    assertTrue(otherScale.getMessage().startsWith("grade 'good' of scale peel-2014 is not a grade of scale peel-2021"), otherScale.getMessage());
  }

  @Test
  void convertingKeepsEverythingButTheGradesAndTheScale() {
    Assessment converted = ESSEX_2016.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.BEST);
    assertEquals(ESSEX_2016.judgment("leadership"), converted.judgment("leadership"));
    for (int i = 0; i < ESSEX_2016.judgments().size(); i++) {
      Judgment before = ESSEX_2016.judgments().get(i);
      Judgment after = converted.judgments().get(i);
      assertEquals(before.area(), after.area());
      assertEquals(before.findingCounts(), after.findingCounts());
      assertEquals(before.published(), after.published());
      assertEquals(before.note(), after.note());
    }
    assertEquals(ESSEX_2016.framework(), converted.framework());
    assertEquals(ESSEX_2016.title(), converted.title());
    assertEquals(
        Map.of(
            PEEL_2021.grade("outstanding"), 0,
            PEEL_2021.grade("good"), 3,
            PEEL_2021.grade("adequate"), 0,
            PEEL_2021.grade("requires-improvement"), 0,
            PEEL_2021.grade("inadequate"), 0),
        converted.gradeCounts());
  }

  @Test
  void underPolicyRangeARangeOfSeveralGradesLeavesNoGrade() {
    Assessment range = ESSEX_2016.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.RANGE);
    Judgment effectiveness = range.judgment("effectiveness");
    assertEquals(Optional.empty(), effectiveness.grade());
    assertEquals(Optional.empty(), effectiveness.ungraded());
    assertFalse(effectiveness.isGraded());
    assertEquals(List.of(PEEL_2021.grade("good"), PEEL_2021.grade("adequate")), effectiveness.gradeRange().orElseThrow().grades());
    assertTrue(effectiveness.conversion().orElseThrow().isRange());
  }

  @Test
  void theIdentityConvertsExactlyAndSaysSo() {
    Assessment same = ESSEX_2016.convert(GradeMapping.identity(PEEL_2014), Policy.STRICT);
    Judgment effectiveness = same.judgment("effectiveness");
    assertEquals(Optional.of(PEEL_2014.grade("good")), effectiveness.grade());
    assertEquals("identity", effectiveness.conversion().orElseThrow().conversion().mapping());
    assertEquals(Relation.EXACT, effectiveness.conversion().orElseThrow().conversion().relation());
  }

  @Test
  void refusesAnAssessmentOnAnotherScale() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ESSEX_2016.convert(GradeMappings.PEEL_2021_TO_PEEL_2014, Policy.BEST));
    assertEquals(
        "cannot convert assessment essex-peel-2016 with mapping peel-2021-to-peel-2014: the assessment is on scale"
            + " peel-2014, but the mapping converts from scale peel-2021",
        e.getMessage());
  }

  @Test
  void refusesToConvertTwiceSoThatTheFirstRecordIsNotLost() {
    Assessment once = ESSEX_2016.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.BEST);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> once.convert(GradeMappings.PEEL_2021_TO_PEEL_2014, Policy.BEST));
    assertEquals(
        "cannot convert assessment essex-peel-2016 with mapping peel-2021-to-peel-2014: it was converted already (the"
            + " judgment of area 'effectiveness' by mapping peel-2014-to-peel-2021); convert the original assessment"
            + " with the mappings composed, first.andThen(second)",
        e.getMessage());
  }

  // Essex, 2007: neighbourhood policing Fair (national 6, 14, 21, 2), performance management Good
  // (national 6, 29, 8, 0).
  private static final Framework HMIC_2007_FRAMEWORK =
      Framework.builder()
          .id("hmic-2007")
          .name("HMIC baseline assessment 2007")
          .scale(HMIC_2007)
          .addAreas(
              Area.of("neighbourhood-policing", "Neighbourhood Policing"),
              Area.of("performance-management", "Performance management"))
          .build();

  private static PeerDistribution national(int excellent, int good, int fair, int poor) {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    counts.put(HMIC_2007.grade("excellent"), excellent);
    counts.put(HMIC_2007.grade("good"), good);
    counts.put(HMIC_2007.grade("fair"), fair);
    counts.put(HMIC_2007.grade("poor"), poor);
    return PeerDistribution.of(43, counts);
  }

  private static final Assessment ESSEX_2007 =
      Assessment.builder()
          .id("essex-2007")
          .subject(Subject.of("essex", "Essex Police"))
          .framework(HMIC_2007_FRAMEWORK)
          .title("Essex Police - HMIC Inspection Report")
          .published(LocalDate.of(2007, 10, 1))
          .addJudgments(
              Judgment.builder()
                  .area(HMIC_2007_FRAMEWORK.area("neighbourhood-policing"))
                  .outcome(Outcome.graded(HMIC_2007.grade("fair")))
                  .distribution(national(6, 14, 21, 2))
                  .addFindings(Finding.of(FindingKind.STRENGTH, "Essex Police has introduced the following model for Neighbourhood Policing"))
                  .build(),
              Judgment.builder()
                  .area(HMIC_2007_FRAMEWORK.area("performance-management"))
                  .outcome(Outcome.graded(HMIC_2007.grade("good")))
                  .distribution(national(6, 29, 8, 0))
                  .build())
          .build();

  /** A user's reading of 2007 grades on the 2014 scale: Fair may be Good or Requires improvement. */
  private static final GradeMapping WIDE =
      GradeMapping.of(
          "hmic-2007-to-peel-2014",
          HMIC_2007,
          PEEL_2014,
          Map.of(
              "excellent", List.of("outstanding"),
              "good", List.of("good"),
              "fair", List.of("good", "requires-improvement"),
              "poor", List.of("inadequate")));

  @Test
  void peerDistributionsFollowBestAndWorstPeerByPeer() {
    Assessment best = ESSEX_2007.convert(WIDE, Policy.BEST);
    assertEquals(
        List.of(6, 35, 2),
        List.copyOf(best.judgment("neighbourhood-policing").distribution().orElseThrow().counts().values()));
    assertEquals(
        List.of("outstanding", "good", "inadequate"),
        best.judgment("neighbourhood-policing").distribution().orElseThrow().counts().keySet().stream()
            .map(Grade::id)
            .toList());
    Assessment worst = ESSEX_2007.convert(WIDE, Policy.WORST);
    PeerDistribution managed = worst.judgment("performance-management").distribution().orElseThrow();
    assertEquals(List.of(6, 29, 8, 0), List.copyOf(managed.counts().values()));
    assertEquals(43, managed.population());
    assertEquals(
        best.judgment("neighbourhood-policing").findings(),
        ESSEX_2007.judgment("neighbourhood-policing").findings());
  }

  @Test
  void underPolicyRangeADistributionThatWouldNeedSplitCountsIsDropped() {
    Assessment range = ESSEX_2007.convert(WIDE, Policy.RANGE);
    Judgment neighbourhood = range.judgment("neighbourhood-policing");
    assertEquals(Optional.empty(), neighbourhood.distribution());
    assertEquals(
        List.of(PEEL_2014.grade("good"), PEEL_2014.grade("requires-improvement")),
        neighbourhood.gradeRange().orElseThrow().grades());
    // Performance management's peers hold Fair 8 times: its distribution is dropped too, though Good
    // converts exactly.
    Judgment managed = range.judgment("performance-management");
    assertEquals(Optional.of(PEEL_2014.grade("good")), managed.grade());
    assertEquals(Optional.empty(), managed.distribution());
  }

  @Test
  void anExactMappingConvertsDistributionsUnderEveryPolicy() {
    GradeMapping exact =
        GradeMapping.of("renamed", HMIC_2007, PEEL_2014, g -> List.of(PEEL_2014.grade(g.rank())));
    for (Policy policy : Policy.values()) {
      Assessment converted = ESSEX_2007.convert(exact, policy);
      PeerDistribution national = converted.judgment("neighbourhood-policing").distribution().orElseThrow();
      assertEquals(List.of(6, 14, 21, 2), List.copyOf(national.counts().values()), policy.id());
      assertEquals(Optional.of(PEEL_2014.grade("requires-improvement")), converted.judgment("neighbourhood-policing").grade());
    }
  }
}
