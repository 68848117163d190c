package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.internal.GradeRanges;
import io.github.peelkit.internal.Invariants;
import io.github.peelkit.scale.Grade;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The judgment of one area: either a grade of the framework's scale, or {@linkplain Ungraded
 * ungraded} with a reason, never both; with the one-line statement, findings, finding counts,
 * evidence and peer distribution that the report gives for the area.
 *
 * <p>A judgment converted by a grade mapping also records where its grade came from, as a {@link
 * Conversion}. Under policy {@code range} a mapping may give several grades; the judgment then has
 * no grade and no ungraded reason, and its conversion holds the range ({@link #gradeRange()}).
 *
 * <p>Invariants checked when a judgment is built: exactly one of a grade, ungraded, or a conversion
 * that holds a range; a grade that comes with a conversion is the grade the conversion's policy
 * picks from its targets; no conversion on an ungraded judgment; no grade (or range) on an area the
 * framework does not grade; the peer distribution on the scale of the grade. That the grade belongs
 * to the assessment's scale is checked by the {@link Assessment}, which knows the framework.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Judgment implements Extensible {
  Judgment() {}

  /** {@return the area judged} */
  public abstract Area area();

  /** {@return the grade, when the area was graded} */
  public abstract Optional<Grade> grade();

  /** {@return why there is no grade, when the area was not graded} */
  public abstract Optional<Ungraded> ungraded();

  /** {@return the one-line statement, such as "Essex Police is adequate at investigating crime.", when given} */
  public abstract Optional<String> statement();

  /** {@return the date this judgment was published, when it differs from the assessment's} */
  public abstract Optional<LocalDate> published();

  /** {@return a remark on the judgment, such as how a source counts it, when given} */
  public abstract Optional<String> note();

  /** {@return the findings about this area, in the report's order} */
  public abstract List<Finding> findings();

  /** {@return the counts of findings, where only counts were published} */
  public abstract Optional<FindingCounts> findingCounts();

  /** {@return the evidence behind this judgment, in the report's order} */
  public abstract List<Evidence> evidence();

  /** {@return how peers were graded in the same area, when published} */
  public abstract Optional<PeerDistribution> distribution();

  /** {@return where the grade came from, when the judgment was converted by a grade mapping} */
  public abstract Optional<Conversion> conversion();

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a graded judgment.
   *
   * @param area the area
   * @param grade the grade, of the framework's scale
   * @return the judgment
   */
  public static Judgment graded(Area area, Grade grade) {
    return builder().area(area).grade(grade).build();
  }

  /**
   * Creates an ungraded judgment.
   *
   * @param area the area
   * @param reason why there is no grade
   * @return the judgment
   */
  public static Judgment ungraded(Area area, UngradedReason reason) {
    return builder().area(area).ungraded(Ungraded.of(reason)).build();
  }

  /** {@return a builder for a judgment} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether the judgment carries a grade} */
  public boolean isGraded() {
    return grade().isPresent();
  }

  /**
   * The grades this judgment may stand for: its grade alone, or the range a conversion under policy
   * {@code range} left in place of a grade.
   *
   * @return the grades, best first; empty when the judgment is ungraded
   */
  public List<Grade> gradeRange() {
    if (grade().isPresent()) {
      return List.of(grade().get());
    }
    return conversion().map(Conversion::targets).orElse(List.of());
  }

  /**
   * Finds one piece of this judgment's evidence by id.
   *
   * @param id the evidence id
   * @return the evidence, or empty
   */
  public Optional<Evidence> evidence(String id) {
    return evidence().stream().filter(e -> e.id().filter(id::equals).isPresent()).findFirst();
  }

  /**
   * This judgment regraded by a conversion: the grade the conversion picks (none when it holds a
   * range), the conversion recorded, and the peer distribution replaced by the one given (converted
   * to the new scale, or dropped); findings, evidence and everything else are kept, shared with this
   * judgment rather than copied. {@link io.github.peelkit.mapping.GradeMapping#convert(Judgment,
   * io.github.peelkit.mapping.Policy)} is the usual way to get one.
   *
   * @param conversion the conversion of this judgment's grade
   * @param distribution the peer distribution on the conversion's target scale, or empty
   * @return the converted judgment
   * @throws InvariantException when the result breaks an invariant of a judgment: this judgment is
   *     ungraded, or the distribution is on another scale than the grade the conversion picks
   */
  public Judgment withConversion(Conversion conversion, Optional<PeerDistribution> distribution) {
    if (conversion.isRange() || grade().isEmpty() || conversion().isPresent()) {
      // Built whole, so that a refusal names what is wrong with the result, not a step towards it.
      return builder().from(this).grade(conversion.grade()).conversion(conversion).distribution(distribution).build();
    }
    // Each step is a valid judgment (grade and distribution change scale together, the grade before
    // the record of where it came from), and each keeps this judgment's lists instead of copying them.
    // Every judgment is an ImmutableJudgment: the constructor is package-private and the builder makes no other.
    ImmutableJudgment judgment = (ImmutableJudgment) this;
    if (distribution().isEmpty() && distribution.isEmpty()) {
      return judgment.withGrade(conversion.grade()).withConversion(conversion);
    }
    return judgment
        .withDistribution(Optional.empty())
        .withGrade(conversion.grade())
        .withConversion(conversion)
        .withDistribution(distribution);
  }

  @Value.Check
  void check() {
    boolean range = conversion().filter(Conversion::isRange).isPresent();
    int given = (grade().isPresent() ? 1 : 0) + (ungraded().isPresent() ? 1 : 0) + (range ? 1 : 0);
    Invariants.require(
        given == 1,
        ModelCode.JUDGMENT_CONFLICT,
        "exactly one of grade, ungraded, or a conversion that holds a range",
        given == 0 ? "grade" : grade().isPresent() ? (ungraded().isPresent() ? "ungraded" : "grade") : "conversion",
        area().id(),
        () -> given == 0 ? "judgment of area '" + area().id() + "' has neither a grade nor ungraded: give one" : conflict());
    conversion().ifPresent(this::checkConversion);
    // The first grade of gradeRange(), without making the list: every conversion builds judgments.
    Grade grade = grade().isPresent() ? grade().get() : conversion().isPresent() ? conversion().get().targets().get(0) : null;
    if (grade == null) {
      return;
    }
    Invariants.require(
        area().graded(),
        ModelCode.JUDGMENT_CONFLICT,
        "no grade on an ungraded area",
        "grade",
        grade.id(),
        () -> "area '" + area().id() + "' is not graded in its framework, but the judgment gives grade '" + grade.id() + "': use ungraded with a reason");
    Invariants.require(
        grade.isPlaced(), ModelCode.UNRESOLVED_REFERENCE, "grades come from a scale", "grade", grade.id(), () -> "grade '" + grade.id() + "' is not placed in a scale: take it from a GradeScale");
    Optional<String> scale = distribution().isPresent() ? distribution().get().scale() : Optional.empty();
    if (scale.isPresent() && !scale.get().equals(grade.scale())) {
      throw Invariants.violation(
          ModelCode.UNRESOLVED_REFERENCE,
          "distribution on the scale of the grade",
          "distribution",
          scale.get(),
          "distribution is on scale " + scale.get() + " but the grade is on scale " + grade.scale());
    }
  }

  private String conflict() {
    if (grade().isPresent() && ungraded().isPresent()) {
      return "judgment of area '" + area().id() + "' has both a grade and ungraded: keep one";
    }
    String range = conversion().map(c -> GradeRanges.format(c.targets())).orElse("[]");
    return grade().isPresent()
        ? "judgment of area '" + area().id() + "' has grade '" + grade().get().id() + "', but its conversion under policy range holds "
            + range + ": give no grade, or convert under another policy"
        : "judgment of area '" + area().id() + "' is ungraded, but its conversion under policy range holds " + range + ": keep one";
  }

  private void checkConversion(Conversion conversion) {
    Invariants.require(
        ungraded().isEmpty(),
        ModelCode.JUDGMENT_CONFLICT,
        "no conversion on an ungraded judgment",
        "conversion",
        area().id(),
        () -> "judgment of area '" + area().id() + "' is ungraded but has a conversion: a conversion records where a grade came from");
    conversion
        .grade()
        .ifPresent(
            picked ->
                Invariants.require(
                    grade().filter(picked::equals).isPresent(),
                    ModelCode.JUDGMENT_CONFLICT,
                    "the grade is the one the conversion picks",
                    "grade",
                    grade().map(Grade::id).orElse(""),
                    () -> "judgment of area '"
                        + area().id()
                        + "' has "
                        + grade().map(g -> "grade '" + g.id() + "'").orElse("no grade")
                        + ", but its conversion under policy "
                        + conversion.policy().id()
                        + " picks '"
                        + picked.id()
                        + "' from "
                        + GradeRanges.format(conversion.targets())));
  }

  /** Builds a judgment. */
  public static final class Builder extends ImmutableJudgment.Builder {
    Builder() {}
  }
}
