package io.github.peelkit.outlier;

/** The scale an {@link OutlierAnalysis} measures on: the values, or their natural logs. */
public enum ValueScale {
  /** The values as given. */
  RAW("raw"),
  /** The natural logs of the values; the band is turned back into values by exp. */
  LOG("log");

  private final String id;

  ValueScale(String id) {
    this.id = id;
  }

  /** {@return the id: {@code raw} or {@code log}} */
  public String id() {
    return id;
  }
}
