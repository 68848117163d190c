package io.github.peelkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Severity;
import io.github.peelkit.check.Violation;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.PeerGrades;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * PK020 on the 2007 national summary of neighbourhood policing grades: Excellent 6, Good 14, Fair 21,
 * Poor 2 of the 43 forces of England and Wales (seed 003, lines 234-243), Essex among them with Fair.
 */
class PeerDistributionsTest {
  private static final Framework HMIC_2007 =
      Framework.builder()
          .id("hmic-2007")
          .name("HMIC 2007")
          .scale(GradeScales.HMIC_2007)
          .addAreas(Area.of("neighbourhood-policing", "Neighbourhood Policing"), Area.of("performance-management", "Performance management"))
          .build();

  private static Grade grade(String id) {
    return GradeScales.HMIC_2007.grade(id);
  }

  private static final Map<Grade, Integer> NATIONAL = national();

  private static Map<Grade, Integer> national() {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    counts.put(grade("excellent"), 6);
    counts.put(grade("good"), 14);
    counts.put(grade("fair"), 21);
    counts.put(grade("poor"), 2);
    return counts;
  }

  private static Assessment essex() {
    return Assessment.builder()
        .id("essex-hmic-2007")
        .subject(Subject.of("essex", "Essex Police"))
        .framework(HMIC_2007)
        .title("Essex Police - HMIC Inspection Report")
        .published(LocalDate.of(2007, 10, 1))
        .addJudgments(
            Judgment.builder()
                .area(HMIC_2007.area("neighbourhood-policing"))
                .outcome(Outcome.graded(grade("fair")))
                .distribution(PeerDistribution.of(43, NATIONAL))
                .build())
        .build();
  }

  /** Essex and 42 peers whose neighbourhood policing grades, with Essex's Fair, are the counts given. */
  private static List<Assessment> population(Map<Grade, Integer> withEssex) {
    Map<Grade, Integer> peers = new LinkedHashMap<>(withEssex);
    peers.merge(grade("fair"), -1, Integer::sum);
    List<Grade> dealt = PeerGrades.of(2007).deal(peers);
    List<Assessment> all = new ArrayList<>();
    all.add(essex());
    for (int i = 0; i < dealt.size(); i++) {
      all.add(peer(i + 1, Judgment.graded(HMIC_2007.area("neighbourhood-policing"), dealt.get(i))));
    }
    return all;
  }

  private static Assessment peer(int number, Judgment judgment) {
    String id = String.format("peer-%02d", number);
    return Assessment.builder()
        .id(id + "-2007")
        .subject(Subject.of(id, "Peer " + number))
        .framework(HMIC_2007)
        .title("Peer")
        .published(LocalDate.of(2007, 10, 1))
        .addJudgments(judgment)
        .build();
  }

  @Test
  void theWholePopulationWithTheNationalGradesAgrees() {
    List<Assessment> all = population(NATIONAL);
    assertEquals(43, all.size());
    assertEquals(Map.of(), PeerDistributions.warnings(all));
  }

  @Test
  void theWholePopulationWithOneGradeMovedDisagreesAtTheDistributionsCounts() {
    Map<Grade, Integer> moved = new LinkedHashMap<>(NATIONAL);
    moved.put(grade("excellent"), 5);
    moved.put(grade("good"), 15);
    Map<String, List<Violation>> warnings = PeerDistributions.warnings(population(moved));
    assertEquals(List.of("essex-hmic-2007"), List.copyOf(warnings.keySet()));
    Violation v = warnings.get("essex-hmic-2007").get(0);
    assertSame(PeerDistributions.AGREES_WITH_LOADED_POPULATION, v.rule());
    assertEquals(ModelCode.DISTRIBUTION_DIFFERS_FROM_PEERS, v.code());
    assertEquals("PK020", v.code().id());
    assertEquals(Severity.WARNING, v.severity());
    assertEquals("judgments[0].distribution.counts", v.path());
    assertEquals("excellent 6, good 14, fair 21, poor 2", v.value());
    assertEquals(
        "distribution of area 'neighbourhood-policing' differs from the 43 loaded assessments of framework hmic-2007, the whole"
            + " population of 43: published excellent 6, good 14, fair 21, poor 2; loaded excellent 5, good 15, fair 21, poor 2;"
            + " correct the counts or the grades",
        v.message());
  }

  @Test
  void aSubjectWithoutAGradeInTheAreaIsCountedAsSuch() {
    List<Assessment> all = new ArrayList<>(population(NATIONAL));
    all.set(1, peer(1, Judgment.ungraded(HMIC_2007.area("neighbourhood-policing"), UngradedReason.NOT_INSPECTED)));
    String message = PeerDistributions.warnings(all).get("essex-hmic-2007").get(0).message();
    assertEquals(true, message.contains(", 1 without a grade; correct"), message);
    all.set(1, peer(1, Judgment.graded(HMIC_2007.area("performance-management"), grade("good"))));
    assertEquals(true, PeerDistributions.warnings(all).get("essex-hmic-2007").get(0).message().contains(", 1 without a grade;"));
  }

  @Test
  void anythingButTheWholePopulationIsNotChecked() {
    Map<Grade, Integer> moved = new LinkedHashMap<>(NATIONAL);
    moved.put(grade("excellent"), 5);
    moved.put(grade("good"), 15);
    List<Assessment> all = population(moved);
    assertEquals(Map.of(), PeerDistributions.warnings(all.subList(0, 42)), "42 of 43");
    List<Assessment> more = new ArrayList<>(all);
    more.add(peer(43, Judgment.graded(HMIC_2007.area("neighbourhood-policing"), grade("good"))));
    assertEquals(Map.of(), PeerDistributions.warnings(more), "44 of 43");
    List<Assessment> twice = new ArrayList<>(all.subList(0, 42));
    Assessment again = peer(1, Judgment.graded(HMIC_2007.area("neighbourhood-policing"), grade("good")));
    twice.add(Assessment.builder().from(again).id("peer-01-2008").build());
    assertEquals(Map.of(), PeerDistributions.warnings(twice), "43 assessments of 42 subjects");
  }

  @Test
  void anAssessmentAloneIsTheWholePopulationOfADistributionOfOne() {
    Assessment alone =
        Assessment.builder().from(essex())
            .judgments(List.of(Judgment.builder().from(essex().judgments().get(0)).distribution(PeerDistribution.of(1, Map.of(grade("good"), 1))).build()))
            .build();
    assertEquals(1, PeerDistributions.warnings(List.of(alone)).get("essex-hmic-2007").size());
    Assessment agrees =
        Assessment.builder().from(essex())
            .judgments(List.of(Judgment.builder().from(essex().judgments().get(0)).distribution(PeerDistribution.of(1, Map.of(grade("fair"), 1))).build()))
            .build();
    assertEquals(Map.of(), PeerDistributions.warnings(List.of(agrees)));
  }
}
