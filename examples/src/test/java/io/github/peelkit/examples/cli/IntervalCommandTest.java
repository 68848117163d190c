package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.interval.IntervalMethod;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** {@code peel interval}: the inspectorate's figures, every method, and bad arguments. */
class IntervalCommandTest {
  @Test
  void jsonHasTheKeysTheSpecNamesAndTheMargin() {
    JsonNode json = Json.parse(PeelRun.of("interval", "--successes", "168", "--size", "196", "--format", "json").out());
    List<String> keys = new ArrayList<>();
    json.propertyNames().forEach(keys::add);
    assertEquals(List.of("successes", "size", "estimate", "level", "method", "lower", "upper", "margin"), keys);
    ConfidenceInterval expected = IntervalMethod.WALD.interval(168, 196, 0.95);
    assertEquals(expected.lower(), json.get("lower").asDouble());
    assertEquals(expected.upper(), json.get("upper").asDouble());
    assertEquals(expected.margin(), json.get("margin").asDouble());
  }

  @Test
  void aPopulationIsGivenBackWithTheNarrowerInterval() {
    JsonNode json = Json.parse(PeelRun.of("interval", "--successes", "168", "--size", "196", "--population", "400", "--format", "json").out());
    assertEquals(400, json.get("population").asInt());
    assertEquals(IntervalMethod.WALD.interval(168, 196, 400, 0.95).margin(), json.get("margin").asDouble());
    assertTrue(json.get("margin").asDouble() < IntervalMethod.WALD.interval(168, 196, 0.95).margin());
  }

  @Test
  void everyMethodIsAvailableByItsId() {
    for (IntervalMethod method : IntervalMethod.values()) {
      PeelRun run = PeelRun.of("interval", "--successes", "0", "--size", "20", "--method", method.id(), "--level", "0.9", "--format", "json");
      assertEquals(0, run.exitCode(), run.describe());
      JsonNode json = Json.parse(run.out());
      assertEquals(method.id(), json.get("method").asString());
      assertEquals(IntervalMethod.valueOf(method.name()).interval(0, 20, 0.9).upper(), json.get("upper").asDouble());
    }
  }

  @Test
  void theTextReadsAsTheReportsPrintIt() {
    assertEquals(
        "168 of 196 = 85.7% (95% Wald: 80.8%–90.6%), ± 4.9%\n"
            + "estimate 0.857143, lower 0.808154, upper 0.906132, margin 0.048989\n",
        PeelRun.of("interval", "--successes", "168", "--size", "196").out());
  }

  @Test
  void impossibleFiguresAreUsageErrors() {
    for (List<String> args : List.of(
        List.of("--successes", "200", "--size", "196"),
        List.of("--successes", "1", "--size", "0"),
        List.of("--successes", "1", "--size", "196", "--level", "95"),
        List.of("--successes", "1", "--size", "196", "--level", "NaN"),
        List.of("--successes", "1", "--size", "196", "--population", "100"),
        List.of("--successes", "-1", "--size", "196"),
        List.of("--successes", "one", "--size", "196"),
        List.of("--size", "196"))) {
      List<String> all = new ArrayList<>(List.of("interval"));
      all.addAll(args);
      PeelRun run = PeelRun.of(all.toArray(String[]::new));
      assertEquals(2, run.exitCode(), run.describe());
      assertEquals("", run.out());
      assertTrue(run.err().startsWith("peel interval: "), run.err());
      assertTrue(run.err().contains("Try 'peel interval --help' for more information."), run.err());
    }
  }

  @Test
  void aLevelGivenAsAPercentageSaysHowToWriteIt() {
    PeelRun run = PeelRun.of("interval", "--successes", "168", "--size", "196", "--level", "95");
    assertTrue(run.err().startsWith("peel interval: 0 < level < 1: level 95.0 is not strictly between 0 and 1"
        + " (give a proportion, such as 0.95 for 95%)\n"), run.err());
  }
}
