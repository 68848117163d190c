package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.Problem;
import java.util.List;

/**
 * An expected way for a command to fail, with the exit code to end with and a one-line message
 * (empty when what went wrong was printed already, such as the problems of a file).
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;
  private final transient List<Problem> problems;

  CommandFailure(int exitCode, String message) {
    this(exitCode, message, List.of());
  }

  /** A failure because of problems in the input, printed already, that JSON and SARIF output must also hold. */
  CommandFailure(int exitCode, String message, List<Problem> problems) {
    // No stack trace: the message is all a user sees, and it is built for them.
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.problems = List.copyOf(problems);
  }

  /** {@return the problems the failure comes from, perhaps none} */
  List<Problem> problems() {
    return problems;
  }

  /** {@return the exit code the command ends with} */
  int exitCode() {
    return exitCode;
  }
}
