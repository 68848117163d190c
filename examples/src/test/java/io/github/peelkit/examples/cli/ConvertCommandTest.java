package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code peel convert}: PEEL 2016's grades onto the 2021/22 scale, by each policy. */
class ConvertCommandTest {
  private static final String PEEL_2016 = "data/essex/peel-2016.yaml";
  private static final String CATALOG = "src/test/resources/cli/catalog";

  private static Assessment essex2016() {
    return YamlReader.standard().read(Path.of(PEEL_2016)).orThrow().findAssessment("essex-peel-2016").orElseThrow();
  }

  @Test
  void yamlOutputLoadsAgainAsTheConvertedAssessment() {
    for (Policy policy : List.of(Policy.BEST, Policy.WORST, Policy.RANGE)) {
      PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--policy", policy.id());
      assertEquals(0, run.exitCode(), run.describe());
      LoadResult again = YamlReader.standard().read("converted.yaml", run.out());
      assertEquals(List.of(), again.problems());
      Assessment converted = again.orThrow().findAssessment("essex-peel-2016").orElseThrow();
      assertEquals(essex2016().convert(GradeMappings.PEEL_2014_TO_PEEL_2021, policy), converted);
    }
  }

  @Test
  void yamlOutputBringsTheDefinitionsTheFileHolds(@TempDir Path dir) throws IOException {
    // The regulator's scale and framework come from a catalogue folder: the output refers to them by id.
    PeelRun run = PeelRun.of("convert", "src/test/resources/cli/regulated/home.yaml", "--to", "peel-2021", "--catalog", CATALOG, "--policy", "best");
    assertEquals(0, run.exitCode(), run.describe());
    assertFalse(run.out().contains("kind: GradeScale"), "definitions from --catalog stay there");
    Files.writeString(dir.resolve("converted.yaml"), run.out());
    PeelRun again = PeelRun.of("show", dir.resolve("converted.yaml").toString(), "--catalog", CATALOG, "--format", "json");
    assertEquals(0, again.exitCode(), again.describe());
    assertEquals("peel-2021", Json.parse(again.out()).get("scale").asString());

    // A file that holds its own definitions gets them back with its converted assessments.
    Path own = dir.resolve("own.yaml");
    Files.writeString(own, Files.readString(Path.of(CATALOG, "regulator.yaml")) + "---\n"
        + Files.readString(Path.of("src/test/resources/cli/regulated/home.yaml")));
    PeelRun withOwn = PeelRun.of("convert", own.toString(), "--to", "peel-2021", "--mapping", "care-regulator-to-peel-2021", "--policy", "worst");
    assertEquals(0, withOwn.exitCode(), withOwn.describe());
    LoadResult loaded = YamlReader.standard().read("converted.yaml", withOwn.out());
    assertEquals(List.of(), loaded.problems());
    assertEquals("requires-improvement", loaded.catalog().findAssessment("riverside-care-2024").orElseThrow()
        .judgment("leadership").grade().orElseThrow().id());
  }

  @Test
  void strictRefusesEveryJudgmentWhoseGradeMapsToARange() {
    PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2021");
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals("", run.out());
    List<String> lines = run.err().lines().toList();
    assertEquals(
        "peel convert: assessment essex-peel-2016, judgment of area 'effectiveness': mapping peel-2014-to-peel-2021"
            + " converts grade good to the range [good, adequate], not to one grade",
        lines.get(0));
    assertEquals(4, lines.size(), run.err());
    assertEquals("peel convert: 3 judgments cannot be converted under policy strict: use --policy best, worst or range", lines.get(3));
  }

  @Test
  void strictConvertsWhatMapsToOneGrade() {
    PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--catalog", CATALOG, "--mapping", "peel-2014-one-to-one", "--format", "json");
    assertEquals(0, run.exitCode(), run.describe());
    JsonNode effectiveness = Json.parse(run.out()).get("judgments").get(0);
    assertEquals("good", effectiveness.get("grade").asString());
    assertEquals(
        Json.parse("{\"from\": \"good\", \"targets\": [\"good\"], \"relation\": \"exact\", \"mapping\": \"peel-2014-one-to-one\","
            + " \"comparable\": false, \"policy\": \"strict\"}"),
        effectiveness.get("conversion"));
  }

  @Test
  void underPolicyRangeAJudgmentWhoseRangeHoldsSeveralGradesHasNoGrade() {
    PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--policy", "range", "--format", "json");
    assertEquals(0, run.exitCode(), run.describe());
    JsonNode essex = Json.parse(run.out());
    for (int i = 0; i < 3; i++) {
      JsonNode judgment = essex.get("judgments").get(i);
      assertFalse(judgment.has("grade"), judgment.toString());
      assertFalse(judgment.has("ungraded"), judgment.toString());
      JsonNode conversion = judgment.get("conversion");
      assertEquals("good", conversion.get("from").asString());
      assertEquals(Json.parse("[\"good\", \"adequate\"]"), conversion.get("targets"));
      assertEquals("many-to-many", conversion.get("relation").asString());
      assertEquals("peel-2014-to-peel-2021", conversion.get("mapping").asString());
      assertFalse(conversion.get("comparable").asBoolean());
    }
    JsonNode leadership = essex.get("judgments").get(3);
    assertEquals("narrative", leadership.get("ungraded").get("reason").asString());
    assertFalse(leadership.has("conversion"));
  }

  @Test
  void worstAndBestPickTheEndsOfTheRange() {
    assertEquals("adequate", firstGrade(PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--policy", "worst", "--format", "json")));
    assertEquals("good", firstGrade(PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--policy", "best", "--format", "json")));
  }

  private static String firstGrade(PeelRun run) {
    assertEquals(0, run.exitCode(), run.describe());
    return Json.parse(run.out()).get("judgments").get(0).get("grade").asString();
  }

  @Test
  void toItsOwnScaleTheIdentityConverts() {
    PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2014", "--format", "json");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("identity", Json.parse(run.out()).get("judgments").get(0).get("conversion").get("mapping").asString());
  }

  @Test
  void twoMappingsBetweenTheScalesAskForOne() {
    PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--catalog", CATALOG);
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("peel convert: 2 grade mappings from scale peel-2014 to scale peel-2021:"
        + " peel-2014-to-peel-2021, peel-2014-one-to-one; choose one with --mapping ID\n"), run.err());
  }

  @Test
  void aMappingBetweenOtherScalesIsRefusedWithTheCandidates() {
    PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--mapping", "peel-2021-to-peel-2014", "--policy", "worst");
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("peel convert: --mapping: mapping peel-2021-to-peel-2014 converts from scale peel-2021 to scale peel-2014,"
        + " not from scale peel-2014 to scale peel-2021; the mappings between them: peel-2014-to-peel-2021\n"), run.err());
  }

  @Test
  void anUnknownMappingIsRefusedWithTheOnesThereAre() {
    PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--mapping", "peel-2014-to-peel-2O21");
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("peel convert: --mapping: unknown mapping 'peel-2014-to-peel-2O21': expected one of"
        + " peel-2014-to-peel-2021, peel-2021-to-peel-2014, identity; did you mean 'peel-2014-to-peel-2021'?\n"), run.err());
  }

  @Test
  void anAssessmentThatGradesNothingCannotBeConverted() {
    PeelRun run = PeelRun.of("convert", "data/essex/core-business-2014.yaml", "--to", "peel-2021");
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals("peel convert: cannot convert assessment essex-core-business-2014: its framework core-business-2014 grades nothing\n", run.err());
  }

  @Test
  void aConvertedAssessmentIsNotConvertedTwice(@TempDir Path dir) throws IOException {
    Path converted = dir.resolve("converted.yaml");
    Files.writeString(converted, PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--policy", "worst").out());
    PeelRun run = PeelRun.of("convert", converted.toString(), "--to", "peel-2014", "--policy", "worst");
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals("peel convert: cannot convert assessment essex-peel-2016: it was converted already, from scale peel-2014"
        + " by mapping peel-2014-to-peel-2021; convert the original\n", run.err());
  }

  @Test
  void textFitsATerminalOfAHundredColumns() {
    PeelRun run = PeelRun.of("convert", PEEL_2016, "--to", "peel-2021", "--policy", "range", "--format", "text");
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("Effectiveness  Good         Good, Adequate  many-to-many  Good or Adequate\n"), run.out());
    run.out().lines().forEach(line -> assertTrue(Wrap.width(line) <= 100, line));
  }
}
