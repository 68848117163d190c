package io.github.peelkit.framework;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An assessment framework: the tree of areas an inspection judges and the scale their grades are
 * given on, such as the PEEL Assessment Framework 2021/22.
 *
 * <p>Invariants checked when a framework is built: its id is a slug; area ids are unique across the
 * whole tree, and so are criterion ids; no id, name or alias names two areas (ignoring case); a
 * framework with any graded area has a scale.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Framework {
  /** No two areas of the tree have one id. */
  public static final Rule UNIQUE_AREA_IDS = Rule.of(ModelCode.DUPLICATE_ID, "area ids are unique");
  /** No two criteria of the tree have one id. */
  public static final Rule UNIQUE_CRITERION_IDS = Rule.of(ModelCode.DUPLICATE_ID, "criterion ids are unique");
  /** No id, name or alias names two areas of the tree. */
  public static final Rule UNAMBIGUOUS_NAMES = Rule.of(ModelCode.DUPLICATE_ID, "area names are unambiguous");
  /** A framework that grades any area names the scale it grades on. */
  public static final Rule GRADED_HAS_SCALE = Rule.of(ModelCode.MISSING_REQUIRED, "a graded framework has a scale");
  /** An area asked for by name is an area of the framework. */
  public static final Rule KNOWN_AREA = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "area exists");
  /** The areas an area's grade derives from are areas of the framework. */
  public static final Rule DERIVED_FROM_AREAS = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "derived from areas of the framework");
  /** An area whose grade derives from others is graded. */
  public static final Rule DERIVED_AREA_GRADED = Rule.of(ModelCode.JUDGMENT_CONFLICT, "a derived area is graded");

  Framework() {}

  /** {@return the id, a slug such as {@code peel-2021-22}} */
  public abstract String id();

  /** {@return the name, such as {@code PEEL Assessment Framework 2021/22}} */
  public abstract String name();

  /** {@return what the framework is, when given} */
  public abstract Optional<String> description();

  /** {@return the scale graded areas are judged on; absent only when no area is graded} */
  public abstract Optional<GradeScale> scale();

  /** {@return the top-level areas, in the order the framework reports them} */
  public abstract List<Area> areas();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder for a framework} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return every area of the tree, depth first, each area before its sub-areas} */
  @Value.Lazy
  public List<Area> allAreas() {
    List<Area> all = new ArrayList<>();
    collect(areas(), all);
    return Collections.unmodifiableList(all);
  }

  /**
   * Whether text names this framework: its id or its name, ignoring case and runs of white space.
   *
   * @param text the text
   * @return whether it names this framework
   */
  public boolean isNamedBy(String text) {
    String key = Checks.nameKey(text);
    return id().equals(key) || Checks.nameKey(name()).equals(key);
  }

  /**
   * Finds an area anywhere in the tree by id, name or alias, ignoring case.
   *
   * @param name the id, name or alias
   * @return the area, or empty when no area has that name
   */
  public Optional<Area> findArea(String name) {
    return Optional.ofNullable(index().get(Checks.nameKey(name)));
  }

  /**
   * Returns the area with an id, name or alias, ignoring case.
   *
   * @param name the id, name or alias
   * @return the area
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when no area has that
   *     name; its violation lists the valid ids and says which area was probably meant
   */
  public Area area(String name) {
    return findArea(name).orElseThrow(() -> unknownArea(name).toException());
  }

  /** {@return whether any area of the tree is graded} */
  public boolean isGraded() {
    return allAreas().stream().anyMatch(Area::graded);
  }

  /** The violation a name that names no area is: the valid ids, and the area probably meant. */
  private Violation unknownArea(String name) {
    List<String> names = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (Area a : allAreas()) {
      ids.add(a.id());
      names.add(a.id());
      names.add(a.name());
      names.addAll(a.aliases());
    }
    Optional<String> meant = Suggestions.closest(name, names).flatMap(this::findArea).map(Area::id);
    String shown = Violation.abbreviate(name);
    return Violation.of(KNOWN_AREA, "area", shown, "unknown area '" + shown + "' in framework " + id(), ids, meant);
  }

  @Value.Lazy
  Map<String, Area> index() {
    Map<String, Area> index = new HashMap<>();
    for (Area area : allAreas()) {
      index.put(Checks.nameKey(area.id()), area);
      index.put(Checks.nameKey(area.name()), area);
      area.aliases().forEach(a -> index.put(Checks.nameKey(a), area));
    }
    return Map.copyOf(index);
  }

  private static void collect(List<Area> areas, List<Area> into) {
    for (Area area : areas) {
      into.add(area);
      collect(area.areas(), into);
    }
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    Checks.notBlank(found, "name", name());
    Set<String> areaIds = new HashSet<>();
    checkAreas(found, areas(), "areas", areaIds, new HashSet<>(), Checks.names());
    checkDerivations(found, areas(), "areas", areaIds);
    if (scale().isEmpty() && isGraded()) {
      found.add(
          GRADED_HAS_SCALE.violation(
              "scale", id(), "framework " + id() + " has graded areas but no scale: name the scale its grades are given on"));
    }
    found.throwIfAny();
  }

  private void checkAreas(
      Violations found, List<Area> areas, String path, Set<String> areaIds, Set<String> criterionIds, Map<String, String> names) {
    for (int i = 0; i < areas.size(); i++) {
      Area area = areas.get(i);
      String at = path + "[" + i + "]";
      if (!areaIds.add(area.id())) {
        found.add(
            UNIQUE_AREA_IDS.violation(at + ".id", area.id(), "area id '" + area.id() + "' appears twice in framework " + id()));
      }
      Checks.registerName(found, UNAMBIGUOUS_NAMES, names, area.id(), area.id(), at + ".id", "area");
      Checks.registerName(found, UNAMBIGUOUS_NAMES, names, area.name(), area.id(), at + ".name", "area");
      for (int j = 0; j < area.aliases().size(); j++) {
        Checks.registerName(found, UNAMBIGUOUS_NAMES, names, area.aliases().get(j), area.id(), at + ".aliases[" + j + "]", "area");
      }
      for (int j = 0; j < area.criteria().size(); j++) {
        String criterion = area.criteria().get(j).id();
        if (!criterionIds.add(criterion)) {
          found.add(
              UNIQUE_CRITERION_IDS.violation(
                  at + ".criteria[" + j + "].id", criterion, "criterion id '" + criterion + "' appears twice in framework " + id()));
        }
      }
      checkAreas(found, area.areas(), at + ".areas", areaIds, criterionIds, names);
    }
  }

  /** The derivations areas state: from areas of this framework, not from themselves, on graded areas. */
  private void checkDerivations(Violations found, List<Area> areas, String path, Set<String> areaIds) {
    for (int i = 0; i < areas.size(); i++) {
      Area area = areas.get(i);
      String at = path + "[" + i + "]";
      if (area.derived().isPresent()) {
        Derivation derived = area.derived().get();
        if (!area.graded()) {
          found.add(
              DERIVED_AREA_GRADED.violation(
                  at + ".derived", area.id(), "area '" + area.id() + "' is not graded, so its grade cannot derive from others:"
                      + " remove derived, or grade the area"));
        }
        for (Violation v : derived.checkNotFrom(area.id())) {
          found.add(v.under(at));
        }
        List<String> from = derived.from();
        for (int j = 0; j < from.size(); j++) {
          if (!areaIds.contains(from.get(j))) {
            found.add(
                Violation.of(
                    DERIVED_FROM_AREAS,
                    at + ".derived.from[" + j + "]",
                    from.get(j),
                    "area '" + area.id() + "' derives from '" + from.get(j) + "', which is not an area id of framework " + id(),
                    allAreas().stream().map(Area::id).toList(),
                    Suggestions.closest(from.get(j), areaIds)));
          }
        }
      }
      checkDerivations(found, area.areas(), at + ".areas", areaIds);
    }
  }

  /** {@return the id, the name, the number of areas and the scale: {@code peel-2021-22: PEEL Assessment Framework 2021/22 (12 areas on peel-2021)}} */
  @Override
  public String toString() {
    return id() + ": " + name() + " (" + allAreas().size() + (allAreas().size() == 1 ? " area" : " areas") + scale().map(s -> " on " + s.id()).orElse("") + ")";
  }

  /**
   * Returns a copy with other areas, checked as any new framework is.
   *
   * @param areas the areas, in order
   * @return the new framework
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Framework withAreas(Iterable<? extends Area> areas) {
    return ImmutableFramework.copyOf(this).withAreas(areas);
  }

  /** Builds a framework. */
  public static final class Builder extends ImmutableFramework.Builder {
    Builder() {}
  }
}
