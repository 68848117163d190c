package io.github.peelkit.consumer;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.GradeOverride;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.assessment.Period;
import io.github.peelkit.assessment.Source;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.Ungraded;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Qualifier;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Criterion;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.Band;
import io.github.peelkit.grading.Condition;
import io.github.peelkit.grading.GradeRule;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.Inputs;
import io.github.peelkit.grading.Limit;
import io.github.peelkit.grading.OrderedRules;
import io.github.peelkit.grading.Selector;
import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.interval.PublishedFigures;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Calls the model's static factories, as a tool that builds values in one line would, and checks
 * what they make: compiled with {@code -Xlint:all -Werror} on both paths, as {@link Builders} is.
 */
final class Factories {
  private Factories() {}

  /** Makes values with the factories and checks them. */
  static void run() {
    GradeScale peel = GradeScales.PEEL_2021;
    Grade good = peel.grade("good");
    Area fairness = Area.of("fairness-and-respect", "Treatment of the public");
    Area victims = Area.of("victims", "Victims");
    Framework framework = Framework.builder().id("small-2021").name("Small").scale(peel).addAreas(fairness, victims).build();
    Sample grounds = Sample.of("Records with reasonable grounds", 168, 196);
    Measure calls = Measure.of("999 calls answered within ten seconds", new BigDecimal("0.85"), "proportion");
    Judgment graded = Judgment.graded(fairness, good);
    Judgment ungraded = Judgment.ungraded(victims, UngradedReason.NOT_GRADED);
    Assessment assessment = Assessment.builder()
        .id("small")
        .subject(Subject.of("essex", "Essex Police"))
        .framework(framework)
        .title("Small")
        .published(LocalDate.of(2022, 10, 14))
        .period(Period.of(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 6, 30)))
        .source(Source.of("A report"))
        .addFindings(Finding.of(FindingKind.OBSERVATION, "An observation"))
        .addJudgments(graded.withEvidence(List.of(grounds, calls)), ungraded)
        .build();
    check("graded by factory", "fairness-and-respect: Good (peel-2021)", assessment.judgment("fairness-and-respect").toString());
    check("ungraded by factory", "ungraded: not-graded", Ungraded.of(UngradedReason.NOT_GRADED).toString());
    check("ungraded with a note", "Later", Ungraded.of(UngradedReason.PENDING, "Later").note().orElseThrow());
    check("a criterion", "c-1", Criterion.of("c-1", "A criterion").id());
    check("a derivation", List.of("a", "b"), Derivation.of("rules", List.of("a", "b")).from());
    check("an override", "A reason", GradeOverride.of("A reason").reason());
    check("finding counts", 9, FindingCounts.of(Map.of(FindingKind.AREA_FOR_IMPROVEMENT, 9)).counts().get(FindingKind.AREA_FOR_IMPROVEMENT));
    check("a distribution", 43, PeerDistribution.of(43, Map.of(good, 43)).population());
    check("published figures", "0.857 ± 0.049", Reported.of(new BigDecimal("0.857"), new BigDecimal("0.049")).toString());
    check("an estimate alone", "0.5", Reported.of(new BigDecimal("0.5")).toString());
    check("a standard", "national standard: at least 0.90", Standard.atLeast("national standard", new BigDecimal("0.90")).toString());
    check("a comparison", "England and Wales: 0.71", Comparison.of("England and Wales", new BigDecimal("0.71")).toString());
    check("a qualifier by id", Qualifier.MORE_THAN, Qualifier.find("more-than").orElseThrow());
    check("no extensions", true, Extensions.empty().isEmpty());
    ConfidenceInterval none = ConfidenceInterval.of(0, 12, 0.95, IntervalMethod.WALD);
    check("Wald at the edge is unreliable", false, none.isReliable());
    check("Wilson beside it", IntervalMethod.WILSON, none.alternative().orElseThrow().method());
    check("published figures fit their sample", true,
        PublishedFigures.of(new BigDecimal("0.857"), new BigDecimal("0.049")).check(ConfidenceInterval.of(168, 196, 0.95, IntervalMethod.WALD))
            .isConsistent());
    check("the only size that fits 85.5% ± 4.9%", List.of(200L),
        PublishedFigures.of(new BigDecimal("0.855"), new BigDecimal("0.049")).fittingSizes(0.95, IntervalMethod.WALD, 10_000));
    GradeMapping identity = GradeMapping.identity(peel);
    check("the identity maps good to good", List.of("good"), identity.convert(good).targets().ids());
    check("a mapping by ids", List.of("good"), GradeMapping.of("same", peel, peel, Map.of(
        "outstanding", List.of("outstanding"), "good", List.of("good"), "adequate", List.of("adequate"),
        "requires-improvement", List.of("requires-improvement"), "inadequate", List.of("inadequate"))).convert(good).targets().ids());
    check("converted by policy", "good", graded.convert(identity, Policy.STRICT).grade().orElseThrow().id());
    GradingRules worst = GradingRules.builder()
        .id("worst-of-two")
        .inputScale(peel)
        .scale(peel)
        .inputs(Inputs.named(List.of("a", "b")))
        .method(OrderedRules.of(
            GradeRule.when(peel.grade("inadequate"), Condition.atLeast(Selector.of(peel.grade("inadequate")), 1)),
            GradeRule.when(good, Condition.all(Condition.atMost(Selector.orWorse(peel.grade("adequate")), 0),
                Condition.not(Condition.input("a", Selector.of(peel.grade("inadequate")))))),
            GradeRule.otherwise(peel.grade("adequate"))))
        .addLimits(Limit.of(Condition.any(Condition.input("b", Selector.of(peel.grade("requires-improvement")))), peel.grade("adequate")))
        .build();
    check("rules by factories", "good", worst.evaluate(good, good).grade().id());
    check("a band", "good at least 19", Band.of(good, 19).toString());
    check("counted inputs", 12, Inputs.count(12).size());
  }

  private static void check(String what, Object expected, Object actual) {
    Main.check(what, expected, actual);
  }
}
