package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.NumberRules;
import io.github.peelkit.check.TextRules;
import io.github.peelkit.check.Violation;
import io.github.peelkit.yaml.Problem;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Reads single nodes into values of the format's types: text, ids, integers, numbers, booleans,
 * dates and the ids of enumerations. Each reading reports what it refuses, at the node, and gives
 * an empty value for it; nothing is re-typed (YAML 1.2 core rules decide what a scalar is).
 *
 * <p>Ids and texts that must say something are checked by the model's own {@link TextRules}, with
 * its messages, as each is read: so a refused id is reported even when the object that holds it has
 * other problems and is never built.
 */
final class ScalarReader {
  private final FileReport report;

  ScalarReader(FileReport report) {
    this.report = report;
  }

  /** {@return the report problems go to} */
  FileReport report() {
    return report;
  }

  /** {@return a scalar's text as a message quotes it, or empty for a node that is not a scalar} */
  static Optional<String> shown(Node node) {
    return node instanceof ScalarNode s ? Optional.of(Texts.abbreviate(s.text())) : Optional.empty();
  }

  /**
   * Reads text: a scalar that YAML 1.2 core rules read as text.
   *
   * @param node the node
   * @param path its path
   * @param what what the text is, for the message: the key
   * @return the text, or empty when refused (reported)
   */
  Optional<String> text(Node node, DocumentPath path, String what) {
    if (node instanceof ScalarNode s) {
      ScalarType type = s.type();
      if (type == ScalarType.TEXT) {
        return Optional.of(s.text());
      }
      if (type == ScalarType.NULL) {
        report.report(
            ModelCode.INVALID_VALUE, node, path, "expected text, got null: give " + what + " a value or leave the key out", s.text());
      } else {
        report.report(
            ModelCode.INVALID_VALUE,
            node,
            path,
            "expected text, got " + s.describe() + ": write '" + Texts.abbreviate(s.text()) + "' in quotes if it is meant as text",
            s.text());
      }
      return Optional.empty();
    }
    refuse(node, path, "text");
    return Optional.empty();
  }

  /**
   * Reads text that must say something: not only white space.
   *
   * @param node the node
   * @param path its path
   * @param what what the text is, for the message: the key
   * @return the text, or empty when refused (reported)
   */
  Optional<String> name(Node node, DocumentPath path, String what) {
    return text(node, path, what).flatMap(text -> checked(TextRules.checkNotBlank(what, text), node, path, text));
  }

  /**
   * Reads an id: a slug, {@code [a-z0-9]+(-[a-z0-9]+)*}.
   *
   * @param node the node
   * @param path its path
   * @param what what the id is, for the message: the key
   * @return the id, or empty when refused (reported)
   */
  Optional<String> id(Node node, DocumentPath path, String what) {
    return text(node, path, what).flatMap(text -> checked(TextRules.checkId(what, text), node, path, text));
  }

  private Optional<String> checked(Optional<Violation> violation, Node node, DocumentPath path, String text) {
    if (violation.isPresent()) {
      report.violation(violation.get(), node, path.toString());
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /**
   * Reads an integer; a number with a zero fraction ({@code 196.0}) is that integer, as JSON Schema
   * reads it.
   *
   * @param node the node
   * @param path its path
   * @param what what the integer is, for the message: the key
   * @return the integer, or empty when refused (reported)
   */
  Optional<Long> integer(Node node, DocumentPath path, String what) {
    if (node instanceof ScalarNode s) {
      ScalarType type = s.type();
      if (type == ScalarType.INT) {
        try {
          return Optional.of(ScalarType.parseInt(s.text()).longValueExact());
        } catch (ArithmeticException e) {
          report.report(ModelCode.INVALID_VALUE, node, path, what + " " + Texts.abbreviate(s.text()) + " is too large", s.text());
          return Optional.empty();
        }
      }
      if (type == ScalarType.FLOAT) {
        Optional<BigDecimal> d = ScalarType.parseFloat(s.text());
        if (d.isPresent() && (d.get().signum() == 0 || d.get().stripTrailingZeros().scale() <= 0)) {
          try {
            return Optional.of(d.get().longValueExact());
          } catch (ArithmeticException e) {
            report.report(ModelCode.INVALID_VALUE, node, path, what + " " + Texts.abbreviate(s.text()) + " is too large", s.text());
            return Optional.empty();
          }
        }
      }
      report.report(ModelCode.INVALID_VALUE, node, path, "expected an integer, got " + describeNumber(s), s.text());
      return Optional.empty();
    }
    refuse(node, path, "an integer");
    return Optional.empty();
  }

  /**
   * Reads an integer that fits an {@code int}.
   *
   * @param node the node
   * @param path its path
   * @param what what the integer is, for the message: the key
   * @return the integer, or empty when refused (reported)
   */
  Optional<Integer> smallInteger(Node node, DocumentPath path, String what) {
    Optional<Long> value = integer(node, path, what);
    if (value.isPresent() && (value.get() > Integer.MAX_VALUE || value.get() < Integer.MIN_VALUE)) {
      report.report(ModelCode.INVALID_VALUE, node, path, what + " " + value.get() + " is too large", value.get().toString());
      return Optional.empty();
    }
    return value.map(Long::intValue);
  }

  /**
   * Reads a number, exactly as written.
   *
   * @param node the node
   * @param path its path
   * @param what what the number is, for the message: the key
   * @return the number, or empty when refused (reported)
   */
  Optional<BigDecimal> decimal(Node node, DocumentPath path, String what) {
    if (node instanceof ScalarNode s) {
      ScalarType type = s.type();
      if (type == ScalarType.INT) {
        return usable(new BigDecimal(ScalarType.parseInt(s.text())), s, path, what);
      }
      if (type == ScalarType.FLOAT) {
        Optional<BigDecimal> d = ScalarType.parseFloat(s.text());
        if (d.isEmpty()) {
          report.report(ModelCode.INVALID_VALUE, node, path, what + " " + Texts.abbreviate(s.text()) + " is out of range", s.text());
          return d;
        }
        return usable(d.get(), s, path, what);
      }
      if (type == ScalarType.NOT_FINITE) {
        report.report(ModelCode.INVALID_VALUE, node, path, what + " " + s.text() + " is not a finite number", s.text());
        return Optional.empty();
      }
      report.report(ModelCode.INVALID_VALUE, node, path, "expected a number, got " + describeNumber(s), s.text());
      return Optional.empty();
    }
    refuse(node, path, "a number");
    return Optional.empty();
  }

  /** Refuses a number the model cannot take, judged by its exponent alone and quoted as written, abbreviated. */
  private Optional<BigDecimal> usable(BigDecimal value, ScalarNode s, DocumentPath path, String what) {
    if (NumberRules.isUsable(value)) {
      return Optional.of(value);
    }
    String shown = Texts.abbreviate(s.text());
    report.violation(NumberRules.USABLE.violation(what, shown, NumberRules.unusable(what + " " + shown, value)), s, path.toString());
    return Optional.empty();
  }

  /**
   * Reads a number as a {@code double}, refusing one too large for it.
   *
   * @param node the node
   * @param path its path
   * @param what what the number is, for the message: the key
   * @return the number, or empty when refused (reported)
   */
  Optional<Double> real(Node node, DocumentPath path, String what) {
    Optional<BigDecimal> d = decimal(node, path, what);
    if (d.isEmpty()) {
      return Optional.empty();
    }
    ScalarNode s = (ScalarNode) node;
    double value = s.type() == ScalarType.FLOAT ? Double.parseDouble(s.text()) : d.get().doubleValue();
    if (Double.isInfinite(value)) {
      report.report(ModelCode.INVALID_VALUE, node, path, what + " " + Texts.abbreviate(s.text()) + " is not a finite number", s.text());
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @param node the node
   * @param path its path
   * @return the boolean, or empty when refused (reported)
   */
  Optional<Boolean> bool(Node node, DocumentPath path) {
    if (node instanceof ScalarNode s) {
      if (s.type() == ScalarType.BOOL) {
        char c = s.text().charAt(0);
        return Optional.of(c == 't' || c == 'T');
      }
      report.report(ModelCode.INVALID_VALUE, node, path, "expected true or false, got " + s.describe(), s.text());
      return Optional.empty();
    }
    refuse(node, path, "true or false");
    return Optional.empty();
  }

  /**
   * Reads a date written YYYY-MM-DD.
   *
   * @param node the node
   * @param path its path
   * @param what what the date is, for the message: the key
   * @return the date, or empty when refused (reported)
   */
  Optional<LocalDate> date(Node node, DocumentPath path, String what) {
    Optional<String> read = text(node, path, what);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    String text = read.get();
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-' && digits(text, 0, 4) && digits(text, 5, 7)
        && digits(text, 8, 10)) {
      try {
        return Optional.of(
            LocalDate.of(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10)));
      } catch (DateTimeException e) {
        report.report(
            ModelCode.INVALID_VALUE, node, path, what + " '" + text + "' is not a date of the calendar: " + e.getMessage(), text);
        return Optional.empty();
      }
    }
    report.report(
        ModelCode.INVALID_VALUE,
        node,
        path,
        what + " '" + Texts.abbreviate(text) + "' is not a date: write dates as YYYY-MM-DD, such as 2022-10-14",
        Texts.abbreviate(text));
    return Optional.empty();
  }

  /**
   * Reads the id of one of an enumeration's values, exactly as the format writes it.
   *
   * @param node the node
   * @param path its path
   * @param what what the value is, for the message ("finding kind")
   * @param choices the valid values
   * @param <E> the enumeration
   * @return the value, or empty when refused (reported with the valid ids and the one probably meant)
   */
  <E> Optional<E> choice(Node node, DocumentPath path, String what, Choices<E> choices) {
    Optional<String> text = text(node, path, what);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<E> value = Optional.ofNullable(choices.byId().get(text.get()));
    if (value.isEmpty()) {
      String shown = Texts.abbreviate(text.get());
      Problem.Builder problem =
          report.problem(ModelCode.INVALID_VALUE, node, path, "unknown " + what + " '" + shown + "'").value(shown).validValues(choices.ids());
      report.suggestion(text.get(), choices.ids()).ifPresent(problem::suggestion);
      report.add(problem);
    }
    return value;
  }

  /** Reports a node that is not the scalar expected, unless it was refused while reading already. */
  void refuse(Node node, DocumentPath path, String expected) {
    if (!(node instanceof RefusedNode)) {
      Problem.Builder problem =
          report.problem(ModelCode.INVALID_VALUE, node, path, "expected " + expected + ", got " + node.describe());
      shown(node).ifPresent(problem::value);
      report.add(problem);
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
}
