package io.github.peelkit.grading;

import io.github.peelkit.internal.EnumIds;
import java.util.Optional;

/**
 * The laws every set of grading rules obeys, checked exhaustively when rules are built or loaded and
 * by {@link GradingLaws} for any rules. A breach of {@link #TOTAL}, {@link #MONOTONE} or {@link
 * #WELL_FORMED} is an error (PK017); of {@link #REACHABLE}, a warning (PK018).
 */
public enum GradingLaw {
  /**
   * Every combination of input grades gets a grade: ordered rules end with a rule that applies
   * otherwise, or always hold one way or another; the lowest score reaches the last band.
   */
  TOTAL,
  /** Improving any one input never makes the result worse. */
  MONOTONE,
  /** Every rule, band and limit decides at least one combination of inputs: a warning when not. */
  REACHABLE,
  /**
   * The rules make sense before anything is evaluated: bands and points strictly decreasing and not
   * negative, points for every input grade, grades and selectors that name grades of their scales,
   * inputs that exist, counts within the number of inputs, {@code otherwise} only on the last rule.
   */
  WELL_FORMED;

  /** {@return the id, such as {@code well-formed}, as messages name the law} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Finds a law by id, ignoring case.
   *
   * @param id the id
   * @return the law, or empty
   */
  public static Optional<GradingLaw> find(String id) {
    return EnumIds.find(GradingLaw.class, id);
  }
}
