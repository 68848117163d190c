package io.github.peelkit.mapping;

import io.github.peelkit.internal.EnumIds;
import java.util.Optional;

/**
 * The laws every grade mapping obeys, checked when a mapping is built or loaded and by {@link
 * MappingLaws} for any rule. A mapping that breaks one is reported under {@link io.github.peelkit.check.ModelCode#MAPPING_LAW_VIOLATED}.
 */
public enum Law {
  /** Every grade of the source scale maps to at least one grade of the target scale. */
  TOTAL,
  /**
   * The grades one source grade maps to are a range of the target scale with no gap: {@code [good,
   * adequate]}, never {@code [outstanding, adequate]}.
   */
  CONTIGUOUS,
  /**
   * A better source grade never maps to a range whose best grade, or whose worst grade, is worse
   * than those of the range of a worse source grade.
   */
  MONOTONE;

  /** {@return the id, such as {@code contiguous}; also the invariant named by a refused mapping} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Finds a law by id, ignoring case.
   *
   * @param id the id
   * @return the law, or empty
   */
  public static Optional<Law> find(String id) {
    return EnumIds.find(Law.class, id);
  }
}
