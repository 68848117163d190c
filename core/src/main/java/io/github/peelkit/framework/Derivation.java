package io.github.peelkit.framework;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * {@code derived: {rules: ID, from: [AREA-ID, ...]}}: a grade that derives from the grades of other
 * areas by grading rules, such as a CQC overall rating from the five key questions. The areas'
 * grades are the rules' inputs, in the order given (for named inputs, the order of the names). A
 * judgment states it, or an area of a framework states it for every judgment of that area.
 *
 * <p>The rules are named by id, as a conversion names its mapping: whether they exist, and fit the
 * areas, is checked where the rules are known ({@code io.github.peelkit.grading.Derivations}).
 *
 * <p>Invariants: the rules' id and the areas' ids are slugs; at least one area, each once. Where the
 * derivation sits, it may not derive an area from itself ({@link #NOT_FROM_ITSELF}).
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Derivation {
  /** A grade derives from at least one area. */
  public static final Rule FROM_AREAS = Rule.of(ModelCode.MISSING_REQUIRED, "derived from at least one area");
  /** A grade derives from each area once. */
  public static final Rule DISTINCT_AREAS = Rule.of(ModelCode.INVALID_VALUE, "derived from each area once");
  /** An area's grade does not derive from itself. */
  public static final Rule NOT_FROM_ITSELF = Rule.of(ModelCode.INVALID_VALUE, "not derived from itself");

  Derivation() {}

  /** {@return the id of the grading rules} */
  public abstract String rules();

  /** {@return the ids of the areas whose grades are the rules' inputs, in order} */
  // No copying builder method from(value) then: the attribute is named as the YAML format names it.
  @SuppressWarnings("immutables:from")
  public abstract List<String> from();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * A derivation.
   *
   * @param rules the id of the grading rules
   * @param from the ids of the areas whose grades are the inputs, in order
   * @return the derivation
   */
  public static Derivation of(String rules, List<String> from) {
    return builder().rules(rules).from(from).build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks that the derivation of an area's grade does not name that area.
   *
   * @param area the id of the area whose grade derives
   * @return the violations of {@link #NOT_FROM_ITSELF}, at {@code derived.from[i]}; empty when none
   */
  public List<Violation> checkNotFrom(String area) {
    List<Violation> found = new ArrayList<>();
    for (int i = 0; i < from().size(); i++) {
      if (from().get(i).equals(area)) {
        found.add(
            NOT_FROM_ITSELF.violation(
                "derived.from[" + i + "]", area, "area '" + area + "' is derived from itself: name the areas whose grades it"
                    + " combines"));
      }
    }
    return found;
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.id(found, "rules", rules());
    Checks.ids(found, "from", from());
    if (from().isEmpty()) {
      found.add(FROM_AREAS.violation("from", "[]", "derived from no area: name the areas whose grades the rules combine"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < from().size(); i++) {
      if (!seen.add(from().get(i))) {
        found.add(
            DISTINCT_AREAS.violation(
                "from[" + i + "]", from().get(i), "area '" + from().get(i) + "' is named twice: each area's grade is one input"));
      }
    }
    found.throwIfAny();
  }

  /** {@return the rules and the areas: {@code cqc-adult-social-care-2022 from [safe, effective]}} */
  @Override
  public String toString() {
    return rules() + " from " + from();
  }

  /** Builds a derivation. */
  public static final class Builder extends ImmutableDerivation.Builder {
    Builder() {}
  }
}
