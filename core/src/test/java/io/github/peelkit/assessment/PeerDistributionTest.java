package io.github.peelkit.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeerDistributionTest {
  private static final GradeScale HMIC = GradeScales.HMIC_2007;

  static PeerDistribution national(int excellent, int good, int fair, int poor) {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    counts.put(HMIC.grade("excellent"), excellent);
    counts.put(HMIC.grade("good"), good);
    counts.put(HMIC.grade("fair"), fair);
    counts.put(HMIC.grade("poor"), poor);
    return PeerDistribution.of(43, counts);
  }

  /** The 2007 national summary of judgements across the 43 forces (seed 003). */
  @ParameterizedTest(name = "{0}: {1}/{2}/{3}/{4} of 43")
  @CsvSource({
    "Neighbourhood Policing, 6, 14, 21, 2",
    "Performance management, 6, 29, 8, 0",
    "Child abuse, 3, 17, 21, 2",
    "Domestic violence, 1, 13, 27, 2",
    "Public protection, 2, 16, 23, 2",
    "Missing persons, 1, 21, 21, 0"
  })
  void theNationalDistributionsOf2007AddUpTo43Forces(String area, int excellent, int good, int fair, int poor) {
    PeerDistribution d = national(excellent, good, fair, poor);
    assertEquals(43, d.population());
    assertEquals(good, d.count(HMIC.grade("good")));
    assertEquals(excellent, d.countBetterThan(HMIC.grade("good")));
    assertEquals(fair + poor, d.countWorseThan(HMIC.grade("good")));
  }

  @Test
  void essexDomesticViolencePoorStandsWithOneOtherForceAtTheBottom() {
    PeerDistribution d = national(1, 13, 27, 2);
    Grade poor = HMIC.grade("poor");
    assertEquals(41, d.countBetterThan(poor));
    assertEquals(0, d.countWorseThan(poor));
    assertEquals(2, d.count(poor));
  }

  @Test
  void rejectsCountsThatDoNotAddUp() {
    InvariantException e = assertThrows(InvariantException.class, () -> national(6, 14, 21, 3));
    assertEquals(ModelCode.DISTRIBUTION_DOES_NOT_ADD_UP, e.code());
    assertEquals("counts", e.attribute());
    assertEquals(
        "counts add up to 44, not to the population of 43: correct a count or the population", e.getMessage());
  }

  @Test
  void keepsGradesBestFirstWhateverTheOrderGiven() {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    counts.put(HMIC.grade("poor"), 2);
    counts.put(HMIC.grade("excellent"), 41);
    PeerDistribution d = PeerDistribution.of(43, counts);
    assertEquals(List.of(HMIC.grade("excellent"), HMIC.grade("poor")), List.copyOf(d.counts().keySet()));
    assertEquals(0, d.count(HMIC.grade("good")));
  }

  @Test
  void rejectsGradesOfTwoScales() {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    counts.put(HMIC.grade("good"), 1);
    counts.put(GradeScales.PEEL_2021.grade("adequate"), 1);
    InvariantException e = assertThrows(InvariantException.class, () -> PeerDistribution.of(2, counts));
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("counts.adequate", e.attribute());
  }

  @Test
  void rejectsNegativeCounts() {
    InvariantException e = assertThrows(InvariantException.class, () -> national(7, 14, 23, -1));
    assertEquals("counts.poor", e.attribute());
    assertEquals("count -1 of grade 'poor' is negative", e.getMessage());
  }
}
