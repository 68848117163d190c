package io.github.peelkit.assessment;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.internal.Violations;
import io.github.peelkit.mapping.ConversionException;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The judgment of one area: its {@linkplain Outcome outcome} (a grade of the framework's scale, a
 * grade or range a conversion gave, or ungraded with a reason), with the one-line statement,
 * findings, finding counts, evidence and peer distribution that the report gives for the area.
 *
 * <p>Invariants checked when a judgment is built: no grade (or range) on an area the framework does
 * not grade; the peer distribution on the scale of the grade. That the grade belongs to the
 * assessment's scale is checked by the {@link Assessment}, which knows the framework.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Judgment {
  /** A grade is given only on an area the framework grades. */
  public static final Rule GRADED_AREA = Rule.of(ModelCode.JUDGMENT_CONFLICT, "no grade on an ungraded area");
  /** The peer distribution is on the scale of the judgment's grade. */
  public static final Rule DISTRIBUTION_ON_GRADE_SCALE =
      Rule.of(ModelCode.UNRESOLVED_REFERENCE, "distribution on the scale of the grade");
  /** A judgment that states its grade derives from others has a grade. */
  public static final Rule DERIVED_IS_GRADED = Rule.of(ModelCode.JUDGMENT_CONFLICT, "a derived judgment is graded");
  /** An override records a departure from a derivation, which the judgment or its area states. */
  public static final Rule OVERRIDE_NEEDS_DERIVATION = Rule.of(ModelCode.JUDGMENT_CONFLICT, "an override overrides a derivation");

  Judgment() {}

  /** {@return the area judged} */
  public abstract Area area();

  /** {@return what the judgment concluded: a grade, a converted grade or range, or no grade with a reason} */
  public abstract Outcome outcome();

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

  /**
   * {@return the derivation this judgment states: its grade derives from the grades of other areas by
   * grading rules; see {@link #derivation()} for the one that applies}
   */
  public abstract Optional<Derivation> derived();

  /** {@return the record that the published grade departs from the derived one, and why, when there is one} */
  public abstract Optional<GradeOverride> override();

  /** {@return the free-form data kept with this value, empty when there is none} */
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
    return builder().area(area).outcome(Outcome.graded(grade)).build();
  }

  /**
   * Creates an ungraded judgment.
   *
   * @param area the area
   * @param reason why there is no grade
   * @return the judgment
   */
  public static Judgment ungraded(Area area, UngradedReason reason) {
    return builder().area(area).outcome(Outcome.ungraded(reason)).build();
  }

  /** {@return a builder for a judgment} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The derivation that applies to this judgment: the one it states, or else its area's, as the
   * framework states it for every judgment of the area.
   *
   * @return the derivation; empty when the grade does not derive from others
   */
  public Optional<Derivation> derivation() {
    return derived().or(() -> area().derived());
  }

  /** {@return the grade, when the judgment has one} */
  public Optional<Grade> grade() {
    return outcome().findGrade();
  }

  /** {@return why there is no grade, when the area was not graded} */
  public Optional<Ungraded> ungraded() {
    return outcome() instanceof Ungraded ungraded ? Optional.of(ungraded) : Optional.empty();
  }

  /** {@return where the grade came from, when the judgment was converted by a grade mapping} */
  public Optional<Converted> conversion() {
    return outcome() instanceof Converted converted ? Optional.of(converted) : Optional.empty();
  }

  /** {@return whether the judgment carries a grade} */
  public boolean isGraded() {
    return grade().isPresent();
  }

  /**
   * The grades this judgment may stand for: its grade alone, or the range a conversion under policy
   * {@code range} left in place of a grade.
   *
   * @return the range; empty when the judgment is ungraded
   */
  public Optional<GradeRange> gradeRange() {
    return outcome().findRange().map(r -> grade().map(GradeRange::of).orElse(r));
  }

  /**
   * Finds one piece of this judgment's evidence by id.
   *
   * @param id the evidence id
   * @return the evidence, or empty
   */
  public Optional<Evidence> findEvidence(String id) {
    return evidence().stream().filter(e -> e.id().filter(id::equals).isPresent()).findFirst();
  }

  /**
   * Returns one piece of this judgment's evidence by id.
   *
   * @param id the evidence id
   * @return the evidence
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when none has that id,
   *     listing the ids and the one probably meant
   */
  public Evidence evidence(String id) {
    return Lookups.evidence(evidence(), id, "the judgment of area " + area().id());
  }

  /**
   * Converts this judgment with a grade mapping, as {@link Assessment#convert(GradeMapping, Policy)}
   * converts each judgment of an assessment: a graded judgment gets the grade the policy picks from
   * its range (none under {@link Policy#RANGE} when the range holds several) and records the
   * conversion; its peer distribution is converted or dropped by the same rule; its findings,
   * evidence and the rest are kept. An ungraded judgment is returned as it is.
   *
   * <p>For converting many judgments on their own (one area across forces, say); an assessment is
   * converted whole with {@link Assessment#convert(GradeMapping, Policy)}, which also checks that the
   * result is a valid assessment.
   *
   * @param mapping a mapping whose source scale is this judgment's grade's
   * @param policy how to pick one grade from a range
   * @return the converted judgment
   * @throws ConversionException under {@link Policy#STRICT} when the grade maps to several grades;
   *     the message names the judgment's area, the grade and the range
   * @throws IllegalArgumentException when the grade is not of the mapping's source scale, or the
   *     judgment was converted already
   */
  public Judgment convert(GradeMapping mapping, Policy policy) {
    if (conversion().isPresent()) {
      throw new IllegalArgumentException(
          "cannot convert the judgment of area '"
              + area().id()
              + "' with mapping "
              + mapping.id()
              + ": it was converted already by mapping "
              + conversion().get().conversion().mapping()
              + "; convert the original with the mappings composed, first.andThen(second)");
    }
    return AssessmentConversion.judgment(mapping, this, policy, "the judgment");
  }

  /**
   * This judgment regraded by a conversion: the conversion as its outcome, and the peer distribution
   * replaced by the one given (converted to the new scale, or dropped); findings, evidence and
   * everything else are kept, shared with this judgment rather than copied. {@link
   * #convert(GradeMapping, Policy)} is the usual way to get one.
   *
   * @param converted the conversion of this judgment's grade, with the policy that picks the grade
   * @param distribution the peer distribution on the conversion's target scale, or empty
   * @return the converted judgment
   * @throws InvariantException when the result breaks an invariant of a judgment: the distribution is
   *     on another scale than the grade the conversion picks
   */
  public Judgment withConversion(Converted converted, Optional<PeerDistribution> distribution) {
    // Every judgment is an ImmutableJudgment: the constructor is package-private and the builder makes no other.
    ImmutableJudgment judgment = (ImmutableJudgment) this;
    if (distribution().isEmpty() && distribution.isEmpty()) {
      return judgment.withOutcome(converted);
    }
    // Outcome and distribution change scale together: the distribution goes first, so that each step
    // is a valid judgment, and each step keeps this judgment's lists instead of copying them.
    return judgment.withDistribution(Optional.empty()).withOutcome(converted).withDistribution(distribution);
  }

  @Value.Check
  void check() {
    Optional<GradeRange> range = outcome().findRange();
    if (derived().isPresent() || override().isPresent()) {
      checkDerivation(range.isPresent());
    }
    if (range.isEmpty()) {
      return;
    }
    Violations found = new Violations();
    Grade grade = grade().orElse(range.get().best());
    if (!area().graded()) {
      found.add(
          GRADED_AREA.violation(
              "grade",
              grade.id(),
              "area '" + area().id() + "' is not graded in its framework, but the judgment gives grade '" + grade.id()
                  + "': use ungraded with a reason"));
    }
    Optional<String> scale = distribution().isPresent() ? distribution().get().scale() : Optional.empty();
    if (scale.isPresent() && !scale.get().equals(grade.scale())) {
      found.add(
          DISTRIBUTION_ON_GRADE_SCALE.violation(
              "distribution",
              scale.get(),
              "distribution is on scale " + scale.get() + " but the grade is on scale " + grade.scale()));
    }
    found.throwIfAny();
  }

  private void checkDerivation(boolean graded) {
    Violations found = new Violations();
    if (derived().isPresent()) {
      if (!graded) {
        found.add(
            DERIVED_IS_GRADED.violation(
                "derived", area().id(), "judgment of area '" + area().id() + "' derives its grade, but has none: give the grade,"
                    + " or remove derived"));
      }
      found.addAll(derived().get().checkNotFrom(area().id()));
    }
    if (override().isPresent() && derivation().isEmpty()) {
      found.add(
          OVERRIDE_NEEDS_DERIVATION.violation(
              "override", area().id(), "judgment of area '" + area().id() + "' records an override, but its grade derives from"
                  + " nothing: state derived, or remove the override"));
    }
    found.throwIfAny();
  }

  /** {@return the area and the outcome: {@code fairness-and-respect: Good (peel-2021)}} */
  @Override
  public String toString() {
    return area().id() + ": " + outcome();
  }

  /**
   * Returns a copy with another outcome, checked as any new judgment is.
   *
   * @param outcome the outcome: a grade, or ungraded with a reason
   * @return the new judgment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Judgment withOutcome(Outcome outcome) {
    return ImmutableJudgment.copyOf(this).withOutcome(outcome);
  }

  /**
   * Returns a copy with another one-line statement, checked as any new judgment is.
   *
   * @param statement the one-line statement
   * @return the new judgment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Judgment withStatement(String statement) {
    return ImmutableJudgment.copyOf(this).withStatement(statement);
  }

  /**
   * Returns a copy with another date of publication, checked as any new judgment is.
   *
   * @param published the judgment's own date of publication
   * @return the new judgment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Judgment withPublished(LocalDate published) {
    return ImmutableJudgment.copyOf(this).withPublished(published);
  }

  /**
   * Returns a copy with another note, checked as any new judgment is.
   *
   * @param note the note
   * @return the new judgment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Judgment withNote(String note) {
    return ImmutableJudgment.copyOf(this).withNote(note);
  }

  /**
   * Returns a copy with other findings, checked as any new judgment is.
   *
   * @param findings the findings, in order
   * @return the new judgment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Judgment withFindings(Iterable<? extends Finding> findings) {
    return ImmutableJudgment.copyOf(this).withFindings(findings);
  }

  /**
   * Returns a copy with other evidence, checked as any new judgment is.
   *
   * @param evidence the evidence, in order
   * @return the new judgment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Judgment withEvidence(Iterable<? extends Evidence> evidence) {
    return ImmutableJudgment.copyOf(this).withEvidence(evidence);
  }

  /**
   * Returns a copy with another peer distribution, checked as any new judgment is.
   *
   * @param distribution the peer distribution
   * @return the new judgment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Judgment withDistribution(PeerDistribution distribution) {
    return ImmutableJudgment.copyOf(this).withDistribution(distribution);
  }

  /**
   * Returns a copy given a grade, in place of its grade or ungraded reason, checked as any new judgment is.
   *
   * @param grade the grade, of the framework's scale
   * @return the new judgment
   * @throws io.github.peelkit.check.InvariantException when the area is not graded
   */
  public Judgment withGrade(Grade grade) {
    return withOutcome(Outcome.graded(grade));
  }

  /** Builds a judgment. */
  public static final class Builder extends ImmutableJudgment.Builder {
    Builder() {}
  }
}
