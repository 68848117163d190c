package io.github.peelkit.framework;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One area of a framework that an inspection judges, such as <em>Investigating crime</em>, with
 * its aliases (the short labels of press releases and grade tables), whether it is graded, its
 * criteria and its sub-areas.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Area {
  Area() {}

  /** {@return the id, a slug unique within its framework} */
  public abstract String id();

  /** {@return the name as the framework's reports print it} */
  public abstract String name();

  /** {@return what the area covers, when given} */
  public abstract Optional<String> description();

  /** {@return other names of the area accepted on input, ignoring case, such as {@code Good use of resources}} */
  public abstract List<String> aliases();

  /** {@return whether judgments of this area carry a grade; {@code true} unless the framework says otherwise} */
  @Value.Default
  public boolean graded() {
    return true;
  }

  /**
   * {@return how the grade of every judgment of this area derives from the grades of other areas by
   * grading rules, when the framework says so: a framework's default for its overall area}
   */
  public abstract Optional<Derivation> derived();

  /** {@return the criteria the area is judged against} */
  public abstract List<Criterion> criteria();

  /** {@return the sub-areas, each judged on its own} */
  public abstract List<Area> areas();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a graded area without aliases, criteria or sub-areas.
   *
   * @param id the id, a slug
   * @param name the name
   * @return the area
   */
  public static Area of(String id, String name) {
    return builder().id(id).name(name).build();
  }

  /** {@return a builder for an area} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Whether text names this area: its id, name or one of its aliases, ignoring case and runs of
   * white space.
   *
   * @param text the text
   * @return whether it names this area
   */
  public boolean isNamedBy(String text) {
    String key = Checks.nameKey(text);
    return Checks.nameKey(id()).equals(key)
        || Checks.nameKey(name()).equals(key)
        || aliases().stream().anyMatch(a -> Checks.nameKey(a).equals(key));
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    Checks.notBlank(found, "name", name());
    Checks.noneBlank(found, "aliases", aliases());
    found.throwIfAny();
  }

  /** {@return the id and the name: {@code fairness-and-respect: Engaging with and treating the public with fairness and respect}} */
  @Override
  public String toString() {
    return id() + ": " + name() + (graded() ? "" : " (not graded)");
  }

  /** Builds an area. */
  public static final class Builder extends ImmutableArea.Builder {
    Builder() {}
  }
}
