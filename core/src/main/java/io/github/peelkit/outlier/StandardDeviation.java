package io.github.peelkit.outlier;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which standard deviation an {@link OutlierAnalysis} measures distances from the mean in. */
public enum StandardDeviation {
  /** The sample standard deviation: the sum of squared deviations divided by n − 1. The default. */
  SAMPLE("sample"),
  /** The population standard deviation: the sum of squared deviations divided by n. */
  POPULATION("population");

  private final String id;

  StandardDeviation(String id) {
    this.id = id;
  }

  /** {@return the id, such as {@code sample}} */
  public String id() {
    return id;
  }

  /**
   * {@return what the sum of squared deviations of n values is divided by: n − 1 or n}
   *
   * @param n the number of values, at least 2
   */
  double divisor(int n) {
    return this == SAMPLE ? n - 1 : n;
  }

  /**
   * Finds a standard deviation by its id, ignoring case.
   *
   * @param id the id, such as {@code population}
   * @return the standard deviation, or empty when none has that id
   */
  public static Optional<StandardDeviation> find(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(s -> s.id.equals(wanted)).findFirst();
  }

  /**
   * Returns the standard deviation with an id, ignoring case.
   *
   * @param id the id, such as {@code population}
   * @return the standard deviation
   * @throws IllegalArgumentException when none has that id; the message lists the valid ids
   */
  public static StandardDeviation parse(String id) {
    return find(id).orElseThrow(() -> new IllegalArgumentException(
        "unknown standard deviation '" + id + "': expected sample or population"));
  }
}
