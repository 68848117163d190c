package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.yaml.YamlReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What show counts, on every assessment of the example data. */
class AssessmentViewTest {
  private static Collection<Assessment> examples() {
    return YamlReader.standard().read(Path.of("data")).orThrow().assessments().values();
  }

  @Test
  void withoutADateTheGradeCountsAreTheAssessments() {
    for (Assessment assessment : examples()) {
      assertEquals(assessment.gradeCounts(), AssessmentView.of(assessment).gradeCounts(), assessment.id());
    }
  }

  @Test
  void aDateSplitsTheJudgmentsWithoutLosingOrReorderingAny() {
    for (Assessment assessment : examples()) {
      for (LocalDate date : List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2016, 12, 1), LocalDate.of(2022, 10, 14), LocalDate.of(2030, 1, 1))) {
        AssessmentView view = AssessmentView.asOf(assessment, date, java.util.Map.of());
        List<Judgment> all = new ArrayList<>(view.judgments());
        all.addAll(view.leftOut());
        all.sort((a, b) -> Integer.compare(assessment.judgments().indexOf(a), assessment.judgments().indexOf(b)));
        assertEquals(assessment.judgments(), all, assessment.id() + " as of " + date);
        view.judgments().forEach(j -> assertEquals(false, AssessmentView.published(assessment, j).isAfter(date)));
        view.leftOut().forEach(j -> assertEquals(true, AssessmentView.published(assessment, j).isAfter(date)));
      }
    }
  }

  @Test
  void peel2016PillarsCountAsTheyWerePublished() {
    Assessment peel2016 = examples().stream().filter(a -> a.id().equals("essex-peel-2016")).findFirst().orElseThrow();
    // Efficiency on 3 November 2016, legitimacy on 8 December 2016, effectiveness on 2 March 2017.
    assertEquals(List.of("efficiency"), areas(AssessmentView.asOf(peel2016, LocalDate.of(2016, 12, 1), java.util.Map.of())));
    assertEquals(List.of("efficiency", "legitimacy"), areas(AssessmentView.asOf(peel2016, LocalDate.of(2017, 3, 1), java.util.Map.of())));
  }

  @Test
  void publishedCountsStandForTheFindingsOfTheirKind() {
    Assessment peel2016 = examples().stream().filter(a -> a.id().equals("essex-peel-2016")).findFirst().orElseThrow();
    // Seed 001: "No recommendations, 9 areas for improvement".
    assertEquals(
        Map.of(FindingKind.RECOMMENDATION, 0, FindingKind.AREA_FOR_IMPROVEMENT, 9),
        AssessmentView.tally(peel2016.judgment("effectiveness")));
  }

  private static List<String> areas(AssessmentView view) {
    return view.judgments().stream().map(j -> j.area().id()).toList();
  }
}
