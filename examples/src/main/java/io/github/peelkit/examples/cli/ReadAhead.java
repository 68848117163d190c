package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.Catalog;
import java.util.List;
import java.util.Set;

/**
 * Makes the built-in catalogue on a second thread from the moment {@code peel} starts, for the
 * commands that resolve references against it. Meanwhile the main thread builds the command from
 * its annotations (unless it is a plain {@code validate}) and parses the user's files (the reader
 * asks for the catalogue only to bind them); on a machine with two cores that overlap saves a few
 * milliseconds of a one-file {@code validate}.
 */
final class ReadAhead {
  /** The subcommands that never read the catalogue: what they would start is left alone. */
  private static final Set<String> WITHOUT_CATALOGUE = Set.of("interval", "schema", "help");

  private ReadAhead() {}

  /**
   * Starts reading the catalogue when the arguments name a subcommand that reads it, and not for
   * {@code --help} or {@code --version}, which read nothing.
   *
   * @param subcommands peel's subcommands
   * @param args the command line
   */
  static void start(List<Subcommand> subcommands, String... args) {
    if (args.length == 0 || WITHOUT_CATALOGUE.contains(args[0]) || !named(subcommands, args[0])) {
      return;
    }
    // Plain loops: this runs for every command, and a lambda's first use costs more than the loop.
    for (String arg : args) {
      if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
        return;
      }
    }
    Thread thread = new Thread(ReadAhead::read, "peel-catalogue");
    thread.setDaemon(true);
    thread.start();
  }

  private static boolean named(List<Subcommand> subcommands, String word) {
    for (Subcommand subcommand : subcommands) {
      if (subcommand.name().equals(word)) {
        return true;
      }
    }
    return false;
  }

  private static void read() {
    try {
      Catalog.builtIn();
    } catch (RuntimeException | Error e) {
      // A catalogue that does not load is a packaging bug: the command fails when it asks for the catalogue itself.
    }
  }
}
