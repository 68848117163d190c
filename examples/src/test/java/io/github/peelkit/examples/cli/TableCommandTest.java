package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code peel table}: the CSV of SPEC §12, the distribution, PK020 on the whole population read. */
class TableCommandTest {
  private static final String HMIC_2007 = "data/essex/hmic-2007.yaml";

  @Test
  void csvHasASubjectColumnThenEveryAreaIdInTheFrameworksOrder() {
    PeelRun run = PeelRun.of("table", "data", "--framework", "peel-2021-22");
    assertEquals(0, run.exitCode(), run.describe());
    List<String> lines = run.out().lines().toList();
    assertEquals(
        "subject,victim-service-assessment,crime-data-integrity,fairness-and-respect,preventing-crime,responding-to-the-public,"
            + "investigating-crime,protecting-vulnerable-people,managing-offenders,serious-organised-crime,workforce,"
            + "vetting-and-counter-corruption,value-for-money",
        lines.get(0));
    // Essex's published grades: ungraded victim service and vetting (-), Outstanding for crime data, and so on.
    assertEquals("essex,-,outstanding,good,adequate,requires-improvement,adequate,adequate,adequate,good,good,-,good", lines.get(1));
    assertEquals(2, lines.size());
  }

  @Test
  void anAreaNotJudgedIsAnEmptyCell() {
    PeelRun run = PeelRun.of("table", "data", "src/test/resources/cli/two-assessments.yaml", "--framework", "peel-2016");
    List<String> lines = run.out().lines().toList();
    assertEquals("subject,effectiveness,efficiency,legitimacy,leadership", lines.get(0));
    // Essex's latest assessment of peel-2016 in these files is the 2016 pillars of 2017-03-02; the two older ones are named.
    assertEquals("essex,good,good,good,-", lines.get(1));
    assertEquals(2, run.err().lines().filter(l -> l.startsWith("peel table: note: essex-peel-2016-")).count(), run.err());
    PeelRun alone = PeelRun.of("table", "src/test/resources/cli/two-assessments.yaml", "--framework", "peel-2016");
    assertEquals("essex,,,good,", alone.out().lines().toList().get(1), "legitimacy of 2016-12-08 is the latest: only it is shown");
  }

  @Test
  void theDistributionOfEssexAndItsSyntheticPeersIsTheNationalOneOf2007() {
    PeelRun run = PeelRun.of("table", HMIC_2007, "synthetic-grades/hmic-2007", "--framework", "hmic-2007", "--distribution");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("", run.err());
    // The national summary of judgements, seed 003 lines 232-243.
    assertEquals(
        List.of(
            "area,excellent,good,fair,poor,ungraded,absent",
            "neighbourhood-policing,6,14,21,2,0,0",
            "performance-management,6,29,8,0,0,0",
            "protecting-vulnerable-people,0,0,0,0,43,0",
            "child-abuse,3,17,21,2,0,0",
            "domestic-violence,1,13,27,2,0,0",
            "public-protection,2,16,23,2,0,0",
            "missing-persons,1,21,21,0,0,0"),
        run.out().lines().toList());
  }

  @Test
  void aDistributionThatDiffersFromTheWholePopulationReadIsAWarningAndTheTableIsPrinted() {
    PeelRun run = PeelRun.of("table", HMIC_2007, "synthetic-grades/hmic-2007-misgraded", "--framework", "hmic-2007", "--format", "json");
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("data/essex/hmic-2007.yaml:28:9: warning[PK020]: judgments[0].distribution.counts:"), run.err());
    JsonNode o = Json.parse(run.out());
    assertEquals(43, o.get("rows").size());
    assertEquals(7, o.get("distribution").get(0).get("counts").get("excellent").asInt());
  }
}
