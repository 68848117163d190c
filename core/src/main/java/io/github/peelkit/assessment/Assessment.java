package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.Warning;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Invariants;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One published inspection of one subject against one framework, such as the PEEL 2021/22
 * inspection of Essex Police: its judgments area by area, its overall findings and the evidence
 * behind them.
 *
 * <p>Invariants checked when an assessment is built, each reported at the path of the offending
 * value ({@code judgments[2].grade}): every judged area is an area of the framework; one judgment
 * per area; every grade is a grade of the assessment's {@linkplain #scale() scale} (the framework's,
 * unless converted), and so is every peer distribution and every target of a judgment's
 * conversion;
 * finding ids and evidence ids are unique across the assessment; a finding's evidence links name
 * evidence of the assessment; a cause of concern's links name recommendations of the assessment.
 *
 * <p>What a valid assessment may still get wrong is returned by {@link #warnings()}.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Assessment implements Extensible {
  /** The grade id whose judgments, by the inspectorate's definition, come with a cause of concern. */
  static final String INADEQUATE = "inadequate";

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

  @Override
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
  public Optional<Judgment> judgment(String area) {
    return framework()
        .findArea(area)
        .flatMap(a -> judgments().stream().filter(j -> j.area().id().equals(a.id())).findFirst());
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
   * Finds a piece of evidence anywhere in the assessment by id.
   *
   * @param id the evidence id
   * @return the evidence, or empty
   */
  public Optional<Evidence> evidence(String id) {
    for (Judgment judgment : judgments()) {
      Optional<Evidence> found = judgment.evidence(id);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * Finds a finding anywhere in the assessment by id.
   *
   * @param id the finding id
   * @return the finding, or empty
   */
  public Optional<Finding> finding(String id) {
    return Located.findings(this).stream()
        .map(Located::value)
        .filter(f -> f.id().filter(id::equals).isPresent())
        .findFirst();
  }

  /**
   * Checks what a valid assessment may still get wrong: a cause of concern without a
   * recommendation ({@link ModelCode#CONCERN_WITHOUT_RECOMMENDATION}), an inadequate grade without a cause of concern ({@link
   * ModelCode#INADEQUATE_WITHOUT_CONCERN}), published figures that do not fit their sample ({@link ModelCode#FIGURES_INCONSISTENT}).
   *
   * @return the warnings, in document order; empty when there are none
   */
  public List<Warning> warnings() {
    return AssessmentWarnings.of(this);
  }

  // The checks below run on every assessment built (each load, each conversion): they test first and
  // write paths and messages only for a value they refuse.
  @Value.Check
  void check() {
    Checks.slug("id", id());
    Checks.notBlank("title", title());
    Optional<GradeScale> scale = scale();
    Set<String> judged = new HashSet<>();
    for (int i = 0; i < judgments().size(); i++) {
      Judgment judgment = judgments().get(i);
      Area area = judgment.area();
      if (!framework().findArea(area.id()).filter(area::equals).isPresent()) {
        throw Invariants.violation(
            ModelCode.UNRESOLVED_REFERENCE,
            "areas are of the framework",
            "judgments[" + i + "].area",
            area.id(),
            "area '" + area.id() + "' is not an area of framework " + framework().id());
      }
      if (!judged.add(area.id())) {
        throw Invariants.violation(
            ModelCode.JUDGMENT_CONFLICT,
            "one judgment per area",
            "judgments[" + i + "].area",
            area.id(),
            "area '" + area.id() + "' is judged twice: merge the two judgments into one");
      }
      if (judgment.grade().isPresent() && !isOnScale(scale, judgment.grade().get())) {
        throw offScale(scale, judgment.grade().get(), "judgments[" + i + "].grade");
      }
      List<Grade> targets = judgment.conversion().map(Conversion::targets).orElse(List.of());
      for (int k = 0; k < targets.size(); k++) {
        if (!isOnScale(scale, targets.get(k))) {
          throw offScale(scale, targets.get(k), "judgments[" + i + "].conversion.targets[" + k + "]");
        }
      }
      if (judgment.distribution().isPresent()) {
        for (Grade g : judgment.distribution().get().counts().keySet()) {
          if (!isOnScale(scale, g)) {
            throw offScale(scale, g, "judgments[" + i + "].distribution.counts." + g.id());
          }
        }
      }
    }
    checkIdsAndLinks();
  }

  private static boolean isOnScale(Optional<GradeScale> scale, Grade grade) {
    return scale.isPresent() && scale.get().contains(grade);
  }

  private InvariantException offScale(Optional<GradeScale> scale, Grade grade, String path) {
    return Invariants.violation(
        ModelCode.UNRESOLVED_REFERENCE,
        "grades are of the framework's scale",
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

  /**
   * Checks ids and links in one pass over the lists as they are, without locating every value first:
   * the collections are sized up front, and a path is written only for a refusal. The order of the
   * checks, and so the first refusal, is that of {@link Located#findings} and {@link Located#evidence}.
   */
  private void checkIdsAndLinks() {
    int findingCount = findings().size();
    int evidenceCount = 0;
    for (Judgment judgment : judgments()) {
      findingCount += judgment.findings().size();
      evidenceCount += judgment.evidence().size();
    }
    Map<String, Finding> findingsById = new HashMap<>(capacity(findingCount));
    for (int i = -1; i < judgments().size(); i++) {
      List<Finding> list = findingsOf(i);
      for (int j = 0; j < list.size(); j++) {
        Finding finding = list.get(j);
        Optional<String> id = finding.id();
        if (id.isPresent() && findingsById.putIfAbsent(id.get(), finding) != null) {
          throw Invariants.violation(
              ModelCode.DUPLICATE_ID,
              "finding ids are unique",
              Located.path(i, "findings", j) + ".id",
              id.get(),
              "finding id '" + id.get() + "' is used twice in assessment " + id());
        }
      }
    }
    Set<String> evidenceIds = new HashSet<>(capacity(evidenceCount));
    for (int i = 0; i < judgments().size(); i++) {
      List<Evidence> list = judgments().get(i).evidence();
      for (int j = 0; j < list.size(); j++) {
        Optional<String> id = list.get(j).id();
        if (id.isPresent() && !evidenceIds.add(id.get())) {
          throw Invariants.violation(
              ModelCode.DUPLICATE_ID,
              "evidence ids are unique",
              Located.path(i, "evidence", j) + ".id",
              id.get(),
              "evidence id '" + id.get() + "' is used twice in assessment " + id());
        }
      }
    }
    for (int i = -1; i < judgments().size(); i++) {
      List<Finding> list = findingsOf(i);
      for (int j = 0; j < list.size(); j++) {
        checkLinks(list.get(j), i, j, findingsById, evidenceIds);
      }
    }
  }

  /** The findings of a judgment, or the assessment's own for -1. */
  private List<Finding> findingsOf(int judgment) {
    return judgment < 0 ? findings() : judgments().get(judgment).findings();
  }

  private void checkLinks(Finding finding, int judgment, int index, Map<String, Finding> findingsById, Set<String> evidenceIds) {
    List<String> links = finding.evidence();
    for (int k = 0; k < links.size(); k++) {
      String link = links.get(k);
      if (!evidenceIds.contains(link)) {
        throw Invariants.violation(
            ModelCode.UNRESOLVED_REFERENCE,
            "evidence links resolve",
            Located.path(judgment, "findings", index) + ".evidence[" + k + "]",
            link,
            "finding links evidence '" + link + "', but no evidence of assessment " + id() + " has that id");
      }
    }
    List<String> recommendations = finding.recommendations();
    for (int k = 0; k < recommendations.size(); k++) {
      String link = recommendations.get(k);
      Finding target = findingsById.get(link);
      if (target == null || target.kind() != FindingKind.RECOMMENDATION) {
        throw Invariants.violation(
            ModelCode.UNRESOLVED_REFERENCE,
            "recommendation links resolve",
            Located.path(judgment, "findings", index) + ".recommendations[" + k + "]",
            link,
            target == null
                ? "cause of concern links recommendation '" + link + "', but no finding of assessment " + id() + " has that id"
                : "cause of concern links '" + link + "', which is a finding of kind " + target.kind().id() + ", not a recommendation");
      }
    }
  }

  /** The initial capacity of a hash map or set that holds a number of entries without growing. */
  private static int capacity(int entries) {
    return (int) (entries / 0.75f) + 1;
  }

  /** Builds an assessment. */
  public static final class Builder extends ImmutableAssessment.Builder {
    Builder() {}
  }
}
