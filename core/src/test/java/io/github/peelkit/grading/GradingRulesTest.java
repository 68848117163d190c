package io.github.peelkit.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Violation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Grading rules: evaluation with its words, the built-in rules at their boundaries, and what building refuses. */
class GradingRulesTest {
  private static final GradeScale HMIP = GradeScales.HMIP_2018;
  private static final GradeScale CQC = GradeScales.CQC_2014;
  private static final Grade O = CQC.grade("outstanding");
  private static final Grade G = CQC.grade("good");
  private static final Grade RI = CQC.grade("requires-improvement");
  private static final Grade I = CQC.grade("inadequate");

  /** Twelve HMI Probation standards: {@code outstanding} of Outstanding, {@code good} of Good, and so on. */
  private static List<Grade> standards(int outstanding, int good, int requiresImprovement, int inadequate) {
    List<Grade> grades = new ArrayList<>();
    grades.addAll(Collections.nCopies(outstanding, HMIP.grade("outstanding")));
    grades.addAll(Collections.nCopies(good, HMIP.grade("good")));
    grades.addAll(Collections.nCopies(requiresImprovement, HMIP.grade("requires-improvement")));
    grades.addAll(Collections.nCopies(inadequate, HMIP.grade("inadequate")));
    return grades;
  }

  private static GradingRules.Builder rules(GradingMethod method) {
    GradingRules.Builder rules = GradingRules.builder();
    rules.id("t").inputScale(CQC).scale(CQC).inputs(Inputs.named(List.of("safe", "effective", "caring", "responsive", "well-led"))).method(method);
    return rules;
  }

  private static List<String> messages(InvariantException e) {
    return e.violations().stream().map(v -> v.path() + ": " + v.message()).toList();
  }

  @Test
  void hmipScoresTwelveStandardsAndBandsTheTotal() {
    GradingRules hmip = GradingRuleSets.HMIP_YOUTH_JUSTICE_2018;
    Evaluation dorset = hmip.evaluate(standards(1, 10, 1, 0));
    assertEquals("good", dorset.grade().id());
    assertEquals(OptionalInt.of(2), dorset.band());
    assertEquals(new BigDecimal("24"), dorset.score().orElseThrow().total());
    assertEquals(
        "12 inputs (1 outstanding, 10 good, 1 requires-improvement) score 24 of 36 points: band 2 gives good (19 or more)",
        dorset.explanation());
    assertEquals(OptionalInt.empty(), dorset.rule());
    assertEquals(List.of(), dorset.caps());
  }

  @Test
  void hmipBoundariesGiveTheHigherBandAtTheirBound() {
    GradingRules hmip = GradingRuleSets.HMIP_YOUTH_JUSTICE_2018;
    // 31 = 7 × 3 + 5 × 2; 30 = 6 × 3 + 6 × 2; 19 = 7 × 2 + 5 × 1; 18 = 6 × 2 + 6 × 1; 7 = 7 × 1; 6 = 6 × 1.
    assertEquals("outstanding", hmip.evaluate(standards(7, 5, 0, 0)).grade().id());
    assertEquals("good", hmip.evaluate(standards(6, 6, 0, 0)).grade().id());
    assertEquals("good", hmip.evaluate(standards(0, 7, 5, 0)).grade().id());
    assertEquals("requires-improvement", hmip.evaluate(standards(0, 6, 6, 0)).grade().id());
    assertEquals("requires-improvement", hmip.evaluate(standards(0, 0, 7, 5)).grade().id());
    assertEquals("inadequate", hmip.evaluate(standards(0, 0, 6, 6)).grade().id());
    assertEquals("inadequate", hmip.evaluate(standards(0, 0, 0, 12)).grade().id());
    assertEquals("outstanding", hmip.evaluate(standards(12, 0, 0, 0)).grade().id());
  }

  @Test
  void cqcAggregatesTheFiveKeyQuestions() {
    GradingRules cqc = GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022;
    Evaluation twoInadequate = cqc.evaluate(I, RI, RI, RI, I);
    assertEquals(I, twoInadequate.grade());
    assertEquals("2 of 5 inputs are inadequate: rule 1 gives inadequate", twoInadequate.explanation());
    assertEquals(OptionalInt.of(1), twoInadequate.rule());
    Evaluation outstanding = cqc.evaluate(G, O, O, G, G);
    assertEquals(O, outstanding.grade());
    assertEquals(
        "2 of 5 inputs are outstanding and 0 of 5 inputs are requires-improvement or worse: rule 2 gives outstanding",
        outstanding.explanation());
    assertEquals(G, cqc.evaluate(O, O, O, O, RI).grade(), "one requires improvement is still good, not outstanding");
    assertEquals(G, cqc.evaluate(RI, G, G, G, G).grade());
    assertEquals(RI, cqc.evaluate(RI, G, G, G, RI).grade());
    Evaluation oneInadequate = cqc.evaluate(I, O, O, O, O);
    assertEquals(RI, oneInadequate.grade());
    assertEquals("no rule before it holds: rule 4 (otherwise) gives requires-improvement", oneInadequate.explanation());
    assertEquals(RI, cqc.evaluate(Map.of("safe", I, "effective", O, "caring", O, "responsive", O, "well-led", O)).grade());
  }

  /** Nine quality statement scores, by their numbers (aliases of the score scale). */
  private static Evaluation localAuthority(String... scores) {
    GradingRules rules = GradingRuleSets.CQC_LOCAL_AUTHORITY_2023;
    return rules.evaluate(Arrays.stream(scores).map(rules.inputScale()::grade).toList());
  }

  @Test
  void cqcLocalAuthorityBandsThePercentageOfTheMaximumExactly() {
    // Camden (published 28 February 2025): 3, 3, 4, 3, 4, 4, 3, 4, 4, score 89, Outstanding.
    Evaluation camden = localAuthority("3", "3", "4", "3", "4", "4", "3", "4", "4");
    assertEquals("outstanding", camden.grade().id());
    assertEquals(GradeScales.CQC_2014.grade("outstanding"), camden.grade());
    assertEquals(
        "9 inputs (5 exceptional-standard, 4 good-standard) score 32 of 36 points, 88 8/9%: band 1 gives outstanding (88% or"
            + " more)",
        camden.explanation());
    // Hertfordshire (published 17 May 2024): 4 for partnerships and communities, 3 for the rest, score 78, Good.
    assertEquals("good", localAuthority("3", "3", "3", "3", "4", "3", "3", "3", "3").grade().id());
    // 14 of 36 is 38 8/9%: under 39%, so Inadequate, never rounded up to 39 first; 15 of 36 (41 2/3%) is not.
    assertEquals("inadequate", localAuthority("2", "2", "2", "2", "2", "1", "1", "1", "1").grade().id());
    assertEquals("requires-improvement", localAuthority("2", "2", "2", "2", "2", "2", "1", "1", "1").grade().id());
    // 9 of 36 is 25%, the least there is; 36 of 36 is 100%.
    assertEquals("inadequate", localAuthority("1", "1", "1", "1", "1", "1", "1", "1", "1").grade().id());
    assertEquals("outstanding", localAuthority("4", "4", "4", "4", "4", "4", "4", "4", "4").grade().id());
  }

  @Test
  void theBuiltInRulesAreLawfulAndEveryRuleAndBandDecidesSomething() {
    for (GradingRules rules : GradingRuleSets.all()) {
      assertEquals(List.of(), rules.warnings(), rules.id());
      assertEquals(List.of(), GradingLaws.check(rules.inputScale(), rules.scale(), rules.inputs(), rules.method(), rules.limits()));
    }
    assertEquals(455, GradingRuleSets.HMIP_YOUTH_JUSTICE_2018.combinations(), "counts of four grades among twelve: C(15, 3)");
    assertEquals(56, GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022.combinations(), "counts of four grades among five: C(8, 3)");
    assertEquals(220, GradingRuleSets.CQC_LOCAL_AUTHORITY_2023.combinations(), "counts of four scores among nine: C(12, 3)");
    assertSame(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022, GradingRuleSets.find(" CQC-Adult-Social-Care-2022").orElseThrow());
    assertTrue(GradingRuleSets.find("cqc").isEmpty());
  }

  @Test
  void aPercentIsComparedExactlyNeverRounded() {
    // CQC's single assessment framework bands: 1 to 4 points a statement, 25–38 inadequate, 39–62, 63–87, 88 and above.
    Points saf =
        Points.builder()
            .putValue(O, BigDecimal.valueOf(4))
            .putValue(G, BigDecimal.valueOf(3))
            .putValue(RI, BigDecimal.valueOf(2))
            .putValue(I, BigDecimal.valueOf(1))
            .basis(Basis.PERCENT)
            .addBands(Band.of(O, 88), Band.of(G, 63), Band.of(RI, 39), Band.of(I, 25))
            .build();
    GradingRules rules = GradingRules.builder().id("saf").inputScale(CQC).scale(CQC).inputs(Inputs.count(9)).method(saf).build();
    // 14 of 36 points are 38 8/9%: below 39, however close.
    Evaluation below = rules.evaluate(RI, RI, RI, RI, RI, I, I, I, I);
    assertEquals(I, below.grade());
    assertEquals("350/9", below.score().orElseThrow().percent());
    assertEquals("38 8/9%", below.score().orElseThrow().percentWords());
    assertEquals(
        "9 inputs (5 requires-improvement, 4 inadequate) score 14 of 36 points, 38 8/9%: band 4 gives inadequate (25% or more)",
        below.explanation());
    // 63% is not reachable in ninths of 36; 23 of 36 points are 63 8/9% and reach 63.
    assertEquals(G, rules.evaluate(G, G, G, G, G, RI, RI, RI, RI).grade());
    assertEquals("175/3", rules.evaluate(G, G, G, RI, RI, RI, RI, RI, RI).score().orElseThrow().percent());
    // Exactly 88% needs a maximum that 88 divides: 22 of 25 points.
    GradingRules quarters = GradingRules.builder().from(rules).inputs(Inputs.count(25)).method(
        Points.builder().from(saf).putValue(O, BigDecimal.ONE).putValue(G, new BigDecimal("0.75")).putValue(RI, new BigDecimal("0.5"))
            .putValue(I, new BigDecimal("0.25")).build()).build();
    List<Grade> exactly88 = new ArrayList<>(Collections.nCopies(13, O));
    exactly88.addAll(Collections.nCopies(12, G));
    assertEquals("88", quarters.evaluate(exactly88).score().orElseThrow().percent());
    assertEquals(O, quarters.evaluate(exactly88).grade(), "88% reaches the band of 88");
  }

  @Test
  void aLimitCapsTheResultAfterTheRules() {
    GradingRules capped =
        GradingRules.builder()
            .from(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022)
            .id("capped")
            .addLimits(Limit.of(Condition.input("safe", Selector.of(I)), RI))
            .build();
    Evaluation e = capped.evaluate(I, O, O, G, G);
    assertEquals(RI, e.grade());
    assertEquals(RI, e.uncapped());
    assertEquals(List.of(), e.caps(), "the rules gave requires improvement already: the limit lowered nothing");
    GradingRules cappedAtGood =
        GradingRules.builder()
            .from(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022)
            .id("capped")
            .addLimits(Limit.of(Condition.input("safe", Selector.orWorse(RI)), G))
            .build();
    Evaluation lowered = cappedAtGood.evaluate(RI, O, O, O, O);
    assertEquals(G, lowered.grade());
    assertEquals(G, lowered.uncapped());
    Evaluation outstanding = cappedAtGood.evaluate(G, O, O, O, O);
    assertEquals(O, outstanding.grade());
    // Where safe is requires improvement or worse, the rules never give outstanding: the limit lowers nothing, ever.
    assertEquals(List.of("limits[0]"), cappedAtGood.warnings().stream().map(Violation::path).toList());
  }

  @Test
  void aCapIsExplained() {
    GradingRules rules =
        GradingRules.builder()
            .from(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022)
            .id("capped")
            .addLimits(Limit.of(Condition.input("well-led", Selector.orWorse(RI)), G))
            .build();
    Evaluation e = rules.evaluate(O, O, O, G, RI);
    assertEquals(G, e.grade());
    assertEquals(G, e.uncapped(), "one requires improvement: good by rule 3, which the limit does not lower");
    Evaluation capped = rules.evaluate(O, O, O, O, O);
    assertEquals(O, capped.grade());
    GradingRules safeCaps =
        GradingRules.builder()
            .from(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022)
            .id("capped")
            .addLimits(Limit.of(Condition.input("safe", Selector.orWorse(G)), G))
            .build();
    Evaluation lowered = safeCaps.evaluate(G, O, O, O, O);
    assertEquals(G, lowered.grade());
    assertEquals(O, lowered.uncapped());
    assertEquals(List.of(1), lowered.caps());
    assertEquals(
        "4 of 5 inputs are outstanding and 0 of 5 inputs are requires-improvement or worse: rule 2 gives outstanding; limit 1 caps it at"
            + " good: safe is good, good or worse",
        lowered.explanation());
  }

  @Test
  void evaluateRefusesInputsOfAnotherScaleOrNumber() {
    GradingRules cqc = GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022;
    IllegalArgumentException few = assertThrows(IllegalArgumentException.class, () -> cqc.evaluate(G, G));
    assertEquals(
        "rules cqc-adult-social-care-2022 combine 5 grades [safe, effective, caring, responsive, well-led] but got 2: [good, good]",
        few.getMessage());
    Grade peel = GradeScales.PEEL_2014.grade("good");
    IllegalArgumentException other = assertThrows(IllegalArgumentException.class, () -> cqc.evaluate(G, G, peel, G, G));
    assertEquals(
        "rules cqc-adult-social-care-2022 combine grades of scale cqc-2014, but caring is grade 'good' of scale peel-2014",
        other.getMessage());
    assertThrows(IllegalArgumentException.class, () -> cqc.evaluate(Map.of("safe", G)));
    assertThrows(IllegalArgumentException.class, () -> GradingRuleSets.HMIP_YOUTH_JUSTICE_2018.evaluate(Map.of("safe", G)));
  }

  @Test
  void buildingRefusesRulesThatAreNotTotalWithACounterexample() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> rules(OrderedRules.of(GradeRule.when(I, Condition.atLeast(Selector.of(I), 2)), GradeRule.when(G, Condition.atMost(Selector.of(I), 0))))
                .build());
    assertEquals(ModelCode.GRADING_LAW_VIOLATED, e.code());
    assertEquals("total", e.invariant());
    assertEquals(
        List.of(
            "rules: rules t are not total: inputs [requires-improvement, requires-improvement, requires-improvement, requires-improvement,"
                + " inadequate] get no grade, since no rule"
                + " holds: end the rules with one that applies otherwise"),
        messages(e));
  }

  @Test
  void buildingRefusesRulesThatAreNotMonotoneWithACounterexample() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> rules(OrderedRules.of(GradeRule.when(RI, Condition.atLeast(Selector.of(O), 5)), GradeRule.otherwise(G))).build());
    assertEquals("monotone", e.invariant());
    assertEquals(
        List.of(
            "rules[0]: rules t are not monotone: inputs [outstanding, outstanding, outstanding, outstanding, good] give good (rule 2),"
                + " but with well-led improved from good to outstanding they give the worse requires-improvement (rule 1)"),
        messages(e));
    List<GradingLawViolation> found =
        GradingLaws.check(CQC, CQC, Inputs.count(5), OrderedRules.of(GradeRule.when(RI, Condition.atLeast(Selector.of(O), 5)), GradeRule.otherwise(G)), List.of());
    Counterexample c = found.get(0).counterexample().orElseThrow();
    assertEquals(List.of(O, O, O, O, G), c.inputs());
    assertEquals(List.of(O, O, O, O, O), c.improvedInputs());
    assertEquals(OptionalInt.of(4), c.improvedInput());
    assertEquals(G, c.result().orElseThrow());
    assertEquals(RI, c.improvedResult().orElseThrow());
    assertEquals("rule 1", c.improvedEvaluation().orElseThrow().decidedBy());
  }

  @Test
  void buildingRefusesRulesThatAreNotWellFormedAtThePathOfEachMistake() {
    Points broken =
        Points.builder()
            .putValue(O, BigDecimal.valueOf(3))
            .putValue(G, BigDecimal.valueOf(3))
            .putValue(RI, BigDecimal.valueOf(-1))
            .addBands(Band.of(O, 10), Band.of(G, 10), Band.of(I, -2), Band.of(GradeScales.PEEL_2014.grade("good"), -3))
            .build();
    InvariantException e = assertThrows(InvariantException.class, () -> rules(broken).build());
    assertEquals(
        List.of(
            "points.values.good: rules t give grade 'good' 3 points, not fewer than the 3 of the better grade 'outstanding': points must"
                + " strictly decrease from best to worst",
            "points.values.requires-improvement: rules t give grade 'requires-improvement' -1 points: points are never negative",
            "points.values: rules t give no points to grade 'inadequate': give every grade of cqc-2014 its points",
            "points.bands[1].atLeast: rules t have band 2 at 10, not below band 1 at 10: bands are listed best first, each lower than the"
                + " one before",
            "points.bands[2].atLeast: rules t have band 3 at -2, below zero: scores are never negative",
            "points.bands[3].grade: grade 'good' of scale peel-2014 is not a grade of the result scale cqc-2014 of rules t",
            "points.bands[3].atLeast: rules t have band 4 at -3, below zero: scores are never negative"),
        messages(e));
    assertTrue(e.violations().stream().allMatch(v -> v.code() == ModelCode.GRADING_LAW_VIOLATED));
  }

  @Test
  void otherwiseOnlyLastAndConditionsOnKnownInputs() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> rules(
                    OrderedRules.of(
                        GradeRule.otherwise(G),
                        GradeRule.when(I, Condition.any(Condition.input("saef", Selector.of(I)), Condition.atLeast(Selector.of(I), 6)))))
                .build());
    assertEquals(
        List.of(
            "rules[0].otherwise: rules t have rule 1 apply otherwise, but rules follow it that could never apply: only the last rule may"
                + " have otherwise",
            "rules[1].when.any[0].input: rules t have no input 'saef'",
            "rules[1].when.any[1].atLeast: atLeast 6 is more than the 5 inputs of rules t: the count can never hold"),
        messages(e));
    assertEquals(List.of("safe"), List.of(e.violations().get(1).suggestion().orElseThrow()));
    InvariantException counted =
        assertThrows(
            InvariantException.class,
            () -> GradingRules.builder()
                .from(GradingRuleSets.HMIP_YOUTH_JUSTICE_2018)
                .addLimits(Limit.of(Condition.input("safe", Selector.of(HMIP.grade("inadequate"))), HMIP.grade("good")))
                .build());
    assertEquals(
        List.of(
            "limits[0].when.input: rules hmip-youth-justice-2018 count their 12 inputs without naming them, so no condition can name"
                + " input 'safe': name the inputs (inputs: [a, b, ...]) or count grades"),
        messages(counted));
  }

  @Test
  void valuesOfTheConditionsThemselvesAreCheckedWhenBuilt() {
    InvariantException none = assertThrows(InvariantException.class, () -> CountCondition.builder().selector(Selector.of(G)).build());
    assertEquals("count of good has no bound: give atLeast, atMost or both", none.getMessage());
    InvariantException backwards =
        assertThrows(InvariantException.class, () -> Condition.count(Selector.of(G), OptionalInt.of(3), OptionalInt.of(2)));
    assertEquals("atMost", backwards.attribute());
    assertThrows(InvariantException.class, () -> Condition.atLeast(Selector.of(G), -1));
    assertEquals("all holds no condition: give it at least one", assertThrows(InvariantException.class, () -> Condition.all()).getMessage());
    assertThrows(InvariantException.class, () -> Condition.any(List.of()));
    assertEquals("inputs is 0: grading rules combine at least one grade", assertThrows(InvariantException.class, () -> Inputs.count(0)).getMessage());
    InvariantException twice = assertThrows(InvariantException.class, () -> Inputs.named(List.of("safe", "Safe", "safe")));
    assertEquals(
        List.of("inputs[1]: inputs[1] 'Safe' is not a valid id: use lower-case letters and digits joined by single hyphens, such as 'peel-2021'",
            "inputs[2]: input 'safe' is named twice: give each input its own name"),
        messages(twice));
  }

  @Test
  void selectorsAreReadByGradeIdLabelOrAliasWithOrBetterOrOrWorse() {
    assertEquals(Selector.orWorse(RI), Selector.parse(CQC, "requires-improvement-or-worse"));
    assertEquals(Selector.orBetter(G), Selector.parse(CQC, "Good-or-better"));
    assertEquals(Selector.of(RI), Selector.parse(CQC, "Requires improvement"));
    InvariantException e = assertThrows(InvariantException.class, () -> Selector.parse(CQC, "good-or-beter"));
    assertEquals(
        "selector 'good-or-beter' names no grade of scale cqc-2014: write a grade id, or one followed by -or-better or -or-worse",
        e.violations().get(0).message());
    assertEquals("good-or-better", e.violations().get(0).suggestion().orElseThrow());
    assertTrue(Selector.orBetter(G).matches(O));
    assertTrue(!Selector.orBetter(G).matches(RI));
    assertTrue(Selector.orWorse(G).matches(I));
    assertEquals("good or better", Selector.orBetter(G).words());
  }

  @Test
  void unreachableRulesBandsAndLimitsAreWarnings() {
    GradingRules rules =
        GradingRules.builder()
            .from(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022)
            .id("w")
            .method(
                OrderedRules.of(
                    GradeRule.when(I, Condition.atLeast(Selector.of(I), 1)),
                    GradeRule.when(RI, Condition.atLeast(Selector.of(I), 2)),
                    GradeRule.otherwise(G)))
            .addLimits(Limit.of(Condition.atLeast(Selector.of(I), 1), RI))
            .build();
    List<Violation> warnings = rules.warnings();
    assertEquals(
        List.of(
            "rules[1]: rule 2 of rules w decides no combination of inputs: an earlier rule holds wherever it does, or its condition never"
                + " holds",
            "limits[0]: limit 1 of rules w never lowers a grade: wherever its condition holds, the grade is already no better than"
                + " requires-improvement"),
        warnings.stream().map(v -> v.path() + ": " + v.message()).toList());
    assertTrue(warnings.stream().allMatch(v -> v.code() == ModelCode.GRADING_RULE_UNREACHABLE));
  }

  @Test
  void pointsAreKeptInTheOrderOfTheInputScale() {
    Points shuffled =
        Points.builder()
            .putValue(I, BigDecimal.ZERO)
            .putValue(G, BigDecimal.valueOf(2))
            .putValue(O, BigDecimal.valueOf(3))
            .putValue(RI, BigDecimal.ONE)
            .addBands(Band.of(G, 0))
            .build();
    GradingRules rules = rules(shuffled).build();
    assertEquals(List.of(O, G, RI, I), List.copyOf(((Points) rules.method()).values().keySet()));
  }

  @Test
  void rulesWhoseCheckWouldBeTooLargeAreRefused() {
    List<String> names = new ArrayList<>();
    List<Condition> each = new ArrayList<>();
    for (int i = 1; i <= 12; i++) {
      names.add("standard-" + i);
      each.add(Condition.input("standard-" + i, Selector.orBetter(HMIP.grade("good"))));
    }
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> GradingRules.builder()
                .from(GradingRuleSets.HMIP_YOUTH_JUSTICE_2018)
                .inputs(Inputs.named(names))
                .addLimits(Limit.of(Condition.not(Condition.all(each)), HMIP.grade("good")))
                .build());
    assertEquals(
        List.of(
            "inputs: the laws of rules hmip-youth-justice-2018 cannot be checked: with 12 inputs over 4 grades, 12 of them named in"
                + " conditions, the check would decide 16,777,216 combinations of inputs, more than 1,000,000: name fewer inputs in"
                + " conditions (counts of grades are cheap), or combine fewer inputs"),
        messages(e));
    assertEquals("checkable: at most 1,000,000 combinations", e.invariant());
    // One named input: 4 × C(14, 3) = 1,456 classes, checked.
    GradingRules one =
        GradingRules.builder()
            .from(GradingRuleSets.HMIP_YOUTH_JUSTICE_2018)
            .inputs(Inputs.named(names))
            .addLimits(Limit.of(Condition.input("standard-1", Selector.of(HMIP.grade("inadequate"))), HMIP.grade("requires-improvement")))
            .build();
    assertEquals(1456, one.combinations());
  }
}
