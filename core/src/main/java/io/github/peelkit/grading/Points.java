package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.Grade;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * Points and bands: each input grade scores its {@linkplain #values() points}, and the first
 * {@linkplain #bands() band}, best first, whose {@code atLeast} the score reaches gives the grade.
 * The score is the {@linkplain Basis#TOTAL total} of the points, or the {@linkplain Basis#PERCENT
 * percentage} of the greatest total the inputs can reach. HMI Probation's youth justice
 * inspections: Outstanding 3, Good 2, Requires improvement 1, Inadequate 0 over twelve standards,
 * banded 31, 19, 7 and 0.
 *
 * <p>That the values and bands are well-formed (points for every input grade, strictly decreasing
 * from best to worst and not negative; bands strictly decreasing and not negative) is checked by the
 * {@link GradingRules} that holds them, which knows the scales; so is that points and bounds are plain
 * numbers: at most 6 decimal places, below 1,000,000,000.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract non-sealed class Points implements GradingMethod {
  Points() {}

  /** {@return the points of each grade of the input scale, in the order given} */
  public abstract Map<Grade, BigDecimal> values();

  /** {@return what the bands are compared with; {@link Basis#TOTAL} unless given} */
  @Value.Default
  public Basis basis() {
    return Basis.TOTAL;
  }

  /** {@return the bands, best first} */
  public abstract List<Band> bands();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the points, the basis and the bands: {@code points {outstanding 3, good 2, requires-improvement 1, inadequate 0}, total, bands [outstanding at least 31, …]}} */
  @Override
  public String toString() {
    return "points " + values().entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue().toPlainString())
        .collect(Collectors.joining(", ", "{", "}")) + ", " + basis().id() + ", bands " + bands();
  }

  /** Builds points and bands. */
  public static final class Builder extends ImmutablePoints.Builder {
    Builder() {}
  }
}
