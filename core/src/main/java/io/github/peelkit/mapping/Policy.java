package io.github.peelkit.mapping;

import io.github.peelkit.internal.EnumIds;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Optional;

/**
 * How a caller turns the range of grades a conversion gives into one grade, or decides not to.
 *
 * <p>A grade mapping may give a source grade several target grades (PEEL 2014's <em>Good</em> is
 * <em>Good</em> or <em>Adequate</em> on the 2021/22 scale); no policy invents precision silently:
 * the policy chosen is recorded with every converted judgment.
 */
public enum Policy {
  /** One grade only: a conversion that gives a range of several grades fails. */
  STRICT,
  /** The best grade of the range. */
  BEST,
  /** The worst grade of the range. */
  WORST,
  /** The range itself: one grade when the range holds one, otherwise no grade. */
  RANGE;

  /** {@return the id, such as {@code strict}} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * The grade this policy picks from a range, best first.
   *
   * @param targets the range of grades a conversion gives
   * @return the best grade for {@link #BEST}, the worst for {@link #WORST}; for {@link #STRICT}
   *     and {@link #RANGE} the only grade when the range holds one, and empty when it holds several
   *     (a strict conversion then fails; see {@link GradeConversion#toGrade(Policy)})
   */
  public Optional<Grade> select(GradeRange targets) {
    return switch (this) {
      case BEST -> Optional.of(targets.best());
      case WORST -> Optional.of(targets.worst());
      case STRICT, RANGE -> targets.isSingle() ? Optional.of(targets.best()) : Optional.empty();
    };
  }

  /**
   * Finds a policy by id, ignoring case.
   *
   * @param id the id
   * @return the policy, or empty
   */
  public static Optional<Policy> find(String id) {
    return EnumIds.find(Policy.class, id);
  }

  /**
   * Returns the policy with an id, ignoring case.
   *
   * @param id the id, such as {@code best}
   * @return the policy
   * @throws io.github.peelkit.check.InvariantException when no policy has that id; the message lists
   *     the valid ids
   */
  public static Policy parse(String id) {
    return EnumIds.parse(Policy.class, id, "conversion policy");
  }
}
