package io.github.peelkit.examples.cli;

import io.github.peelkit.check.Suggestions;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.outlier.LogRule;
import io.github.peelkit.outlier.StandardDeviation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters of option values that picocli cannot read by itself as peelkit names them, each
 * failing with a message that lists the valid values.
 */
final class Converters {
  private Converters() {}

  /** An interval method by its id: {@code wald}, {@code wilson}, {@code wilson-cc}, ... */
  static final class Method implements ITypeConverter<IntervalMethod> {
    @Override
    public IntervalMethod convert(String value) {
      return IntervalMethod.find(value).orElseThrow(() -> invalid("method", value, ids()));
    }

    static List<String> ids() {
      return Arrays.stream(IntervalMethod.values()).map(IntervalMethod::id).toList();
    }
  }

  /** The method ids, listed in the help. */
  static final class MethodIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return Method.ids().iterator();
    }
  }

  /** A conversion policy by its id: {@code strict}, {@code best}, {@code worst}, {@code range}. */
  static final class PolicyId implements ITypeConverter<Policy> {
    @Override
    public Policy convert(String value) {
      return Policy.find(value).orElseThrow(() -> invalid("policy", value, ids()));
    }

    static List<String> ids() {
      return Arrays.stream(Policy.values()).map(Policy::id).toList();
    }
  }

  /** The policy ids, listed in the help. */
  static final class PolicyIds implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return PolicyId.ids().iterator();
    }
  }

  /** When an outlier analysis uses logs, by id: {@code at-least-alpha}, {@code more-normal}. */
  static final class LogRuleId implements ITypeConverter<LogRule> {
    @Override
    public LogRule convert(String value) {
      return LogRule.find(value).orElseThrow(() -> invalid("log rule", value, Arrays.stream(LogRule.values()).map(LogRule::id).toList()));
    }
  }

  /** A standard deviation by id: {@code sample}, {@code population}. */
  static final class DeviationId implements ITypeConverter<StandardDeviation> {
    @Override
    public StandardDeviation convert(String value) {
      return StandardDeviation.find(value)
          .orElseThrow(() -> invalid("standard deviation", value, Arrays.stream(StandardDeviation.values()).map(StandardDeviation::id).toList()));
    }
  }

  /** A date written {@code YYYY-MM-DD}. */
  static final class Date implements ITypeConverter<LocalDate> {
    @Override
    public LocalDate convert(String value) {
      try {
        return LocalDate.parse(value);
      } catch (DateTimeParseException e) {
        throw new TypeConversionException("'" + value + "' is not a date: write it as YYYY-MM-DD, such as 2022-10-14");
      }
    }
  }

  /**
   * An output format, or another choice, by its lower-case name, ignoring case; the error lists the
   * names as the help does ({@code text, json}), not as Java spells the constants.
   */
  abstract static class Choice<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;
    private final String what;

    Choice(Class<E> type, String what) {
      this.type = type;
      this.what = what;
    }

    @Override
    public E convert(String value) {
      for (E choice : type.getEnumConstants()) {
        if (choice.toString().equalsIgnoreCase(value)) {
          return choice;
        }
      }
      throw invalid(what, value, Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    }
  }

  /**
   * A whole number written in ASCII digits, with an optional minus sign: Java's own parsing also takes
   * other scripts' digits ({@code １}, a full-width one), which no user means as a count. Registered
   * for every {@code int} and {@code long} option of {@code peel}.
   */
  static final class WholeNumber implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
      int start = value.startsWith("-") ? 1 : 0;
      boolean ascii = value.length() > start && value.length() <= 19 + start;
      for (int i = start; i < value.length() && ascii; i++) {
        ascii = value.charAt(i) >= '0' && value.charAt(i) <= '9';
      }
      if (!ascii) {
        throw new TypeConversionException("'" + value + "' is not a whole number written in the digits 0 to 9");
      }
      try {
        return Long.parseLong(value);
      } catch (NumberFormatException e) {
        throw new TypeConversionException("'" + value + "' is too large a number");
      }
    }
  }

  /** {@link WholeNumber} for {@code int} options. */
  static final class SmallWholeNumber implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      long n = new WholeNumber().convert(value);
      if (n < Integer.MIN_VALUE || n > Integer.MAX_VALUE) {
        throw new TypeConversionException("'" + value + "' is too large a number");
      }
      return (int) n;
    }
  }

  private static TypeConversionException invalid(String what, String value, List<String> valid) {
    String hint = Suggestions.closest(value, valid).map(s -> "; did you mean '" + s + "'?").orElse("");
    return new TypeConversionException(
        "unknown " + what + " '" + value + "': expected one of " + String.join(", ", valid) + hint);
  }
}
