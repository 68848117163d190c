package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The stand-ins for subcommands not yet made say what the commands themselves say, so that the
 * top-level help, the list of commands and the suggestions for a mistyped name read the same
 * whether a command was made or not.
 */
class SubcommandTest {
  private static String firstLine(UsageMessageSpec usage) {
    String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
    return lines[0];
  }

  @Test
  void everyPlaceholderHasTheNameAndFirstLineOfItsCommand() {
    PrintWriter discard = new PrintWriter(new StringWriter());
    Map<String, CommandLine> made = Peel.commandLine(discard, discard, false).getSubcommands();
    assertEquals(12, made.size(), made.keySet().toString());
    for (CommandLine command : made.values()) {
      String name = command.getCommandName();
      Subcommand subcommand = Peel.subcommands().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
      assertEquals(firstLine(command.getCommandSpec().usageMessage()), firstLine(subcommand.placeholder().usageMessage()), name);
      assertTrue(subcommand.placeholder().options().isEmpty(), name);
    }
  }

  @Test
  void helpListsTheSameCommandsMadeOrNot() {
    // --help makes none of them; "help" makes itself; every subcommand named makes all of them.
    String lazy = PeelRun.of("--help").out();
    assertEquals(lazy, PeelRun.of("help").out());
    assertEquals(lazy, PeelRun.of("--help", "validate", "show", "convert", "compare", "table", "interval", "outliers", "catalog", "schema",
        "report", "help").out());
  }
}
