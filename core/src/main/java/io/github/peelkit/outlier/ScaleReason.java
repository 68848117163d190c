package io.github.peelkit.outlier;

/**
 * Why an {@link OutlierAnalysis} measures on the scale it does, and whether the logs were tested.
 * Each reason has an id for machine-readable output and a sentence for people.
 */
public enum ScaleReason {
  /** The values pass the Shapiro–Wilk test (p ≥ α): raw scale, logs not tested. */
  RAW_NORMAL("raw-normal", ValueScale.RAW, false, "the values pass the Shapiro–Wilk test (p ≥ α), so logs were not tested"),
  /** The values fail the test, but a value is zero or negative: raw scale, logs not tested. */
  NOT_ALL_POSITIVE("not-all-positive", ValueScale.RAW, false, "a value is zero or negative, so logs could not be tested"),
  /**
   * The values fail the test and are all positive, but their logs are all equal in double precision
   * (values a few units in the last place apart, far from 1): raw scale, logs not tested.
   */
  LOGS_EQUAL("logs-equal", ValueScale.RAW, false, "the natural logs of the values are all equal, so they could not be tested"),
  /** The logs pass the test (p ≥ α), under {@link LogRule#AT_LEAST_ALPHA}: log scale. */
  LOGS_NORMAL("logs-normal", ValueScale.LOG, true, "the logs pass the Shapiro–Wilk test (p ≥ α)"),
  /** The logs fail the test too (p &lt; α), under {@link LogRule#AT_LEAST_ALPHA}: raw scale. */
  LOGS_NOT_NORMAL("logs-not-normal", ValueScale.RAW, true, "the logs fail the Shapiro–Wilk test too (p < α)"),
  /** The logs' p-value exceeds the values', under {@link LogRule#MORE_NORMAL}: log scale. */
  LOGS_MORE_NORMAL("logs-more-normal", ValueScale.LOG, true, "the logs are more normal (their p-value is higher)"),
  /** The logs' p-value does not exceed the values', under {@link LogRule#MORE_NORMAL}: raw scale. */
  LOGS_NOT_MORE_NORMAL("logs-not-more-normal", ValueScale.RAW, true, "the logs are not more normal (their p-value is not higher)");

  private final String id;
  private final ValueScale scale;
  private final boolean logsTested;
  private final String description;

  ScaleReason(String id, ValueScale scale, boolean logsTested, String description) {
    this.id = id;
    this.scale = scale;
    this.logsTested = logsTested;
    this.description = description;
  }

  /** {@return the id, such as {@code logs-normal}} */
  public String id() {
    return id;
  }

  /** {@return the scale this reason leads to} */
  public ValueScale scale() {
    return scale;
  }

  /** {@return whether the logs of the values were tested} */
  public boolean logsTested() {
    return logsTested;
  }

  /** {@return the reason in words, such as "a value is zero or negative, so logs could not be tested"} */
  public String description() {
    return description;
  }
}
