package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.Violation;

/** Small text helpers for messages: shortened, and checked for lone surrogates. */
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
   * Counts a text's characters as the model holds them and the limits count them: code points, so
   * that an astral character is one, not two UTF-16 units.
   *
   * @param text the text
   * @return its length in code points
   */
  public static int codePoints(String text) {
    return text.codePointCount(0, text.length());
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
}
