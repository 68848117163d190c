package io.github.peelkit.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of {@code peel} in-process, with its standard output and error captured, as the jar's
 * main method would run it (but never drawing progress: the captured streams are no terminal).
 *
 * @param exitCode the exit code
 * @param out what was printed to standard output
 * @param err what was printed to standard error
 */
record PeelRun(int exitCode, String out, String err) {
  /** {@return the result of running peel with these arguments} */
  static PeelRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Peel.execute(new PrintWriter(out), new PrintWriter(err), false, args);
    return new PeelRun(code, out.toString(), err.toString());
  }

  /** {@return a description for assertion messages} */
  String describe() {
    return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
  }
}
