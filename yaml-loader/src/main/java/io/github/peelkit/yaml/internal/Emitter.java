package io.github.peelkit.yaml.internal;

import java.util.List;
import java.util.Map;

/**
 * Writes a tree of ordered maps, lists, texts and {@link Raw} scalars as block-style YAML, quoting a
 * text only where needed, but always where it would read back as something else.
 *
 * <p>A text is written plain when YAML 1.2 and YAML 1.1 both read it back as the same text: not a
 * number, boolean or null in either ({@code yes}, {@code ~}, {@code 0x10}, {@code 1e3}, {@code
 * 1_000}), no leading indicator ({@code - a}, {@code #x}, {@code &a}), no {@code ": "} or {@code
 * " #"}, no leading or trailing white space, only printable characters. Otherwise it is single
 * quoted, or double quoted with escapes when it holds characters YAML cannot carry raw. A text of
 * several lines is written as a literal block when that reads back exactly.
 *
 * <p>Text that is not well-formed UTF-16 (a lone surrogate) is refused with an {@link
 * IllegalArgumentException} naming its path: it has no UTF-8 form, and writing it would corrupt it.
 */
public final class Emitter {
  /** The longest key a YAML parser reads back. */
  private static final int KEY_LIMIT = 1024;

  /**
   * A double-quoted value is broken across lines before an escape once its line passes this many
   * characters: an escape writes up to six characters for one, and a line may not outgrow the
   * reader's line limit for a text the reader took in.
   */
  static final int FOLD_AT = 1_000;

  private final StringBuilder out = new StringBuilder(1024);

  /**
   * A scalar written exactly as given: a number, a boolean or null.
   *
   * @param text its YAML form
   */
  public record Raw(String text) {}

  private Emitter() {}

  /**
   * Writes one document, a non-empty map.
   *
   * @param document the document
   * @return its YAML, ending with a line break
   */
  public static String document(Map<String, Object> document) {
    Emitter e = new Emitter();
    e.entries(document, 0, false, "");
    return e.out.toString();
  }

  private void entries(Map<String, Object> map, int indent, boolean inline, String path) {
    boolean first = true;
    for (Map.Entry<String, Object> entry : map.entrySet()) {
      String key = entry.getKey();
      String at = path.isEmpty() ? key : path + "." + key;
      if (!(first && inline)) {
        spaces(indent);
      }
      first = false;
      int length = Texts.codePoints(key);
      if (length > KEY_LIMIT) {
        throw new IllegalArgumentException(
            "key at " + Texts.abbreviate(at) + " has " + length + " characters; YAML parsers read keys of at most " + KEY_LIMIT);
      }
      String written = scalar(key, at, true);
      if (Texts.codePoints(written) > KEY_LIMIT) {
        // The parser reads an implicit key of at most 1,024 characters as written, escapes included: a
        // key that escapes make longer is written as an explicit key, which has no such limit.
        out.append("? ").append(written).append('\n');
        spaces(indent);
        out.append(':');
      } else {
        out.append(written).append(':');
      }
      value(entry.getValue(), indent, at);
    }
  }

  @SuppressWarnings("unchecked")
  private void value(Object value, int indent, String path) {
    if (value instanceof Map<?, ?> map) {
      if (map.isEmpty()) {
        out.append(" {}\n");
      } else {
        out.append('\n');
        entries((Map<String, Object>) map, indent + 2, false, path);
      }
    } else if (value instanceof List<?> list) {
      if (list.isEmpty()) {
        out.append(" []\n");
      } else {
        out.append('\n');
        items((List<Object>) list, indent + 2, path);
      }
    } else {
      out.append(' ');
      leaf(value, indent, path);
    }
  }

  @SuppressWarnings("unchecked")
  private void items(List<Object> list, int indent, String path) {
    for (int i = 0; i < list.size(); i++) {
      Object item = list.get(i);
      String at = path + "[" + i + "]";
      spaces(indent);
      out.append('-');
      if (item instanceof Map<?, ?> map && !map.isEmpty()) {
        out.append(' ');
        entries((Map<String, Object>) map, indent + 2, true, at);
      } else if (item instanceof List<?> inner && !inner.isEmpty()) {
        out.append('\n');
        items((List<Object>) inner, indent + 2, at);
      } else if (item instanceof Map<?, ?>) {
        out.append(" {}\n");
      } else if (item instanceof List<?>) {
        out.append(" []\n");
      } else {
        out.append(' ');
        leaf(item, indent, at);
      }
    }
  }

  private void leaf(Object value, int indent, String path) {
    if (value instanceof Raw raw) {
      out.append(raw.text()).append('\n');
      return;
    }
    String text = (String) value;
    checkWellFormed(text, path);
    if (text.indexOf('\n') >= 0 && literalFits(text)) {
      literal(text, indent + 2);
      return;
    }
    String scalar = scalar(text, path, false);
    out.append(scalar.length() > FOLD_AT && scalar.charAt(0) == '"' ? folded(scalar, indent + 2) : scalar).append('\n');
  }

  /**
   * Breaks a long double-quoted scalar into lines, each break an escaped line break ({@code \} at the
   * end of the line, which YAML removes with the next line's indentation) placed before an escape, so
   * that no content character is white space at the start of a line, where YAML would drop it.
   */
  private static String folded(String quoted, int indent) {
    StringBuilder b = new StringBuilder(quoted.length() + quoted.length() / FOLD_AT * (indent + 2) + 16);
    int lineStart = 0;
    int i = 0;
    while (i < quoted.length()) {
      char c = quoted.charAt(i);
      int length = 1;
      if (c == '\\') {
        char kind = quoted.charAt(i + 1);
        length = kind == 'u' ? 6 : kind == 'U' ? 10 : kind == 'x' ? 4 : 2;
        if (b.length() - lineStart >= FOLD_AT) {
          b.append("\\\n");
          lineStart = b.length();
          b.append(" ".repeat(indent));
        }
      }
      b.append(quoted, i, i + length);
      i += length;
    }
    return b.toString();
  }

  /** Writes a literal block scalar, its chomping indicator keeping the trailing line breaks exact. */
  private void literal(String text, int indent) {
    int trailing = 0;
    while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    out.append(trailing == 0 ? "|-" : trailing == 1 ? "|" : "|+").append('\n');
    String body = text.substring(0, text.length() - trailing);
    int start = 0;
    while (start <= body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) {
        end = body.length();
      }
      if (end > start) {
        spaces(indent);
        out.append(body, start, end);
      }
      out.append('\n');
      start = end + 1;
    }
    for (int i = 1; i < trailing; i++) {
      out.append('\n');
    }
  }

  /** Whether a text of several lines reads back exactly from a literal block. */
  private static boolean literalFits(String text) {
    boolean content = false;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        lineStart = true;
        continue;
      }
      if (lineStart && (c == ' ' || c == '\t')) {
        return false;
      }
      lineStart = false;
      if (!isSafe(c, text, i) || c == '\t') {
        return false;
      }
      content = true;
    }
    return content;
  }

  /** The text as a plain, single-quoted or double-quoted scalar. */
  static String scalar(String text, String path, boolean key) {
    checkWellFormed(text, path);
    if (plainFits(text)) {
      return text;
    }
    boolean printable = true;
    for (int i = 0; i < text.length() && printable; i++) {
      printable = isSafe(text.charAt(i), text, i) && text.charAt(i) != '\t' && text.charAt(i) != '\n';
    }
    if (printable) {
      String single = "'" + text.replace("'", "''") + "'";
      // Doubled quotes could make a value's line up to twice as long as its text: past a point, write
      // it double-quoted, where a quote is one character.
      if (key || single.length() <= text.length() + 2 + FOLD_AT) {
        return single;
      }
    }
    return doubleQuoted(text);
  }

  private static boolean plainFits(String text) {
    int n = text.length();
    if (n == 0 || text.charAt(0) == ' ' || text.charAt(n - 1) == ' ') {
      return false;
    }
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) >= 0) {
      return false;
    }
    if (text.charAt(n - 1) == ':' || text.contains(": ") || text.contains(" #")) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '\t' || c == '\n' || !isSafe(c, text, i)) {
        return false;
      }
    }
    if (ScalarType.of(text, true) != ScalarType.TEXT) {
      return false;
    }
    return Yaml11Typing.isText(text);
  }

  /**
   * Whether a character may appear raw in a YAML scalar and read back as itself: printable, and not
   * one of the characters YAML 1.1 parsers take as line breaks (U+0085, U+2028, U+2029) or a byte
   * order mark.
   */
  private static boolean isSafe(char c, String text, int i) {
    if (c < 0x20) {
      return c == '\t' || c == '\n';
    }
    if (c < 0x7F) {
      return true;
    }
    if (c <= 0x9F || c == 0x2028 || c == 0x2029 || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF) {
      return false;
    }
    if (Character.isSurrogate(c)) {
      // Pairs are fine; lone halves have been refused already.
      return true;
    }
    return true;
  }

  private static String doubleQuoted(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          b.append("\\\"");
          break;
        case '\\':
          b.append("\\\\");
          break;
        case '\n':
          b.append("\\n");
          break;
        case '\t':
          b.append("\\t");
          break;
        case '\r':
          b.append("\\r");
          break;
        case 0:
          b.append("\\0");
          break;
        default:
          if (isSafe(c, text, i)) {
            b.append(c);
          } else {
            b.append(String.format("\\u%04X", (int) c));
          }
      }
    }
    return b.append('"').toString();
  }

  private static void checkWellFormed(String text, String path) {
    int i = Texts.loneSurrogate(text);
    if (i >= 0) {
      throw new IllegalArgumentException(
          "text at " + (path.isEmpty() ? "the document" : path) + " holds a lone surrogate U+"
              + String.format("%04X", (int) text.charAt(i)) + " at index " + i
              + ": it is not well-formed UTF-16 and has no UTF-8 form, so it cannot be written");
    }
  }

  private void spaces(int n) {
    for (int i = 0; i < n; i++) {
      out.append(' ');
    }
  }
}
