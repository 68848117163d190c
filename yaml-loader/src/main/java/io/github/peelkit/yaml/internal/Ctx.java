package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Code;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.Suggestions;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * What binding one file needs at hand: the file's name and the sink for its problems, and the
 * conversions of single nodes into values, each of which reports what it refuses and returns null.
 *
 * <p>Returning null rather than throwing keeps exceptions out of the path every value takes; the
 * callers check for null and carry on, so that every problem of a document is found in one pass.
 */
final class Ctx {
  /** Inputs longer than this get no "did you mean": a typo is short, and edit distance is quadratic. */
  private static final int SUGGEST_UP_TO = 100;

  final String file;
  final Sink sink;

  Ctx(String file, Sink sink) {
    this.file = file;
    this.sink = sink;
  }

  void error(Node at, YPath path, Code code, String message, String value) {
    sink.add(file, at.line(), at.column(), path.toString(), code, message, value, List.of(), null);
  }

  void error(Node at, String path, Code code, String message, String value, List<String> valid, String suggestion) {
    sink.add(file, at.line(), at.column(), path, code, message, value, valid, suggestion);
  }

  /**
   * Reports an invariant core refused while building a value, at the node its attribute names.
   *
   * @param e the refusal
   * @param object the node of the value being built
   * @param path the path of that node
   */
  void invariant(InvariantException e, Node object, YPath path) {
    Node at = Locator.find(object, e.attribute());
    error(at, path.join(e.attribute()), e.code(), e.getMessage(), e.value(), List.of(), null);
  }

  /**
   * Opens an object: the node must be a mapping; its keys are checked against the allowed ones.
   *
   * @return the object, or null when the node is not a mapping (reported unless already refused)
   */
  Obj object(Node node, YPath path, Keys keys, String what) {
    if (node instanceof MapNode map) {
      Obj o = new Obj(this, map, path);
      o.checkKeys(keys, null);
      return o;
    }
    if (!(node instanceof RefusedNode)) {
      error(node, path, ModelCode.INVALID_VALUE, "expected " + what + " (a mapping of keys to values), got " + node.describe(), valueOf(node));
    }
    return null;
  }

  static String valueOf(Node node) {
    return node instanceof ScalarNode s ? Texts.abbreviate(s.text()) : null;
  }

  /** Grades as messages show them: their ids in brackets, {@code [good, adequate]}, as core writes them. */
  static String format(List<io.github.peelkit.scale.Grade> grades) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < grades.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(grades.get(i).id());
    }
    return b.append(']').toString();
  }

  static String suggest(String input, Collection<String> candidates) {
    if (input.length() > SUGGEST_UP_TO) {
      return null;
    }
    return Suggestions.closest(input, candidates).orElse(null);
  }

  // ---- single values ----

  String text(Node node, YPath path, String what, boolean nonBlank) {
    if (node instanceof ScalarNode s) {
      ScalarType type = s.type();
      if (type == ScalarType.TEXT) {
        if (nonBlank && s.text().isBlank()) {
          error(node, path, ModelCode.INVALID_VALUE, what + " is blank: give it some text", s.text());
          return null;
        }
        return s.text();
      }
      if (type == ScalarType.NULL) {
        error(node, path, ModelCode.INVALID_VALUE, "expected text, got null: give " + what + " a value or leave the key out", s.text());
      } else {
        error(
            node, path, ModelCode.INVALID_VALUE,
            "expected text, got " + s.describe() + ": write '" + Texts.abbreviate(s.text()) + "' in quotes if it is meant as text",
            s.text());
      }
      return null;
    }
    refuse(node, path, "text");
    return null;
  }

  String slug(Node node, YPath path, String what) {
    String text = text(node, path, what, false);
    if (text == null) {
      return null;
    }
    if (!Texts.isSlug(text)) {
      error(
          node, path, ModelCode.INVALID_VALUE,
          what + " '" + Texts.abbreviate(text) + "' is not a valid id: use lower-case letters and digits joined by single"
              + " hyphens, such as 'peel-2021'",
          Texts.abbreviate(text));
      return null;
    }
    return text;
  }

  Long integer(Node node, YPath path, String what) {
    if (node instanceof ScalarNode s) {
      ScalarType type = s.type();
      if (type == ScalarType.INT) {
        try {
          return parseInt(s.text()).longValueExact();
        } catch (ArithmeticException e) {
          error(node, path, ModelCode.INVALID_VALUE, what + " " + Texts.abbreviate(s.text()) + " is too large", s.text());
          return null;
        }
      }
      if (type == ScalarType.FLOAT) {
        BigDecimal d = decimalOf(s.text());
        if (d != null && d.signum() == 0 || d != null && d.stripTrailingZeros().scale() <= 0) {
          try {
            return d.longValueExact();
          } catch (ArithmeticException e) {
            error(node, path, ModelCode.INVALID_VALUE, what + " " + Texts.abbreviate(s.text()) + " is too large", s.text());
            return null;
          }
        }
      }
      error(node, path, ModelCode.INVALID_VALUE, "expected an integer, got " + describeNumber(s), s.text());
      return null;
    }
    refuse(node, path, "an integer");
    return null;
  }

  Integer smallInteger(Node node, YPath path, String what) {
    Long value = integer(node, path, what);
    if (value == null) {
      return null;
    }
    if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
      error(node, path, ModelCode.INVALID_VALUE, what + " " + value + " is too large", value.toString());
      return null;
    }
    return value.intValue();
  }

  BigDecimal decimal(Node node, YPath path, String what) {
    if (node instanceof ScalarNode s) {
      ScalarType type = s.type();
      if (type == ScalarType.INT) {
        return new BigDecimal(parseInt(s.text()));
      }
      if (type == ScalarType.FLOAT) {
        BigDecimal d = decimalOf(s.text());
        if (d == null) {
          error(node, path, ModelCode.INVALID_VALUE, what + " " + Texts.abbreviate(s.text()) + " is out of range", s.text());
        }
        return d;
      }
      if (type == ScalarType.NOT_FINITE) {
        error(node, path, ModelCode.INVALID_VALUE, what + " " + s.text() + " is not a finite number", s.text());
        return null;
      }
      error(node, path, ModelCode.INVALID_VALUE, "expected a number, got " + describeNumber(s), s.text());
      return null;
    }
    refuse(node, path, "a number");
    return null;
  }

  Double real(Node node, YPath path, String what) {
    BigDecimal d = decimal(node, path, what);
    if (d == null) {
      return null;
    }
    double value = ((ScalarNode) node).type() == ScalarType.FLOAT ? Double.parseDouble(((ScalarNode) node).text()) : d.doubleValue();
    if (Double.isInfinite(value)) {
      error(node, path, ModelCode.INVALID_VALUE, what + " " + Texts.abbreviate(((ScalarNode) node).text()) + " is not a finite number",
          ((ScalarNode) node).text());
      return null;
    }
    return value;
  }

  Boolean bool(Node node, YPath path) {
    if (node instanceof ScalarNode s) {
      if (s.type() == ScalarType.BOOL) {
        char c = s.text().charAt(0);
        return c == 't' || c == 'T';
      }
      error(node, path, ModelCode.INVALID_VALUE, "expected true or false, got " + s.describe(), s.text());
      return null;
    }
    refuse(node, path, "true or false");
    return null;
  }

  LocalDate date(Node node, YPath path, String what) {
    String text = text(node, path, what, false);
    if (text == null) {
      return null;
    }
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4) && digits(text, 5, 7)
        && digits(text, 8, 10)) {
      try {
        return LocalDate.of(
            Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
      } catch (DateTimeException e) {
        error(node, path, ModelCode.INVALID_VALUE, what + " '" + text + "' is not a date of the calendar: " + e.getMessage(), text);
        return null;
      }
    }
    error(
        node, path, ModelCode.INVALID_VALUE,
        what + " '" + Texts.abbreviate(text) + "' is not a date: write dates as YYYY-MM-DD, such as 2022-10-14",
        Texts.abbreviate(text));
    return null;
  }

  <E> E choice(Node node, YPath path, String what, Map<String, E> choices, List<String> ids) {
    String text = text(node, path, what, false);
    if (text == null) {
      return null;
    }
    E value = choices.get(text);
    if (value == null) {
      error(
          node, path.toString(), ModelCode.INVALID_VALUE, "unknown " + what + " '" + Texts.abbreviate(text) + "'", Texts.abbreviate(text),
          ids, suggest(text, ids));
    }
    return value;
  }

  private void refuse(Node node, YPath path, String expected) {
    if (!(node instanceof RefusedNode)) {
      error(node, path, ModelCode.INVALID_VALUE, "expected " + expected + ", got " + node.describe(), valueOf(node));
    }
  }

  private static String describeNumber(ScalarNode s) {
    return s.type() == ScalarType.TEXT && !s.plain()
        ? "text '" + Texts.abbreviate(s.text()) + "': write numbers without quotes"
        : s.describe();
  }

  private static boolean digits(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Parses a YAML 1.2 integer: decimal with optional sign, {@code 0o} octal or {@code 0x} hexadecimal. */
  static BigInteger parseInt(String text) {
    if (text.length() > 2 && text.charAt(0) == '0' && text.charAt(1) == 'x') {
      return new BigInteger(text.substring(2), 16);
    }
    if (text.length() > 2 && text.charAt(0) == '0' && text.charAt(1) == 'o') {
      return new BigInteger(text.substring(2), 8);
    }
    return new BigInteger(text.charAt(0) == '+' ? text.substring(1) : text);
  }

  /** Parses a YAML 1.2 float exactly as written, or null when its exponent is out of range. */
  static BigDecimal decimalOf(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      // Only an exponent beyond the int range gets here: ScalarType has checked the form.
      return null;
    }
  }
}
