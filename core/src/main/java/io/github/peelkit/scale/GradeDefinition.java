package io.github.peelkit.scale;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A grade as a scale defines it, before it has a place in the scale: its id, label, published
 * definition, aliases and score. A {@link GradeScale} is built from definitions, best first, and
 * places each: its {@link Grade}s know the scale and their rank, and only they can be compared.
 *
 * <p>Invariants checked when a definition is built: the id is a slug; the label and every alias
 * hold some text; a score is a finite number.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeDefinition {
  /** A grade's score is a finite number. */
  public static final Rule FINITE_SCORE = Rule.of(ModelCode.INVALID_VALUE, "score is finite");

  GradeDefinition() {}

  /** {@return the id, a lower-case slug such as {@code requires-improvement}} */
  public abstract String id();

  /** {@return the label as the inspectorate prints it, such as {@code Requires improvement}} */
  public abstract String label();

  /** {@return the published definition of the grade, when known} */
  public abstract Optional<String> description();

  /** {@return other labels accepted for this grade on input, ignoring case, such as {@code RI}} */
  public abstract List<String> aliases();

  /** {@return a numeric score, when the scale gives its grades scores} */
  public abstract OptionalDouble score();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a grade definition.
   *
   * @param id the id, a slug
   * @param label the label
   * @return the definition
   */
  public static GradeDefinition of(String id, String label) {
    return builder().id(id).label(label).build();
  }

  /** {@return a builder for a grade definition} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    Checks.notBlank(found, "label", label());
    Checks.noneBlank(found, "aliases", aliases());
    if (score().isPresent() && !Double.isFinite(score().getAsDouble())) {
      double s = score().getAsDouble();
      found.add(FINITE_SCORE.violation("score", s, "score " + s + " is not a finite number"));
    }
    found.throwIfAny();
  }

  /** {@return {@code good: Good}} */
  @Override
  public String toString() {
    return id() + ": " + label();
  }

  /** Builds a grade definition. */
  public static final class Builder extends ImmutableGradeDefinition.Builder {
    Builder() {}
  }
}
