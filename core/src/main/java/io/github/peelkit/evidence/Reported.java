package io.github.peelkit.evidence;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.NumberRules;
import io.github.peelkit.check.Rule;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Violations;
import io.github.peelkit.interval.PublishedFigures;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A sample's figures as the report published them, as proportions: "85.7 percent, with a
 * confidence interval of +/- 4.9 percent" is estimate {@code 0.857} and margin {@code 0.049}.
 *
 * <p>The figures are kept as written, so their precision is known: {@code 0.857} was rounded to
 * the nearest {@code 0.001}, and a consistency check allows for that rounding.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Reported {
  /** A published estimate is a proportion. */
  public static final Rule ESTIMATE_IS_PROPORTION = Rule.of(ModelCode.INVALID_VALUE, "0 <= estimate <= 1");
  /** A published margin is a proportion. */
  public static final Rule MARGIN_IS_PROPORTION = Rule.of(ModelCode.INVALID_VALUE, "0 <= margin <= 1");

  Reported() {}

  /** {@return the published estimate as a proportion between 0 and 1} */
  public abstract BigDecimal estimate();

  /** {@return the published margin (half the width of the interval) as a proportion, when published} */
  public abstract Optional<BigDecimal> margin();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates published figures with an estimate and a margin.
   *
   * @param estimate the estimate, a proportion
   * @param margin the margin, a proportion
   * @return the published figures
   */
  public static Reported of(BigDecimal estimate, BigDecimal margin) {
    return builder().estimate(estimate).margin(margin).build();
  }

  /**
   * Creates published figures with an estimate only.
   *
   * @param estimate the estimate, a proportion
   * @return the published figures
   */
  public static Reported of(BigDecimal estimate) {
    return builder().estimate(estimate).build();
  }

  /** {@return a builder for published figures} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return these figures as the statistics package checks them} */
  public PublishedFigures toPublishedFigures() {
    return margin().map(m -> PublishedFigures.of(estimate(), m)).orElseGet(() -> PublishedFigures.of(estimate()));
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    // Usable first: every other check, and every message, may then look at the numbers freely.
    found.add(NumberRules.checkUsable("estimate", estimate()));
    margin().ifPresent(m -> found.add(NumberRules.checkUsable("margin", m)));
    if (!found.isEmpty()) {
      found.throwIfAny();
    }
    // Tested first: the values are written as text only for a refusal.
    if (estimate().signum() < 0 || estimate().compareTo(BigDecimal.ONE) > 0) {
      String shown = NumberRules.shown(estimate());
      found.add(
          ESTIMATE_IS_PROPORTION.violation(
              "estimate", shown, "estimate " + shown + " is not a proportion between 0 and 1: write 85.7 percent as 0.857"));
    }
    if (margin().isPresent() && (margin().get().signum() < 0 || margin().get().compareTo(BigDecimal.ONE) > 0)) {
      String shown = NumberRules.shown(margin().get());
      found.add(
          MARGIN_IS_PROPORTION.violation(
              "margin", shown, "margin " + shown + " is not a proportion between 0 and 1: write +/- 4.9 percent as 0.049"));
    }
    found.throwIfAny();
  }

  /** {@return the published estimate and margin as written: {@code 0.857 ± 0.049}} */
  @Override
  public String toString() {
    return NumberRules.shown(estimate()) + margin().map(m -> " ± " + NumberRules.shown(m)).orElse("");
  }

  /** Builds published figures. */
  public static final class Builder extends ImmutableReported.Builder {
    Builder() {}
  }
}
