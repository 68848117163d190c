package io.github.peelkit.interval;

import io.github.peelkit.internal.ComputedValueStyle;
import org.immutables.value.Value;

/**
 * The result of checking {@link PublishedFigures} against the interval of a sample: whether the
 * published estimate and margin fit the computed ones, allowing for the rounding they were
 * published at.
 *
 * <p>The {@linkplain #explanation() explanation} is one line, fit for a warning (code PK010 when
 * the figures are inconsistent), such as {@code published 0.850 ± 0.049 does not fit 168 of 196
 * (wald, 95%): its estimate 0.857143 would be published as 0.857; check the successes, size, level
 * and method}.
 *
 * <p>Immutable, thread-safe, a value type.
 */
// No generated with* copiers: they would keep bounds computed for the old attributes.
@ComputedValueStyle
@Value.Immutable
public abstract class FiguresCheck {
  FiguresCheck() {}

  /** {@return the figures that were checked} */
  public abstract PublishedFigures published();

  /** {@return the interval they were checked against} */
  public abstract ConfidenceInterval interval();

  /** {@return whether the computed estimate rounds to the published one} */
  public abstract boolean isEstimateConsistent();

  /** {@return whether the computed margin rounds to the published one; true when none was published} */
  public abstract boolean isMarginConsistent();

  /** {@return one line saying whether the figures fit and, if not, what they would have been} */
  public abstract String explanation();

  /** {@return whether both the estimate and the margin fit} */
  public boolean isConsistent() {
    return isEstimateConsistent() && isMarginConsistent();
  }

  /** {@return the estimate k/n computed from the sample} */
  public double computedEstimate() {
    return interval().estimate();
  }

  /** {@return the margin computed from the sample, as {@link ConfidenceInterval#margin()}} */
  public double computedMargin() {
    return interval().margin();
  }
}
