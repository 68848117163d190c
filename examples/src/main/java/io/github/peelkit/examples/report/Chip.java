package io.github.peelkit.examples.report;

import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A grade as the report shows it: a labelled chip, its text the grade's label (or why there is no
 * grade), its colour the grade's {@linkplain Palette#tier(int, int) tier} — a help to the eye, never
 * the only thing that tells grades apart.
 *
 * @param label what the chip says, such as {@code Requires improvement} or {@code not graded}
 * @param style the CSS class of its colour: {@code tier-0} to {@code tier-4}, or {@code no-grade}
 */
public record Chip(String label, String style) {
  /** The chip of an area not judged at all: an empty cell would be read as a missing value. */
  static final Chip ABSENT = new Chip("not judged", "no-grade absent");

  /** {@return the chip of a grade} */
  static Chip of(Grade grade, int scaleSize) {
    return new Chip(Texts.line(grade.label()), "tier-" + Palette.tier(grade.rank(), scaleSize));
  }

  /** {@return the chip of a judgment: its grade, the range a conversion left, or its ungraded reason} */
  static Chip of(Judgment judgment, int scaleSize) {
    if (judgment.grade().isPresent()) {
      return of(judgment.grade().get(), scaleSize);
    }
    Optional<GradeRange> range = judgment.gradeRange();
    if (range.isPresent()) {
      String label = range.get().grades().stream().map(g -> Texts.line(g.label())).collect(Collectors.joining(" or "));
      return new Chip(label, "tier-" + Palette.tier(range.get().grades().get(0).rank(), scaleSize));
    }
    return new Chip(judgment.ungraded().map(u -> u.reason().id().replace('-', ' ')).orElse("no grade"), "no-grade");
  }

  /** {@return the chip of a judgment that may be missing} */
  static Chip of(Optional<Judgment> judgment, int scaleSize) {
    return judgment.map(j -> of(j, scaleSize)).orElse(ABSENT);
  }
}
