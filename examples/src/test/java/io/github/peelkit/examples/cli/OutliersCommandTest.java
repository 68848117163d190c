package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peelkit.outlier.Flag;
import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.outlier.Standing;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;

/** {@code peel outliers}: the figures it prints are the API's, both inputs agree, and no input gets a NaN or a crash. */
class OutliersCommandTest {
  private static final String PEERS = "synthetic/peers.csv";
  private static final Pattern LOCATED = Pattern.compile("[^:]+:\\d+:\\d+: error\\[PK0\\d\\d\\]: .+");

  @Test
  void jsonCarriesTheAnalysisWithEveryDigit() throws IOException {
    JsonNode json = Json.parse(PeelRun.of("outliers", PEERS, "--format", "json").out());
    assertEquals(2, json.size());
    JsonNode outcome = json.get(1);
    assertEquals("outcome-17-rate", outcome.get("measure").asString());
    Map<String, Double> values = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of(PEERS), StandardCharsets.UTF_8)) {
      String[] cell = line.split(",");
      if (cell[2].equals("outcome-17-rate")) {
        values.put(cell[0], Double.parseDouble(cell[1]));
      }
    }
    OutlierAnalysis expected = OutlierAnalysis.of(values);
    assertEquals("log", outcome.get("scale").asString());
    assertEquals("logs-normal", outcome.get("reason").asString());
    assertEquals(expected.rawTest().pValue(), outcome.at("/shapiroWilk/values/p").asDouble());
    assertEquals(expected.logTest().orElseThrow().statistic(), outcome.at("/shapiroWilk/logs/w").asDouble());
    assertEquals(expected.band().upper(), outcome.at("/band/upper").asDouble());
    JsonNode subjects = outcome.get("subjects");
    assertEquals(43, subjects.size());
    for (int i = 0; i < subjects.size(); i++) {
      Standing s = expected.standings().get(i);
      assertEquals(s.subject(), subjects.get(i).get("subject").asString());
      assertEquals(s.z(), subjects.get(i).get("z").asDouble());
      assertEquals(s.flag().id(), subjects.get(i).get("flag").asString());
    }
    // Essex's published rate, 0.9% against 0.3% across England and Wales, is well above its synthetic peers.
    assertEquals(Flag.WELL_ABOVE.id(), subjects.get(0).get("flag").asString());
    assertEquals("0.009", subjects.get(0).get("value").asString());
  }

  @Test
  void theEvidenceOfAssessmentsGivesTheSameAnalysisAsTheCsv() {
    PeelRun fromYaml = PeelRun.of(
        "outliers", "--evidence", "outcome-17-rate", "data/essex/peel-2021-22.yaml", "synthetic/peers-peel-2021-22.yaml", "--format", "csv");
    PeelRun fromCsv = PeelRun.of("outliers", PEERS, "--format", "csv");
    assertEquals(0, fromYaml.exitCode(), fromYaml.describe());
    List<String> csvRows = fromCsv.out().lines().filter(l -> l.startsWith("outcome-17-rate,")).toList();
    assertEquals(csvRows, fromYaml.out().lines().skip(1).toList());
    assertEquals(43, csvRows.size());
  }

  @Test
  void aFolderOfAssessmentsIsReadForTheEvidence() {
    PeelRun run = PeelRun.of("outliers", "--evidence", "emergency-calls-10s-2022", "data", "synthetic", "--format", "csv");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(44, run.out().lines().count());
  }

  /**
   * CSV texts: half of them well-formed (a header, then rows of a subject, a number and one of two
   * measures), half with a row made of cells that are wrong in some way (not numbers, quotes,
   * control characters, blanks), under various headers and line endings.
   */
  private static Gen<String> csvTexts() {
    Gen<String> numbers = arbitrary().pick(
        "0", "1", "2", "0.5", "-3", "7.25", "1e-300", "1e300", "1.7976931348623157e308", "4.9e-324", "0.0003", "12", "3.5", "40");
    Gen<List<String>> rows = lists().of(numbers.zip(arbitrary().pick("m1", "m2"), (n, m) -> n + "," + m)).ofSizeBetween(0, 16);
    Gen<String> cells = arbitrary().pick(
        "a", "essex", "0", "0.5", "NaN", "Infinity", "", " ", "\"", "\"x,y\"", "\"\"", "85%", "\u001b[2J", "\u202e", "m1", "subject");
    Gen<String> bad = lists().of(cells).ofSizeBetween(1, 4).map(l -> String.join(",", l));
    Gen<String> header = arbitrary().pick(
        "subject,value,measure", "subject,value,measure", "subject,value,measure", "value,subject,measure", "Subject,value,measure", "");
    return header.zip(rows, bad.mix(arbitrary().constant(""), 50), integers().between(0, 2), (h, r, wrong, ending) -> {
      StringBuilder b = new StringBuilder(h);
      String newLine = ending == 0 ? "\n" : ending == 1 ? "\r\n" : "\r";
      for (int i = 0; i < r.size(); i++) {
        b.append(newLine).append(h.startsWith("value") ? r.get(i).replaceFirst(",", ",s" + i + ",") : "s" + i + "," + r.get(i));
        if (i == r.size() / 2 && !wrong.isEmpty()) {
          b.append(newLine).append(wrong);
        }
      }
      return b.toString();
    });
  }

  @Test
  void anyInputGivesLocatedProblemsOrAnAnalysisWithoutNaN(@TempDir Path dir) {
    Path file = dir.resolve("input.csv");
    int[] exits = new int[2];
    qt().withExamples(300).forAll(csvTexts(), arbitrary().pick("text", "json", "csv")).checkAssert((text, format) -> {
      try {
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      PeelRun run = PeelRun.of("outliers", file.toString(), "--format", format);
      assertTrue(run.exitCode() == 0 || run.exitCode() == 1, run.describe());
      exits[run.exitCode()]++;
      if (run.exitCode() == 0) {
        assertFalse(run.out().contains("NaN") || run.out().contains("Infinity"), run.describe());
        assertFalse(run.out().contains("\u001b") || run.out().contains("\u202e"), run.describe());
        assertEquals("", run.err(), run.describe());
      } else if (format.equals("json")) {
        // Still one document, holding the problems and the exit code.
        assertEquals(1, Json.parse(run.out()).get("exitCode").asInt(), run.describe());
      } else {
        assertEquals("", run.out(), run.describe());
        List<String> lines = run.err().lines().toList();
        for (String line : lines.subList(0, lines.size() - 1)) {
          assertTrue(LOCATED.matcher(line).matches(), () -> line + "\n" + run.describe());
        }
        assertTrue(lines.get(lines.size() - 1).startsWith("peel outliers: "), run.describe());
      }
    });
    // Both outcomes are exercised, not only the refusals.
    assertTrue(exits[0] >= 30 && exits[1] >= 30, exits[0] + " analysed, " + exits[1] + " refused");
  }
}
