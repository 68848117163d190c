package io.github.peelkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScales;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PeerGradesTest {
  private static Grade grade(String id) {
    return GradeScales.HMIC_2007.grade(id);
  }

  /** The 2007 national summary of neighbourhood policing: Excellent 6, Good 14, Fair 21, Poor 2 (seed 003, line 236). */
  private static Map<Grade, Integer> national() {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    counts.put(grade("excellent"), 6);
    counts.put(grade("good"), 14);
    counts.put(grade("fair"), 21);
    counts.put(grade("poor"), 2);
    return counts;
  }

  private static Map<String, Integer> tally(List<Grade> grades) {
    Map<String, Integer> tally = new TreeMap<>();
    grades.forEach(g -> tally.merge(g.id(), 1, Integer::sum));
    return tally;
  }

  @Test
  void dealtGradesAddUpToTheCountsExactlyInAnOrderOfTheSeed() {
    List<Grade> dealt = PeerGrades.of(2007).deal(national());
    assertEquals(43, dealt.size());
    assertEquals(Map.of("excellent", 6, "good", 14, "fair", 21, "poor", 2), tally(dealt));
    assertEquals(dealt, PeerGrades.of(2007).deal(national()), "the same seed deals the same order");
    assertNotEquals(dealt, PeerGrades.of(2008).deal(national()));
    assertNotEquals(
        List.of(grade("excellent"), grade("excellent"), grade("excellent")), dealt.subList(0, 3), "shuffled, not in the order of the counts");
  }

  @Test
  void drawnGradesFollowTheirWeights() {
    List<Grade> drawn = PeerGrades.of(43).draw(national(), 43_000);
    Map<String, Integer> tally = tally(drawn);
    // Each share within five standard errors of its weight (seeded: the draw is the same every run).
    national().forEach((grade, weight) -> {
      double p = weight / 43.0;
      double share = tally.getOrDefault(grade.id(), 0) / 43_000.0;
      assertTrue(Math.abs(share - p) < 5 * Math.sqrt(p * (1 - p) / 43_000), grade.id() + ": " + share + " for " + p);
    });
    assertEquals(drawn, PeerGrades.of(43).draw(national(), 43_000));
    assertEquals(List.of(), PeerGrades.of(1).draw(national(), 0));
    assertEquals(Map.of("good", 5), tally(PeerGrades.of(1).draw(Map.of(grade("good"), 1, grade("poor"), 0), 5)));
  }

  @Test
  void refusesNegativeCountsAndWeightsAndNoWeightAtAll() {
    assertEquals("count -1 of grade poor is negative",
        assertThrows(IllegalArgumentException.class, () -> PeerGrades.of(1).deal(Map.of(grade("poor"), -1))).getMessage());
    assertEquals("weight -1 of grade poor is negative",
        assertThrows(IllegalArgumentException.class, () -> PeerGrades.of(1).draw(Map.of(grade("poor"), -1), 1)).getMessage());
    assertEquals("no grade has a positive weight",
        assertThrows(IllegalArgumentException.class, () -> PeerGrades.of(1).draw(Map.of(grade("poor"), 0), 1)).getMessage());
    assertEquals("cannot draw -1 grades",
        assertThrows(IllegalArgumentException.class, () -> PeerGrades.of(1).draw(national(), -1)).getMessage());
  }
}
