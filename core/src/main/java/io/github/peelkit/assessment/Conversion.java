package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.GradeRanges;
import io.github.peelkit.internal.Invariants;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.mapping.Relation;
import io.github.peelkit.scale.Grade;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a converted judgment's grade came from: the id of the grade mapping, the original grade (of
 * the mapping's source scale), the range of grades the mapping gives it, the {@linkplain Relation
 * relation} between them, whether the scales are directly comparable, and the {@linkplain Policy
 * policy} that picked the judgment's grade from the range. Written by {@link
 * io.github.peelkit.mapping.GradeMapping#convert(Assessment, Policy)}.
 *
 * <p>Under {@link Policy#RANGE} a range of several grades gives no grade: the judgment then has
 * neither a grade nor an ungraded reason, and this record holds the range.
 *
 * <p>Invariants checked when a record is built: the mapping id is a slug; the original grade is
 * placed in a scale; the targets are a range of one scale, best first; the relation fits the number
 * of targets (one for {@code exact} and {@code many-to-one}, several otherwise); a strict
 * conversion holds one target.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Conversion implements Extensible {
  Conversion() {}

  /** {@return the id of the grade mapping, such as {@code peel-2014-to-peel-2021}} */
  public abstract String mapping();

  /** {@return the original grade, of the mapping's source scale} */
  // No copying builder method from(value) then: the attribute is named as the YAML format names it.
  @SuppressWarnings("immutables:from")
  public abstract Grade from();

  /** {@return the grades the mapping gives the original grade, best first} */
  public abstract List<Grade> targets();

  /** {@return how the original grade corresponds to its targets} */
  public abstract Relation relation();

  /** {@return whether grades of the two scales can be compared directly, as the mapping declares} */
  @Value.Default
  public boolean comparable() {
    return true;
  }

  /** {@return the policy that picked the judgment's grade from the targets} */
  public abstract Policy policy();

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder for a conversion record} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The grade the policy picks from the targets: what the converted judgment's grade is.
   *
   * @return the grade; empty under {@link Policy#RANGE} when the targets hold several grades
   */
  // Worked out once: every judgment built with this record asks for it.
  @Value.Lazy
  public Optional<Grade> grade() {
    return policy().select(targets());
  }

  /** {@return whether the conversion leaves a range of several grades and no grade} */
  public boolean isRange() {
    return grade().isEmpty();
  }

  @Value.Check
  void check() {
    Checks.slug("mapping", mapping());
    Invariants.require(
        from().isPlaced(), ModelCode.UNRESOLVED_REFERENCE, "grades come from a scale", "from", from().id(), () -> "grade '" + from().id() + "' is not placed in a scale: take it from a GradeScale");
    if (!GradeRanges.isRange(targets())) {
      throw Invariants.violation(
          ModelCode.MAPPING_LAW_VIOLATED,
          "targets are a range",
          "targets",
          GradeRanges.format(targets()),
          "targets " + GradeRanges.format(targets()) + " are not a range: give grades of one scale, best first, with no gap");
    }
    Invariants.require(
        relation().hasOneTarget() == (targets().size() == 1),
        ModelCode.INVALID_VALUE,
        "relation fits the targets",
        "relation",
        relation().id(),
        () -> "relation "
            + relation().id()
            + " does not fit "
            + targets().size()
            + " target grade(s): exact and many-to-one have one target, one-to-many and many-to-many several");
    Invariants.require(
        policy() != Policy.STRICT || targets().size() == 1,
        ModelCode.INVALID_VALUE,
        "a strict conversion has one target",
        "policy",
        policy().id(),
        () -> "policy strict gives one grade, but the targets are " + GradeRanges.format(targets()) + ": use best, worst or range");
  }

  /** Builds a conversion record. */
  public static final class Builder extends ImmutableConversion.Builder {
    Builder() {}
  }
}
