package io.github.peelkit.assessment;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Violation;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import io.github.peelkit.mapping.ConversionException;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One published inspection of one subject against one framework, such as the PEEL 2021/22
 * inspection of Essex Police: its judgments area by area, its overall findings and the evidence
 * behind them.
 *
 * <p>Invariants checked when an assessment is built, each reported at the path of the offending
 * value ({@code judgments[2].grade}): every judged area is an area of the framework; every grade is
 * a grade of the assessment's {@linkplain #scale() scale} (the framework's, unless converted), and
 * so is every peer distribution and every target of a judgment's conversion; and the rules across
 * its parts that its {@link AssessmentOutline} checks: one judgment per area; finding ids and
 * evidence ids unique across the assessment; a finding's evidence links name evidence of the
 * assessment; a cause of concern's links name recommendations of the assessment.
 *
 * <p>What a valid assessment may still get wrong is returned by {@link #warnings()}.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Assessment {
  /** The grade id whose judgments, by the inspectorate's definition, come with a cause of concern. */
  static final String INADEQUATE = "inadequate";

  /** The scales whose inadequate grade is given where the inspectorate has causes of concern: the two PEEL scales. */
  static final java.util.Set<String> CONCERN_SCALES = java.util.Set.of(GradeScales.PEEL_2014.id(), GradeScales.PEEL_2021.id());

  /** Every judged area is an area of the assessment's framework. */
  public static final Rule AREAS_OF_FRAMEWORK = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "areas are of the framework");
  /** The areas a judgment's grade derives from are areas of the assessment's framework. */
  public static final Rule DERIVED_FROM_AREAS =
      Rule.of(ModelCode.UNRESOLVED_REFERENCE, "derived from areas of the framework");
  /** Every grade of an assessment is of its scale. */
  public static final Rule GRADES_OF_SCALE = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "grades are of the assessment's scale");
  /** A cause of concern is always accompanied by a recommendation: a warning. */
  public static final Rule CONCERN_WITH_RECOMMENDATION =
      Rule.of(ModelCode.CONCERN_WITHOUT_RECOMMENDATION, "a cause of concern has a recommendation");
  /** An inadequate grade is given where the inspectorate has causes of concern: a warning. */
  public static final Rule INADEQUATE_WITH_CONCERN =
      Rule.of(ModelCode.INADEQUATE_WITHOUT_CONCERN, "an inadequate grade comes with a cause of concern");
  /** A judgment looked up by its area's name ({@link #judgment(String)}) is there. */
  public static final Rule KNOWN_JUDGMENT = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "judgment exists");
  /** Evidence looked up by id ({@link #evidence(String)}, {@link Judgment#evidence(String)}) is there. */
  public static final Rule KNOWN_EVIDENCE = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "evidence exists");
  /** A finding looked up by id ({@link #finding(String)}) is there. */
  public static final Rule KNOWN_FINDING = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "finding exists");
  /** Published figures fit the sample they were computed from, allowing for rounding: a warning. */
  public static final Rule FIGURES_FIT = Rule.of(ModelCode.FIGURES_INCONSISTENT, "published figures fit the sample");

  Assessment() {}

  /** {@return the id, a slug such as {@code essex-peel-2021-22}} */
  public abstract String id();

  /** {@return what was inspected} */
  public abstract Subject subject();

  /** {@return the framework the subject was assessed against} */
  public abstract Framework framework();

  /** {@return the title of the published report} */
  public abstract String title();

  /** {@return the date the assessment was published} */
  public abstract LocalDate published();

  /** {@return the period the assessment covers, when given} */
  public abstract Optional<Period> period();

  /** {@return the document this assessment transcribes, when given} */
  public abstract Optional<Source> source();

  /** {@return a remark on the assessment, such as how sources differ, when given} */
  public abstract Optional<String> note();

  /** {@return the findings not tied to one area, such as HM Inspector's observations} */
  public abstract List<Finding> findings();

  /** {@return the judgments, one per area judged, in the report's order} */
  public abstract List<Judgment> judgments();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder for an assessment} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The scale the judgments' grades are on: the framework's scale, unless the assessment was
   * converted to another scale by a grade mapping.
   *
   * @return the scale of the grades; empty when the framework grades nothing
   */
  @Value.Default
  public Optional<GradeScale> scale() {
    return framework().scale();
  }

  /**
   * Finds the judgment of an area named by id, name or alias, ignoring case.
   *
   * @param area the area's id, name or alias
   * @return the judgment, or empty when the area is unknown or was not judged
   */
  public Optional<Judgment> findJudgment(String area) {
    return framework()
        .findArea(area)
        .flatMap(a -> judgments().stream().filter(j -> j.area().id().equals(a.id())).findFirst());
  }

  /**
   * Returns the judgment of an area named by id, name or alias, ignoring case.
   *
   * @param area the area's id, name or alias
   * @return the judgment
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when no judgment is of
   *     an area of that name; it lists the judged areas and says which was probably meant
   */
  public Judgment judgment(String area) {
    return Lookups.judgment(this, area);
  }

  /**
   * Returns this assessment with a judgment added, or put in place of the judgment of the same
   * area.
   *
   * @param judgment the judgment
   * @return the new assessment
   */
  public Assessment withJudgment(Judgment judgment) {
    List<Judgment> judgments = new ArrayList<>(judgments());
    int at = -1;
    for (int i = 0; i < judgments.size() && at < 0; i++) {
      if (judgments.get(i).area().id().equals(judgment.area().id())) {
        at = i;
      }
    }
    if (at >= 0) {
      judgments.set(at, judgment);
    } else {
      judgments.add(judgment);
    }
    return builder().from(this).judgments(judgments).build();
  }

  /**
   * Counts the graded judgments by grade, best grade first, listing every grade of the scale
   * (0 where none).
   *
   * @return the number of judgments with each grade; empty when the framework has no scale
   */
  public Map<Grade, Integer> gradeCounts() {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    scale().ifPresent(s -> s.grades().forEach(g -> counts.put(g, 0)));
    judgments().forEach(j -> j.grade().ifPresent(g -> counts.merge(g, 1, Integer::sum)));
    return counts;
  }

  /**
   * Converts this assessment to the target scale of a grade mapping.
   *
   * <p>Every graded judgment gets the grade the policy picks from its range, and records the
   * conversion (mapping id, original grade, targets, relation, comparability) with the policy as its
   * {@linkplain Converted outcome}; under {@link Policy#RANGE}, a judgment whose range holds several
   * grades stands for the range and has no grade. Ungraded judgments, statements, findings, finding
   * counts, evidence, notes and extensions are kept as they are, and the assessment's {@linkplain
   * #scale() scale} becomes the target scale.
   *
   * <p>A judgment's peer distribution is converted with the same policy, peer by peer: under {@link
   * Policy#BEST} and {@link Policy#WORST} every peer's grade becomes the best or worst of its range;
   * under {@link Policy#STRICT} and {@link Policy#RANGE} the distribution is converted only when
   * every grade that some peer holds maps to exactly one grade, and is <strong>dropped</strong>
   * otherwise, because peers' counts cannot be split across a range without inventing figures. (A
   * distribution cannot stay on the old scale: an assessment's grades are all on one scale.)
   *
   * @param mapping a mapping whose source scale is this assessment's scale
   * @param policy how to pick one grade from a range
   * @return the converted assessment
   * @throws ConversionException under {@link Policy#STRICT} when a judgment's grade maps to several
   *     grades; the message names the assessment, the judgment's area, the grade and the range
   * @throws IllegalArgumentException when the assessment is not on the mapping's source scale, or
   *     was converted already (convert the original with the mappings composed by {@link
   *     GradeMapping#andThen(GradeMapping)}, so that the record of the first step is not lost)
   */
  public Assessment convert(GradeMapping mapping, Policy policy) {
    return AssessmentConversion.convert(mapping, this, policy);
  }

  /**
   * Finds a piece of evidence anywhere in the assessment by id.
   *
   * @param id the evidence id
   * @return the evidence, or empty
   */
  public Optional<Evidence> findEvidence(String id) {
    for (Judgment judgment : judgments()) {
      Optional<Evidence> found = judgment.findEvidence(id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a piece of evidence anywhere in the assessment by id.
   *
   * @param id the evidence id
   * @return the evidence
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when none has that id,
   *     listing the ids and the one probably meant
   */
  public Evidence evidence(String id) {
    return Lookups.evidence(Lookups.allEvidence(this), id, "assessment " + id());
  }

  /**
   * Finds a finding anywhere in the assessment by id.
   *
   * @param id the finding id
   * @return the finding, or empty
   */
  public Optional<Finding> findFinding(String id) {
    return Located.findings(this).stream()
        .map(Located::value)
        .filter(f -> f.id().filter(id::equals).isPresent())
        .findFirst();
  }

  /**
   * Returns a finding anywhere in the assessment by id.
   *
   * @param id the finding id
   * @return the finding
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when none has that id,
   *     listing the ids and the one probably meant
   */
  public Finding finding(String id) {
    return Lookups.finding(this, id);
  }

  /**
   * Checks what a valid assessment may still get wrong: a cause of concern without a recommendation
   * ({@link ModelCode#CONCERN_WITHOUT_RECOMMENDATION}), an inadequate grade of a PEEL scale without a
   * cause of concern ({@link ModelCode#INADEQUATE_WITHOUT_CONCERN}), published figures that do not fit their
   * sample ({@link ModelCode#FIGURES_INCONSISTENT}).
   *
   * @return the violations of those rules, each with a code of severity warning, in document order;
   *     empty when there are none
   */
  public List<Violation> warnings() {
    return AssessmentWarnings.of(this);
  }

  // The checks below run on every assessment built (each load, each conversion): they test first and
  // write paths and messages only for a value they refuse.
  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    Checks.notBlank(found, "title", title());
    Optional<GradeScale> scale = scale();
    for (int i = 0; i < judgments().size(); i++) {
      Judgment judgment = judgments().get(i);
      Area area = judgment.area();
      if (!framework().findArea(area.id()).filter(area::equals).isPresent()) {
        found.add(
            AREAS_OF_FRAMEWORK.violation(
                "judgments[" + i + "].area",
                area.id(),
                "area '" + area.id() + "' is not an area of framework " + framework().id()));
      }
      if (judgment.derived().isPresent()) {
        List<String> from = judgment.derived().get().from();
        for (int j = 0; j < from.size(); j++) {
          String id = from.get(j);
          if (framework().findArea(id).filter(a -> a.id().equals(id)).isEmpty()) {
            found.add(
                DERIVED_FROM_AREAS.violation(
                    "judgments[" + i + "].derived.from[" + j + "]",
                    from.get(j),
                    "judgment of area '" + area.id() + "' derives from '" + from.get(j) + "', which is not an area id of"
                        + " framework " + framework().id()));
          }
        }
      }
      Outcome outcome = judgment.outcome();
      if (outcome instanceof Graded graded && !isOnScale(scale, graded.grade())) {
        found.add(offScale(scale, graded.grade(), "judgments[" + i + "].grade"));
      }
      if (outcome instanceof Converted converted) {
        List<Grade> targets = converted.conversion().targets().grades();
        for (int k = 0; k < targets.size(); k++) {
          if (!isOnScale(scale, targets.get(k))) {
            found.add(offScale(scale, targets.get(k), "judgments[" + i + "].conversion.targets[" + k + "]"));
          }
        }
      }
      if (judgment.distribution().isPresent()) {
        for (Grade g : judgment.distribution().get().counts().keySet()) {
          if (!isOnScale(scale, g)) {
            found.add(offScale(scale, g, "judgments[" + i + "].distribution.counts." + g.id()));
          }
        }
      }
    }
    found.addAll(AssessmentOutline.of(this).violations());
    found.throwIfAny();
  }

  private static boolean isOnScale(Optional<GradeScale> scale, Grade grade) {
    return scale.isPresent() && scale.get().contains(grade);
  }

  private Violation offScale(Optional<GradeScale> scale, Grade grade, String path) {
    return GRADES_OF_SCALE.violation(
        path,
        grade.id(),
        "grade '"
            + grade.id()
            + "' of scale "
            + grade.scale()
            + " is not a grade of "
            + scale.map(s -> "scale " + s.id()).orElse("any scale")
            + ", the scale of assessment "
            + id());
  }

  /** {@return the id, the subject, the framework, the date and the number of judgments: {@code essex-peel-2021-22: Essex Police, peel-2021-22, published 2022-10-14, 12 judgments}} */
  @Override
  public String toString() {
    return id() + ": " + subject().name() + ", " + framework().id() + ", published " + published() + ", " + judgments().size() + (judgments().size() == 1 ? " judgment" : " judgments");
  }

  /**
   * Returns a copy with another title, checked as any new assessment is.
   *
   * @param title the title
   * @return the new assessment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Assessment withTitle(String title) {
    return ImmutableAssessment.copyOf(this).withTitle(title);
  }

  /**
   * Returns a copy with another subject, checked as any new assessment is.
   *
   * @param subject the subject
   * @return the new assessment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Assessment withSubject(Subject subject) {
    return ImmutableAssessment.copyOf(this).withSubject(subject);
  }

  /**
   * Returns a copy with another date of publication, checked as any new assessment is.
   *
   * @param published the date of publication
   * @return the new assessment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Assessment withPublished(LocalDate published) {
    return ImmutableAssessment.copyOf(this).withPublished(published);
  }

  /**
   * Returns a copy with another period covered, checked as any new assessment is.
   *
   * @param period the period covered
   * @return the new assessment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Assessment withPeriod(Period period) {
    return ImmutableAssessment.copyOf(this).withPeriod(period);
  }

  /**
   * Returns a copy with another source cited, checked as any new assessment is.
   *
   * @param source the source cited
   * @return the new assessment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Assessment withSource(Source source) {
    return ImmutableAssessment.copyOf(this).withSource(source);
  }

  /**
   * Returns a copy with another note, checked as any new assessment is.
   *
   * @param note the note
   * @return the new assessment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Assessment withNote(String note) {
    return ImmutableAssessment.copyOf(this).withNote(note);
  }

  /**
   * Returns a copy with other findings not tied to one area, checked as any new assessment is.
   *
   * @param findings the findings not tied to one area, in order
   * @return the new assessment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Assessment withFindings(Iterable<? extends Finding> findings) {
    return ImmutableAssessment.copyOf(this).withFindings(findings);
  }

  /**
   * Returns a copy with other judgments, checked as any new assessment is.
   *
   * @param judgments the judgments, in order
   * @return the new assessment
   * @throws io.github.peelkit.check.InvariantException when the copy would break a rule of the model
   */
  public Assessment withJudgments(Iterable<? extends Judgment> judgments) {
    return ImmutableAssessment.copyOf(this).withJudgments(judgments);
  }

  /** Builds an assessment. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
