package io.github.peelkit.outlier;

import java.util.Objects;

/**
 * The band of an {@link OutlierAnalysis} in the units of the values: the mean ± k standard
 * deviations, and for an analysis on the log scale those of the logs turned back into values by
 * exp (so the band is not symmetric about its centre, and its centre is the geometric mean). A value
 * outside the band is flagged well above or well below; the "dotted lines" of the inspectorate's bar
 * charts.
 *
 * <p>The flags follow the z-scores, which are exact to rounding; a value within a few units in the
 * last place of a bound may fall either side of it. A bound beyond the range of {@code double} is
 * infinite (for values near ±1.8e308, or a large k on the log scale) and a lower bound on the log
 * scale may be 0 when exp underflows; neither is ever NaN.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Band {
  private final double lower;
  private final double centre;
  private final double upper;

  Band(double lower, double centre, double upper) {
    this.lower = lower;
    this.centre = centre;
    this.upper = upper;
  }

  /** {@return the lower bound: mean − k·sd, or exp(mean − k·sd) of the logs} */
  public double lower() {
    return lower;
  }

  /** {@return the centre: the mean, or exp(mean of the logs), the geometric mean} */
  public double centre() {
    return centre;
  }

  /** {@return the upper bound: mean + k·sd, or exp(mean + k·sd) of the logs} */
  public double upper() {
    return upper;
  }

  /**
   * Tells whether a value lies in the band, bounds included.
   *
   * @param value a value, in the units of the analysed values
   * @return true when lower ≤ value ≤ upper; false for NaN
   */
  public boolean contains(double value) {
    return lower <= value && value <= upper;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Band that
        && Double.compare(lower, that.lower) == 0
        && Double.compare(centre, that.centre) == 0
        && Double.compare(upper, that.upper) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(lower, centre, upper);
  }

  /** {@return the band as {@code Band[0.0012 to 0.0061, centre 0.0027]}} */
  @Override
  public String toString() {
    return "Band[" + lower + " to " + upper + ", centre " + centre + "]";
  }
}
