package io.github.peelkit.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The built-in rules against independent readings of what the inspectorates publish, for every
 * combination of inputs; and the law check of functions.
 */
class GradingLawsTest {
  private static final GradeScale CQC = GradeScales.CQC_2014;
  private static final GradeScale HMIP = GradeScales.HMIP_2018;

  /** CQC's principles as the page states them, read afresh: counts of each rating decide. */
  private static String cqcPrinciples(List<Grade> ratings) {
    Map<String, Long> count = new java.util.HashMap<>();
    ratings.forEach(r -> count.merge(r.id(), 1L, Long::sum));
    long outstanding = count.getOrDefault("outstanding", 0L);
    long good = count.getOrDefault("good", 0L);
    long requiresImprovement = count.getOrDefault("requires-improvement", 0L);
    long inadequate = count.getOrDefault("inadequate", 0L);
    if (inadequate >= 2) {
      return "inadequate";
    }
    if (outstanding >= 2 && outstanding + good == 5) {
      return "outstanding";
    }
    if (inadequate == 0 && requiresImprovement <= 1) {
      return "good";
    }
    return "requires-improvement";
  }

  @Test
  void cqcRulesGiveWhatThePrinciplesSayForAll1024Combinations() {
    GradingRules rules = GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022;
    List<List<Grade>> all = Reference.of(rules).all();
    assertEquals(1024, all.size());
    for (List<Grade> ratings : all) {
      assertEquals(cqcPrinciples(ratings), rules.evaluate(ratings).grade().id(), ratings::toString);
    }
  }

  @Test
  void hmipRulesBandTheSumOfPointsForEveryCountOfGrades() {
    GradingRules rules = GradingRuleSets.HMIP_YOUTH_JUSTICE_2018;
    int checked = 0;
    for (int o = 0; o <= 12; o++) {
      for (int g = 0; g + o <= 12; g++) {
        for (int r = 0; r + g + o <= 12; r++) {
          int i = 12 - o - g - r;
          int score = 3 * o + 2 * g + r;
          String expected = score >= 31 ? "outstanding" : score >= 19 ? "good" : score >= 7 ? "requires-improvement" : "inadequate";
          List<Grade> grades = new java.util.ArrayList<>();
          grades.addAll(java.util.Collections.nCopies(o, HMIP.grade("outstanding")));
          grades.addAll(java.util.Collections.nCopies(g, HMIP.grade("good")));
          grades.addAll(java.util.Collections.nCopies(r, HMIP.grade("requires-improvement")));
          grades.addAll(java.util.Collections.nCopies(i, HMIP.grade("inadequate")));
          java.util.Collections.shuffle(grades, new java.util.Random(score));
          Evaluation e = rules.evaluate(grades);
          assertEquals(expected, e.grade().id(), grades::toString);
          assertEquals(new java.math.BigDecimal(score), e.score().orElseThrow().total());
          checked++;
        }
      }
    }
    assertEquals(455, checked, "every count of four grades among twelve");
  }

  @Test
  void aFunctionIsCheckedOnEveryCombination() {
    int[] calls = {0};
    List<GradingLawViolation> found =
        GradingLaws.check(
            CQC,
            CQC,
            5,
            ratings -> {
              calls[0]++;
              return CQC.grade(cqcPrinciples(ratings));
            });
    assertEquals(List.of(), found);
    assertEquals(1024, calls[0]);
  }

  @Test
  void aFunctionThatWorsensWithAnImprovementIsShownWithACounterexample() {
    // "Outstanding only when not every key question is": wrong on purpose.
    List<GradingLawViolation> found =
        GradingLaws.check(
            CQC, CQC, 3, ratings -> ratings.stream().allMatch(r -> r.id().equals("outstanding")) ? CQC.grade("good") : CQC.grade("outstanding"));
    assertEquals(1, found.size());
    assertEquals(GradingLaw.MONOTONE, found.get(0).law());
    assertEquals(
        "the rule is not monotone: inputs [outstanding, outstanding, good] give outstanding, but with input 3 improved from good to"
            + " outstanding they give the worse good",
        found.get(0).message());
    Counterexample c = found.get(0).counterexample().orElseThrow();
    assertEquals(CQC.grade("outstanding"), c.result().orElseThrow());
    assertEquals(CQC.grade("good"), c.improvedResult().orElseThrow());
  }

  @Test
  void aFunctionThatGivesNoGradeIsNotTotal() {
    List<GradingLawViolation> found = GradingLaws.check(CQC, CQC, 2, ratings -> ratings.get(0).id().equals("inadequate") ? null : ratings.get(0));
    assertEquals(GradingLaw.TOTAL, found.get(0).law());
    assertEquals(List.of(CQC.grade("inadequate"), CQC.grade("outstanding")), found.get(0).counterexample().orElseThrow().inputs());
    assertThrows(IllegalArgumentException.class, () -> GradingLaws.check(CQC, CQC, 2, ratings -> GradeScales.PEEL_2014.grade("good")));
    assertThrows(IllegalArgumentException.class, () -> GradingLaws.check(CQC, CQC, 11, ratings -> ratings.get(0)));
  }

  @Test
  void theClassesCheckedAreFewerThanTheCombinationsWhereConditionsCountGrades() {
    assertEquals(java.math.BigInteger.valueOf(455), GradingLaws.combinations(GradingRuleSets.HMIP_YOUTH_JUSTICE_2018));
    assertTrue(GradingLaws.check(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022).isEmpty());
  }
}
