package io.github.peelkit.compare;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Converted;
import io.github.peelkit.assessment.Judgment;
import java.util.Comparator;
import java.util.Optional;

/**
 * Assessments as published, the only ones comparisons take: their order of publication, and the
 * refusal of an assessment whose grades a mapping converted (a comparison applies a mapping itself,
 * so a converted assessment would be converted twice, or compared on a scale it was not graded on).
 */
final class Published {
  /** Publication order: by published date, then by id, so that assessments of one day keep a stable order. */
  static final Comparator<Assessment> ORDER = Comparator.comparing(Assessment::published).thenComparing(Assessment::id);

  private Published() {}

  /** {@return whether the assessment holds grades a mapping converted, or is on another scale than its framework's} */
  static boolean isConverted(Assessment assessment) {
    return findConversion(assessment).isPresent() || !assessment.scale().equals(assessment.framework().scale());
  }

  /**
   * Refuses an assessment whose grades a mapping converted.
   *
   * @throws IllegalArgumentException naming the assessment, the mapping and the scales
   */
  static void requireUnconverted(Assessment assessment) {
    if (!isConverted(assessment)) {
      return;
    }
    String how = findConversion(assessment)
        .map(c -> " by mapping " + c.conversion().mapping() + " from scale " + c.conversion().from().scale())
        .orElse("");
    throw new IllegalArgumentException(
        "assessment " + assessment.id() + " holds grades converted to scale "
            + assessment.scale().map(s -> s.id()).orElse("(none)") + how
            + ": compare the assessment as published; the comparison applies a mapping itself");
  }

  private static Optional<Converted> findConversion(Assessment assessment) {
    for (Judgment judgment : assessment.judgments()) {
      if (judgment.conversion().isPresent()) {
        return judgment.conversion();
      }
    }
    return Optional.empty();
  }
}
