package io.github.peelkit.examples.cli;

/**
 * The exit codes of the {@code peel} command, the same for every subcommand, so that a script or a
 * CI step can tell a problem in the data from a mistake on the command line.
 */
final class ExitCodes {
  /** Success: no error (warnings allowed). */
  static final int OK = 0;

  /** The input has errors, or cannot be used as asked (such as a strict conversion of a range). */
  static final int PROBLEMS = 1;

  /** The command line is wrong: an unknown option, a bad value, a missing file, an unknown id. */
  static final int USAGE = 2;

  /** peel itself failed unexpectedly (the {@code EX_SOFTWARE} code of sysexits.h). */
  static final int INTERNAL = 70;

  private ExitCodes() {}
}
