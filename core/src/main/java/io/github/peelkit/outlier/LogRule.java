package io.github.peelkit.outlier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * When an {@link OutlierAnalysis} uses the natural logs of the values rather than the values
 * themselves. Logs are tested only when the values fail the Shapiro–Wilk test (p below α) and every
 * value is positive; this rule then decides between the two.
 */
public enum LogRule {
  /** The logs are used when their p-value is at least α: when they pass the test. The default. */
  AT_LEAST_ALPHA("at-least-alpha"),
  /** The logs are used when their p-value exceeds the values' p-value: when they are more normal. */
  MORE_NORMAL("more-normal");

  private final String id;

  LogRule(String id) {
    this.id = id;
  }

  /** {@return the id, such as {@code at-least-alpha}} */
  public String id() {
    return id;
  }

  /**
   * Finds a rule by its id, ignoring case.
   *
   * @param id the id, such as {@code more-normal}
   * @return the rule, or empty when no rule has that id
   */
  public static Optional<LogRule> find(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(r -> r.id.equals(wanted)).findFirst();
  }

  /**
   * Returns the rule with an id, ignoring case.
   *
   * @param id the id, such as {@code more-normal}
   * @return the rule
   * @throws IllegalArgumentException when no rule has that id; the message lists the valid ids
   */
  public static LogRule parse(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(
        "unknown log rule '" + id + "': expected at-least-alpha or more-normal"));
  }
}
