package io.github.peelkit.consumer;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.GradeOverride;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.assessment.Period;
import io.github.peelkit.assessment.Source;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.Ungraded;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.PeelkitException;
import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Qualifier;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Criterion;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.AssessmentShape;
import io.github.peelkit.testkit.ModelGenerator;
import io.github.peelkit.grading.AllCondition;
import io.github.peelkit.grading.AnyCondition;
import io.github.peelkit.grading.Band;
import io.github.peelkit.grading.Basis;
import io.github.peelkit.grading.CountCondition;
import io.github.peelkit.grading.GradeRule;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.InputCondition;
import io.github.peelkit.grading.Inputs;
import io.github.peelkit.grading.Limit;
import io.github.peelkit.grading.NotCondition;
import io.github.peelkit.grading.OrderedRules;
import io.github.peelkit.grading.Points;
import io.github.peelkit.grading.Selector;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeRange;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.Location;
import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.YamlReader;
import io.github.peelkit.yaml.YamlWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Calls every public builder of peelkit, as a tool that makes its own model would: a scale of its
 * own, a framework on it, an assessment with every kind of judgment, finding and evidence, a mapping
 * and grading rules of both kinds. The consumer's build compiles this with {@code -Xlint:all -Werror}
 * on the class path and on the module path, so a warning that the generated classes cause in a
 * user's compiler fails the build.
 */
final class Builders {
  private Builders() {}

  /** Builds everything, writes it, reads it back and checks that it reads back equal. */
  static void run() {
    GradeScale stars = GradeScale.builder()
        .id("stars-2024")
        .name("Stars")
        .description("A scale of three grades, best first")
        .addDefinitions(
            GradeDefinition.builder().id("three-stars").label("Three stars").addAliases("3*").score(3).build(),
            GradeDefinition.builder().id("two-stars").label("Two stars").description("Most of the way").score(2).build(),
            GradeDefinition.builder().id("one-star").label("One star").score(1).build())
        .build();
    Grade three = stars.grade("three-stars");
    Grade two = stars.grade("two-stars");
    check("an alias names its grade", three, stars.grade("3*"));
    Grade one = stars.grade("one-star");

    Area safety = Area.builder()
        .id("safety")
        .name("Safety")
        .addAliases("Keeping people safe")
        .addCriteria(Criterion.builder().id("safety-1").text("People are kept safe.").build())
        .build();
    Area care = Area.builder().id("care").name("Care").description("How people are cared for").build();
    Area visits = Area.builder().id("visits").name("Visits").graded(false).build();
    Framework framework = Framework.builder()
        .id("stars-framework")
        .name("A framework graded in stars")
        .scale(stars)
        .addAreas(safety, care, visits)
        .build();
    Derivation derivation = Derivation.builder().rules("stars-worst").addFrom("safety", "care").build();
    check("a derivation names its areas", List.of("safety", "care"), derivation.from());

    Sample sample = Sample.builder()
        .id("records-checked")
        .description("Records checked and found complete")
        .successes(168)
        .size(196)
        .level(0.95)
        .method(IntervalMethod.WALD)
        .reported(Reported.builder().estimate(new BigDecimal("0.857")).margin(new BigDecimal("0.049")).build())
        .build();
    Measure measure = Measure.builder()
        .id("calls-answered")
        .description("999 calls answered within ten seconds")
        .value(new BigDecimal("0.85"))
        .qualifier(Qualifier.MORE_THAN)
        .unit("proportion")
        .standard(Standard.builder().name("national standard").atLeast(new BigDecimal("0.90")).build())
        .comparison(Comparison.builder().name("England and Wales").value(new BigDecimal("0.71")).build())
        .build();
    Finding strength = Finding.builder()
        .kind(FindingKind.STRENGTH)
        .id("complete-records")
        .title("Records are complete")
        .text("Most records were complete.")
        .addEvidence("records-checked")
        .build();
    Finding recommendation =
        Finding.builder().kind(FindingKind.RECOMMENDATION).id("answer-calls").number(1).title("Answer calls sooner").build();
    Finding concern = Finding.builder()
        .kind(FindingKind.CAUSE_OF_CONCERN)
        .title("Calls wait too long")
        .addRecommendations("answer-calls")
        .build();
    Judgment safe = Judgment.builder()
        .area(safety)
        .outcome(Outcome.graded(three))
        .statement("The service is safe.")
        .published(LocalDate.of(2024, 5, 1))
        .addFindings(strength)
        .addEvidence(sample)
        .distribution(PeerDistribution.builder().population(3).putCount(three, 1).putCount(two, 2).description("Peers").build())
        .build();
    Judgment caring = Judgment.builder()
        .area(care)
        .outcome(Outcome.graded(one))
        .addFindings(concern, recommendation)
        .findingCounts(FindingCounts.builder().putCount(FindingKind.AREA_FOR_IMPROVEMENT, 2).build())
        .addEvidence(measure)
        .build();
    Judgment visited = Judgment.builder()
        .area(visits)
        .outcome(Ungraded.builder().reason(UngradedReason.NOT_INSPECTED).note("Not this year").build())
        .build();
    Assessment assessment = Assessment.builder()
        .id("home-stars-2024")
        .subject(Subject.builder().id("home").name("A home").build())
        .framework(framework)
        .title("Stars for a home")
        .published(LocalDate.of(2024, 5, 1))
        .period(Period.builder().from(LocalDate.of(2024, 1, 1)).to(LocalDate.of(2024, 3, 31)).build())
        .source(Source.builder().title("The home's report").publisher("An inspectorate").url("https://example.org/home").build())
        .note("Made up, to show every builder")
        .addJudgments(safe, caring, visited)
        .build();
    check("the override's reason", "Departed from the rules", GradeOverride.builder().reason("Departed from the rules").build().reason());

    GradeScale passFail = GradeScale.of(
        "pass-fail-2024", "Pass or fail", List.of(GradeDefinition.of("pass", "Pass"), GradeDefinition.of("fail", "Fail")));
    GradeMapping toPassFail = GradeMapping.builder()
        .id("stars-to-pass-fail")
        .name("Stars to pass or fail")
        .from(stars)
        .to(passFail)
        .putRule(three, GradeRange.of(passFail.grade("pass")))
        .putRule(two, GradeRange.of(passFail.grade("pass")))
        .putRule(one, GradeRange.of(passFail.grade("fail")))
        .comparable(true)
        .note("Two stars or more pass")
        .build();

    GradingRules points = GradingRules.builder()
        .id("stars-points")
        .inputScale(stars)
        .scale(stars)
        .inputs(Inputs.count(2))
        .method(Points.builder()
            .putValue(three, BigDecimal.valueOf(2))
            .putValue(two, BigDecimal.ONE)
            .putValue(one, BigDecimal.ZERO)
            .basis(Basis.TOTAL)
            .addBands(
                Band.builder().grade(three).atLeast(BigDecimal.valueOf(4)).build(),
                Band.builder().grade(two).atLeast(BigDecimal.valueOf(2)).build(),
                Band.builder().grade(one).atLeast(BigDecimal.ZERO).build())
            .build())
        .build();
    CountCondition anyOne = CountCondition.builder().selector(Selector.of(one)).atLeast(1).build();
    AllCondition allThree = AllCondition.builder()
        .addConditions(NotCondition.builder().condition(anyOne).build(),
            CountCondition.builder().selector(Selector.orBetter(three)).atLeast(2).build())
        .build();
    GradingRules worst = GradingRules.builder()
        .id("stars-worst")
        .name("The worse of safety and care")
        .inputScale(stars)
        .scale(stars)
        .inputs(Inputs.named(List.of("safety", "care")))
        .method(OrderedRules.of(
            GradeRule.builder().grade(one).when(AnyCondition.builder().addConditions(anyOne).build()).build(),
            GradeRule.builder().grade(three).when(allThree).build(),
            GradeRule.builder().grade(two).build()))
        .addLimits(Limit.builder()
            .when(InputCondition.builder().input("safety").is(Selector.orWorse(two)).build())
            .atBest(two)
            .build())
        .build();
    check("the worse of one star and three", "one-star", worst.evaluate(one, three).grade().id());
    check("four points of four", "three-stars", points.evaluate(three, three).grade().id());

    String written = YamlWriter.standard().write(List.of(stars, passFail, framework, assessment, toPassFail, points, worst));
    YamlReader reader = YamlReader.builder()
        .limits(Limits.builder().maxFileBytes(1_000_000).maxDocuments(10).build())
        .catalog(Catalog.builtIn())
        .build();
    Catalog read = reader.read("built.yaml", written).orThrow();
    check("the built assessment reads back equal", assessment, read.findAssessment(assessment.id()).orElseThrow());
    check("the built mapping reads back equal", toPassFail, read.mappings().get(toPassFail.id()));
    check("the built rules read back equal", worst, read.findGradingRules(worst.id()).orElseThrow());

    // Changing a value, and an assessment written with the scale and framework it depends on.
    Assessment revised = assessment.withPublished(LocalDate.of(2024, 6, 1)).withJudgment(safe.withGrade(two));
    check("a copy with another grade", "two-stars", revised.judgment("safety").grade().orElseThrow().id());
    String standalone = YamlWriter.standard().writeWithDefinitions(revised);
    check("written with its definitions, it reads on its own", revised,
        YamlReader.standard().read("standalone.yaml", new java.io.StringReader(standalone)).orThrow().assessment(revised.id()));

    Assessment generated = ModelGenerator.of(7).assessment(framework, AssessmentShape.builder()
        .judgeEveryArea(true).findingsPerJudgment(1).evidencePerJudgment(1).overallFindings(0).build());
    check("a generated assessment judges every area", 3, generated.judgments().size());

    try {
      Subject.builder().id("home").build();
      check("a subject without a name is refused", true, false);
    } catch (PeelkitException e) {
      check("a missing attribute, in peelkit's words", "Subject needs name: set it on the builder before build()", e.getMessage());
    }
    try {
      assessment.judgment("Safty");
      check("an unknown judgment is refused", true, false);
    } catch (InvariantException e) {
      check("a look-up that misses says what was meant", Optional.of("safety"), e.violations().get(0).suggestion());
    }

    Problem problem = Problem.builder(FileCode.UNKNOWN_KEY, Location.of("mine.yaml", 3, 1), "unknown key 'grdae'")
        .path("grdae")
        .build();
    check("a problem built by a tool", "mine.yaml:3:1: error[PK004]: grdae: unknown key 'grdae'", problem.toText());
  }

  private static void check(String what, Object expected, Object actual) {
    Main.check(what, expected, actual);
  }
}
