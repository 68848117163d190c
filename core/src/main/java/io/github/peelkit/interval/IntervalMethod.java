package io.github.peelkit.interval;

import io.github.peelkit.internal.EnumIds;
import java.util.Optional;

/** The methods for a confidence interval of a proportion, by the ids of the YAML format. */
public enum IntervalMethod {
  /** The normal approximation; the inspectorate's published figures match it. */
  WALD,
  /** Wilson's score interval. */
  WILSON,
  /** Wilson's score interval with continuity correction. */
  WILSON_CC,
  /** Agresti and Coull's adjusted Wald interval. */
  AGRESTI_COULL,
  /** The exact interval of Clopper and Pearson. */
  CLOPPER_PEARSON,
  /** The Bayesian interval with Jeffreys' prior. */
  JEFFREYS;

  /** {@return the id, such as {@code clopper-pearson}} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Finds a method by id, ignoring case.
   *
   * @param id the id
   * @return the method, or empty
   */
  public static Optional<IntervalMethod> find(String id) {
    return EnumIds.find(IntervalMethod.class, id);
  }

  /**
   * Returns the method with an id, ignoring case.
   *
   * @param id the id
   * @return the method
   * @throws IllegalArgumentException when no method has that id; the message lists the valid ids
   */
  public static IntervalMethod parse(String id) {
    return EnumIds.parse(IntervalMethod.class, id, "interval method");
  }
}
