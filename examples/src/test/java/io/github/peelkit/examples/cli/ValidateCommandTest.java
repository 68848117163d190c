package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.Code;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code peel validate}: exit codes, where problems go, SARIF for code scanning, and quiet logs. */
class ValidateCommandTest {
  private static final String INVALID = "src/test/resources/cli/invalid";

  @Test
  void theExampleDataHasNoProblem() {
    PeelRun run = PeelRun.of("validate", "data");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("9 files, 0 errors, 0 warnings\n", run.out());
    assertEquals("", run.err());
  }

  @Test
  void errorsExitWithOneAndGoToStandardErrorAsTheSpecPrintsThem() {
    PeelRun run = PeelRun.of("validate", INVALID);
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals("2 files, 3 errors, 2 warnings\n", run.out());
    assertEquals(
        "src/test/resources/cli/invalid/essex-typos.yaml:13:12: error[PK008]: judgments[1].grade: unknown grade"
            + " 'requires improvment' in scale peel-2021; did you mean 'requires-improvement'?",
        run.err().lines().findFirst().orElseThrow());
  }

  @Test
  void warningsAloneExitWithZero() {
    PeelRun run = PeelRun.of("validate", INVALID + "/warnings.yaml");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("1 file, 0 errors, 2 warnings\n", run.out());
    assertEquals(2, run.err().lines().count());
  }

  @Test
  void filesAndFoldersAreReadTogether() {
    // The assessment refers to a framework defined in another folder.
    PeelRun run = PeelRun.of("validate", "src/test/resources/cli/regulated", "src/test/resources/cli/catalog/regulator.yaml");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("2 files, 0 errors, 0 warnings\n", run.out());
    assertEquals(1, PeelRun.of("validate", "src/test/resources/cli/regulated").exitCode());
    assertEquals(0, PeelRun.of("validate", "src/test/resources/cli/regulated", "--catalog", "src/test/resources/cli/catalog").exitCode());
  }

  @Test
  void aFolderWithoutYamlFailsRatherThanPassingUnchecked() {
    PeelRun run = PeelRun.of("validate", "src/test/resources/cli/empty");
    assertEquals(1, run.exitCode(), run.describe());
    assertEquals("peel validate: no *.yaml or *.yml file in src/test/resources/cli/empty\n", run.err());
  }

  @Test
  void aMissingPathIsAUsageError() {
    PeelRun run = PeelRun.of("validate", "data", "dat");
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("peel validate: no such file or folder: dat\n"), run.err());
    assertEquals("", run.out());
  }

  @Test
  void pathsAloneRunWithoutTheCommandLineAndPrintWhatItPrints(@TempDir Path dir) throws IOException {
    // `validate PATH...` runs directly; any option sends it through picocli, and `--format text` changes
    // nothing else: so each pair below is the direct path and the command line on the same input.
    Path controlNamed = Files.createDirectory(dir.resolve("control\u001b[2Jname"));
    Files.writeString(controlNamed.resolve("a.yaml"), "apiVersion: peelkit/v1\nkind: Assessment\nid: [\n");
    List<List<String>> cases = List.of(
        List.of("data"),
        List.of("data/essex/peel-2021-22.yaml"),
        List.of(INVALID),
        List.of(INVALID + "/warnings.yaml", "data/essex"),
        List.of("src/test/resources/cli/regulated"),
        List.of("src/test/resources/cli/empty"),
        List.of("data", "dat"),
        List.of(controlNamed.toString()),
        List.of("../yaml-loader/src/test/resources/hostile"));
    for (List<String> paths : cases) {
      List<String> direct = new ArrayList<>(List.of("validate"));
      direct.addAll(paths);
      List<String> picocli = new ArrayList<>(direct);
      picocli.addAll(List.of("--format", "text"));
      PeelRun expected = PeelRun.of(picocli.toArray(String[]::new));
      assertEquals(expected, PeelRun.of(direct.toArray(String[]::new)), paths + "\n" + expected.describe());
    }
  }

  @Test
  void jsonHasTheCountsAndTheLoadersProblemObjects() {
    PeelRun run = PeelRun.of("validate", INVALID, "--format", "json");
    JsonNode json = Json.parse(run.out());
    assertEquals(2, json.get("files").asInt());
    assertEquals(3, json.get("errors").asInt());
    assertEquals(2, json.get("warnings").asInt());
    JsonNode first = json.get("problems").get(0);
    assertEquals("PK008", first.get("code").asString());
    assertEquals(13, first.get("line").asInt());
    assertEquals("requires-improvement", first.get("suggestion").asString());
    assertEquals(5, run.err().lines().count(), "problems go to standard error too");
  }

  @Test
  void sarifNamesEveryCodeAsARuleAndPlacesEveryResult() {
    PeelRun run = PeelRun.of("validate", INVALID, "--format", "sarif");
    assertEquals(1, run.exitCode(), run.describe());
    JsonNode log = Json.parse(run.out());
    assertEquals("2.1.0", log.get("version").asString());
    JsonNode sarifRun = log.get("runs").get(0);
    JsonNode rules = sarifRun.get("tool").get("driver").get("rules");
    List<Code> codes = YamlReader.codes();
    assertEquals(codes.size(), rules.size());
    for (int i = 0; i < codes.size(); i++) {
      assertEquals(codes.get(i).id(), rules.get(i).get("id").asString(), "rules in the order of their ids");
      // Codes are only ever added, numbered from PK001: each rule's number is above the one before.
      int number = Integer.parseInt(codes.get(i).id().substring(2));
      assertTrue(i == 0 ? number == 1 : number > Integer.parseInt(codes.get(i - 1).id().substring(2)), codes.get(i).id());
    }
    assertEquals("unicodeCodePoints", sarifRun.get("columnKind").asString());
    List<String> seen = new ArrayList<>();
    for (JsonNode result : sarifRun.get("results")) {
      JsonNode physical = result.get("locations").get(0).get("physicalLocation");
      seen.add(result.get("ruleId").asString() + " " + result.get("level").asString() + " "
          + physical.get("artifactLocation").get("uri").asString() + ":" + physical.get("region").get("startLine").asInt()
          + ":" + physical.get("region").get("startColumn").asInt());
      assertEquals(result.get("ruleId").asString(), rules.get(result.get("ruleIndex").asInt()).get("id").asString());
    }
    assertEquals(
        List.of(
            "PK008 error src/test/resources/cli/invalid/essex-typos.yaml:13:12",
            "PK004 error src/test/resources/cli/invalid/essex-typos.yaml:16:5",
            "PK009 error src/test/resources/cli/invalid/essex-typos.yaml:18:90",
            "PK010 warning src/test/resources/cli/invalid/warnings.yaml:17:19",
            "PK014 warning src/test/resources/cli/invalid/warnings.yaml:19:12"),
        seen);
  }

  @Test
  void sarifUrisAreRelativeToTheWorkingDirectoryWherePossible(@TempDir Path elsewhere) {
    Path here = Path.of("").toAbsolutePath();
    assertEquals("data/essex/peel-2016.yaml", Sarif.uri("data/essex/peel-2016.yaml", here));
    assertEquals("data/essex/peel-2016.yaml", Sarif.uri(here.resolve("data/essex/peel-2016.yaml").toString(), here));
    assertEquals("../data/x.yaml", Sarif.uri("../data/x.yaml", here));
    assertEquals("data/with%20space/%C3%A9.yaml", Sarif.uri("data/with space/é.yaml", here));
    assertEquals("./c:d.yaml", Sarif.uri("c:d.yaml", here));
    String outside = elsewhere.resolve("x.yaml").toString();
    assertEquals(elsewhere.resolve("x.yaml").toUri().toASCIIString(), Sarif.uri(outside, here));
    assertTrue(Sarif.uri(outside, here).startsWith("file:"));
  }

  @Test
  void anAbsolutePathOutsideTheWorkingDirectoryIsAFileUriWithoutBase(@TempDir Path dir) throws IOException {
    Files.copy(Path.of(INVALID, "warnings.yaml"), dir.resolve("warnings.yaml"));
    JsonNode log = Json.parse(PeelRun.of("validate", dir.toString(), "--format", "sarif").out());
    JsonNode artifact = log.get("runs").get(0).get("results").get(0).get("locations").get(0).get("physicalLocation").get("artifactLocation");
    assertEquals(dir.resolve("warnings.yaml").toUri().toASCIIString(), artifact.get("uri").asString());
    assertFalse(artifact.has("uriBaseId"));
  }

  @Test
  void aRunThatIsNotWatchedDrawsNoProgress() {
    PeelRun run = PeelRun.of("validate", "data", INVALID);
    assertFalse(run.err().contains("\r"), run.err());
    assertFalse(run.err().contains("validating"), run.err());
  }

  @Test
  void aDisabledProgressWritesNothing() {
    StringWriter err = new StringWriter();
    Progress progress = Progress.start(new PrintWriter(err), "validating 4 files", false);
    progress.close();
    assertEquals("", err.toString());
  }

  @Test
  void theProgressLineSaysWhatAndHowLong() {
    assertEquals("validating 1,204 files… 2.5 s", Progress.line("validating 1,204 files", 2_500));
    assertEquals("validating 1 file… 0.0 s", Progress.line("validating 1 file", 0));
    // peel validate counts the files done out of all of them.
    assertEquals("validating: 40 of 1204 files… 2.5 s", Progress.line(Progress.files(40, 1_204), 2_500));
  }

  @Test
  void onlyATerminalDeviceIsATerminal(@TempDir Path dir) throws IOException {
    // Decided from what /proc/self/fd/2 links to; where there is no /proc the console alone decides.
    if (!Files.exists(Path.of("/proc/self"))) {
      return;
    }
    List<Path> links = new ArrayList<>();
    try {
      links.add(Files.createSymbolicLink(dir.resolve("pts"), Path.of("/dev/pts/3")));
      links.add(Files.createSymbolicLink(dir.resolve("tty"), Path.of("/dev/tty1")));
      links.add(Files.createSymbolicLink(dir.resolve("pipe"), Path.of("pipe:[4242]")));
      links.add(Files.createSymbolicLink(dir.resolve("log"), Path.of("/var/log/ci.log")));
      assertEquals(List.of(true, true, false, false), links.stream().map(Terminal::isTerminal).toList());
      assertFalse(Terminal.isTerminal(dir.resolve("missing")));
    } finally {
      // JUnit warns when it cleans up links to places outside its folder: remove them first.
      for (Path link : links) {
        Files.delete(link);
      }
    }
  }

  @Test
  void theSummaryCountsInTheSingularAndThePlural() {
    assertEquals("1 file, 1 error, 1 warning", ValidateCommand.summary(1, 1, 1, 1));
    assertEquals("4 files, 0 errors, 0 warnings", ValidateCommand.summary(4, 4, 0, 0));
    // A limit of the load stopped it early: how many were read is said.
    assertEquals("5 of 8 files read, 1 error, 0 warnings", ValidateCommand.summary(8, 5, 1, 0));
  }
}
