package io.github.peelkit.yaml.internal;

import java.util.regex.Pattern;

/**
 * YAML 1.1's implicit typing of plain scalars (the type repository of yaml.org/type: bool, int,
 * float, null, timestamp, merge, and the language-independent {@code !}, {@code &}, {@code *}).
 * peelkit reads YAML 1.2, but many tools still read YAML 1.1, where {@code yes}, {@code 1_000},
 * {@code y}, {@code 0b101}, {@code 1:30} and {@code 2022-10-14} are not text: the writer quotes such a text so
 * that a YAML 1.1 reader too reads it as text.
 */
final class Yaml11Typing {
  // The type repository's booleans include y and n, which some YAML 1.1 readers (not all) take as such.
  private static final String BOOL = "[yYnN]|yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF";
  private static final String INT =
      "[-+]?0b_*[01][01_]*|[-+]?0_*[0-7][0-7_]*|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x_*[0-9a-fA-F][0-9a-fA-F_]*"
          + "|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+";
  private static final String FLOAT =
      "[-+]?[0-9][0-9_]*\\.[0-9_]*(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+"
          + "|[-+]?\\.[0-9_]+(?:[eE][-+]?[0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*"
          + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)";
  private static final String NULL = "~|null|Null|NULL| ";
  private static final String TIMESTAMP =
      "[0-9]{4}-[0-9]{2}-[0-9]{2}"
          + "|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \\t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\\.[0-9]*)?"
          + "(?:[ \\t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?";
  private static final String OTHER = "<<|!|&|\\*";

  private static final Pattern TYPED =
      Pattern.compile(String.join("|", BOOL, INT, FLOAT, NULL, TIMESTAMP, OTHER));

  private Yaml11Typing() {}

  /**
   * Whether a YAML 1.1 reader reads a plain scalar as text.
   *
   * @param plain the scalar's text, as it would be written without quotes
   * @return whether it is text to YAML 1.1
   */
  static boolean isText(String plain) {
    return !plain.isEmpty() && !TYPED.matcher(plain).matches();
  }
}
