package io.github.peelkit.compare;

import static io.github.peelkit.compare.Rounds.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeScales;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DirectionOfTravelTest {
  private static final MappingChoice BUILT_IN =
      MappingChoice.of(List.of(GradeMappings.PEEL_2014_TO_PEEL_2021, GradeMappings.PEEL_2021_TO_PEEL_2014));

  private static List<String> lines(DirectionOfTravel d) {
    return d.areas().stream().map(AreaDirection::toString).toList();
  }

  @Test
  void essexFrom2016To2017IsStableInEveryGradedPillarAndTheAreasFollowTheLaterFramework() {
    DirectionOfTravel d = DirectionOfTravel.of(Rounds.essex2016(), Rounds.essex2017(), BUILT_IN);
    assertEquals(
        List.of(
            "legitimacy: stable (good both times)",
            "efficiency: stable (good both times)",
            "effectiveness: stable (good both times)",
            "leadership: only-earlier (judged only in the earlier assessment)"),
        lines(d));
    assertEquals(Optional.of(GradeMapping.identity(GradeScales.PEEL_2014)), d.mapping());
    assertTrue(d.isComparable());
    assertEquals(Optional.empty(), d.caveat());
    assertFalse(d.isSameFramework());
    assertEquals("essex", d.subject().id());
    assertEquals(3, d.counts().get(Direction.STABLE));
    assertEquals(1, d.counts().get(Direction.ONLY_EARLIER));
    assertEquals(0, d.counts().get(Direction.IMPROVED));
    assertEquals(Direction.values().length, d.counts().size());
  }

  @Test
  void essexFrom2016To2021SharesNoAreaAndSaysWhyItsGradesAreNotComparable() {
    DirectionOfTravel d = DirectionOfTravel.of(Rounds.essex2016(), Rounds.essex2021(), BUILT_IN);
    assertEquals(
        List.of(
            "victim-service-assessment: only-later (judged only in the later assessment)",
            "crime-data-integrity: only-later (judged only in the later assessment)",
            "investigating-crime: only-later (judged only in the later assessment)",
            "responding-to-the-public: only-later (judged only in the later assessment)",
            "effectiveness: only-earlier (judged only in the earlier assessment)",
            "efficiency: only-earlier (judged only in the earlier assessment)",
            "legitimacy: only-earlier (judged only in the earlier assessment)",
            "leadership: only-earlier (judged only in the earlier assessment)"),
        lines(d));
    assertEquals(Optional.of(GradeMappings.PEEL_2014_TO_PEEL_2021), d.mapping());
    assertFalse(d.isComparable());
    assertEquals(GradeMappings.PEEL_2014_TO_PEEL_2021.note(), d.caveat());
    assertTrue(d.caveat().orElseThrow().contains("isn't possible to make direct comparisons"));
  }

  @Test
  void anAreaGradedOnBothScalesIsNotComparableUnderTheBuiltInMappingAndKeepsItsRange() {
    Assessment earlier = assessment("e", "essex", Rounds.PEEL_2016, "2017-03-02", "effectiveness=good");
    Assessment later = assessment("l", "essex", laterPillars(), "2022-10-14", "effectiveness=adequate");
    AreaDirection area = DirectionOfTravel.of(earlier, later, BUILT_IN).area("effectiveness").orElseThrow();
    assertEquals(Direction.NOT_COMPARABLE, area.direction());
    assertEquals(List.of("good", "adequate"), area.range().orElseThrow().ids());
    assertEquals(
        "mapping peel-2014-to-peel-2021 declares scales peel-2014 and peel-2021 not directly comparable; good of scale peel-2014"
            + " would be [good, adequate]",
        area.explanation());
  }

  @Test
  void aComparableMappingChosenByNameGivesDirectionsOnItsRanges() {
    Assessment earlier = assessment("e", "essex", Rounds.PEEL_2016, "2017-03-02", "effectiveness=good", "efficiency=good", "legitimacy=requires-improvement");
    Assessment later = assessment("l", "essex", laterPillars(), "2022-10-14", "effectiveness=adequate", "efficiency=outstanding", "legitimacy=inadequate");
    DirectionOfTravel d = DirectionOfTravel.of(earlier, later, Rounds.COMPARABLE_2014_TO_2021);
    assertEquals(
        List.of(
            "effectiveness: uncertain (adequate lies within [good, adequate], what good of scale peel-2014 is on scale peel-2021 by"
                + " mapping peel-2014-to-peel-2021-comparable)",
            "efficiency: improved (outstanding is better than [good, adequate], what good of scale peel-2014 is on scale peel-2021"
                + " by mapping peel-2014-to-peel-2021-comparable)",
            "legitimacy: deteriorated (inadequate is worse than [adequate, requires-improvement], what requires-improvement of scale"
                + " peel-2014 is on scale peel-2021 by mapping peel-2014-to-peel-2021-comparable)"),
        lines(d));
    assertTrue(d.isComparable());
    assertEquals(Optional.empty(), d.caveat());
    // The same, chosen among declared mappings.
    MappingChoice both = MappingChoice.of(List.of(GradeMappings.PEEL_2014_TO_PEEL_2021, Rounds.COMPARABLE_2014_TO_2021));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DirectionOfTravel.of(earlier, later, both));
    assertEquals(
        "2 grade mappings are declared from scale peel-2014 to scale peel-2021: peel-2014-to-peel-2021,"
            + " peel-2014-to-peel-2021-comparable; choose one, so that grades are not compared by a mapping picked at random",
        e.getMessage());
    assertEquals(d, DirectionOfTravel.of(earlier, later, both.with(Rounds.COMPARABLE_2014_TO_2021)));
  }

  @Test
  void improvedStableAndDeterioratedOnOneScale() {
    Assessment earlier = assessment("e", "essex", Rounds.PEEL_2021_22, "2022-10-14",
        "crime-data-integrity=good", "investigating-crime=adequate", "responding-to-the-public=requires-improvement");
    Assessment later = assessment("l", "essex", Rounds.PEEL_2021_22, "2024-05-01",
        "crime-data-integrity=adequate", "investigating-crime=adequate", "responding-to-the-public=good");
    DirectionOfTravel d = DirectionOfTravel.of(earlier, later, MappingChoice.identity());
    assertEquals(
        List.of(
            "crime-data-integrity: deteriorated (adequate is worse than good, the earlier grade)",
            "investigating-crime: stable (adequate both times)",
            "responding-to-the-public: improved (good is better than requires-improvement, the earlier grade)"),
        lines(d));
    assertTrue(d.isSameFramework());
    assertEquals(Optional.of(List.of("good")), d.area("crime-data-integrity").flatMap(AreaDirection::range).map(r -> r.ids()));
  }

  @Test
  void ungradedOnEitherSideSaysWhichAndWhy() {
    Assessment earlier = assessment("e", "essex", Rounds.PEEL_2021_22, "2022-10-14",
        "victim-service-assessment=-not-graded", "crime-data-integrity=-pending", "investigating-crime=good");
    Assessment later = assessment("l", "essex", Rounds.PEEL_2021_22, "2024-05-01",
        "victim-service-assessment=-not-graded", "crime-data-integrity=good", "investigating-crime=-postponed");
    assertEquals(
        List.of(
            "victim-service-assessment: ungraded (not graded in either assessment (earlier not-graded, later not-graded))",
            "crime-data-integrity: ungraded (not graded in the earlier assessment (pending))",
            "investigating-crime: ungraded (not graded in the later assessment (postponed))"),
        lines(DirectionOfTravel.of(earlier, later, MappingChoice.identity())));
  }

  @Test
  void acrossScalesWithoutADeclaredMappingEveryAreaGradedInBothIsNotComparable() {
    Assessment earlier = assessment("e", "essex", Rounds.PEEL_2016, "2017-03-02", "effectiveness=good");
    Assessment later = assessment("l", "essex", laterPillars(), "2022-10-14", "effectiveness=good");
    DirectionOfTravel d = DirectionOfTravel.of(earlier, later, MappingChoice.identity());
    assertEquals(List.of("effectiveness: not-comparable (no grade mapping is declared from scale peel-2014 to scale peel-2021)"), lines(d));
    assertEquals(Optional.empty(), d.mapping());
    assertEquals(Optional.empty(), d.area("effectiveness").orElseThrow().range());
    assertEquals(
        Optional.of("No grade mapping is declared from scale peel-2014 to scale peel-2021: grades of the two scales cannot be compared."),
        d.caveat());
  }

  @Test
  void aFrameworkThatGradesNothingHasNoMappingAndNoCaveat() {
    Assessment earlier = assessment("e", "essex", Rounds.CORE_BUSINESS_2014, "2014-09-03", "preventing-crime=-not-graded");
    DirectionOfTravel d = DirectionOfTravel.of(earlier, Rounds.essex2016(), BUILT_IN);
    assertEquals(Optional.empty(), d.mapping());
    assertFalse(d.isComparable());
    assertEquals(Optional.empty(), d.caveat());
    assertEquals(Direction.ONLY_EARLIER, d.area("preventing-crime").orElseThrow().direction());
  }

  @Test
  void refusesTwoSubjectsTheWrongOrderAConvertedAssessmentAndAMappingOfOtherScales() {
    Assessment kent = assessment("kent-peel-2017", "kent", Rounds.PEEL_2017, "2018-03-22", "efficiency=good");
    assertEquals(
        "assessment essex-peel-2016 is of subject essex and assessment kent-peel-2017 of subject kent: a direction of travel"
            + " compares two assessments of one subject",
        assertThrows(IllegalArgumentException.class, () -> DirectionOfTravel.of(Rounds.essex2016(), kent, BUILT_IN)).getMessage());
    assertEquals(
        "the earlier assessment essex-peel-2017 was published on 2018-03-22, after the later one essex-peel-2016 (2017-03-02):"
            + " give the earlier first",
        assertThrows(IllegalArgumentException.class, () -> DirectionOfTravel.of(Rounds.essex2017(), Rounds.essex2016(), BUILT_IN))
            .getMessage());
    Assessment converted = Rounds.essex2016().convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.WORST);
    assertEquals(
        "assessment essex-peel-2016 holds grades converted to scale peel-2021 by mapping peel-2014-to-peel-2021 from scale"
            + " peel-2014: compare the assessment as published; the comparison applies a mapping itself",
        assertThrows(IllegalArgumentException.class, () -> DirectionOfTravel.of(converted, Rounds.essex2021(), BUILT_IN)).getMessage());
    assertEquals(
        "mapping peel-2021-to-peel-2014 converts from scale peel-2021 to scale peel-2014, but assessment essex-peel-2016 is on"
            + " scale peel-2014 and assessment essex-peel-2021-22 on scale peel-2021",
        assertThrows(
                IllegalArgumentException.class,
                () -> DirectionOfTravel.of(Rounds.essex2016(), Rounds.essex2021(), GradeMappings.PEEL_2021_TO_PEEL_2014))
            .getMessage());
  }

  @Test
  void assessmentsOfOneDayCompareAndTheSameAssessmentIsStableEverywhereItIsGraded() {
    DirectionOfTravel d = DirectionOfTravel.of(Rounds.essex2021(), Rounds.essex2021(), MappingChoice.identity());
    Map<Direction, Integer> counts = d.counts();
    assertEquals(3, counts.get(Direction.STABLE));
    assertEquals(1, counts.get(Direction.UNGRADED));
    assertEquals(d, DirectionOfTravel.of(Rounds.essex2021(), Rounds.essex2021(), GradeMapping.identity(GradeScales.PEEL_2021)));
  }

  /** The 2016 pillars on the five-tier scale: a framework that shares the pillars' ids with PEEL 2016 but not its scale. */
  private static io.github.peelkit.framework.Framework laterPillars() {
    return io.github.peelkit.framework.Framework.builder()
        .from(Rounds.PEEL_2016)
        .id("pillars-2021")
        .scale(GradeScales.PEEL_2021)
        .build();
  }
}
