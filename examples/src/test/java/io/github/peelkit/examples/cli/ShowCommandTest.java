package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** {@code peel show} on the Essex data: the seeds' grades exactly, and the press release's count. */
class ShowCommandTest {
  private static final String PEEL_2021 = "data/essex/peel-2021-22.yaml";

  /** Every area of the 2021/22 report as the report grades it (seed 000), crime data from the release (seed 004). */
  private static final Map<String, String> ESSEX_2021_22 = essex202122();

  private static Map<String, String> essex202122() {
    Map<String, String> grades = new LinkedHashMap<>();
    grades.put("victim-service-assessment", "not-graded");
    grades.put("crime-data-integrity", "outstanding");
    grades.put("fairness-and-respect", "good");
    grades.put("preventing-crime", "adequate");
    grades.put("responding-to-the-public", "requires-improvement");
    grades.put("investigating-crime", "adequate");
    grades.put("protecting-vulnerable-people", "adequate");
    grades.put("managing-offenders", "adequate");
    grades.put("serious-organised-crime", "good");
    grades.put("workforce", "good");
    grades.put("vetting-and-counter-corruption", "graded-separately");
    grades.put("value-for-money", "good");
    return grades;
  }

  private static JsonNode json(String... args) {
    PeelRun run = PeelRun.of(args);
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("", run.err());
    return Json.parse(run.out());
  }

  @Test
  void reproducesEveryGradeOfEssex202122() {
    JsonNode essex = json("show", PEEL_2021, "--format", "json");
    Map<String, String> shown = new LinkedHashMap<>();
    for (JsonNode judgment : essex.get("judgments")) {
      String grade = judgment.has("grade") ? judgment.get("grade").asString() : judgment.get("ungraded").get("reason").asString();
      shown.put(judgment.get("area").asString(), grade);
    }
    assertEquals(ESSEX_2021_22, shown);
    assertEquals("essex-peel-2021-22", essex.get("id").asString());
    assertEquals("essex", essex.get("subject").get("id").asString());
    assertEquals("Essex Police", essex.get("subject").get("name").asString());
    assertEquals("peel-2021-22", essex.get("framework").asString());
    assertEquals("PEEL 2021/22 – An inspection of Essex Police", essex.get("title").asString());
    assertEquals("2022-10-14", essex.get("published").asString());
  }

  @Test
  void countsTheReportsTenGrades() {
    PeelRun run = PeelRun.of("show", PEEL_2021);
    assertTrue(
        run.out().lines().toList().contains(
            "Grades: 1 Outstanding, 4 Good, 4 Adequate, 1 Requires improvement (10 of 12 judgments graded)"),
        run.out());
  }

  @Test
  void asOfTheReleaseDayCountsAsThePressReleaseDid() {
    // Seed 004: 3 Good, 4 Adequate, 1 Requires improvement, plus crime data accuracy rated Outstanding;
    // serious and organised crime was graded and published on 19 May 2023.
    PeelRun run = PeelRun.of("show", PEEL_2021, "--as-of", "2022-10-14");
    assertEquals(0, run.exitCode(), run.describe());
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.contains("Grades: 1 Outstanding, 3 Good, 4 Adequate, 1 Requires improvement (9 of 11 judgments graded)"), run.out());
    assertTrue(lines.contains("As of:     2022-10-14: left out 1 judgment published later: Disrupting serious organised crime"), run.out());
    assertFalse(run.out().contains("Disrupting serious organised crime                        Good"), run.out());

    JsonNode essex = json("show", PEEL_2021, "--as-of", "2022-10-14", "--format", "json");
    assertEquals(
        Json.parse("{\"outstanding\": 1, \"good\": 3, \"adequate\": 4, \"requires-improvement\": 1, \"inadequate\": 0}"),
        essex.get("gradeCounts"));
    assertEquals("2022-10-14", essex.get("asOf").asString());
    assertEquals(Json.parse("[{\"area\": \"serious-organised-crime\", \"published\": \"2023-05-19\"}]"), essex.get("leftOut"));
    assertEquals(11, essex.get("judgments").size());
  }

  @Test
  void asOfTheDaySeriousAndOrganisedCrimeWasPublishedCountsTheReportsTen() {
    JsonNode essex = json("show", PEEL_2021, "--as-of", "2023-05-19", "--format", "json");
    assertEquals(
        Json.parse("{\"outstanding\": 1, \"good\": 4, \"adequate\": 4, \"requires-improvement\": 1, \"inadequate\": 0}"),
        essex.get("gradeCounts"));
    assertEquals(0, essex.get("leftOut").size());
  }

  @Test
  void aJudgmentWithItsOwnEarlierDateCountsBeforeItsAssessmentWasPublished() {
    // Crime data integrity was graded in its own inspection of 8 October 2019.
    JsonNode essex = json("show", PEEL_2021, "--as-of", "2020-01-01", "--format", "json");
    assertEquals(1, essex.get("judgments").size());
    assertEquals("crime-data-integrity", essex.get("judgments").get(0).get("area").asString());
    assertEquals(1, essex.get("gradeCounts").get("outstanding").asInt());
  }

  @Test
  void theEvidenceCarriesItsIntervalAsPublished() {
    JsonNode essex = json("show", PEEL_2021, "--format", "json");
    JsonNode grounds = essex.get("judgments").get(2).get("evidence").get(0);
    assertEquals("stop-search-grounds-2021", grounds.get("id").asString());
    JsonNode interval = grounds.get("interval");
    assertEquals(List.of("successes", "size", "estimate", "level", "method", "lower", "upper", "margin"), fieldNames(interval));
    assertEquals(168, interval.get("successes").asInt());
    assertEquals(196, interval.get("size").asInt());
    assertEquals("wald", interval.get("method").asString());
    assertEquals(0.857, interval.get("estimate").asDouble(), 0.0005);
    assertEquals(0.049, interval.get("margin").asDouble(), 0.0005);
    assertTrue(grounds.get("figuresConsistent").asBoolean());
    assertTrue(PeelRun.of("show", PEEL_2021).out()
        .contains("168 of 196 = 85.7% (95% Wald: 80.8%–90.6%), published 85.7% ± 4.9%"));
  }

  @Test
  void aSampleWithoutASizeTellsWhichSizesFitItsFigures() {
    JsonNode essex = json("show", PEEL_2021, "--format", "json");
    JsonNode previous = essex.get("judgments").get(2).get("evidence").get(1);
    assertEquals("stop-search-grounds-2019", previous.get("id").asString());
    assertEquals(Json.parse("{\"upTo\": 10000, \"sizes\": [200]}"), previous.get("fittingSizes"));
  }

  @Test
  void publishedDecimalsKeepThePrecisionTheyWerePublishedWith() {
    String json = PeelRun.of("show", PEEL_2021, "--format", "json").out();
    assertTrue(json.contains("\"estimate\": 0.857,"), "0.857 as published");
    assertTrue(json.contains("\"value\": 0.10,"), "0.10 stays 0.10");
    assertTrue(json.contains("\"atLeast\": 0.90"), "0.90 stays 0.90");
  }

  @Test
  void aFileOfSeveralAssessmentsIsAnArrayInJson() {
    PeelRun run = PeelRun.of("show", "src/test/resources/cli/two-assessments.yaml", "--format", "json");
    assertEquals(0, run.exitCode(), run.describe());
    JsonNode all = Json.parse(run.out());
    assertTrue(all.isArray());
    assertEquals(List.of("essex-peel-2016-efficiency", "essex-peel-2016-legitimacy"), List.of(all.get(0).get("id").asString(), all.get(1).get("id").asString()));
    assertEquals(1, PeelRun.of("show", "src/test/resources/cli/two-assessments.yaml").out().lines().filter(l -> l.startsWith("Id:")).count() - 1);
  }

  @Test
  void aFileWithoutAnAssessmentIsAnError() {
    PeelRun run = PeelRun.of("show", "src/test/resources/cli/catalog/regulator.yaml");
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals(
        "peel show: src/test/resources/cli/catalog/regulator.yaml holds no assessment (no document of kind Assessment)\n",
        run.err());
  }

  @Test
  void anAssessmentOnAFrameworkFromACatalogFolderShows() {
    PeelRun run = PeelRun.of("show", "src/test/resources/cli/regulated/home.yaml", "--catalog", "src/test/resources/cli/catalog");
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("Grades: 1 Excellent, 1 Weak (2 of 2 judgments graded)"), run.out());
    assertEquals(1, PeelRun.of("show", "src/test/resources/cli/regulated/home.yaml").exitCode(), "without the catalogue its framework is unknown");
  }

  @ParameterizedTest
  @ValueSource(strings = {"data/essex/peel-2021-22.yaml", "data/essex/peel-2016.yaml", "data/essex/hmic-2007.yaml", "data/essex/core-business-2014.yaml"})
  void textFitsATerminalOfAHundredColumns(String file) {
    for (String args : List.of("", "--as-of=2022-10-14")) {
      PeelRun run = args.isEmpty() ? PeelRun.of("show", file) : PeelRun.of("show", file, args);
      assertEquals(0, run.exitCode(), run.describe());
      run.out().lines().forEach(line -> assertTrue(Wrap.width(line) <= 100, "too wide: " + line));
      run.out().lines().forEach(line -> assertEquals(line.stripTrailing(), line, "trailing spaces: " + line));
    }
  }

  @Test
  void markdownTablesHaveAsManyCellsAsTheirHeader() {
    for (String file : List.of(PEEL_2021, "data/essex/hmic-2007.yaml")) {
      String markdown = PeelRun.of("show", file, "--format", "markdown").out();
      List<String> rows = markdown.lines().filter(l -> l.startsWith("|")).toList();
      long columns = cells(rows.get(0));
      rows.forEach(row -> assertEquals(columns, cells(row), row));
      for (String align : rows.get(1).substring(1).split("\\|")) {
        assertTrue(align.strip().matches("---|--:"), rows.get(1));
      }
    }
  }

  private static long cells(String row) {
    return row.replace("\\|", "").chars().filter(c -> c == '|').count() - 1;
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    node.propertyNames().forEach(names::add);
    return names;
  }
}
