package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Limits;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.SpecVersion;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlVersionException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamConstraintsException;

/**
 * Turns what stopped the YAML parser into one located problem, at the place SnakeYAML Engine itself
 * points to: Jackson's own location of a syntax error is often wrong, the engine's mark is right.
 */
final class ParseFailure {
  /** The longest key the YAML parser reads, whatever the configured limit: YAML 1.2 caps implicit keys there. */
  static final int PARSER_KEY_LIMIT = 1024;

  private final String text;
  private final Limits limits;
  private final FileReport report;

  ParseFailure(String text, Limits limits, FileReport report) {
    this.text = text;
    this.limits = limits;
    this.report = report;
  }

  /**
   * Reports what stopped the parser.
   *
   * @param e what it threw
   * @param p the parser, or null when it could not be made
   * @param path the path of the value being read
   */
  void report(Exception e, PeelYamlParser p, String path) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYamlEngineException marked) {
        syntax(marked);
        return;
      }
      if (c instanceof ReaderException reader) {
        int[] at = SourceText.positionOfCodePoint(text, reader.getPosition());
        report.report(
            FileCode.MALFORMED_YAML, at[0], at[1], "",
            "character U+" + String.format("%04X", reader.getCodePoint()) + " is not allowed in YAML: remove it or write it"
                + " as an escape in a double-quoted text",
            String.format("U+%04X", reader.getCodePoint()));
        return;
      }
      if (c instanceof YamlVersionException version) {
        SpecVersion v = version.getSpecVersion();
        int[] at = directive();
        report.report(
            FileCode.MALFORMED_YAML, at[0], at[1], "",
            "malformed YAML: the file asks for YAML " + v.getMajor() + "." + v.getMinor() + "; peelkit reads YAML 1.2:"
                + " write %YAML 1.2, or remove the directive",
            "%YAML " + v.getMajor() + "." + v.getMinor());
        return;
      }
      if (c instanceof StreamConstraintsException limit) {
        int[] at = lastPosition(p);
        report.report(
            FileCode.LIMIT_EXCEEDED, at[0], at[1], path,
            "the YAML parser's limit was exceeded: " + limit.getOriginalMessage());
        return;
      }
      if (c == e && e instanceof JacksonException je && je.getOriginalMessage() != null
          && je.getOriginalMessage().startsWith("Expected a property name")) {
        int[] at = lastPosition(p);
        if (p != null && p.lastNode() instanceof AliasEvent alias) {
          String name = alias.getAnchor().map(a -> a.getValue()).orElse("");
          report.report(
              FileCode.UNSUPPORTED_YAML_FEATURE, at[0], at[1], path,
              "alias '*" + Texts.abbreviate(name) + "' used as a key is not supported: write the key out in full",
              "*" + Texts.abbreviate(name));
        } else {
          report.report(
              FileCode.UNSUPPORTED_YAML_FEATURE, at[0], at[1], path,
              "a mapping or sequence used as a key is not supported: keys are text; stopped reading the file");
        }
        return;
      }
    }
    int[] at = lastPosition(p);
    String message = e instanceof JacksonException je ? je.getOriginalMessage() : e.toString();
    report.report(FileCode.MALFORMED_YAML, at[0], at[1], path, "malformed YAML: " + oneLine(String.valueOf(message)));
  }

  private void syntax(MarkedYamlEngineException e) {
    Mark mark = e.getProblemMark().or(e::getContextMark).orElse(null);
    int line = mark == null ? 1 : mark.getLine() + 1;
    int column = mark == null ? 1 : mark.getColumn() + 1;
    String problem = e.getProblem() == null ? "" : oneLine(e.getProblem());
    if (mark != null && (problem.endsWith("but found ':'")) && emptyKey(mark)) {
      report.report(
          ModelCode.INVALID_VALUE, line, column, "",
          "the key is empty, which YAML reads as null; peelkit's keys are text: write the key before its ':'; stopped"
              + " reading the file");
      return;
    }
    if (problem.startsWith("mapping values are not allowed") || problem.startsWith("could not find expected ':'")) {
      Optional<LongKey> longKey = longKey(line, column);
      if (longKey.isPresent()) {
        LongKey key = longKey.get();
        int limit = Math.min(limits.maxKeyLength(), PARSER_KEY_LIMIT);
        report.report(
            FileCode.LIMIT_EXCEEDED, line, key.column(), "",
            "key of " + key.length() + " characters is longer than the limit of " + limit + " characters"
                + (limits.maxKeyLength() > PARSER_KEY_LIMIT ? ", the most the YAML parser reads" : "")
                + "; stopped reading the file");
        return;
      }
    }
    StringBuilder message = new StringBuilder("malformed YAML: ").append(problem);
    if (e.getContext() != null) {
      message.append(" (").append(oneLine(e.getContext()));
      Mark context = e.getContextMark().orElse(null);
      if (context != null && context != mark) {
        message.append(" that starts at line ").append(context.getLine() + 1).append(", column ").append(context.getColumn() + 1);
      }
      message.append(')');
    }
    report.report(FileCode.MALFORMED_YAML, line, column, "", message.toString());
  }

  /**
   * Tells a key too long for the parser from other syntax errors: the text before the problem's
   * column, less indentation and sequence dashes, is a key of more than {@value #PARSER_KEY_LIMIT}
   * characters.
   *
   * @return the key's start column and length, or empty when the text there is not such a key
   */
  /**
   * The key too long for the parser, when that is what stopped it.
   *
   * @param e what the parser threw
   * @return the key's place and length, or empty when something else stopped the parser
   */
  Optional<LongKey> longKeyStop(Exception e) {
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYamlEngineException marked) {
        Mark mark = marked.getProblemMark().or(marked::getContextMark).orElse(null);
        String problem = marked.getProblem() == null ? "" : marked.getProblem();
        if (mark != null
            && (problem.startsWith("mapping values are not allowed") || problem.startsWith("could not find expected ':'"))) {
          return longKey(mark.getLine() + 1, mark.getColumn() + 1);
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  private Optional<LongKey> longKey(int line, int column) {
    String lineText = SourceText.line(text, line);
    int end = Math.min(lineText.length(), lineText.offsetByCodePoints(0, Math.min(column - 1, lineText.codePointCount(0, lineText.length()))));
    int start = 0;
    while (start < end) {
      char c = lineText.charAt(start);
      if (c == ' ' || c == '\t' || c == '{' || c == ',') {
        start++;
      } else if (c == '-' && start + 1 < end && lineText.charAt(start + 1) == ' ') {
        start += 2;
      } else if (c == '?' && start + 1 < end && lineText.charAt(start + 1) == ' ') {
        start += 2;
      } else {
        break;
      }
    }
    String written = lineText.substring(start, end).strip();
    String key = written;
    if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'') && key.charAt(key.length() - 1) == key.charAt(0)) {
      key = key.substring(1, key.length() - 1);
    }
    int length = key.codePointCount(0, key.length());
    if (length <= PARSER_KEY_LIMIT) {
      return Optional.empty();
    }
    int from = SourceText.lineStart(text, line) + start;
    return Optional.of(new LongKey(line, lineText.codePointCount(0, start) + 1, length, from, from + written.length(), key));
  }

  /**
   * A key longer than the parser reads, as written on one line: its line, the column where it starts,
   * its length in characters (code points), where it lies in the text, and the key as written.
   */
  record LongKey(int line, int column, int length, int from, int to, String key) {}

  /**
   * Whether the parser stopped at the ':' of an entry with no key, valid YAML 1.2 that SnakeYAML
   * Engine refuses ({@code : value}, {@code [ : value ]}, {@code {a: 1, : 2}}), rather than at a
   * plain text that starts with ':' ({@code [:x]}): the ':' is followed by white space, a flow
   * indicator or the end.
   */
  private boolean emptyKey(Mark mark) {
    int at = text.offsetByCodePoints(0, Math.min(mark.getIndex(), text.codePointCount(0, text.length())));
    if (at >= text.length() || text.charAt(at) != ':') {
      return false;
    }
    char next = at + 1 < text.length() ? text.charAt(at + 1) : '\n';
    return next == ' ' || next == '\t' || next == '\n' || next == '\r' || next == ',' || next == ']' || next == '}';
  }

  /** The line and column of the first {@code %YAML} directive: the version exception carries no mark. */
  private int[] directive() {
    int at = text.startsWith("%YAML") ? 0 : text.indexOf("\n%YAML");
    return at < 0 ? new int[] {1, 1} : SourceText.position(text, at == 0 ? 0 : at + 1);
  }

  private static int[] lastPosition(PeelYamlParser p) {
    NodeEvent last = p == null ? null : p.lastNode();
    Mark m = last == null ? null : last.getStartMark().orElse(null);
    return m == null ? new int[] {1, 1} : new int[] {m.getLine() + 1, m.getColumn() + 1};
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').strip();
  }
}
