package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run the class-data-sharing archive is made from covers every command, each at least once
 * through to its answer: a command left out, or one rehearsed only into an error, would start
 * without the archive's help for the classes that do its work.
 */
class RehearsalTest {
  @Test
  void everyCommandIsRehearsedAndAnsweredAtLeastOnce(@TempDir Path report) {
    Set<String> answered = new TreeSet<>();
    for (List<String> command : Rehearsal.commands(Path.of("data"), Path.of("synthetic"), report)) {
      PeelRun run = PeelRun.of(command.toArray(String[]::new));
      assertNotEquals(ExitCodes.INTERNAL, run.exitCode(), run.describe());
      if (run.exitCode() == ExitCodes.OK) {
        answered.add(command.get(0));
      }
    }
    Set<String> commands = new TreeSet<>();
    Peel.subcommands().forEach(s -> commands.add(s.name()));
    commands.add("--version");
    commands.add("--help");
    assertEquals(commands, answered);
  }
}
