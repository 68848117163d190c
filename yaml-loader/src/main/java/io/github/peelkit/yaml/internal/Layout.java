package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import java.util.function.Supplier;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;

/**
 * The rules of YAML 1.2 layout that SnakeYAML Engine does not check, checked on its events against
 * the file's text, so that invalid YAML is not read as a document:
 *
 * <ul>
 *   <li>inside a block, every line of a flow collection or of a quoted or flow scalar is indented
 *       more than the block (YAML 1.2.2, 7.1, "s-flow-line-prefix"): {@code flow: [a,\nb]} and
 *       {@code key: "a\nb"} are invalid;
 *   <li>a comment is separated from what comes before it by white space (6.6): {@code "a"#x},
 *       {@code [a]#x} and {@code [a,#x} are invalid.
 * </ul>
 *
 * <p>SnakeYAML Engine counts positions in code points; the text is Java's UTF-16, so a cursor walks
 * between the two, forward as the events come, and only when a rule needs a character.
 */
final class Layout {
  private final String text;
  private final FileReport report;
  private final Supplier<String> path;
  private int cursorCodePoints;
  private int cursorChars;

  /**
   * Creates the checks of one file.
   *
   * @param text its text
   * @param report where problems go
   * @param path the path of the value being read, asked only for a problem
   */
  Layout(String text, FileReport report, Supplier<String> path) {
    this.text = text;
    this.report = report;
    this.path = path;
  }

  /**
   * Checks a node: a scalar, an alias or the start of a collection.
   *
   * @param event the node's event
   * @param indent the fewest spaces a line of flow content needs here: one more than the column of
   *     the innermost block collection, 0 outside any
   * @param inFlow whether the node is inside a flow collection
   */
  void node(Event event, int indent, boolean inFlow) {
    Mark start = event.getStartMark().orElse(null);
    Mark end = event.getEndMark().orElse(null);
    if (start == null || end == null) {
      return;
    }
    if (inFlow && indent > 0) {
      lineStart(start, indent);
    }
    if (event instanceof ScalarEvent scalar) {
      ScalarStyle style = scalar.getScalarStyle();
      boolean quoted = style == ScalarStyle.DOUBLE_QUOTED || style == ScalarStyle.SINGLE_QUOTED;
      if (indent > 0 && (quoted || inFlow) && end.getLine() > start.getLine()) {
        continuedLines(charIndex(start.getIndex()), charIndex(end.getIndex()), start.getLine() + 1, indent);
      }
      if (quoted) {
        commentAt(charIndex(end.getIndex()));
      }
    } else if (event instanceof CollectionStartEvent collection && collection.isFlow()) {
      int at = charIndex(start.getIndex());
      if (at < text.length() && (text.charAt(at) == '[' || text.charAt(at) == '{')) {
        commentAt(at + 1);
      }
    }
    if (inFlow) {
      afterComma(charIndex(end.getIndex()));
    }
  }

  /**
   * Checks the end of a flow collection, its {@code ]} or {@code }}. Its indentation is not checked:
   * YAML 1.2's grammar wants it indented like the content, but a closing bracket at the block's own
   * column is common and widely read, and nothing can be misread by it.
   *
   * @param event the end event
   * @param inFlow whether the collection is itself inside a flow collection
   */
  void flowEnd(Event event, boolean inFlow) {
    Mark end = event.getEndMark().orElse(null);
    if (end == null) {
      return;
    }
    int after = charIndex(end.getIndex());
    commentAt(after);
    if (inFlow) {
      afterComma(after);
    }
  }

  /** Refuses a flow node that starts a line less indented than its block. */
  private void lineStart(Mark start, int indent) {
    int at = charIndex(start.getIndex());
    int lineStart = at;
    while (lineStart > 0 && (text.charAt(lineStart - 1) == ' ' || text.charAt(lineStart - 1) == '\t')) {
      lineStart--;
    }
    if (lineStart > 0 && text.charAt(lineStart - 1) != '\n' && text.charAt(lineStart - 1) != '\r') {
      return;
    }
    indentation(lineStart, start.getLine() + 1, indent, "a line inside a flow collection");
  }

  /** Refuses a continuation line of a scalar less indented than its block; empty lines may be. */
  private void continuedLines(int from, int to, int firstLine, int indent) {
    int line = firstLine;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < to && text.charAt(i + 1) == '\n') {
        continue;
      }
      if (c == '\n' || c == '\r') {
        line++;
        indentation(i + 1, line, indent, "a continued line of a text in a flow or quoted style");
      }
    }
  }

  private void indentation(int lineStart, int line, int indent, String what) {
    int spaces = 0;
    while (lineStart + spaces < text.length() && text.charAt(lineStart + spaces) == ' ') {
      spaces++;
    }
    if (spaces >= indent) {
      return;
    }
    int content = lineStart + spaces;
    while (content < text.length() && text.charAt(content) == '\t') {
      content++;
    }
    if (content >= text.length() || text.charAt(content) == '\n' || text.charAt(content) == '\r') {
      return;
    }
    report.report(
        FileCode.MALFORMED_YAML, line, text.codePointCount(lineStart, content) + 1, path.get(),
        "malformed YAML: " + what + " is indented " + spaces + (spaces == 1 ? " space" : " spaces")
            + " and must be indented more than its block, by at least " + indent + " (tabs do not count): indent it"
            + " further");
  }

  /** Refuses a comment right after a comma. */
  private void afterComma(int at) {
    int i = at;
    while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    if (i < text.length() && text.charAt(i) == ',') {
      commentAt(i + 1);
    }
  }

  /** Refuses a comment that starts at a place that is not after white space. */
  private void commentAt(int at) {
    if (at >= text.length() || text.charAt(at) != '#') {
      return;
    }
    int[] position = SourceText.position(text, at);
    report.report(
        FileCode.MALFORMED_YAML, position[0], position[1], path.get(),
        "malformed YAML: a comment must have white space before its '#': write a space before it");
  }

  /** The index in the text of a position SnakeYAML Engine counts in code points. */
  private int charIndex(int codePoints) {
    int chars = cursorChars;
    int points = cursorCodePoints;
    int n = text.length();
    while (points < codePoints && chars < n) {
      if (Character.isHighSurrogate(text.charAt(chars)) && chars + 1 < n && Character.isLowSurrogate(text.charAt(chars + 1))) {
        chars++;
      }
      chars++;
      points++;
    }
    while (points > codePoints && chars > 0) {
      chars--;
      if (Character.isLowSurrogate(text.charAt(chars)) && chars > 0 && Character.isHighSurrogate(text.charAt(chars - 1))) {
        chars--;
      }
      points--;
    }
    cursorChars = chars;
    cursorCodePoints = points;
    return chars;
  }
}
