package io.github.peelkit.yaml;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.Severity;
import io.github.peelkit.yaml.internal.Texts;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in the input: where it is (file, line, column and the path into the document),
 * how serious it is, its stable {@link Code}, a message, and where they help the rejected value, the
 * valid values and a "did you mean".
 *
 * <p>The {@linkplain #toText() text form} is one line, as compilers print them:
 *
 * <pre>{@code essex.yaml:41:12: error[PK008]: judgments[2].grade: unknown grade 'requires improvment' in scale peel-2021; did you mean 'requires-improvement'?}</pre>
 *
 * <p>Its texts are printable: control characters, line separators, format characters such as the
 * bidirectional controls, and lone surrogates in the path, message, value, valid values and
 * suggestion are replaced by YAML escapes when the problem is made ({@code \e} for the escape
 * character, {@code \n} for a line feed), and in the file name when the text form is written, so that
 * whatever a file holds, a problem prints as one line and cannot drive the terminal that shows it.
 *
 * <p>Immutable, thread-safe, a value type.
 *
 * @param file the file, as it was named to the reader, or the source name of a text
 * @param line the line, 1-based
 * @param column the column, 1-based, counted in Unicode code points
 * @param path the path into the document, such as {@code judgments[2].grade}; empty for the file or
 *     document as a whole
 * @param severity error or warning
 * @param code the stable code
 * @param message what is wrong, in one sentence
 * @param value the rejected value as text, when there is one
 * @param validValues the values that would be valid, when there are few enough to list
 * @param suggestion the valid value the input probably meant, when one is close enough
 */
public record Problem(
    String file,
    int line,
    int column,
    String path,
    Severity severity,
    Code code,
    String message,
    Optional<String> value,
    List<String> validValues,
    Optional<String> suggestion) {

  /** Orders problems by file, then line, then column. */
  public static final Comparator<Problem> ORDER =
      Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column);

  /** The most valid values the text form lists after a message that has no suggestion. */
  private static final int LISTED = 12;

  /**
   * Creates a problem.
   *
   * @param file the file
   * @param line the line, 1-based
   * @param column the column, 1-based
   * @param path the path into the document
   * @param severity the severity
   * @param code the code
   * @param message the message
   * @param value the rejected value
   * @param validValues the valid values
   * @param suggestion the probable meaning
   */
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(validValues, "validValues");
    Objects.requireNonNull(suggestion, "suggestion");
    path = Texts.printable(path);
    message = Texts.printable(message);
    value = value.map(Texts::printable);
    validValues = validValues.stream().map(Texts::printable).toList();
    suggestion = suggestion.map(Texts::printable);
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
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
    StringBuilder b = new StringBuilder(file.length() + message.length() + 64);
    b.append(Texts.printable(file)).append(':').append(line).append(':').append(column).append(": ");
    b.append(severity.id()).append('[').append(code.id()).append("]: ");
    if (!path.isEmpty()) {
      b.append(path).append(": ");
    }
    return b.append(fullMessage()).toString();
  }

  @Override
  public String toString() {
    return toText();
  }
}
