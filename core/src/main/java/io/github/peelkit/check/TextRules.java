package io.github.peelkit.check;

import java.util.Optional;

/**
 * The rules every model value applies to its texts: an id is a slug, {@code [a-z0-9]+(-[a-z0-9]+)*};
 * a name, label or title is not blank. A reader of a file checks each text with these as it reads
 * it, with the same messages a value's builder gives.
 */
public final class TextRules {
  /** An id is a slug: lower-case letters and digits in groups joined by single hyphens. */
  public static final Rule ID = Rule.of(ModelCode.INVALID_VALUE, "id is a slug");

  /** A text that must say something holds more than white space. */
  public static final Rule NOT_BLANK = Rule.of(ModelCode.INVALID_VALUE, "text is not blank");

  private TextRules() {}

  /**
   * Whether text is a valid id: lower-case letters and digits in groups joined by single hyphens,
   * {@code [a-z0-9]+(-[a-z0-9]+)*}.
   *
   * @param text the text
   * @return whether it is a valid id
   */
  public static boolean isId(String text) {
    int n = text.length();
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
    // Empty text, or a trailing hyphen, is not a slug.
    return !hyphen;
  }

  /**
   * Checks an id.
   *
   * @param attribute the attribute that holds it, as the message names it, such as {@code id}
   * @param text the id
   * @return the violation of {@link #ID}, or empty when the text is a valid id
   */
  public static Optional<Violation> checkId(String attribute, String text) {
    if (isId(text)) {
      return Optional.empty();
    }
    String shown = Violation.abbreviate(text);
    return Optional.of(
        ID.violation(
            attribute,
            shown,
            attribute
                + " '"
                + shown
                + "' is not a valid id: use lower-case letters and digits joined by single hyphens, such as"
                + " 'peel-2021'"));
  }

  /**
   * Checks a text that must say something.
   *
   * @param attribute the attribute that holds it, as the message names it, such as {@code name}
   * @param text the text
   * @return the violation of {@link #NOT_BLANK}, or empty when the text holds more than white space
   */
  public static Optional<Violation> checkNotBlank(String attribute, String text) {
    if (!text.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(NOT_BLANK.violation(attribute, text, attribute + " is blank: give it some text"));
  }
}
