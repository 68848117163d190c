package io.github.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.grading.Derivations;
import io.github.peelkit.grading.DerivedGrade;
import io.github.peelkit.grading.Evaluation;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.Score;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The built-in grading rules reproduce the real published ratings of the example data: an
 * inspectorate's overall rating derives from the component ratings it published, by its own
 * published rules.
 */
class PublishedRatingsTest {
  private static final LoadResult DATA = YamlReader.standard().read(Path.of("data"));

  private static Assessment assessment(String id) {
    return DATA.catalog().findAssessment(id).orElseThrow();
  }

  private static DerivedGrade overall(String id) {
    List<DerivedGrade> derived = Derivations.of(assessment(id), DATA.catalog().gradingRules());
    assertEquals(1, derived.size(), id);
    return derived.get(0);
  }

  @Test
  void theDataLoadsWithoutProblems() {
    assertEquals(List.of(), DATA.problems());
  }

  @Test
  void everyDerivedGradeOfTheDataIsThePublishedOne() {
    Map<String, String> derived = new TreeMap<>();
    for (Assessment a : DATA.catalog().assessments().values()) {
      for (DerivedGrade d : Derivations.of(a, DATA.catalog().gradingRules())) {
        assertTrue(d.agrees(), d.toString());
        assertTrue(d.override().isEmpty(), "no published rating here departs from the rules: " + d);
        derived.put(a.id(), d.rules().id() + " " + d.derived().id());
      }
    }
    assertEquals(
        Map.of(
            "croft-dene-2018", "cqc-adult-social-care-2022 inadequate",
            "dorset-combined-yjs-2023", "hmip-youth-justice-2018 good",
            "earls-lodge-2019", "cqc-adult-social-care-2022 good"),
        derived);
  }

  @Test
  void dorsetScoresTwentyFourOfThirtySixWhichIsGood() {
    DerivedGrade dorset = overall("dorset-combined-yjs-2023");
    assertEquals(GradingRuleSets.HMIP_YOUTH_JUSTICE_2018, dorset.rules());
    assertEquals(12, dorset.from().size(), "the resettlement standard does not count");
    Evaluation e = dorset.evaluation();
    assertEquals(new BigDecimal("24"), e.score().orElseThrow().total());
    assertEquals(OptionalInt.of(2), e.band());
    assertEquals("good", dorset.published().id());
    assertFalse(dorset.isStated(), "the framework states the derivation, not the judgment");
  }

  @Test
  void croftDeneIsInadequateByTwoInadequateAndEarlsLodgeGoodByNoInadequateAndNoRequiresImprovement() {
    DerivedGrade croftDene = overall("croft-dene-2018");
    assertEquals(OptionalInt.of(1), croftDene.evaluation().rule());
    assertEquals("2 of 5 inputs are inadequate: rule 1 gives inadequate", croftDene.evaluation().explanation());
    assertTrue(croftDene.isStated());
    DerivedGrade earlsLodge = overall("earls-lodge-2019");
    assertEquals(OptionalInt.of(3), earlsLodge.evaluation().rule());
    assertEquals("good", earlsLodge.published().id());
  }

  /**
   * The local authority assessments grade the nine statements on the score scale, and the overall
   * rating is on another scale, so the data records the published rating and score as an extension;
   * the rules derive both from the nine scores, the score being the percentage as a whole number.
   */
  @Test
  void localAuthoritiesPublishedRatingsAndScoresFollowFromTheirNineScores() {
    GradingRules rules = GradingRuleSets.CQC_LOCAL_AUTHORITY_2023;
    Catalog catalog = DATA.catalog();
    Map<String, String> reproduced = new TreeMap<>();
    for (Assessment a : catalog.assessments().values()) {
      if (!a.framework().id().equals("cqc-local-authority-assessment")) {
        continue;
      }
      Map<String, Grade> scores = new TreeMap<>();
      for (Judgment j : a.judgments()) {
        scores.put(j.area().id(), j.grade().orElseThrow());
      }
      Evaluation e = rules.evaluate(scores);
      ExtensionValue.Mapping published = (ExtensionValue.Mapping) a.extensions().get("published-overall").orElseThrow();
      String rating = ((ExtensionValue.Text) published.values().get("rating")).value();
      BigDecimal score = ((ExtensionValue.Decimal) published.values().get("score")).value();
      assertEquals(rating, e.grade().id(), a.id());
      Score exact = e.score().orElseThrow();
      BigDecimal percent = exact.total().multiply(BigDecimal.valueOf(100)).divide(exact.maximum(), 0, RoundingMode.HALF_UP);
      assertEquals(0, score.compareTo(percent), a.id() + ": " + exact.percentWords());
      reproduced.put(a.id(), e.grade().id() + " " + exact.percentWords());
    }
    assertEquals(Map.of("camden-2025", "outstanding 88 8/9%", "hertfordshire-2024", "good 77 7/9%"), reproduced);
  }
}
