package io.github.peelkit.examples.cli;

import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.outlier.Standing;
import java.math.BigDecimal;

/**
 * One measure as read and its outlier analysis, for the formats of {@code peel outliers}: the
 * analysis has the values as doubles, the measure keeps them as written.
 *
 * @param measure the measure, as read
 * @param analysis its analysis; its standings are in the measure's order
 */
record MeasureOutliers(PeerMeasure measure, OutlierAnalysis analysis) {
  /** {@return the value of the i-th subject exactly as written} */
  BigDecimal written(int i) {
    return measure.values().get(i).written();
  }

  /** {@return the i-th subject's standing} */
  Standing standing(int i) {
    return analysis.standings().get(i);
  }
}
