package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Warning;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Sample;
import java.util.ArrayList;
import java.util.List;

/** The warnings of an assessment: PK013, PK014 and PK010, each in document order. */
final class AssessmentWarnings {
  private AssessmentWarnings() {}

  static List<Warning> of(Assessment assessment) {
    List<Warning> warnings = new ArrayList<>();
    for (Located<Finding> f : Located.findings(assessment)) {
      Finding finding = f.value();
      if (finding.kind() == FindingKind.CAUSE_OF_CONCERN && finding.recommendations().isEmpty()) {
        warnings.add(
            Warning.of(
                ModelCode.CONCERN_WITHOUT_RECOMMENDATION,
                f.path(),
                "cause of concern '"
                    + finding.title()
                    + "' has no recommendation: a cause of concern is always accompanied by one;"
                    + " link it under recommendations",
                finding.title()));
      }
    }
    for (int i = 0; i < assessment.judgments().size(); i++) {
      Judgment judgment = assessment.judgments().get(i);
      boolean inadequate = judgment.grade().filter(g -> g.id().equals(Assessment.INADEQUATE)).isPresent();
      boolean concern = judgment.findings().stream().anyMatch(f -> f.kind() == FindingKind.CAUSE_OF_CONCERN);
      if (inadequate && !concern) {
        warnings.add(
            Warning.of(
                ModelCode.INADEQUATE_WITHOUT_CONCERN,
                "judgments[" + i + "].grade",
                "area '"
                    + judgment.area().id()
                    + "' is graded inadequate without a cause of concern: inadequate is given where the"
                    + " inspectorate has causes of concern; add the cause of concern as a finding",
                Assessment.INADEQUATE));
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
                        Warning.of(
                            ModelCode.FIGURES_INCONSISTENT,
                            e.path() + ".reported",
                            check.explanation(),
                            sample.id().orElse(sample.description()))));
      }
    }
    return warnings;
  }
}
