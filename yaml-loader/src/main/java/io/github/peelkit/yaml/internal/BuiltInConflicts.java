package io.github.peelkit.yaml.internal;

import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Why a document that restates a built-in item differs from it where references depend on it: a
 * scale's grades (ids in order, and no label or alias that the built-in gives another grade), a
 * framework's scale and areas (no area the built-in lacks, the built-in's order, graded alike, and no
 * name or alias that the built-in gives another area), a mapping's scales and rules. References resolve to the built-in item, so
 * a restatement that would resolve a name elsewhere would be read silently the wrong way.
 */
final class BuiltInConflicts {
  private BuiltInConflicts() {}

  /** Why a restated built-in scale differs from it where references depend on it; empty when it does not. */
  static Optional<String> scale(GradeScale mine, GradeScale builtIn) {
    if (!mine.ids().equals(builtIn.ids())) {
      return Optional.of("its grades are " + String.join(", ", mine.ids()) + ", the built-in's " + String.join(", ", builtIn.ids()));
    }
    // References resolve by label and alias too (any case), to the built-in grade: a restatement
    // whose label or alias the built-in gives another grade would be read as a rename.
    for (Grade ours : mine.grades()) {
      Optional<String> renamed = renamed("grade", ours.id(), ours.label(), ours.aliases(), name -> builtIn.findGrade(name).map(Grade::id));
      if (renamed.isPresent()) {
        return renamed;
      }
    }
    return Optional.empty();
  }

  /** Why a name or alias of an item resolves to another item in the built-in; empty when none does. */
  private static Optional<String> renamed(
      String kind, String id, String name, List<String> aliases, Function<String, Optional<String>> builtInId) {
    List<String> names = new ArrayList<>(aliases.size() + 1);
    names.add(name);
    names.addAll(aliases);
    for (String n : names) {
      Optional<String> resolved = builtInId.apply(n);
      if (resolved.isPresent() && !resolved.get().equals(id)) {
        return Optional.of(
            "'" + Texts.abbreviate(n) + "' names " + kind + " '" + id + "' here, " + kind + " '" + resolved.get() + "' in the built-in");
      }
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
      // A judgment names its area by id, name or alias (any case), resolved in the built-in: a name
      // or alias the built-in gives another area would be read as a rename.
      Optional<String> renamed = renamed("area", area.id(), area.name(), area.aliases(), name -> builtIn.findArea(name).map(Area::id));
      if (renamed.isPresent()) {
        return renamed;
      }
    }
    // A restatement may list some of the areas, but in the built-in's order: tables and reports follow it.
    List<String> myAreas = mine.allAreas().stream().map(Area::id).toList();
    List<String> builtInAreas = builtIn.allAreas().stream().map(Area::id).toList();
    int at = -1;
    for (String id : myAreas) {
      int next = builtInAreas.indexOf(id);
      if (next < at) {
        return Optional.of(
            "its areas are in another order: '" + id + "' comes after '" + builtInAreas.get(at) + "' in the built-in");
      }
      at = next;
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
