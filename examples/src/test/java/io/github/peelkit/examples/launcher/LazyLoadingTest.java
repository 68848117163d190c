package io.github.peelkit.examples.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.examples.launcher.Installed.Command;
import io.github.peelkit.examples.launcher.Installed.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a command loads, as the JVM lists it: {@code --version} and {@code --help} no subcommand, no
 * catalogue, no schema and nothing of Jackson; a subcommand nothing of the others; {@code validate
 * PATH...} no command line.
 */
class LazyLoadingTest {
  private static final String CLI = "io.github.peelkit.examples.cli.";
  private static final String REPORT = "io.github.peelkit.examples.report.";

  /** {@return the names of the classes a run of peel loads} */
  private static List<String> loaded(String... arguments) {
    Run run = Command.of(Installed.home().resolve("bin/peel"), arguments).with("PEEL_OPTS", "-Xlog:class+load=info").run();
    assertEquals(0, run.exitCode(), run.describe());
    return run.out().lines()
        .filter(line -> line.contains("[class,load]"))
        .map(line -> line.substring(line.indexOf("] ", line.indexOf("[class,load]")) + 2).split(" ")[0])
        .toList();
  }

  private static void assertNone(List<String> classes, String... prefixes) {
    for (String prefix : prefixes) {
      assertTrue(classes.stream().noneMatch(c -> c.startsWith(prefix)), prefix + " loaded: "
          + classes.stream().filter(c -> c.startsWith(prefix)).toList());
    }
  }

  @Test
  void versionAndHelpLoadNoSubcommandAndNothingOfJackson() {
    for (String option : List.of("--version", "--help")) {
      List<String> classes = loaded(option);
      assertTrue(classes.contains(CLI + "Peel"), option);
      assertNone(classes, CLI + "ValidateCommand", CLI + "ShowCommand", CLI + "ConvertCommand", CLI + "CompareCommand",
          CLI + "TableCommand", CLI + "IntervalCommand", CLI + "CatalogCommand", CLI + "SchemaCommand", "io.github.peelkit.yaml.",
          "tools.jackson.", "com.fasterxml.jackson.", "org.snakeyaml.engine.", "picocli.CommandLine$HelpCommand", CLI + "ReportCommand",
          REPORT, "gg.jte.");
    }
  }

  @Test
  void validateOfPathsAloneBuildsNoCommandLine() {
    // Its direct path: the call made on every save, and about a quarter of its start-up when picocli built the command.
    assertNone(loaded("validate", "data/essex/peel-2021-22.yaml", "data/cqc"), "picocli.CommandLine$Model", "picocli.CommandLine$Interpreter");
    // With an option, the command line runs it, as every other command.
    assertTrue(loaded("validate", "--format", "text", "data").contains("picocli.CommandLine$Interpreter"));
  }

  @Test
  void anAssessmentThatNamesNoMappingOrGradingRulesBuildsNoBuiltInOne() {
    // Building them checks their laws: a twentieth of a one-file validate.
    List<String> classes = loaded("validate", "data/essex/peel-2021-22.yaml");
    assertNone(classes, "io.github.peelkit.mapping.GradeMappings", "io.github.peelkit.grading.GradingRuleSets");
    assertTrue(classes.contains("io.github.peelkit.framework.Frameworks"), "the built-in frameworks are built");
    // A command that needs them builds them.
    assertTrue(loaded("convert", "data/essex/peel-2016.yaml", "--to", "peel-2021", "--policy", "worst").contains("io.github.peelkit.mapping.GradeMappings"));
  }

  @Test
  void onlyTheReportLoadsTheTemplates(@TempDir Path out) {
    List<String> report = loaded("report", "data/essex", "--out", out.toString());
    for (String prefix : List.of(CLI + "ReportCommand", REPORT, "gg.jte.", "gg.jte.generated.precompiled.")) {
      assertTrue(report.stream().anyMatch(c -> c.startsWith(prefix)), prefix + " not loaded by report");
    }
  }

  @Test
  void aSubcommandLoadsNoneOfTheOthers() {
    List<String> classes = loaded("interval", "--successes", "168", "--size", "196");
    assertTrue(classes.contains(CLI + "IntervalCommand"));
    assertNone(classes, CLI + "ValidateCommand", CLI + "ShowCommand", CLI + "ConvertCommand", CLI + "CompareCommand",
        CLI + "TableCommand", CLI + "CatalogCommand", CLI + "SchemaCommand", "io.github.peelkit.yaml.", "org.snakeyaml.engine.",
        "io.github.peelkit.compare.", CLI + "ReportCommand", REPORT, "gg.jte.");
    List<String> validate = loaded("validate", "data");
    assertFalse(validate.contains(CLI + "ShowCommand"));
    assertNone(validate, CLI + "ReportCommand", REPORT, "gg.jte.");
    // The prefixes refused above are what a reading command does load, so that their absence means something.
    for (String prefix : List.of("io.github.peelkit.yaml.", "tools.jackson.", "org.snakeyaml.engine.")) {
      assertTrue(validate.stream().anyMatch(c -> c.startsWith(prefix)), prefix + " not loaded by validate");
    }
  }
}
