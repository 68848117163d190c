package io.github.peelkit.assessment;

import io.github.peelkit.check.Violation;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Sample;
import java.util.ArrayList;
import java.util.List;

/** The warnings of an assessment: PK013, PK014 and PK010, each in document order. */
final class AssessmentWarnings {
  private AssessmentWarnings() {}

  static List<Violation> of(Assessment assessment) {
    List<Violation> warnings = new ArrayList<>();
    for (Located<Finding> f : Located.findings(assessment)) {
      Finding finding = f.value();
      if (finding.kind() == FindingKind.CAUSE_OF_CONCERN && finding.recommendations().isEmpty()) {
        warnings.add(
            Assessment.CONCERN_WITH_RECOMMENDATION.violation(
                f.path(),
                finding.title(),
                "cause of concern '"
                    + finding.title()
                    + "' has no recommendation: a cause of concern is always accompanied by one;"
                    + " link it under recommendations"));
      }
    }
    for (int i = 0; i < assessment.judgments().size(); i++) {
      Judgment judgment = assessment.judgments().get(i);
      // The police inspectorate defines Inadequate by its causes of concern; other inspectorates (CQC) do not.
      boolean inadequate =
          judgment.grade().filter(g -> g.id().equals(Assessment.INADEQUATE) && Assessment.CONCERN_SCALES.contains(g.scale())).isPresent();
      boolean concern = judgment.findings().stream().anyMatch(f -> f.kind() == FindingKind.CAUSE_OF_CONCERN);
      if (inadequate && !concern) {
        warnings.add(
            Assessment.INADEQUATE_WITH_CONCERN.violation(
                "judgments[" + i + "].grade",
                Assessment.INADEQUATE,
                "area '"
                    + judgment.area().id()
                    + "' is graded inadequate without a cause of concern: inadequate is given where the"
                    + " inspectorate has causes of concern; add the cause of concern as a finding"));
      }
    }
    for (Located<Evidence> e : Located.evidence(assessment)) {
      if (e.value() instanceof Sample sample) {
        sample
            .figuresCheck()
            .filter(check -> !check.isConsistent())
            .ifPresent(
                check ->
                    warnings.add(
                        Assessment.FIGURES_FIT.violation(
                            e.path() + ".reported", sample.id().orElse(sample.description()), check.explanation())));
      }
    }
    return warnings;
  }
}
