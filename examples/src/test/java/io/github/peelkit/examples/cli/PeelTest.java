package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.yaml.Schema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command as a whole: version, schema, help, and failures that never show a stack trace. */
class PeelTest {
  @Test
  void theVersionIsTheMavenProjectVersion() throws IOException {
    String pom = Files.readString(Path.of("pom.xml"));
    String parent = pom.substring(pom.indexOf("<parent>"), pom.indexOf("</parent>"));
    String version = parent.substring(parent.indexOf("<version>") + 9, parent.indexOf("</version>"));
    assertEquals("peel " + version + "\n", PeelRun.of("--version").out());
    assertEquals("peel " + version + "\n", PeelRun.of("show", "--version").out());
  }

  @Test
  void schemaPrintsTheLoadersSchema() {
    PeelRun run = PeelRun.of("schema");
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals(Schema.text().strip(), run.out().strip());
    assertTrue(run.out().endsWith("}\n"));
  }

  @Test
  void helpNamesEverySubcommandAndTheExitCodes() {
    PeelRun run = PeelRun.of("help");
    assertEquals(0, run.exitCode(), run.describe());
    for (String command : List.of("validate", "show", "convert", "interval", "outliers", "catalog", "schema")) {
      assertTrue(run.out().contains("\n  " + command + " "), command);
    }
    assertTrue(run.out().contains("70   internal error in peel (please report it)"), run.out());
    assertEquals(PeelRun.of("show", "--help").out(), PeelRun.of("help", "show").out());
  }

  @Test
  void anUnexpectedFailurePrintsOneLineAndExitsWithSeventy() {
    StringWriter err = new StringWriter();
    CommandLine cmd = Peel.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err), false);
    int code = Peel.failure(new IllegalStateException("the catalogue vanished\nat some line"), cmd.getSubcommands().get("show"), null);
    assertEquals(70, code);
    assertEquals("peel: internal error: java.lang.IllegalStateException: the catalogue vanished (please report it)\n", err.toString());
  }

  @Test
  void noExpectedOutputHoldsAStackTrace() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("src/test/resources/snapshots"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".err")).toList()) {
        String err = Files.readString(file);
        assertFalse(err.contains("\tat ") || err.contains("Exception"), file + ":\n" + err);
      }
    }
  }

  @Test
  void everyTextOutputFitsATerminalOfAHundredColumns() throws IOException {
    // Problems and usage errors are one line each, as compilers print them; the rest is laid out for people.
    for (String name : List.of("show-peel-2021-22", "show-peel-2021-22-as-of-release", "show-peel-2016", "show-hmic-2007",
        "show-core-business-2014", "show-warnings", "convert-peel-2016-worst-text", "interval", "catalog", "catalog-with-folder",
        "validate-data", "validate-invalid", "help", "help-validate", "help-show", "help-convert", "help-interval", "help-catalog",
        "help-outliers", "outliers-peers", "outliers-evidence", "outliers-zero")) {
      for (String line : Files.readAllLines(Path.of("src/test/resources/snapshots", name + ".out"))) {
        assertTrue(Wrap.width(line) <= 100, name + ": " + line);
      }
    }
  }

  @Test
  void everyUsageErrorEndsWithWhereToReadMore() throws IOException {
    for (String name : List.of("unknown-option", "unknown-format", "unknown-policy", "bad-date", "missing-file", "interval-bad-number")) {
      List<String> lines = Files.readAllLines(Path.of("src/test/resources/snapshots", name + ".err"));
      assertTrue(lines.get(lines.size() - 1).matches("Try 'peel [a-z]+ --help' for more information\\."), name);
    }
  }
}
