package io.github.peelkit.yaml.internal;

import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers for messages and name look-ups. */
public final class Texts {
  private static final int SHOWN = 60;
  private static final Pattern WHITE = Pattern.compile("\\s+");

  private Texts() {}

  /**
   * Shortens a value for a message, so that a huge rejected value never floods the output.
   *
   * @param text the value
   * @return the value, or its first characters followed by an ellipsis
   */
  public static String abbreviate(String text) {
    if (text.length() <= SHOWN) {
      return text;
    }
    int end = SHOWN;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /**
   * The key under which names are compared, as core compares grade and area names: case folded,
   * runs of white space collapsed, ends stripped.
   *
   * @param text a name, label, alias or id
   * @return the comparison key
   */
  public static String nameKey(String text) {
    return WHITE.matcher(text.strip()).replaceAll(" ").toLowerCase(Locale.ROOT);
  }

  /**
   * Whether text is a slug: lower-case letters and digits in groups joined by single hyphens.
   *
   * @param text the text
   * @return whether it is a slug
   */
  public static boolean isSlug(String text) {
    int n = text.length();
    if (n == 0) {
      return false;
    }
    boolean hyphen = true;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (hyphen) {
          return false;
        }
        hyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        hyphen = false;
      } else {
        return false;
      }
    }
    return !hyphen;
  }
}
