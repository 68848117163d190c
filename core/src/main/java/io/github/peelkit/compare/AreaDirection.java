package io.github.peelkit.compare;

import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.framework.Area;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Objects;
import java.util.Optional;

/**
 * The direction of travel of one area between an earlier and a later assessment of a subject: the
 * two judgments (either may be missing), the {@link Direction}, the range the earlier grade stands
 * for on the later scale where a mapping gave one, and an explanation in words a reader can check
 * ("adequate lies within [good, adequate], what good of scale peel-2014 is on scale peel-2021 by
 * mapping peel-2014-to-peel-2021").
 *
 * <p>Made by {@link DirectionOfTravel}. Immutable, thread-safe, a value type.
 */
public final class AreaDirection {
  private final Area area;
  private final Judgment earlier;
  private final Judgment later;
  private final Direction direction;
  private final GradeRange range;
  private final String explanation;

  // Absent judgments and range are held as null here only, and handed out as Optional.
  AreaDirection(Area area, Optional<Judgment> earlier, Optional<Judgment> later, Direction direction, Optional<GradeRange> range,
      String explanation) {
    this.area = Objects.requireNonNull(area, "area");
    this.earlier = earlier.orElse(null);
    this.later = later.orElse(null);
    this.direction = Objects.requireNonNull(direction, "direction");
    this.range = range.orElse(null);
    this.explanation = Objects.requireNonNull(explanation, "explanation");
  }

  /**
   * {@return the area: as the later assessment's framework defines it where the later assessment
   * judged it, otherwise as the earlier's}
   */
  public Area area() {
    return area;
  }

  /** {@return the id of the area, by which the two assessments' judgments are matched} */
  public String areaId() {
    return area.id();
  }

  /** {@return the earlier assessment's judgment of the area, when it judged the area} */
  public Optional<Judgment> earlier() {
    return Optional.ofNullable(earlier);
  }

  /** {@return the later assessment's judgment of the area, when it judged the area} */
  public Optional<Judgment> later() {
    return Optional.ofNullable(later);
  }

  /** {@return the earlier grade, when the earlier assessment graded the area} */
  public Optional<Grade> earlierGrade() {
    return earlier().flatMap(Judgment::grade);
  }

  /** {@return the later grade, when the later assessment graded the area} */
  public Optional<Grade> laterGrade() {
    return later().flatMap(Judgment::grade);
  }

  /** {@return how the judgment changed, or why that cannot be said} */
  public Direction direction() {
    return direction;
  }

  /**
   * The grades of the later scale the earlier grade stands for, by the mapping of the comparison:
   * the earlier grade itself on one scale.
   *
   * @return the range; empty when either grade is missing or no mapping applies
   */
  public Optional<GradeRange> range() {
    return Optional.ofNullable(range);
  }

  /** {@return why the direction is what it is, in one sentence without a final full stop} */
  public String explanation() {
    return explanation;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AreaDirection that
        && area.equals(that.area)
        && Objects.equals(earlier, that.earlier)
        && Objects.equals(later, that.later)
        && direction == that.direction
        && Objects.equals(range, that.range)
        && explanation.equals(that.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(area.id(), direction, range, explanation);
  }

  /** {@return the area's id, the direction and the explanation, such as {@code efficiency: stable (good both times)}} */
  @Override
  public String toString() {
    return area.id() + ": " + direction.id() + " (" + explanation + ")";
  }
}
