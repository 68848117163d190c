package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code peel compare}: the JSON shape of SPEC §12, words on every line of text, exit codes. */
class CompareCommandTest {
  private static final String PEEL_2016 = "data/essex/peel-2016.yaml";
  private static final String PEEL_2021 = "data/essex/peel-2021-22.yaml";

  private static List<String> keys(JsonNode node) {
    List<String> keys = new ArrayList<>();
    keys.addAll(node.propertyNames());
    return keys;
  }

  @Test
  void jsonHasTheShapeOfTheSpecificationWithTheCaveatBeside() {
    PeelRun run = PeelRun.of("compare", PEEL_2016, PEEL_2021, "--format", "json");
    assertEquals(0, run.exitCode(), run.describe());
    JsonNode o = Json.parse(run.out());
    assertEquals(List.of("earlier", "later", "mapping", "caveat", "areas"), keys(o));
    assertEquals("essex-peel-2016", o.get("earlier").asString());
    assertEquals("peel-2014-to-peel-2021", o.get("mapping").asString());
    assertTrue(o.get("caveat").asString().contains("not directly comparable"));
    assertEquals(16, o.get("areas").size(), "12 areas of 2021/22, then the 4 of 2016");
    for (JsonNode area : o.get("areas")) {
      assertEquals(List.of("area", "direction", "earlier", "later"), keys(area));
      assertTrue(area.get("earlier").isNull() || area.get("earlier").isString());
    }
    assertEquals("victim-service-assessment", o.get("areas").get(0).get("area").asString());
    assertEquals("effectiveness", o.get("areas").get(12).get("area").asString());
    assertTrue(o.get("areas").get(0).get("later").isNull(), "ungraded: null");
  }

  @Test
  void onOneScaleTheMappingIsTheIdentityAndThereIsNoCaveat() {
    JsonNode o = Json.parse(PeelRun.of("compare", PEEL_2016, "data/essex/peel-2017.yaml", "--format", "json").out());
    assertEquals("identity", o.get("mapping").asString());
    assertTrue(o.get("caveat").isNull());
    assertEquals("stable", o.get("areas").get(0).get("direction").asString());
    assertEquals("good", o.get("areas").get(0).get("earlier").asString());
  }

  @Test
  void acrossScalesWithoutAMappingTheMappingIsNullAndTheCaveatSaysWhy() {
    JsonNode o = Json.parse(PeelRun.of("compare", "data/essex/hmic-2007.yaml", PEEL_2021, "--format", "json").out());
    assertTrue(o.get("mapping").isNull());
    assertEquals(
        "No grade mapping is declared from scale hmic-2007 to scale peel-2021: grades of the two scales cannot be compared.",
        o.get("caveat").asString());
    // Two frameworks that share an area id: matched by it; the 2007 overview of the area is not graded.
    JsonNode shared = null;
    for (JsonNode area : o.get("areas")) {
      if (area.get("area").asString().equals("protecting-vulnerable-people")) {
        shared = area;
      }
    }
    assertEquals("ungraded", shared.get("direction").asString());
  }

  @Test
  void textSaysNotComparableInWordsWithTheInspectoratesCaveatAndNoArrow() {
    PeelRun run = PeelRun.of("compare", "data/essex/peel-2018-19.yaml", PEEL_2021);
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("Mapping:  peel-2014-to-peel-2021, which declares the two scales not directly comparable\n"));
    assertTrue(run.out().contains("make direct comparisons between the grades awarded this year"));
    assertTrue(!run.out().contains("->") && !run.out().contains("→"), run.out());
    assertEquals("", run.err());
  }

  @Test
  void errorsPrintNothingOnStandardOutput() {
    for (List<String> args : List.of(
        List.of("compare", PEEL_2021, PEEL_2016),
        List.of("compare", "src/test/resources/cli/two-assessments.yaml", PEEL_2016),
        List.of("compare", "src/test/resources/cli/compare/converted-peel-2016.yaml", PEEL_2021))) {
      PeelRun run = PeelRun.of(args.toArray(String[]::new));
      assertTrue(run.exitCode() == 1 || run.exitCode() == 2, run.describe());
      assertEquals("", run.out(), run.describe());
    }
  }
}
