package io.github.peelkit.compare;

import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.framework.Area;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Optional;

/** The direction of one area, with the words that explain it: what {@link DirectionOfTravel} makes for each area. */
final class AreaRule {
  private AreaRule() {}

  /**
   * The direction of an area judged in one or both assessments.
   *
   * @param area the area
   * @param earlier the earlier judgment of it, if any
   * @param later the later judgment of it, if any
   * @param mapping the mapping from the earlier scale to the later, if any
   * @return the direction, explained
   */
  static AreaDirection of(Area area, Optional<Judgment> earlier, Optional<Judgment> later, Optional<GradeMapping> mapping) {
    if (earlier.isEmpty()) {
      return new AreaDirection(area, earlier, later, Direction.ONLY_LATER, Optional.empty(), "judged only in the later assessment");
    }
    if (later.isEmpty()) {
      return new AreaDirection(area, earlier, later, Direction.ONLY_EARLIER, Optional.empty(), "judged only in the earlier assessment");
    }
    Optional<Grade> from = earlier.get().grade();
    Optional<Grade> to = later.get().grade();
    if (from.isEmpty() || to.isEmpty()) {
      return new AreaDirection(area, earlier, later, Direction.UNGRADED, Optional.empty(), ungraded(earlier.get(), later.get()));
    }
    if (mapping.isEmpty()) {
      return new AreaDirection(
          area, earlier, later, Direction.NOT_COMPARABLE, Optional.empty(),
          "no grade mapping is declared from scale " + from.get().scale() + " to scale " + to.get().scale());
    }
    GradeMapping m = mapping.get();
    GradeRange range = m.targets(from.get());
    Direction direction = Direction.of(from.get(), to.get(), m);
    return new AreaDirection(area, earlier, later, direction, Optional.of(range), explain(direction, from.get(), to.get(), range, m));
  }

  private static String explain(Direction direction, Grade from, Grade to, GradeRange range, GradeMapping mapping) {
    boolean sameGrade = mapping.isIdentity();
    String earlier = sameGrade
        ? from.id() + ", the earlier grade"
        : range + ", what " + from.id() + " of scale " + from.scale() + " is on scale " + to.scale() + " by mapping " + mapping.id();
    return switch (direction) {
      case IMPROVED -> to.id() + " is better than " + earlier;
      case DETERIORATED -> to.id() + " is worse than " + earlier;
      case STABLE -> sameGrade ? to.id() + " both times" : to.id() + " is " + earlier;
      case UNCERTAIN -> to.id() + " lies within " + earlier;
      default -> "mapping " + mapping.id() + " declares scales " + from.scale() + " and " + to.scale()
          + " not directly comparable; " + from.id() + " of scale " + from.scale() + " would be " + range;
    };
  }

  private static String ungraded(Judgment earlier, Judgment later) {
    Optional<String> before = earlier.ungraded().map(u -> u.reason().id());
    Optional<String> after = later.ungraded().map(u -> u.reason().id());
    if (before.isPresent() && after.isPresent()) {
      return "not graded in either assessment (earlier " + before.get() + ", later " + after.get() + ")";
    }
    return before.map(r -> "not graded in the earlier assessment (" + r + ")")
        .orElseGet(() -> "not graded in the later assessment (" + after.orElse("") + ")");
  }
}
