package io.github.peelkit.compare;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.framework.Area;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The direction of travel of one subject between an earlier and a later assessment, area by area,
 * such as Essex Police from PEEL 2016 to PEEL 2017: {@code stable} in effectiveness, efficiency and
 * legitimacy.
 *
 * <p>Areas are matched by id, whatever the frameworks: two assessments of one framework share every
 * area, and two of different frameworks share the areas whose ids they have in common (PEEL 2016 and
 * PEEL 2021/22 share none, so every area is {@code only-earlier} or {@code only-later}). The
 * {@linkplain #areas() areas} come in the later framework's order, then the earlier framework's
 * areas that the later did not list; an area neither assessment judged is left out.
 *
 * <p>Grades are compared on the later scale: the earlier grade is converted to a range of it by the
 * {@linkplain #mapping() mapping} a {@link MappingChoice} gives (the identity on one scale), and the
 * {@linkplain Direction#of(io.github.peelkit.scale.Grade, io.github.peelkit.scale.Grade, GradeMapping)
 * rule of directions} applies. Where the scales differ and no mapping is declared, or the mapping
 * declares them not directly comparable, every area graded in both is {@code not-comparable} and
 * the {@linkplain #caveat() caveat} says why.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class DirectionOfTravel {
  private final Assessment earlier;
  private final Assessment later;
  private final GradeMapping mapping;
  private final List<AreaDirection> areas;

  private DirectionOfTravel(Assessment earlier, Assessment later, Optional<GradeMapping> mapping, List<AreaDirection> areas) {
    this.earlier = earlier;
    this.later = later;
    this.mapping = mapping.orElse(null);
    this.areas = List.copyOf(areas);
  }

  /**
   * The direction of travel between two assessments of one subject, with the mapping a choice gives
   * for their scales.
   *
   * @param earlier the earlier assessment
   * @param later the later assessment, published on the same day as the earlier or after it
   * @param mappings how to choose the mapping from the earlier scale to the later
   * @return the direction of travel
   * @throws IllegalArgumentException when the assessments are of two subjects, the earlier was
   *     published after the later, either holds grades converted by a mapping, or several mappings
   *     are declared between the scales and none was chosen; the message says which
   */
  public static DirectionOfTravel of(Assessment earlier, Assessment later, MappingChoice mappings) {
    requireComparable(earlier, later);
    Optional<GradeMapping> mapping = Optional.empty();
    if (earlier.scale().isPresent() && later.scale().isPresent()) {
      mapping = mappings.find(earlier.scale().get(), later.scale().get());
    }
    return compare(earlier, later, mapping);
  }

  /**
   * The direction of travel between two assessments of one subject, by a mapping named for it.
   *
   * @param earlier the earlier assessment
   * @param later the later assessment, published on the same day as the earlier or after it
   * @param mapping a mapping from the earlier assessment's scale to the later's
   * @return the direction of travel
   * @throws IllegalArgumentException when the mapping does not convert between the assessments'
   *     scales, or for the reasons of {@link #of(Assessment, Assessment, MappingChoice)}
   */
  public static DirectionOfTravel of(Assessment earlier, Assessment later, GradeMapping mapping) {
    requireComparable(earlier, later);
    String from = earlier.scale().map(GradeScale::id).orElse("(none)");
    String to = later.scale().map(GradeScale::id).orElse("(none)");
    if (!earlier.scale().filter(mapping.from()::equals).isPresent() || !later.scale().filter(mapping.to()::equals).isPresent()) {
      throw new IllegalArgumentException(
          "mapping " + mapping.id() + " converts from scale " + mapping.from().id() + " to scale " + mapping.to().id()
              + ", but assessment " + earlier.id() + " is on scale " + from + " and assessment " + later.id() + " on scale " + to);
    }
    return compare(earlier, later, Optional.of(mapping));
  }

  private static void requireComparable(Assessment earlier, Assessment later) {
    if (!earlier.subject().id().equals(later.subject().id())) {
      throw new IllegalArgumentException(
          "assessment " + earlier.id() + " is of subject " + earlier.subject().id() + " and assessment " + later.id()
              + " of subject " + later.subject().id() + ": a direction of travel compares two assessments of one subject");
    }
    if (earlier.published().isAfter(later.published())) {
      throw new IllegalArgumentException(
          "the earlier assessment " + earlier.id() + " was published on " + earlier.published() + ", after the later one "
              + later.id() + " (" + later.published() + "): give the earlier first");
    }
    Published.requireUnconverted(earlier);
    Published.requireUnconverted(later);
  }

  private static DirectionOfTravel compare(Assessment earlier, Assessment later, Optional<GradeMapping> mapping) {
    Map<String, Judgment> before = byArea(earlier);
    Map<String, Judgment> after = byArea(later);
    Set<String> seen = new LinkedHashSet<>();
    List<AreaDirection> areas = new ArrayList<>();
    for (Area area : later.framework().allAreas()) {
      if ((before.containsKey(area.id()) || after.containsKey(area.id())) && seen.add(area.id())) {
        Optional<Judgment> late = Optional.ofNullable(after.get(area.id()));
        Area shown = late.map(Judgment::area).orElseGet(() -> before.get(area.id()).area());
        areas.add(AreaRule.of(shown, Optional.ofNullable(before.get(area.id())), late, mapping));
      }
    }
    for (Area area : earlier.framework().allAreas()) {
      if (before.containsKey(area.id()) && seen.add(area.id())) {
        areas.add(AreaRule.of(before.get(area.id()).area(), Optional.of(before.get(area.id())), Optional.empty(), mapping));
      }
    }
    return new DirectionOfTravel(earlier, later, mapping, areas);
  }

  private static Map<String, Judgment> byArea(Assessment assessment) {
    Map<String, Judgment> judgments = new HashMap<>();
    assessment.judgments().forEach(j -> judgments.put(j.area().id(), j));
    return judgments;
  }

  /** {@return the earlier assessment} */
  public Assessment earlier() {
    return earlier;
  }

  /** {@return the later assessment} */
  public Assessment later() {
    return later;
  }

  /** {@return the subject, as the later assessment names it} */
  public Subject subject() {
    return later.subject();
  }

  /**
   * The mapping that puts the earlier grades on the later scale: the identity on one scale, or the
   * mapping declared or chosen between the two scales.
   *
   * @return the mapping; empty when the scales differ and none is declared, or when either
   *     assessment's framework grades nothing
   */
  public Optional<GradeMapping> mapping() {
    return Optional.ofNullable(mapping);
  }

  /** {@return whether the grades of the two assessments can be compared directly: a mapping applies and declares them comparable} */
  public boolean isComparable() {
    return mapping != null && mapping.comparable();
  }

  /**
   * Why the grades of the two assessments cannot be compared directly: the mapping's note where it
   * declares the scales not comparable (for the PEEL scales, the inspectorate's own caveat), or that
   * no mapping is declared between them.
   *
   * @return the caveat; empty when the grades are comparable, or when either framework grades nothing
   */
  public Optional<String> caveat() {
    if (earlier.scale().isEmpty() || later.scale().isEmpty() || isComparable()) {
      return Optional.empty();
    }
    String from = earlier.scale().get().id();
    String to = later.scale().get().id();
    if (mapping == null) {
      return Optional.of(
          "No grade mapping is declared from scale " + from + " to scale " + to + ": grades of the two scales cannot be compared.");
    }
    return Optional.of(
        mapping.note().orElse("Mapping " + mapping.id() + " declares grades of scale " + from + " and scale " + to + " not directly comparable."));
  }

  /** {@return whether the two assessments are of one framework} */
  public boolean isSameFramework() {
    return earlier.framework().id().equals(later.framework().id());
  }

  /** {@return every area either assessment judged, in the later framework's order, then the earlier's} */
  public List<AreaDirection> areas() {
    return areas;
  }

  /**
   * Finds the direction of one area.
   *
   * @param areaId the area's id
   * @return its direction, or empty when neither assessment judged it
   */
  public Optional<AreaDirection> area(String areaId) {
    return areas.stream().filter(a -> a.areaId().equals(areaId)).findFirst();
  }

  /** {@return how many areas have each direction, every direction listed (0 where none), in the order of {@link Direction}} */
  public Map<Direction, Integer> counts() {
    Map<Direction, Integer> counts = new EnumMap<>(Direction.class);
    for (Direction d : Direction.values()) {
      counts.put(d, 0);
    }
    areas.forEach(a -> counts.merge(a.direction(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DirectionOfTravel that
        && earlier.equals(that.earlier)
        && later.equals(that.later)
        && Objects.equals(mapping, that.mapping)
        && areas.equals(that.areas);
  }

  @Override
  public int hashCode() {
    return Objects.hash(earlier.id(), later.id(), areas);
  }

  /** {@return the two ids and the directions, such as {@code essex-peel-2016 -> essex-peel-2017 [efficiency: stable (...), ...]}} */
  @Override
  public String toString() {
    return earlier.id() + " -> " + later.id() + " " + areas;
  }
}
