package io.github.peelkit.outlier;

/**
 * Where a subject's value stands against its peers: beyond k standard deviations above or below
 * the mean, or within them. A z-score of exactly k (or −k) is within.
 */
public enum Flag {
  /** z &gt; k: the inspectorate's "well above" average. */
  WELL_ABOVE("well-above"),
  /** z &lt; −k: the inspectorate's "well below" average. */
  WELL_BELOW("well-below"),
  /** −k ≤ z ≤ k: inside the band, neither well above nor well below. */
  WITHIN("within");

  private final String id;

  Flag(String id) {
    this.id = id;
  }

  /** {@return the id: {@code well-above}, {@code well-below} or {@code within}} */
  public String id() {
    return id;
  }

  /**
   * The flag of a z-score.
   *
   * @param z the z-score
   * @param threshold k, positive
   * @return well above when z &gt; k, well below when z &lt; −k, otherwise within
   */
  static Flag of(double z, double threshold) {
    if (z > threshold) {
      return WELL_ABOVE;
    }
    return z < -threshold ? WELL_BELOW : WITHIN;
  }
}
