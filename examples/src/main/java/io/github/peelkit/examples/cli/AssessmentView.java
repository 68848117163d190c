package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.framework.Area;
import io.github.peelkit.grading.Derivations;
import io.github.peelkit.grading.DerivedGrade;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.scale.Grade;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An assessment as {@code peel show} presents it: the judgments shown (all of them, or with {@code
 * --as-of} those published by that date), the ones left out, and the counts of grades and findings
 * over what is shown. The text, Markdown and JSON renderers all read this, so they count alike.
 *
 * @param assessment the assessment
 * @param judgments the judgments shown, in the report's order
 * @param leftOut the judgments published after the as-of date, in the report's order
 * @param asOf the date judgments were counted as of, when one was given
 * @param derived the judgments shown whose grades derive from others by grading rules, evaluated
 */
public record AssessmentView(
    Assessment assessment, List<Judgment> judgments, List<Judgment> leftOut, Optional<LocalDate> asOf, List<DerivedGrade> derived) {
  public AssessmentView {
    judgments = List.copyOf(judgments);
    leftOut = List.copyOf(leftOut);
    derived = List.copyOf(derived);
  }

  /** {@return every judgment of the assessment, with no derived grade evaluated} */
  static AssessmentView of(Assessment assessment) {
    return new AssessmentView(assessment, assessment.judgments(), List.of(), Optional.empty(), List.of());
  }

  /** {@return every judgment of the assessment, each derived grade evaluated by the rules known} */
  public static AssessmentView of(Assessment assessment, Map<String, GradingRules> rules) {
    return new AssessmentView(assessment, assessment.judgments(), List.of(), Optional.empty(), Derivations.of(assessment, rules));
  }

  /**
   * The assessment as it stood on a date: only the judgments published by then, each by its own
   * published date, else the assessment's. This is how a force's press release on the day of the
   * report counts grades, when an area was graded and added to the report later.
   */
  static AssessmentView asOf(Assessment assessment, LocalDate date, Map<String, GradingRules> rules) {
    List<Judgment> shown = new ArrayList<>();
    List<Judgment> later = new ArrayList<>();
    for (Judgment judgment : assessment.judgments()) {
      (published(assessment, judgment).isAfter(date) ? later : shown).add(judgment);
    }
    List<DerivedGrade> derived = Derivations.of(assessment, rules).stream().filter(d -> shown.contains(d.judgment())).toList();
    return new AssessmentView(assessment, shown, later, Optional.of(date), derived);
  }

  /** {@return the derived grade of a judgment shown, when its grade derives from others} */
  Optional<DerivedGrade> derivedGrade(Judgment judgment) {
    return derived.stream().filter(d -> d.judgment() == judgment).findFirst();
  }

  /** {@return the date a judgment was published: its own, else its assessment's} */
  static LocalDate published(Assessment assessment, Judgment judgment) {
    return judgment.published().orElse(assessment.published());
  }

  /** {@return the number of judgments shown with each grade of the scale, best first, 0 included} */
  Map<Grade, Integer> gradeCounts() {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    assessment.scale().ifPresent(s -> s.grades().forEach(g -> counts.put(g, 0)));
    judgments.forEach(j -> j.grade().ifPresent(g -> counts.merge(g, 1, Integer::sum)));
    return counts;
  }

  /** {@return the number of judgments shown that carry a grade} */
  long graded() {
    return judgments.stream().filter(Judgment::isGraded).count();
  }

  /** {@return the number of judgments shown that a conversion left with a range of grades} */
  long ranges() {
    return judgments.stream().filter(j -> j.grade().isEmpty() && j.ungraded().isEmpty()).count();
  }

  /** {@return the findings of every kind that occurs, over the assessment's own findings and the judgments shown} */
  public Map<FindingKind, Integer> findingCounts() {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    assessment.findings().forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
    judgments.forEach(j -> tally(j).forEach((kind, n) -> counts.merge(kind, n, Integer::sum)));
    return counts;
  }

  /** {@return the kinds of finding the judgments shown have, in the order of {@link FindingKind}} */
  List<FindingKind> judgmentFindingKinds() {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    judgments.forEach(j -> tally(j).forEach((kind, n) -> counts.merge(kind, n, Integer::sum)));
    return List.copyOf(counts.keySet());
  }

  /**
   * Counts a judgment's findings by kind: where the report published a count of a kind, that count
   * (it may count findings that were not transcribed); otherwise the findings listed.
   */
  public static Map<FindingKind, Integer> tally(Judgment judgment) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (Finding finding : judgment.findings()) {
      counts.merge(finding.kind(), 1, Integer::sum);
    }
    judgment.findingCounts().ifPresent(published -> counts.putAll(published.counts()));
    return counts;
  }

  /** {@return the depth of every area of the framework in its tree: 0 for a top-level area, 1 below it, ...} */
  public Map<String, Integer> depths() {
    Map<String, Integer> depths = new LinkedHashMap<>();
    depths(assessment.framework().areas(), 0, depths);
    return depths;
  }

  private static void depths(List<Area> areas, int depth, Map<String, Integer> depths) {
    for (Area area : areas) {
      depths.put(area.id(), depth);
      depths(area.areas(), depth + 1, depths);
    }
  }

  /** {@return whether any judgment shown was published on a date of its own} */
  boolean hasJudgmentDates() {
    return judgments.stream().anyMatch(j -> j.published().isPresent());
  }
}
