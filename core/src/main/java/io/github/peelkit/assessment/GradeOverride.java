package io.github.peelkit.assessment;

import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import org.immutables.value.Value;

/**
 * {@code override: {reason: ...}}: a judgment's record that its published grade departs from the
 * grade its rules derive, and why, as inspectorates do where their rules say "normally". The
 * derivation is then not held against the published grade.
 *
 * <p>Invariant: the reason is not blank.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeOverride {
  GradeOverride() {}

  /** {@return why the published grade departs from the derived one} */
  public abstract String reason();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * An override.
   *
   * @param reason why the published grade departs from the derived one
   * @return the override
   */
  public static GradeOverride of(String reason) {
    return builder().reason(reason).build();
  }

  /** {@return a builder} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.notBlank(found, "reason", reason());
    found.throwIfAny();
  }

  /** {@return {@code override: the reason, shortened}} */
  @Override
  public String toString() {
    return "override: " + Violation.abbreviate(reason());
  }

  /** Builds an override. */
  public static final class Builder extends ImmutableGradeOverride.Builder {
    Builder() {}
  }
}
