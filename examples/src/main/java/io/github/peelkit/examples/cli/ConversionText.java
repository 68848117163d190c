package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A converted assessment as text: each judgment's original grade, the range the mapping gives it,
 * their relation and the grade picked, then the counts of the new grades and the mapping's note (for
 * the PEEL mappings, the inspectorate's caveat that the grades are not directly comparable).
 */
final class ConversionText {
  private ConversionText() {}

  /**
   * Renders a converted assessment.
   *
   * @param converted the assessment after conversion
   * @param mapping the mapping it was converted by
   * @return the text, each line ending with a line break
   */
  static String render(Assessment converted, GradeMapping mapping) {
    StringBuilder b = new StringBuilder();
    b.append(Wrap.paragraph(converted.title() + " (" + converted.id() + ")", "", "", AssessmentText.WIDTH));
    AssessmentText.conversion(converted).ifPresent(c -> b.append(Wrap.paragraph(
        "Converted to scale " + converted.scale().map(s -> s.id()).orElse("?") + " from scale "
            + c.conversion().from().scale() + " by mapping " + c.conversion().mapping() + ", policy " + c.policy().id(),
        "", "", AssessmentText.WIDTH)));
    b.append('\n');
    TextTable table = new TextTable(List.of("Area", "Was", "Maps to", "Relation", "Now"), 5);
    for (Judgment j : converted.judgments()) {
      if (j.conversion().isPresent()) {
        GradeConversion c = j.conversion().get().conversion();
        table.row(List.of(
            j.area().name(),
            c.from().label(),
            c.targets().grades().stream().map(Grade::label).collect(Collectors.joining(", ")),
            c.relation().id(),
            Words.grade(j)));
      } else {
        table.row(List.of(j.area().name(), Words.grade(j), "", "", Words.grade(j)));
      }
    }
    b.append(table.render(AssessmentText.WIDTH));
    b.append('\n');
    b.append(Wrap.paragraph(AssessmentText.grades(AssessmentView.of(converted)), "Grades: ", "        ", AssessmentText.WIDTH));
    if (!mapping.comparable() && mapping.note().isEmpty()) {
      b.append(Wrap.paragraph("the grades of the two scales are not directly comparable", "Caveat: ", "        ",
          AssessmentText.WIDTH));
    }
    mapping.note().ifPresent(note -> b.append(Wrap.paragraph(note, "Note:   ", "        ", AssessmentText.WIDTH)));
    return b.toString();
  }
}
