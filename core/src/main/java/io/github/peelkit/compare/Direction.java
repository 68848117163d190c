package io.github.peelkit.compare;

import io.github.peelkit.internal.EnumIds;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import io.github.peelkit.scale.GradeScales;
import java.util.Optional;

/**
 * How the judgment of one area changed between an earlier and a later assessment of a subject: the
 * words of the PPAF direction-of-travel scale ({@code improved}, {@code stable}, {@code
 * deteriorated}) where the grades say so, and otherwise why they say nothing.
 *
 * <p>The rule, with the earlier grade converted to a range R of the later scale (the identity on
 * one scale): a later grade better than R's best is {@link #IMPROVED}, worse than R's worst {@link
 * #DETERIORATED}, equal to R's only grade {@link #STABLE}, anything else {@link #UNCERTAIN}.
 */
public enum Direction {
  /** The later grade is better than every grade the earlier one stands for on the later scale. */
  IMPROVED,
  /** The later grade is the one grade the earlier one stands for on the later scale. */
  STABLE,
  /** The later grade is worse than every grade the earlier one stands for on the later scale. */
  DETERIORATED,
  /**
   * The grades cannot be compared: the two scales differ and no grade mapping is declared between
   * them, or the mapping declares them not directly comparable (its caveat says why).
   */
  NOT_COMPARABLE,
  /** The earlier grade converts to a range of several grades that the later grade lies within or at the end of. */
  UNCERTAIN,
  /** The area was judged in the earlier assessment only. */
  ONLY_EARLIER,
  /** The area was judged in the later assessment only. */
  ONLY_LATER,
  /** The area was judged in both, but at least one judgment has no grade. */
  UNGRADED;

  /**
   * The direction from an earlier grade to a later one: {@link #NOT_COMPARABLE} when the mapping
   * declares its scales not directly comparable; otherwise by the rule, on the range the mapping
   * gives the earlier grade.
   *
   * <pre>{@code
   * Direction.of(good, outstanding, GradeMapping.identity(GradeScales.PEEL_2021));   // IMPROVED
   * Direction.of(good, adequate, comparableCopyOfPeel2014To2021);                   // UNCERTAIN: [good, adequate]
   * }</pre>
   *
   * @param earlier the earlier grade, of the mapping's source scale
   * @param later the later grade, of the mapping's target scale
   * @param mapping the mapping that puts the earlier grade on the later scale
   * @return {@link #IMPROVED}, {@link #STABLE}, {@link #DETERIORATED}, {@link #UNCERTAIN} or {@link
   *     #NOT_COMPARABLE}
   * @throws IllegalArgumentException when a grade is not of the mapping's scale
   */
  public static Direction of(Grade earlier, Grade later, GradeMapping mapping) {
    if (!mapping.to().contains(later)) {
      throw new IllegalArgumentException(
          "grade " + later.id() + " of scale " + later.scale() + " is not of scale " + mapping.to().id()
              + ", the scale mapping " + mapping.id() + " converts to");
    }
    GradeRange range = mapping.targets(earlier);
    return mapping.comparable() ? of(range, later) : NOT_COMPARABLE;
  }

  /** The rule on the range an earlier grade stands for and a later grade of the same scale. */
  static Direction of(GradeRange range, Grade later) {
    if (later.isBetterThan(range.best())) {
      return IMPROVED;
    }
    if (later.isWorseThan(range.worst())) {
      return DETERIORATED;
    }
    return range.isSingle() ? STABLE : UNCERTAIN;
  }

  /** {@return the id, such as {@code not-comparable}} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * The grade of the built-in {@code ppaf-direction} scale this direction is: {@code improved},
   * {@code stable} or {@code deteriorated}.
   *
   * @return the grade; empty for the directions that say why there is none
   */
  public Optional<Grade> findGrade() {
    return switch (this) {
      case IMPROVED, STABLE, DETERIORATED -> Optional.of(GradeScales.PPAF_DIRECTION.grade(id()));
      default -> Optional.empty();
    };
  }

  /**
   * Finds a direction by id, ignoring case.
   *
   * @param id the id, such as {@code improved}
   * @return the direction, or empty
   */
  public static Optional<Direction> find(String id) {
    return EnumIds.find(Direction.class, id);
  }
}
