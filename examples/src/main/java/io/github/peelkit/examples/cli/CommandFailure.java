package io.github.peelkit.examples.cli;

/**
 * An expected way for a command to fail, with the exit code to end with and a one-line message
 * (empty when what went wrong was printed already, such as the problems of a file).
 */
final class CommandFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  CommandFailure(int exitCode, String message) {
    // No stack trace: the message is all a user sees, and it is built for them.
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  /** {@return the exit code the command ends with} */
  int exitCode() {
    return exitCode;
  }
}
