package io.github.peelkit.examples.report;

import io.github.peelkit.yaml.TerminalText;
import java.util.Locale;

/**
 * Text from input made fit for a page, before the templates escape it: control, format and separator
 * characters become visible escapes ({@code \u0007}), as on a terminal ({@link TerminalText}), so that
 * a title can neither hide a difference nor carry characters HTML does not allow; and numbers as the
 * charts draw them.
 */
final class Texts {
  private Texts() {}

  /** {@return a text from input as one visible line} */
  static String line(String text) {
    return TerminalText.printable(text);
  }

  /** {@return a coordinate or length in an SVG drawing, to a tenth of a pixel, with a full stop whatever the locale} */
  static String number(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
