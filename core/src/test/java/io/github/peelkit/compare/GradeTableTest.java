package io.github.peelkit.compare;

import static io.github.peelkit.compare.Rounds.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.framework.Area;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScales;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GradeTableTest {
  private static Grade peel2021(String id) {
    return GradeScales.PEEL_2021.grade(id);
  }

  private static List<Assessment> forces() {
    return List.of(
        Rounds.essex2021(),
        assessment("kent-peel-2021-22", "kent", Rounds.PEEL_2021_22, "2022-06-01",
            "crime-data-integrity=good", "investigating-crime=good", "responding-to-the-public=-pending"),
        assessment("avon-peel-2021-22", "avon", Rounds.PEEL_2021_22, "2022-03-01", "investigating-crime=adequate"),
        Rounds.essex2016());
  }

  private static Map<String, Integer> byId(Map<Grade, Integer> counts) {
    Map<String, Integer> byId = new LinkedHashMap<>();
    counts.forEach((g, n) -> byId.put(g.id(), n));
    return byId;
  }

  @Test
  void aRowPerSubjectOfTheFrameworkOrderedBySubjectIdAndAColumnPerArea() {
    GradeTable table = GradeTable.of(Rounds.PEEL_2021_22, forces());
    assertEquals(List.of("avon", "essex", "kent"), table.rows().stream().map(r -> r.subject().id()).toList());
    assertEquals(Rounds.PEEL_2021_22.allAreas(), table.areas());
    TableRow essex = table.row("essex").orElseThrow();
    assertEquals(Optional.of(peel2021("adequate")), essex.judgment("investigating-crime").flatMap(Judgment::grade));
    assertEquals(Optional.empty(), table.row("avon").orElseThrow().judgment("crime-data-integrity"));
    assertEquals(Optional.empty(), table.row("essex-peel-2016"));
    assertEquals(List.of(), table.superseded());
    assertEquals("GradeTable{peel-2021-22, 3 rows}", table.toString());
  }

  @Test
  void theDistributionOfEachAreaCountsGradesUngradedAndAbsent() {
    GradeTable table = GradeTable.of(Rounds.PEEL_2021_22, forces());
    AreaDistribution investigating = table.distribution("investigating-crime");
    assertEquals(
        Map.of("outstanding", 0, "good", 1, "adequate", 2, "requires-improvement", 0, "inadequate", 0), byId(investigating.counts()));
    assertEquals(List.of("outstanding", "good", "adequate", "requires-improvement", "inadequate"), List.copyOf(byId(investigating.counts()).keySet()));
    assertEquals(3, investigating.graded());
    assertEquals(
        PeerDistribution.of(3, Map.of(peel2021("good"), 1, peel2021("adequate"), 2, peel2021("outstanding"), 0,
            peel2021("requires-improvement"), 0, peel2021("inadequate"), 0)),
        investigating.toPeerDistribution().orElseThrow());
    AreaDistribution responding = table.distribution("responding-to-the-public");
    assertEquals(1, responding.graded());
    assertEquals(1, responding.ungraded());
    assertEquals(1, responding.absent());
    AreaDistribution victims = table.distribution("victim-service-assessment");
    assertEquals(0, victims.graded());
    assertEquals(1, victims.ungraded());
    assertEquals(2, victims.absent());
    assertEquals(Optional.empty(), victims.toPeerDistribution());
    assertEquals(table.areas(), table.distributions().stream().map(AreaDistribution::area).toList());
    for (AreaDistribution d : table.distributions()) {
      assertEquals(table.rows().size(), d.graded() + d.ungraded() + d.absent(), d.toString());
    }
  }

  @Test
  void aSubjectWithSeveralAssessmentsOfTheFrameworkShowsItsLatestAndTheOthersAreSuperseded() {
    Assessment again = assessment("essex-peel-2023-25", "essex", Rounds.PEEL_2021_22, "2024-05-01", "investigating-crime=good");
    Assessment sameDay = assessment("essex-peel-2023-25-a", "essex", Rounds.PEEL_2021_22, "2024-05-01", "investigating-crime=outstanding");
    GradeTable table = GradeTable.of(Rounds.PEEL_2021_22, List.of(again, Rounds.essex2021(), sameDay));
    assertEquals("essex-peel-2023-25-a", table.row("essex").orElseThrow().assessment().id(), "the last by date, then id");
    assertEquals(List.of("essex-peel-2021-22", "essex-peel-2023-25"), table.superseded().stream().map(Assessment::id).toList());
    assertEquals(1, table.distribution("investigating-crime").count(peel2021("outstanding")));
    assertEquals(0, table.distribution("investigating-crime").count(peel2021("good")));
  }

  @Test
  void aFrameworkWithoutAssessmentsHasAnEmptyTableAndAScalelessOneNoCounts() {
    GradeTable table = GradeTable.of(Rounds.PEEL_2017, forces());
    assertEquals(List.of(), table.rows());
    assertEquals(0, table.distribution("efficiency").graded());
    GradeTable core = GradeTable.of(Rounds.CORE_BUSINESS_2014,
        List.of(assessment("e", "essex", Rounds.CORE_BUSINESS_2014, "2014-09-03", "preventing-crime=-not-graded")));
    assertEquals(Map.of(), core.distribution("preventing-crime").counts());
    assertEquals(1, core.distribution("preventing-crime").ungraded());
  }

  @Test
  void refusesAConvertedAssessmentAndAnUnknownArea() {
    Assessment converted = Rounds.essex2016().convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.BEST);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> GradeTable.of(Rounds.PEEL_2016, List.of(converted)));
    assertEquals(
        "assessment essex-peel-2016 holds grades converted to scale peel-2021 by mapping peel-2014-to-peel-2021 from scale"
            + " peel-2014: compare the assessment as published; the comparison applies a mapping itself",
        e.getMessage());
    GradeTable table = GradeTable.of(Rounds.PEEL_2016, forces());
    assertEquals("framework peel-2016 has no area 'investigating-crime'",
        assertThrows(IllegalArgumentException.class, () -> table.distribution("investigating-crime")).getMessage());
  }

  @Test
  void subAreasAreColumnsInDepthFirstOrder() {
    io.github.peelkit.framework.Framework nested =
        io.github.peelkit.framework.Framework.builder()
            .id("hmic-2007")
            .name("2007")
            .scale(GradeScales.HMIC_2007)
            .addAreas(
                Area.of("neighbourhood-policing", "Neighbourhood Policing"),
                Area.builder().id("protecting-vulnerable-people").name("PVP").graded(false)
                    .addAreas(Area.of("child-abuse", "Child abuse"), Area.of("domestic-violence", "Domestic violence")).build(),
                Area.of("performance-management", "Performance management"))
            .build();
    GradeTable table = GradeTable.of(nested, List.of());
    assertEquals(
        List.of("neighbourhood-policing", "protecting-vulnerable-people", "child-abuse", "domestic-violence", "performance-management"),
        table.areas().stream().map(Area::id).toList());
  }
}
