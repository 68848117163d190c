package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code peel} on hostile input: every command ends with exit 0, 1 or 2 and output a terminal and a parser can take. */
class HostileCommandTest {
  @TempDir Path dir;

  static final String ASSESSMENT =
      """
      apiVersion: peelkit/v1
      kind: Assessment
      id: e
      subject: {id: essex, name: Essex Police}
      framework: peel-2021-22
      title: T
      published: 2022-10-14
      """;

  Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  @Test
  void extensionNumbersOfAnyExponentSurviveJsonOutput() throws IOException {
    Path file = write("e.yaml", ASSESSMENT + "extensions: {big: 1e10000, tiny: -5e-999999999, hex: 0x1F, e: 1e3}\n");
    for (String[] args :
        new String[][] {
          {"show", file.toString(), "--format", "json"},
          {"convert", file.toString(), "--to", "peel-2014", "--policy", "best", "--format", "json"}
        }) {
      PeelRun run = PeelRun.of(args);
      assertEquals(0, run.exitCode(), run.describe());
      // Numbers as the model holds them: by value, in scientific form beyond the model's range (README).
      assertTrue(
          run.out().contains(
              "\"extensions\": {\n    \"big\": 1E+10000,\n    \"tiny\": -5E-999999999,\n    \"hex\": 31,\n    \"e\": 1000\n  }"),
          run.out());
      assertEquals("e", Json.parse(run.out()).get("id").asString());
      assertTrue(run.out().length() < 2_000, run.out());
    }
  }

  /** A title that would retitle the window, clear the screen and hide what follows; a C1 CSI in a name. */
  private static final String ESCAPES = "\"\\e]0;pwned\\a\\e[2J\\0\\x9b31mred\\r\"";

  private static void assertNoControlCharacter(PeelRun run) {
    for (String stream : new String[] {run.out(), run.err()}) {
      for (int i = 0; i < stream.length(); i++) {
        assertFalse(TerminalWriter.isControl(stream.charAt(i)), () -> "a raw control character in\n" + run.describe());
      }
    }
  }

  @Test
  void textFromAFileNeverReachesATerminalRaw() throws IOException {
    Path file =
        write(
            "t.yaml",
            ASSESSMENT.replace("title: T", "title: " + ESCAPES).replace("name: Essex Police", "name: " + ESCAPES)
                + "judgments:\n  - {area: investigating-crime, grade: good, statement: " + ESCAPES + "}\n");
    Path catalog = Files.createDirectory(dir.resolve("catalog"));
    Files.writeString(
        catalog.resolve("scale.yaml"),
        "apiVersion: peelkit/v1\nkind: GradeScale\nid: s\nname: " + ESCAPES
            + "\ngrades: [{id: pass, label: " + ESCAPES + "}, {id: fail, label: Fail}]\n");
    // As problem lines show them (Markdown escapes its brackets too; the final carriage return is white
    // space that the text layout trims).
    String shown = "pwned\\u0007\\e";
    for (String[] args :
        new String[][] {
          {"show", file.toString()},
          {"show", file.toString(), "--format", "markdown"},
          {"convert", file.toString(), "--to", "peel-2014", "--policy", "best", "--format", "text"},
          {"catalog", "--catalog", catalog.toString()},
        }) {
      PeelRun run = PeelRun.of(args);
      assertEquals(0, run.exitCode(), run.describe());
      assertNoControlCharacter(run);
      assertTrue(run.out().contains(shown) && run.out().contains("\\u0000\\u009B31mred"), run.describe());
    }
  }

  @Test
  void argumentsEchoedInUsageErrorsAreMadeVisible() {
    for (String[] args :
        new String[][] {
          {"show", "--format", "\u001b]0;pwned\u0007"},
          {"validate", "no-such-file-\u001b[2J\u0085.yaml"},
          {"interval", "--successes", "\u009b2J", "--size", "3"},
          {"\u001b[2Jshow"},
        }) {
      PeelRun run = PeelRun.of(args);
      assertEquals(2, run.exitCode(), run.describe());
      assertNoControlCharacter(run);
      assertTrue(run.err().contains("\\e") || run.err().contains("\\u009B"), run.describe());
    }
  }

  @Test
  void specialFilesNamedOnTheCommandLineAreUsageErrorsThatNameThem() throws Exception {
    Path fifo = dir.resolve("fifo.yaml");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    Path loop = Files.createSymbolicLink(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
    Files.createSymbolicLink(dir.resolve("b.yaml"), loop);
    for (String[] c :
        new String[][] {
          {fifo.toString(), "it is a FIFO (named pipe), not a regular file: give a YAML file or a folder"},
          {"/dev/zero", "it is a character device, not a regular file: give a YAML file or a folder"},
          {loop.toString(), "it is a symbolic link in a loop of links: give the file itself"},
        }) {
      for (String command : new String[] {"validate", "show"}) {
        PeelRun run = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> PeelRun.of(command, c[0]));
        assertEquals(2, run.exitCode(), run.describe());
        assertTrue(run.err().startsWith("peel " + command + ": cannot read " + c[0] + ": " + c[1] + "\n"), run.describe());
      }
    }
  }

  @Test
  void machineReadableOutputIsAlwaysOneDocumentWithTheExitCode() throws IOException {
    Path bad = write("bad.yaml", ASSESSMENT.replace("title: T", "titel: T"));
    Path empty = Files.createDirectory(dir.resolve("empty"));
    for (String[] args :
        new String[][] {
          {"validate", bad.toString(), "--format", "json"},
          {"validate", empty.toString(), "--format", "json"},
          {"validate", "--format", "json"},
          {"validate", "--format", "sarif", "--no-such-option", bad.toString()},
          {"validate", "/dev/zero", "--format", "sarif"},
          {"show", bad.toString(), "--format", "json"},
          {"convert", bad.toString(), "--to", "peel-2014", "--format", "json"},
          {"compare", bad.toString(), bad.toString(), "--format", "json"},
          {"interval", "--successes", "\uFF11", "--size", "2", "--format", "json"},
        }) {
      PeelRun run = PeelRun.of(args);
      assertTrue(run.exitCode() == 1 || run.exitCode() == 2, run.describe());
      JsonNode document = Json.parse(run.out());
      JsonNode exitCode =
          List.of(args).contains("sarif")
              ? document.get("runs").get(0).get("invocations").get(0).get("exitCode")
              : document.get("exitCode");
      assertEquals(run.exitCode(), exitCode.asInt(), run.describe());
    }
  }

  @Test
  void theLoadsBudgetStopsValidateWithALocatedProblemAndTheSummarySaysHowManyFilesWereRead() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("many"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(
          folder.resolve("f" + i + ".yaml"),
          ASSESSMENT.replace("id: e", "id: e" + i) + "extensions: {l: [" + "1,".repeat(99) + "1]}\n");
    }
    PeelRun run = PeelRun.of("validate", folder.toString(), "--max-total-nodes", "300");
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(run.err().contains(": error[PK002]: extensions.l[") && run.err().contains("more than 300 values in this load"), run.describe());
    assertEquals("3 of 6 files read, 1 error, 0 warnings\n", run.out(), run.describe());
    // Raised, the limit lets every file be read.
    PeelRun raised = PeelRun.of("validate", folder.toString(), "--max-total-nodes", "3000", "--max-file-bytes", "5000000");
    assertEquals("6 files, 0 errors, 0 warnings\n", raised.out(), raised.describe());
    PeelRun refused = PeelRun.of("validate", folder.toString(), "--max-depth", "1001");
    assertEquals(2, refused.exitCode(), refused.describe());
    assertTrue(refused.err().startsWith("peel validate: maxDepth must be between 1 and 1000, not 1001\n"), refused.describe());
  }

  @Test
  void aMeasureTooLargeForTheAnalysisIsALocatedProblem() throws IOException {
    List<String> files = new java.util.ArrayList<>(List.of("outliers", "--evidence", "m"));
    for (int i = 1; i <= 4; i++) {
      String value = i == 1 ? "1e999" : "0." + i;
      files.add(
          write(
                  "m" + i + ".yaml",
                  ASSESSMENT.replace("id: e", "id: e" + i).replace("id: essex", "id: s" + i)
                      + "judgments:\n  - area: investigating-crime\n    grade: good\n    evidence:\n"
                      + "      - {kind: measure, id: m, description: d, value: " + value + ", unit: rate}\n")
              .toString());
    }
    PeelRun run = PeelRun.of(files.toArray(String[]::new));
    assertEquals(1, run.exitCode(), run.describe());
    assertTrue(
        run.err().contains(": error[PK006]: judgments[0].evidence[0]: measure 'm' of assessment 'e1' is 1E+999, too large for a"
            + " double (at most about 1.8e308)"),
        run.describe());
  }
}
