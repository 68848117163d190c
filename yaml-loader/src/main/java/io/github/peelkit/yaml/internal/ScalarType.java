package io.github.peelkit.yaml.internal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Optional;

/**
 * What a scalar means under the YAML 1.2 core schema: the one typing rule of the format, used for
 * model fields, for extensions and for the JSON view the schema test validates.
 *
 * <p>Only plain (unquoted) scalars are typed; quoted and block scalars are always {@link #TEXT}. The
 * classification is done with character checks, not regular expressions, because it runs once per
 * scalar on the hot path.
 */
public enum ScalarType {
  /** {@code null}, {@code Null}, {@code NULL}, {@code ~} or nothing at all. */
  NULL,
  /** {@code true}, {@code True}, {@code TRUE}, {@code false}, {@code False}, {@code FALSE}. */
  BOOL,
  /** {@code [-+]?[0-9]+}, {@code 0o[0-7]+} or {@code 0x[0-9a-fA-F]+}. */
  INT,
  /** A decimal or exponent number such as {@code 0.857}, {@code .5} or {@code 1e3}. */
  FLOAT,
  /** {@code .inf}, {@code -.inf} or {@code .nan} in one of their three spellings: refused as values. */
  NOT_FINITE,
  /** Anything else: text. */
  TEXT;

  /**
   * Classifies a scalar.
   *
   * @param text the scalar's text
   * @param plain whether it was written without quotes or block indicator
   * @return its type
   */
  public static ScalarType of(String text, boolean plain) {
    if (!plain) {
      return TEXT;
    }
    int n = text.length();
    if (n == 0) {
      return NULL;
    }
    char c = text.charAt(0);
    switch (c) {
      case '~':
        return n == 1 ? NULL : TEXT;
      case 'n':
      case 'N':
        return isOneOf(text, "null", "Null", "NULL") ? NULL : TEXT;
      case 't':
      case 'T':
        return isOneOf(text, "true", "True", "TRUE") ? BOOL : TEXT;
      case 'f':
      case 'F':
        return isOneOf(text, "false", "False", "FALSE") ? BOOL : TEXT;
      case '.':
      case '+':
      case '-':
      case '0':
      case '1':
      case '2':
      case '3':
      case '4':
      case '5':
      case '6':
      case '7':
      case '8':
      case '9':
        return number(text);
      default:
        return TEXT;
    }
  }

  /**
   * Parses a scalar of type {@link #INT}: decimal with optional sign, {@code 0o} octal or {@code 0x}
   * hexadecimal.
   *
   * @param text the scalar's text
   * @return its value
   */
  public static BigInteger parseInt(String text) {
    if (text.length() > 2 && text.charAt(0) == '0' && text.charAt(1) == 'x') {
      return new BigInteger(text.substring(2), 16);
    }
    if (text.length() > 2 && text.charAt(0) == '0' && text.charAt(1) == 'o') {
      return new BigInteger(text.substring(2), 8);
    }
    return new BigInteger(text.charAt(0) == '+' ? text.substring(1) : text);
  }

  /**
   * Parses a scalar of type {@link #FLOAT} exactly as written.
   *
   * @param text the scalar's text
   * @return its value; empty when its exponent is beyond the range of {@link BigDecimal}
   */
  public static Optional<BigDecimal> parseFloat(String text) {
    try {
      return Optional.of(new BigDecimal(text));
    } catch (NumberFormatException e) {
      // Only an exponent beyond the int range gets here: the form was checked when the type was found.
      return Optional.empty();
    }
  }

  private static boolean isOneOf(String text, String a, String b, String c) {
    return text.equals(a) || text.equals(b) || text.equals(c);
  }

  private static ScalarType number(String text) {
    int n = text.length();
    if (n > 2 && text.charAt(0) == '0' && (text.charAt(1) == 'o' || text.charAt(1) == 'x')) {
      boolean hex = text.charAt(1) == 'x';
      for (int i = 2; i < n; i++) {
        char c = text.charAt(i);
        boolean ok = hex ? isHex(c) : c >= '0' && c <= '7';
        if (!ok) {
          return TEXT;
        }
      }
      return INT;
    }
    int i = 0;
    if (text.charAt(0) == '+' || text.charAt(0) == '-') {
      i++;
    }
    if (i < n && text.charAt(i) == '.') {
      String rest = text.substring(i + 1);
      if (rest.equals("inf") || rest.equals("Inf") || rest.equals("INF")) {
        return NOT_FINITE;
      }
      if (i == 0 && (rest.equals("nan") || rest.equals("NaN") || rest.equals("NAN"))) {
        return NOT_FINITE;
      }
    }
    int digits = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      digits++;
    }
    if (i == n) {
      return digits > 0 ? INT : TEXT;
    }
    int fraction = 0;
    if (text.charAt(i) == '.') {
      i++;
      while (i < n && isDigit(text.charAt(i))) {
        i++;
        fraction++;
      }
      // "1." is a float, "." alone is not, and ".5" needs its digits.
      if (digits == 0 && fraction == 0) {
        return TEXT;
      }
    } else if (digits == 0) {
      return TEXT;
    }
    if (i == n) {
      return FLOAT;
    }
    char e = text.charAt(i);
    if (e != 'e' && e != 'E') {
      return TEXT;
    }
    i++;
    if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
      i++;
    }
    int exponent = 0;
    while (i < n && isDigit(text.charAt(i))) {
      i++;
      exponent++;
    }
    return i == n && exponent > 0 ? FLOAT : TEXT;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }
}
