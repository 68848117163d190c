package io.github.peelkit.yaml.internal;

import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.List;
import java.util.Optional;

/**
 * Why a document that restates a built-in item differs from it where references depend on it: a
 * scale's grade ids, a framework's scale and areas, a mapping's scales and rules.
 */
final class BuiltInConflicts {
  private BuiltInConflicts() {}

  /** Why a restated built-in scale differs from it where references depend on it; empty when it does not. */
  static Optional<String> scale(GradeScale mine, GradeScale builtIn) {
    if (!mine.ids().equals(builtIn.ids())) {
      return Optional.of("its grades are " + String.join(", ", mine.ids()) + ", the built-in's " + String.join(", ", builtIn.ids()));
    }
    return Optional.empty();
  }

  /** Why a restated built-in framework differs from it where references depend on it; empty when it does not. */
  static Optional<String> framework(Framework mine, Framework builtIn) {
    String myScale = mine.scale().map(GradeScale::id).orElse("none");
    String theirs = builtIn.scale().map(GradeScale::id).orElse("none");
    if (!myScale.equals(theirs)) {
      return Optional.of("its scale is " + myScale + ", the built-in's " + theirs);
    }
    for (Area area : mine.allAreas()) {
      Optional<Area> other = builtIn.allAreas().stream().filter(a -> a.id().equals(area.id())).findFirst();
      if (other.isEmpty()) {
        return Optional.of("area '" + area.id() + "' is not an area of the built-in framework");
      }
      if (other.get().graded() != area.graded()) {
        return Optional.of(
            "area '" + area.id() + "' is " + (area.graded() ? "" : "not ") + "graded here but "
                + (other.get().graded() ? "" : "not ") + "graded in the built-in framework");
      }
    }
    return Optional.empty();
  }

  /** Why a restated built-in mapping differs from it where conversions depend on it; empty when it does not. */
  static Optional<String> mapping(GradeMapping mine, GradeMapping builtIn) {
    if (!mine.from().id().equals(builtIn.from().id()) || !mine.to().id().equals(builtIn.to().id())) {
      return Optional.of(
          "it maps " + mine.from().id() + " to " + mine.to().id() + ", the built-in " + builtIn.from().id() + " to "
              + builtIn.to().id());
    }
    for (Grade grade : builtIn.from().grades()) {
      List<String> theirs = builtIn.rules().get(grade).ids();
      List<String> ours =
          mine.rules().entrySet().stream()
              .filter(e -> e.getKey().id().equals(grade.id()))
              .findFirst()
              .map(e -> e.getValue().ids())
              .orElse(List.of());
      if (!ours.equals(theirs)) {
        return Optional.of("it maps " + grade.id() + " to " + ours + ", the built-in to " + theirs);
      }
    }
    return Optional.empty();
  }

  /** Why restated built-in grading rules differ from them where derivations depend on them; empty when they do not. */
  static Optional<String> rules(GradingRules mine, GradingRules builtIn) {
    if (!mine.inputScale().id().equals(builtIn.inputScale().id()) || !mine.scale().id().equals(builtIn.scale().id())) {
      return Optional.of(
          "they combine " + mine.inputScale().id() + " into " + mine.scale().id() + ", the built-in ones " + builtIn.inputScale().id()
              + " into " + builtIn.scale().id());
    }
    if (!mine.inputs().equals(builtIn.inputs())) {
      return Optional.of("their inputs are " + mine.inputs() + ", the built-in ones' " + builtIn.inputs());
    }
    if (!mine.method().equals(builtIn.method()) || !mine.limits().equals(builtIn.limits())) {
      return Optional.of("their " + (mine.method() instanceof io.github.peelkit.grading.Points ? "points" : "rules")
          + " or limits differ from the built-in ones'");
    }
    return Optional.empty();
  }
}
