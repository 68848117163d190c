package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Location;
import io.github.peelkit.yaml.Problem;

/**
 * The pre-scan for lines over the limit: a text with one is refused before the parser spends the
 * square of its length on it.
 */
final class LineLengths {
  private LineLengths() {}

  /**
   * Whether every line of a text fits the limit; reports the first that does not. Lines are found
   * with {@code indexOf}, which the JDK vectorises; only a stretch without {@code \n} that is over
   * the limit is looked at for a lone {@code \r}, YAML 1.2's other line break.
   *
   * @param text the text
   * @param max the longest line allowed, in characters
   * @param name the file, for the problem
   * @param sink where the problem goes
   * @return whether the text may be parsed
   */
  static boolean fit(String text, int max, String name, Sink sink) {
    int n = text.length();
    if (n <= max) {
      return true;
    }
    int start = 0;
    while (start <= n) {
      int end = text.indexOf('\n', start);
      if (end < 0) {
        end = n;
      }
      if (end - start > max && !stretchFits(text, start, end, max, name, sink)) {
        return false;
      }
      start = end + 1;
    }
    return true;
  }

  private static boolean stretchFits(String text, int from, int to, int max, String name, Sink sink) {
    int start = from;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : '\n';
      // YAML 1.2 breaks lines at \n and \r only; U+0085, U+2028 and U+2029 are content, as the parser reads them.
      if (c == '\n' || c == '\r') {
        if (i - start > max) {
          int line = SourceText.position(text, start)[0];
          String message =
              "line of " + (i - start) + " characters is longer than the limit of " + max + " characters; the file was"
                  + " not read";
          sink.add(
              Problem.builder(FileCode.LIMIT_EXCEEDED, Location.of(name, line, max + 1), message)
                  .value(Integer.toString(i - start))
                  .build());
          return false;
        }
        start = i + 1;
      }
    }
    return true;
  }
}
