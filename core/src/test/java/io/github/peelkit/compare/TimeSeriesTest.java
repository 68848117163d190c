package io.github.peelkit.compare;

import static io.github.peelkit.compare.Rounds.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.mapping.GradeMappings;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSeriesTest {
  private static final MappingChoice BUILT_IN = MappingChoice.of(List.of(GradeMappings.PEEL_2014_TO_PEEL_2021));

  private static List<String> ids(List<Assessment> assessments) {
    return assessments.stream().map(Assessment::id).toList();
  }

  @Test
  void essexInPublicationOrderWithTheDirectionOfEachStep() {
    TimeSeries series = TimeSeries.of(List.of(Rounds.essex2021(), Rounds.essex2016(), Rounds.essex2017()), BUILT_IN);
    assertEquals(List.of("essex-peel-2016", "essex-peel-2017", "essex-peel-2021-22"), ids(series.assessments()));
    assertEquals(2, series.steps().size());
    assertEquals("essex-peel-2016", series.steps().get(0).earlier().id());
    assertEquals("essex-peel-2017", series.steps().get(0).later().id());
    assertEquals(3, series.steps().get(0).counts().get(Direction.STABLE));
    assertEquals(GradeMappings.PEEL_2014_TO_PEEL_2021.note(), series.steps().get(1).caveat());
    assertEquals("essex-peel-2021-22", series.latest().id());
    assertEquals("essex", series.subject().id());
    assertEquals("essex: [essex-peel-2016, essex-peel-2017, essex-peel-2021-22]", series.toString());
  }

  @Test
  void assessmentsOfOneDayAreOrderedById() {
    Assessment b = assessment("essex-b", "essex", Rounds.PEEL_2017, "2018-03-22", "efficiency=good");
    Assessment a = assessment("essex-a", "essex", Rounds.PEEL_2017, "2018-03-22", "efficiency=requires-improvement");
    TimeSeries series = TimeSeries.of(List.of(b, a), MappingChoice.identity());
    assertEquals(List.of("essex-a", "essex-b"), ids(series.assessments()));
    assertEquals(Direction.IMPROVED, series.steps().get(0).area("efficiency").orElseThrow().direction());
    assertEquals(series, TimeSeries.of(List.of(a, b), MappingChoice.identity()));
  }

  @Test
  void oneAssessmentIsASeriesWithoutSteps() {
    TimeSeries series = TimeSeries.of(List.of(Rounds.essex2016()), BUILT_IN);
    assertEquals(List.of(), series.steps());
    assertEquals(Rounds.essex2016(), series.latest());
  }

  @Test
  void bySubjectGivesOneSeriesPerSubjectOrderedBySubjectId() {
    Assessment kent = assessment("kent-peel-2017", "kent", Rounds.PEEL_2017, "2018-03-22", "efficiency=good");
    Assessment avon = assessment("avon-peel-2017", "avon", Rounds.PEEL_2017, "2018-03-22", "efficiency=outstanding");
    List<TimeSeries> series = TimeSeries.bySubject(List.of(kent, Rounds.essex2017(), avon, Rounds.essex2016()), BUILT_IN);
    assertEquals(List.of("avon", "essex", "kent"), series.stream().map(s -> s.subject().id()).toList());
    assertEquals(List.of("essex-peel-2016", "essex-peel-2017"), ids(series.get(1).assessments()));
    assertEquals(List.of(), TimeSeries.bySubject(List.of(), BUILT_IN));
  }

  @Test
  void refusesNothingAndSeveralSubjects() {
    assertEquals(
        "a time series needs at least one assessment",
        assertThrows(IllegalArgumentException.class, () -> TimeSeries.of(List.of(), BUILT_IN)).getMessage());
    Assessment kent = assessment("kent-peel-2017", "kent", Rounds.PEEL_2017, "2018-03-22", "efficiency=good");
    assertEquals(
        "assessment kent-peel-2017 is of subject kent, not essex: a time series is of one subject; use TimeSeries.bySubject for"
            + " several",
        assertThrows(IllegalArgumentException.class, () -> TimeSeries.of(List.of(Rounds.essex2016(), kent), BUILT_IN)).getMessage());
  }
}
