package io.github.peelkit.yaml;

/**
 * Text from input made safe to print on one line of a terminal, exactly as a {@link Problem} prints
 * the texts it holds: a tool that shows what a file said (a subject's name, a measure's id) next to
 * peelkit's problems escapes it the same way.
 *
 * <p>Control characters (C0, DEL and C1), line and paragraph separators, format characters (among
 * them the bidirectional controls that reorder what a reader sees, and zero-width characters that
 * hide a difference) and lone surrogates become YAML escapes: {@code \n}, {@code \r}, {@code \t},
 * {@code \e} for the escape character, <code>&#92;u202E</code>, {@code \U000E0001}. A text from a
 * file can then neither break a line of output in two nor send commands to the terminal that shows
 * it. Everything else is kept, astral and combining characters included.
 */
public final class TerminalText {
  private TerminalText() {}

  /**
   * Makes a text printable on one line of a terminal.
   *
   * @param text any text
   * @return the text, unchanged (the same instance) when it holds none of the characters escaped
   */
  public static String printable(String text) {
    int n = text.length();
    int i = 0;
    while (i < n && isPrintable(text.codePointAt(i))) {
      i += Character.charCount(text.codePointAt(i));
    }
    if (i == n) {
      return text;
    }
    StringBuilder b = new StringBuilder(n + 16).append(text, 0, i);
    while (i < n) {
      int c = text.codePointAt(i);
      if (isPrintable(c)) {
        b.appendCodePoint(c);
      } else if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        b.append("\\r");
      } else if (c == '\t') {
        b.append("\\t");
      } else if (c == 0x1B) {
        b.append("\\e");
      } else if (c <= 0xFFFF) {
        b.append(String.format("\\u%04X", c));
      } else {
        b.append(String.format("\\U%08X", c));
      }
      i += Character.charCount(c);
    }
    return b.toString();
  }

  private static boolean isPrintable(int c) {
    if (c >= 0x20 && c < 0x7F) {
      return true;
    }
    switch (Character.getType(c)) {
      case Character.CONTROL:
      case Character.FORMAT:
      case Character.LINE_SEPARATOR:
      case Character.PARAGRAPH_SEPARATOR:
      case Character.SURROGATE:
        return false;
      default:
        return true;
    }
  }
}
