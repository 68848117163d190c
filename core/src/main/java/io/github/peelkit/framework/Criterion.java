package io.github.peelkit.framework;

import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import org.immutables.value.Value;

/**
 * One criterion an area is judged against: a characteristic of good performance, or a specific
 * grading criterion.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Criterion {
  Criterion() {}

  /** {@return the id, a slug unique within its framework} */
  public abstract String id();

  /** {@return the text of the criterion} */
  public abstract String text();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a criterion.
   *
   * @param id the id, a slug
   * @param text the text
   * @return the criterion
   */
  public static Criterion of(String id, String text) {
    return builder().id(id).text(text).build();
  }

  /** {@return a builder for a criterion} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    Checks.notBlank(found, "text", text());
    found.throwIfAny();
  }

  /** {@return the id and the text, shortened: {@code vfm-1: The force has an effective strategic planning and…}} */
  @Override
  public String toString() {
    return id() + ": " + Violation.abbreviate(text());
  }

  /** Builds a criterion. */
  public static final class Builder extends ImmutableCriterion.Builder {
    Builder() {}
  }
}
