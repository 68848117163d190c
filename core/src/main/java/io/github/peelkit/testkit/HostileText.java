package io.github.peelkit.testkit;

import java.util.List;

/**
 * Texts that break careless writers and readers of YAML and of Unicode, used by {@link
 * TextStyle#HOSTILE} and available for example-based tests of each one.
 *
 * <p>Every sample is well-formed Unicode (no lone surrogates), holds something other than white
 * space, and uses no control character other than tab, line feed and carriage return (plus the
 * Unicode line breaks U+0085, U+2028 and U+2029, which YAML 1.1 treats as line breaks).
 */
public final class HostileText {
  private static final List<String> SAMPLES =
      List.of(
          // Plain scalars that YAML 1.1 or 1.2 reads as booleans, null, numbers, dates or times.
          "yes", "no", "Yes", "NO", "y", "n", "on", "off", "true", "False", "null", "Null", "NULL", "~",
          "0x10", "0o17", "0b101", "017", "1e3", "1_000", ".inf", "-.inf", ".NaN", "123", "-1", "+1",
          "1.50", "2022-10-14", "12:30", "1:20:30",
          // YAML syntax.
          "- a", "a: b", "a:b", "#x", "a #x", "''", "\"\"", "'", "\"", "&anchor", "*alias", "!!str x", "!tag",
          "<<", "? x", "| x", "> x", "%YAML 1.2", "@x", "`x", "{a: b}", "[a, b]", "---", "...", ", a",
          "\\", "\\n", "a\\tb",
          // White space at the ends and line breaks inside.
          " leading", "trailing ", "  both  ", "tab\tinside", "\ttab first", "line one\nline two",
          "trailing newline\n", "\nleading newline", "windows\r\nline", "two\n\nparagraphs",
          "next\u0085line", "line\u2028separator", "paragraph\u2029separator",
          // Astral, combining, joined and invisible characters.
          "\uD83D\uDE93 police car", "\uD835\uDD0A\uD835\uDD2F\uD835\uDD1E\uD835\uDD21\uD835\uDD22",
          "\uD83D\uDC6E\u200D\u2640\uFE0F officer", "e\u0301", "a\u0300\u0301\u0302\u0303", "\u0928\u093F",
          "\uFEFFbom", "zero\u200Bwidth", "nbsp\u00A0inside", "\u01C4 title case", "\u0130stanbul",
          "stra\u00DFe", "\uFB01 ligature",
          // Right-to-left text and direction controls.
          "\u0634\u0631\u0637\u0629", "\u05DE\u05E9\u05D8\u05E8\u05D4",
          "mixed \u05E2\u05D1\u05E8\u05D9\u05EA and English", "\u202Ereversed\u202C", "\u200Fmark");

  private static final List<String> IDS =
      List.of(
          "yes", "no", "y", "n", "on", "off", "true", "false", "null", "nan", "inf", "0x10", "0o17",
          "0b101", "017", "1e3", "1e-3", "123", "0", "2022-10-14");

  private static final List<String> KEYS =
      SAMPLES.stream().filter(s -> s.length() <= 40 && s.codePoints().noneMatch(HostileText::isLineBreak)).toList();

  private HostileText() {}

  /** {@return every hostile sample text} */
  public static List<String> samples() {
    return SAMPLES;
  }

  /**
   * {@return slugs that YAML reads as something other than text when written plain: booleans,
   * null, numbers, a date}
   */
  public static List<String> ids() {
    return IDS;
  }

  /** {@return the samples that fit a mapping key: on one line, at most 40 characters} */
  public static List<String> keys() {
    return KEYS;
  }

  private static boolean isLineBreak(int c) {
    return c == '\n' || c == '\r' || c == 0x85 || c == 0x2028 || c == 0x2029;
  }
}
