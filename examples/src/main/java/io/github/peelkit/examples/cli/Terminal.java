package io.github.peelkit.examples.cli;

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
