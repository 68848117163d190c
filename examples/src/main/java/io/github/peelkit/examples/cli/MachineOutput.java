package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.ProblemPrinter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What standard output gets when a command asked for {@code --format json} or {@code sarif} ends
 * without its usual document (a usage error, a catalogue or a file with errors, a folder with no YAML
 * file, an internal error): still exactly one document, holding the exit code, the message and every
 * problem, so that a program reading it never meets an empty output.
 *
 * <p>JSON: {@code {"exitCode": 2, "message": "...", "errors": 0, "warnings": 0, "problems": [...]}}
 * ({@code validate} adds {@code "files": 0, "filesRead": 0}). SARIF: the log {@code validate} writes, with its
 * problems as results and an invocation that records the exit code, {@code executionSuccessful:
 * false} and the message as a notification.
 */
final class MachineOutput {
  /** The machine-readable formats. */
  enum Format {
    JSON, SARIF
  }

  private MachineOutput() {}

  /**
   * The machine-readable format the arguments ask for, read from the arguments themselves, so that it
   * is known even when picocli could not parse them.
   *
   * @param args the arguments as given
   * @return the format, or empty for any other (or none)
   */
  static Optional<Format> requested(List<String> args) {
    Optional<Format> found = Optional.empty();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      String value = null;
      if (arg.equals("--format") && i + 1 < args.size()) {
        value = args.get(i + 1);
      } else if (arg.startsWith("--format=")) {
        value = arg.substring("--format=".length());
      }
      if (value != null) {
        // The last --format wins, as picocli reads a repeated option.
        found = switch (value.toLowerCase(Locale.ROOT)) {
          case "json" -> Optional.of(Format.JSON);
          case "sarif" -> Optional.of(Format.SARIF);
          default -> Optional.empty();
        };
      }
    }
    return found;
  }

  /**
   * The document for a command that ended without its usual one.
   *
   * @param format the format asked for
   * @param command the subcommand's name, such as {@code validate}, or empty for none
   * @param exitCode the exit code
   * @param message what went wrong, on one line
   * @param problems the problems found, perhaps none
   * @return the document, ending with a line break
   */
  static String failure(Format format, String command, int exitCode, String message, List<Problem> problems) {
    if (format == Format.SARIF) {
      return Json.write(Sarif.log(problems, Version.number(), Path.of(""), exitCode, Optional.of(message)));
    }
    ObjectNode o = Json.object();
    if (command.equals("validate")) {
      o.put("files", 0);
      o.put("filesRead", 0);
    }
    counts(o, problems);
    o.put("exitCode", exitCode);
    o.put("message", message);
    return Json.write(o);
  }

  /** Puts the counts of errors and warnings and the problems, as {@code validate --format json} writes them. */
  static void counts(ObjectNode o, List<Problem> problems) {
    o.put("errors", problems.stream().filter(Problem::isError).count());
    o.put("warnings", problems.stream().filter(p -> !p.isError()).count());
    ArrayNode array = o.putArray("problems");
    problems.forEach(p -> array.add(Json.parse(ProblemPrinter.json(p))));
  }
}
