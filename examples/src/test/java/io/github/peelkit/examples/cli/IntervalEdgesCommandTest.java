package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Where Wald is unreliable, {@code interval} and {@code show} say so and give Wilson's interval beside
 * it; and a mistyped option is named alone. Wilson at 0 of 12: SciPy's {@code binomtest(0, 12)
 * .proportion_ci(0.95, 'wilson')} = (0, 0.24249400665524085).
 */
class IntervalEdgesCommandTest {
  @Test
  void noSuccessesSaysWaldIsUnreliableAndGivesWilson() {
    assertEquals(
        "0 of 12 = 0.0% (95% Wald: 0.0%–0.0%), ± 0.0%\n"
            + "Wald is unreliable here: k = 0: a Wald interval has no width; n·p̂ = 0 < 5: the normal approximation is unreliable\n"
            + "0 of 12 = 0.0% (95% Wilson: 0.0%–24.2%), given beside it\n"
            + "estimate 0.000000, lower 0.000000, upper 0.000000, margin 0.000000\n",
        PeelRun.of("interval", "--successes", "0", "--size", "12").out());
    assertTrue(PeelRun.of("interval", "--successes", "12", "--size", "12").out()
        .contains("12 of 12 = 100.0% (95% Wilson: 75.8%–100.0%), given beside it\n"));
  }

  @Test
  void jsonOfAnUnreliableIntervalCarriesTheAlternative() {
    JsonNode json = Json.parse(PeelRun.of("interval", "--successes", "0", "--size", "12", "--format", "json").out());
    assertFalse(json.get("reliable").asBoolean());
    assertEquals("wilson", json.get("alternative").get("method").asString());
    assertEquals(0.24249400665524085, json.get("alternative").get("upper").asDouble(), 1e-9);
    JsonNode reliable = Json.parse(PeelRun.of("interval", "--successes", "168", "--size", "196", "--format", "json").out());
    assertFalse(reliable.has("reliable"), "a reliable interval keeps its shape");
  }

  @Test
  void showGivesWilsonBesideAnUnreliableSample(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("few.yaml"), String.join("\n",
        "apiVersion: peelkit/v1",
        "kind: Assessment",
        "id: few",
        "subject: {id: essex, name: Essex Police}",
        "framework: peel-2021-22",
        "title: Few records",
        "published: 2022-10-14",
        "judgments:",
        "  - area: fairness-and-respect",
        "    grade: good",
        "    evidence:",
        "      - {id: none-met, description: Records that met the test, successes: 0, size: 12}",
        ""));
    PeelRun run = PeelRun.of("show", file.toString());
    assertEquals(0, run.exitCode(), run::describe);
    // Wrapped at the terminal's width: read as one line.
    assertTrue(run.out().replaceAll("\\s+", " ").contains("0 of 12 = 0.0% (95% Wald: 0.0%–0.0%); Wald is unreliable with 0"
        + " successes, 95% Wilson: 0.0%–24.2%"), run::describe);
  }

  @Test
  void aMistypedOptionIsNamedAloneNotTheFileAfterIt() {
    PeelRun run = PeelRun.of("show", "--fromat", "json", "data/essex/peel-2021-22.yaml");
    assertEquals(2, run.exitCode(), run::describe);
    assertTrue(run.err().startsWith("peel show: Unknown option: '--fromat'\n"), run::describe);
    assertFalse(run.err().contains("Unknown options"), run::describe);
    assertTrue(run.err().contains("--format"), "the suggestion: " + run.err());
  }
}
