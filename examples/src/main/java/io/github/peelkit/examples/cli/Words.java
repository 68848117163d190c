package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The words text and Markdown output use for grades, ungraded reasons and kinds of finding. */
public final class Words {
  private Words() {}

  /** {@return an ungraded reason as words, such as {@code graded separately}} */
  static String reason(UngradedReason reason) {
    return reason.id().replace('-', ' ');
  }

  /**
   * {@return what a judgment says in the grade column: the grade's label, the range a conversion
   * left ("Good or Adequate"), or the ungraded reason in parentheses}
   */
  static String grade(Judgment judgment) {
    if (judgment.grade().isPresent()) {
      return judgment.grade().get().label();
    }
    if (judgment.ungraded().isPresent()) {
      return "(" + reason(judgment.ungraded().get().reason()) + ")";
    }
    return judgment.gradeRange().map(r -> r.grades().stream().map(Grade::label).collect(Collectors.joining(" or "))).orElse("");
  }

  /** {@return a kind of finding as a short column header, such as {@code AFI}} */
  static String abbreviation(FindingKind kind) {
    return switch (kind) {
      case STRENGTH -> "Str";
      case AREA_FOR_IMPROVEMENT -> "AFI";
      case CAUSE_OF_CONCERN -> "CoC";
      case RECOMMENDATION -> "Rec";
      case INNOVATIVE_PRACTICE -> "Inn";
      case PROMISING_PRACTICE -> "Pro";
      case WORK_IN_PROGRESS -> "WIP";
      case OBSERVATION -> "Obs";
    };
  }

  /** {@return a kind of finding in the plural, such as {@code areas for improvement}} */
  public static String plural(FindingKind kind) {
    return switch (kind) {
      case STRENGTH -> "strengths";
      case AREA_FOR_IMPROVEMENT -> "areas for improvement";
      case CAUSE_OF_CONCERN -> "causes of concern";
      case RECOMMENDATION -> "recommendations";
      case INNOVATIVE_PRACTICE -> "innovative practices";
      case PROMISING_PRACTICE -> "promising practices";
      case WORK_IN_PROGRESS -> "pieces of work in progress";
      case OBSERVATION -> "observations";
    };
  }

  /** {@return a count of a kind of finding, such as {@code 1 area for improvement}} */
  public static String count(FindingKind kind, int count) {
    return count + " " + (count == 1 ? singular(kind) : plural(kind));
  }

  private static String singular(FindingKind kind) {
    return kind == FindingKind.WORK_IN_PROGRESS ? "piece of work in progress" : kind.id().replace('-', ' ');
  }

  /** {@return counts by kind as a list, such as {@code 35 strengths, 10 areas for improvement}; "none" when all are 0} */
  static String findingCounts(Map<FindingKind, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((kind, count) -> {
      if (count > 0) {
        parts.add(count(kind, count));
      }
    });
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** {@return counts by grade as a list, such as {@code 1 Outstanding, 4 Good}; "none" when all are 0} */
  static String gradeCounts(Map<Grade, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((grade, count) -> {
      if (count > 0) {
        parts.add(count + " " + grade.label());
      }
    });
    return parts.isEmpty() ? "none" : String.join(", ", parts);
  }

  /** {@return a count with its noun, singular for one: {@code 1 file}, {@code 4 files}} */
  static String count(long count, String singular, String plural) {
    return count + " " + (count == 1 ? singular : plural);
  }
}
