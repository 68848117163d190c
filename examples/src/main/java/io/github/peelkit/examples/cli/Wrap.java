package io.github.peelkit.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Word wrapping for text output, measured in Unicode code points (every character the example data
 * holds is one column wide in a terminal: letters, "–", "£", "±").
 */
final class Wrap {
  private Wrap() {}

  /** {@return the width of a text in columns} */
  static int width(String text) {
    return text.codePointCount(0, text.length());
  }

  /**
   * Breaks a text into lines of at most {@code width} columns at spaces; a word longer than a line
   * is cut. Runs of white space, line breaks included, count as one space.
   *
   * @return the lines; one empty line for an empty text
   */
  static List<String> lines(String text, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      String rest = word;
      while (!rest.isEmpty()) {
        int used = width(line.toString());
        int gap = used == 0 ? 0 : 1;
        if (used + gap + width(rest) <= width) {
          line.append(gap == 1 ? " " : "").append(rest);
          rest = "";
        } else if (used > 0) {
          lines.add(line.toString());
          line.setLength(0);
        } else {
          int cut = rest.offsetByCodePoints(0, width);
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
      }
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Wraps a text as an indented paragraph: the first line starts with {@code first}, the others
   * with {@code rest}, and no line is wider than {@code width}.
   *
   * @return the lines, each ending with a line break
   */
  static String paragraph(String text, String first, String rest, int width) {
    int room = Math.max(20, width - Math.max(width(first), width(rest)));
    StringBuilder b = new StringBuilder();
    List<String> lines = lines(text, room);
    for (int i = 0; i < lines.size(); i++) {
      b.append(i == 0 ? first : rest).append(lines.get(i)).append('\n');
    }
    return b.toString();
  }

  /** {@return the text padded with spaces to a width} */
  static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - width(text)));
  }
}
