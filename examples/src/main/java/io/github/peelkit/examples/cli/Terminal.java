package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.internal.Texts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a person is watching: standard input and output are a console, and standard error is a
 * terminal too. Only then does {@code peel} draw a progress line, which would be noise in a log or a
 * pipe.
 */
final class Terminal {
  private Terminal() {}

  /**
   * Makes text read from input safe to print: control, line-separator and format characters (such
   * as the escape character and bidirectional overrides) become escapes like {@code \e} and
   * <code>&#92;u202E</code>, as in the loader's problems, so that what a file holds cannot drive the terminal that
   * shows it or break a line of output in two.
   *
   * @param text text from input
   * @return the text, unchanged when it holds none of those characters
   */
  static String printable(String text) {
    return Texts.printable(text);
  }

  /** {@return whether progress may be drawn on standard error} */
  static boolean isInteractive() {
    return System.console() != null && isTerminal(Path.of("/proc/self/fd/2"));
  }

  /**
   * Whether a file descriptor link of Linux's /proc names a terminal device. Java 17 has no API for
   * standard error alone; where there is no /proc (macOS, Windows), the console alone decides.
   */
  static boolean isTerminal(Path descriptor) {
    if (!Files.exists(Path.of("/proc/self"))) {
      return true;
    }
    try {
      String target = Files.readSymbolicLink(descriptor).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }
}
