package io.github.peelkit.check;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One breach of a {@link Rule} found by checking a value: the rule (and so its code), the path of
 * the attribute that holds the offending value, the value as text, and a message that says what is
 * wrong and how to fix it; where they help, the values that would be valid and the one probably
 * meant.
 *
 * <p>The {@linkplain #path() path} is written as the YAML format writes it ({@code
 * judgments[2].evidence[0].successes}), relative to the value checked, so that a reader of a file
 * can point at the place; {@link #under(String)} places it under a parent. A violation whose code is
 * a warning ({@link ModelCode#FIGURES_INCONSISTENT}, for one) does not make a value invalid: {@link
 * io.github.peelkit.assessment.Assessment#warnings()} returns such.
 *
 * <p>{@link #toString()} is the message, so that an assertion on a list of violations reads well.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Violation implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The most characters of a rejected text a message quotes. */
  private static final int SHOWN = 60;

  /** The rule broken. */
  private final Rule rule;

  /** The path of the offending value, relative to the value checked. */
  private final String path;

  /** The offending value, as text. */
  private final String value;

  /** What is wrong and how to fix it. */
  private final String message;

  /** The values that would be valid; empty when there are none to list. */
  private final List<String> validValues;

  /** The value probably meant, or null: kept nullable so that the class stays serialisable. */
  private final String suggestion;

  private Violation(Rule rule, String path, String value, String message, List<String> validValues, String suggestion) {
    this.rule = Objects.requireNonNull(rule, "rule");
    this.path = Objects.requireNonNull(path, "path");
    this.value = Objects.requireNonNull(value, "value");
    this.message = Objects.requireNonNull(message, "message");
    this.validValues = List.copyOf(validValues);
    this.suggestion = suggestion;
  }

  /**
   * Creates a violation.
   *
   * @param rule the rule broken
   * @param path the attribute, or path of attributes, that holds the offending value
   * @param value the offending value, as text
   * @param message the message
   * @return the violation
   */
  public static Violation of(Rule rule, String path, String value, String message) {
    return new Violation(rule, path, value, message, List.of(), null);
  }

  /**
   * Creates a violation that says what would be valid.
   *
   * @param rule the rule broken
   * @param path the attribute, or path of attributes, that holds the offending value
   * @param value the offending value, as text
   * @param message the message, without the "did you mean"
   * @param validValues the values that would be valid
   * @param suggestion the valid value probably meant, when one is close enough
   * @return the violation
   */
  public static Violation of(
      Rule rule, String path, String value, String message, List<String> validValues, Optional<String> suggestion) {
    return new Violation(rule, path, value, message, validValues, suggestion.orElse(null));
  }

  /**
   * The violation of a look-up that names nothing, worded as every look-up of peelkit words it:
   * {@code unknown judgment 'Fairnes' in assessment essex-peel-2021-22; did you mean
   * 'fairness-and-respect'?} once thrown.
   *
   * @param rule the rule broken, of code {@link ModelCode#UNRESOLVED_REFERENCE}
   * @param what what was looked up, such as {@code judgment}
   * @param name the name looked up
   * @param where what it was looked up in, such as {@code assessment essex-peel-2021-22}
   * @param validIds the ids that would be found
   * @param names every name that would be found (ids, names, aliases), among which the likely typo is sought
   * @param idOf the id of the item a name finds
   * @return the violation, with the id of the item probably meant when a name is close enough
   */
  public static Violation unknown(
      Rule rule,
      String what,
      String name,
      String where,
      List<String> validIds,
      Collection<String> names,
      Function<String, Optional<String>> idOf) {
    Optional<String> meant = Suggestions.closest(name, names).flatMap(idOf);
    String shown = abbreviate(name);
    return of(rule, what, shown, "unknown " + what + " '" + shown + "' in " + where, validIds, meant);
  }

  /**
   * How messages quote a text that a user wrote: the text itself, or for a long one its first 60
   * characters followed by an ellipsis, so that a huge rejected value never floods a message.
   *
   * @param text the text
   * @return the text as quoted
   */
  public static String abbreviate(String text) {
    if (text.length() <= SHOWN) {
      return text;
    }
    int end = SHOWN;
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(0, end) + "…";
  }

  /** {@return the rule broken} */
  public Rule rule() {
    return rule;
  }

  /** {@return the code the violation is reported under: its rule's} */
  public ModelCode code() {
    return rule.code();
  }

  /** {@return the severity of the code} */
  public Severity severity() {
    return rule.code().severity();
  }

  /** {@return the invariant broken, in a few words: its rule's} */
  public String invariant() {
    return rule.invariant();
  }

  /** {@return the path of the offending value, relative to the value checked, such as {@code grades[1].id}} */
  public String path() {
    return path;
  }

  /** {@return the offending value, as text} */
  public String value() {
    return value;
  }

  /** {@return the message, one sentence saying what is wrong and how to fix it} */
  public String message() {
    return message;
  }

  /** {@return the values that would be valid, when there are some to list} */
  public List<String> validValues() {
    return validValues;
  }

  /** {@return the valid value probably meant, when one is close enough} */
  public Optional<String> suggestion() {
    return Optional.ofNullable(suggestion);
  }

  /**
   * Returns this violation placed under a parent path, so that a violation found deep inside a value
   * can be reported at its full path.
   *
   * @param parent the path of the value that holds this one, such as {@code judgments[2]}
   * @return the violation with path {@code parent.path}, or {@code parent[i]...} for a path that
   *     starts with an index
   */
  public Violation under(String parent) {
    String joined = path.isEmpty() ? parent : parent.isEmpty() ? path : path.startsWith("[") ? parent + path : parent + "." + path;
    return new Violation(rule, joined, value, message, validValues, suggestion);
  }

  /** {@return the exception a value breaking only this rule is refused with} */
  public InvariantException toException() {
    return new InvariantException(List.of(this));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Violation that
        && rule == that.rule
        && path.equals(that.path)
        && value.equals(that.value)
        && message.equals(that.message)
        && validValues.equals(that.validValues)
        && Objects.equals(suggestion, that.suggestion);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, path, value, message, validValues, suggestion);
  }

  @Override
  public String toString() {
    return message;
  }
}
