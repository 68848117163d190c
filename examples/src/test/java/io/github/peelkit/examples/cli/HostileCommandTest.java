package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
