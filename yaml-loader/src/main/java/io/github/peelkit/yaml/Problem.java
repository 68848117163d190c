package io.github.peelkit.yaml;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Severity;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the input: where it is ({@linkplain #location() location} and the path into
 * the document), how serious it is, its stable {@link Code}, a message, and where they help the
 * rejected value, the valid values and a "did you mean"; for a violation of the model's rules, the
 * {@linkplain #rule() rule}. Made by {@link #of} or {@link #builder},
 * so that fields can be added without breaking the code that makes problems.
 *
 * <p>The {@linkplain #toText() text form} is one line, as compilers print them:
 *
 * <pre>{@code essex.yaml:41:12: error[PK008]: judgments[2].grade: unknown grade 'requires improvment' in scale peel-2021; did you mean 'requires-improvement'?}</pre>
 *
 * <p>Its texts are printable, as {@link TerminalText} makes them: control characters, line
 * separators, format characters such as the bidirectional controls, and lone surrogates in the
 * path, message, value, valid values and suggestion are replaced by YAML escapes when the problem is
 * made ({@code \e} for the escape character, {@code \n} for a line feed), and in the file name when
 * the text form is written, so that whatever a file holds, a problem prints as one line and cannot
 * drive the terminal that shows it.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Problem {
  /** Orders problems by file, then line, then column. */
  public static final Comparator<Problem> ORDER = Comparator.comparing(Problem::location);

  /** The most valid values the text form lists after a message that has no suggestion. */
  private static final int LISTED = 12;

  private final Location location;
  private final String path;
  private final Severity severity;
  private final Code code;
  private final String message;
  private final Optional<String> value;
  private final List<String> validValues;
  private final Optional<String> suggestion;
  private final Optional<Rule> rule;

  private Problem(Builder b) {
    this.location = b.location;
    this.path = TerminalText.printable(b.path);
    this.severity = b.severity;
    this.code = b.code;
    this.message = TerminalText.printable(b.message);
    this.value = b.value.map(TerminalText::printable);
    this.validValues = b.validValues.stream().map(TerminalText::printable).toList();
    this.suggestion = b.suggestion.map(TerminalText::printable);
    this.rule = b.rule;
  }

  /**
   * Creates a problem with the severity of its code, and no rejected value, valid values or
   * suggestion.
   *
   * @param code the code
   * @param location where the problem is
   * @param path the path into the document, such as {@code judgments[2].grade}; empty for the file
   *     or document as a whole
   * @param message what is wrong, in one sentence
   * @return the problem
   */
  public static Problem of(Code code, Location location, String path, String message) {
    return builder(code, location, message).path(path).build();
  }

  /**
   * Starts a problem: the path is empty and the severity that of the code until set.
   *
   * @param code the code
   * @param location where the problem is
   * @param message what is wrong, in one sentence
   * @return a builder
   */
  public static Builder builder(Code code, Location location, String message) {
    return new Builder(code, location, message);
  }

  /** {@return where the problem is} */
  public Location location() {
    return location;
  }

  /** {@return the file, as it was named to the reader, or the source name of a text} */
  public String file() {
    return location.file();
  }

  /** {@return the line, 1-based} */
  public int line() {
    return location.line();
  }

  /** {@return the column, 1-based, counted in Unicode code points} */
  public int column() {
    return location.column();
  }

  /** {@return the path into the document, such as {@code judgments[2].grade}; empty for the file or document as a whole} */
  public String path() {
    return path;
  }

  /** {@return error or warning} */
  public Severity severity() {
    return severity;
  }

  /** {@return the stable code} */
  public Code code() {
    return code;
  }

  /** {@return what is wrong, in one sentence} */
  public String message() {
    return message;
  }

  /** {@return the rejected value as text, when there is one} */
  public Optional<String> value() {
    return value;
  }

  /** {@return the values that would be valid, when there are few enough to list} */
  public List<String> validValues() {
    return validValues;
  }

  /** {@return the valid value the input probably meant, when one is close enough} */
  public Optional<String> suggestion() {
    return suggestion;
  }

  /**
   * The rule of the model the problem breaks, such as {@code Sample.SUCCESSES_AT_MOST_SIZE}: the
   * problem is then a violation of that rule found in what the file says. Problems of the file
   * itself (its syntax, keys, types, references and limits) break no rule of the model.
   *
   * @return the rule, or empty for a problem of the file itself
   */
  public Optional<Rule> rule() {
    return rule;
  }

  /** {@return whether this problem is an error, which makes the input unusable} */
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The message with its help: the "did you mean" when there is a suggestion, otherwise the valid
   * values when there are at most twelve of them.
   *
   * @return the message as the text form prints it
   */
  public String fullMessage() {
    if (suggestion.isPresent()) {
      return message + "; did you mean '" + suggestion.get() + "'?";
    }
    if (!validValues.isEmpty() && validValues.size() <= LISTED) {
      return message + "; valid values: " + String.join(", ", validValues);
    }
    return message;
  }

  /**
   * The problem as one line: {@code file:line:column: severity[code]: path: message}, the path left
   * out when empty.
   *
   * @return the text form
   */
  public String toText() {
    String file = location.file();
    StringBuilder b = new StringBuilder(file.length() + message.length() + 64);
    b.append(TerminalText.printable(file)).append(':').append(location.line()).append(':').append(location.column()).append(": ");
    b.append(severity.id()).append('[').append(code.id()).append("]: ");
    if (!path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append(fullMessage()).toString();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Problem that
        && location.equals(that.location)
        && path.equals(that.path)
        && severity == that.severity
        && code.equals(that.code)
        && message.equals(that.message)
        && value.equals(that.value)
        && validValues.equals(that.validValues)
        && suggestion.equals(that.suggestion)
        && rule.equals(that.rule);
  }

  @Override
  public int hashCode() {
    return Objects.hash(location, path, severity, code, message, value, validValues, suggestion, rule);
  }

  @Override
  public String toString() {
    return toText();
  }

  /** Builds a problem; every part not set is absent, the severity that of the code. */
  public static final class Builder {
    private final Code code;
    private final Location location;
    private final String message;
    private String path = "";
    private Severity severity;
    private Optional<String> value = Optional.empty();
    private List<String> validValues = List.of();
    private Optional<String> suggestion = Optional.empty();
    private Optional<Rule> rule = Optional.empty();

    private Builder(Code code, Location location, String message) {
      this.code = Objects.requireNonNull(code, "code");
      this.location = Objects.requireNonNull(location, "location");
      this.message = Objects.requireNonNull(message, "message");
      this.severity = code.severity();
    }

    /**
     * Sets the path into the document.
     *
     * @param path such as {@code judgments[2].grade}; empty for the file or document as a whole
     * @return this builder
     */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Sets the severity, when it is not the code's.
     *
     * @param severity the severity
     * @return this builder
     */
    public Builder severity(Severity severity) {
      this.severity = Objects.requireNonNull(severity, "severity");
      return this;
    }

    /**
     * Sets the rejected value.
     *
     * @param value the value as text
     * @return this builder
     */
    public Builder value(String value) {
      this.value = Optional.of(value);
      return this;
    }

    /**
     * Sets the values that would be valid.
     *
     * @param validValues the values
     * @return this builder
     */
    public Builder validValues(List<String> validValues) {
      this.validValues = List.copyOf(validValues);
      return this;
    }

    /**
     * Sets the valid value the input probably meant.
     *
     * @param suggestion the value
     * @return this builder
     */
    public Builder suggestion(String suggestion) {
      this.suggestion = Optional.of(suggestion);
      return this;
    }

    /**
     * Sets the rule of the model the problem breaks.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(Rule rule) {
      this.rule = Optional.of(rule);
      return this;
    }

    /** {@return the problem} */
    public Problem build() {
      return new Problem(this);
    }
  }
}
