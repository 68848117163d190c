package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.Violation;

/** Small text helpers for messages: shortened and printable. */
public final class Texts {
  private Texts() {}

  /**
   * Shortens a value for a message, as the model's own messages quote values, so that a huge
   * rejected value never floods the output.
   *
   * @param text the value
   * @return the value, or its first characters followed by an ellipsis
   */
  public static String abbreviate(String text) {
    return Violation.abbreviate(text);
  }

  /**
   * Makes text safe to print on one line of a terminal: control characters, line and paragraph
   * separators, format characters (among them the bidirectional controls that reorder what a reader
   * sees, and zero-width characters that hide a difference) and lone surrogates become YAML escapes
   * (such as {@code \n}, {@code \e} for the escape character, or {@code \U000E0001}), so that a
   * value from a file can neither break the one-line form of a problem nor send commands to the
   * terminal that shows it. Everything else is kept, astral and combining characters included.
   *
   * @param text any text
   * @return the text, unchanged when it holds none of those characters
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

  /**
   * Finds a lone surrogate: half of a UTF-16 pair without its other half, which is not a Unicode
   * character and has no UTF-8 form.
   *
   * @param text any text
   * @return the index of the first lone surrogate, or -1 when the text is well-formed
   */
  public static int loneSurrogate(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
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
