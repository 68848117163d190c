package io.github.peelkit.yaml;

import static io.github.peelkit.yaml.Yaml.doc;
import static io.github.peelkit.yaml.Yaml.essex;
import static io.github.peelkit.yaml.Yaml.scale;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each problem code at its boundary: the last input that is fine, read without any problem, and the
 * first that is not, with the exact problem it gives. (The limits of {@code PK002} are met and crossed
 * one by one in {@link LimitsTest}.)
 */
class CodeBoundariesTest {
  private static String judgment(String body) {
    return essex("  - area: investigating-crime\n    grade: adequate\n" + body);
  }

  private static String sample(String fields) {
    return judgment("    evidence:\n      - {description: Crimes reviewed, " + fields + "}\n");
  }

  /** Essex, graded good in fairness and respect with the distribution given, and Kent, graded adequate. */
  private static String twoForces(String distribution) {
    return essex("  - area: fairness-and-respect\n    grade: good\n    distribution: " + distribution + "\n")
        + "---\n" + doc("Assessment", "kent-peel-2021-22") + "subject: {id: kent, name: Kent Police}\nframework: peel-2021-22\n"
        + "title: Kent\npublished: 2022-10-14\njudgments:\n  - {area: fairness-and-respect, grade: adequate}\n";
  }

  private static final String SCALE_X = scale("x", "");
  private static final String FRAMEWORK_X = doc("Framework", "x") + "name: X\n";
  private static final String MAPPING_HEAD = doc("GradeMapping", "m") + "from: peel-2014\nto: peel-2021\n";
  private static final String RULES_HEAD = doc("GradingRules", "r") + "inputScale: cqc-2014\nscale: cqc-2014\ninputs: 5\n";

  /** A care home's five key questions, then its overall rating derived from them. */
  private static String home(String ratings, String overall) {
    String[] r = ratings.split(" ");
    return doc("Framework", "homes") + "name: Homes\nscale: cqc-2014\nareas: [{id: safe, name: Safe}, {id: effective, name: Effective},"
        + " {id: caring, name: Caring}, {id: responsive, name: Responsive}, {id: well-led, name: Well-led}, {id: overall, name: Overall}]\n"
        + "---\n" + doc("Assessment", "home") + "subject: {id: home, name: A home}\nframework: homes\ntitle: Report\npublished: 2019-07-19\n"
        + "judgments:\n  - {area: safe, grade: " + r[0] + "}\n  - {area: effective, grade: " + r[1] + "}\n  - {area: caring, grade: " + r[2]
        + "}\n  - {area: responsive, grade: " + r[3] + "}\n  - {area: well-led, grade: " + r[4] + "}\n"
        + "  - {area: overall, grade: " + overall + ", derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive,"
        + " well-led]}}\n";
  }

  static Stream<Arguments> boundaries() {
    return Stream.of(
        Arguments.of(
            "PK001 keys differ by case only / twice the same key",
            scale("s", "extensions: {a: 1, A: 2}\n"),
            scale("s", "extensions: {a: 1, a: 2}\n"),
            List.of(
                "t.yaml:6:20: error[PK001]: extensions.a: duplicate key 'a', first given at line 6, column 14: a mapping"
                    + " holds each key once; remove one")),
        Arguments.of(
            "PK003 the apiVersion / one character more",
            SCALE_X,
            SCALE_X.replace("peelkit/v1", "peelkit/v1."),
            List.of("t.yaml:1:13: error[PK003]: apiVersion: unknown apiVersion 'peelkit/v1.'; did you mean 'peelkit/v1'?")),
        Arguments.of(
            "PK003 the kind / in other case",
            SCALE_X,
            SCALE_X.replace("kind: GradeScale", "kind: Gradescale"),
            List.of("t.yaml:2:7: error[PK003]: kind: unknown kind 'Gradescale'; did you mean 'GradeScale'?")),
        Arguments.of(
            "PK004 a key / in other case",
            SCALE_X,
            SCALE_X.replace("name:", "Name:"),
            // The key is taken for a misspelling of the missing one, so that is not reported twice.
            List.of("t.yaml:4:1: error[PK004]: Name: unknown key 'Name'; did you mean 'name'?")),
        Arguments.of(
            "PK005 every required key / one missing",
            SCALE_X,
            SCALE_X.replace("name: Pass or fail\n", ""),
            List.of("t.yaml:1:1: error[PK005]: name: missing required key 'name'")),
        Arguments.of(
            "PK006 a slug with single hyphens / a double hyphen",
            scale("a-1-b", ""),
            scale("a--1", ""),
            List.of(
                "t.yaml:3:5: error[PK006]: id: id 'a--1' is not a valid id: use lower-case letters and digits joined by"
                    + " single hyphens, such as 'peel-2021'")),
        Arguments.of(
            "PK006 the 29th of February of a leap year / of another year",
            judgment("").replace("published: 2022-10-14", "published: 2024-02-29"),
            judgment("").replace("published: 2022-10-14", "published: 2023-02-29"),
            List.of(
                "t.yaml:7:12: error[PK006]: published: published '2023-02-29' is not a date of the calendar: Invalid date"
                    + " 'February 29' as '2023' is not a leap year")),
        Arguments.of(
            "PK006 a whole number with a decimal point / with a fraction",
            sample("successes: 168, size: 196.0"),
            sample("successes: 168, size: 196.5"),
            List.of("t.yaml:12:62: error[PK006]: judgments[0].evidence[0].size: expected an integer, got the number 196.5")),
        Arguments.of(
            "PK007 one id in two kinds / twice in one kind",
            SCALE_X + "---\n" + FRAMEWORK_X,
            SCALE_X + "---\n" + SCALE_X,
            List.of(
                "t.yaml:9:5: error[PK007]: id: GradeScale 'x' is already defined at t.yaml:1:1: give this one another"
                    + " id")),
        Arguments.of(
            "PK008 an area by its alias in any case / one letter off",
            essex("  - area: TREATMENT OF THE PUBLIC\n    grade: good\n"),
            essex("  - area: Treatment of the publik\n    grade: good\n"),
            List.of(
                "t.yaml:9:11: error[PK008]: judgments[0].area: unknown area 'Treatment of the publik' in framework"
                    + " peel-2021-22; did you mean 'fairness-and-respect'?")),
        Arguments.of(
            "PK009 successes equal to the size / one more",
            sample("successes: 196, size: 196"),
            sample("successes: 197, size: 196"),
            List.of(
                "t.yaml:12:51: error[PK009]: judgments[0].evidence[0].successes: successes 197 is greater than size 196:"
                    + " a sample cannot have more successes than records")),
        Arguments.of(
            "PK009 a size of one / of none",
            sample("successes: 0, size: 1"),
            sample("successes: 0, size: 0"),
            List.of(
                "t.yaml:12:60: error[PK009]: judgments[0].evidence[0].size: size 0 is not positive: a sample holds at"
                    + " least one record")),
        Arguments.of(
            "PK009 a level just below one / of one",
            sample("successes: 168, size: 196, level: 0.999999"),
            sample("successes: 168, size: 196, level: 1"),
            List.of(
                "t.yaml:12:74: error[PK009]: judgments[0].evidence[0].level: level 1.0 is not strictly between 0 and 1:"
                    + " write 95% as 0.95")),
        Arguments.of(
            "PK009 a population the size of the sample / one less",
            sample("successes: 168, size: 196, population: 196"),
            sample("successes: 168, size: 196, population: 195"),
            List.of(
                "t.yaml:12:79: error[PK009]: judgments[0].evidence[0].population: population 195 is smaller than size"
                    + " 196: a sample cannot be larger than its population")),
        Arguments.of(
            "PK010 the published figures of 168 of 196 / a thousandth off",
            sample("successes: 168, size: 196, reported: {estimate: 0.857, margin: 0.049}"),
            sample("successes: 168, size: 196, reported: {estimate: 0.858, margin: 0.049}"),
            List.of(
                "t.yaml:12:77: warning[PK010]: judgments[0].evidence[0].reported: published 0.858 ± 0.049 does not fit"
                    + " 168 of 196 (wald, 95%): its estimate 0.857143 would be published as 0.857; check the successes,"
                    + " size, level and method")),
        Arguments.of(
            "PK011 a contiguous range / a gap",
            MAPPING_HEAD
                + "rules: {outstanding: [outstanding], good: [good, adequate], requires-improvement: [adequate,"
                + " requires-improvement], inadequate: [inadequate]}\n",
            MAPPING_HEAD
                + "rules: {outstanding: [outstanding], good: [good, requires-improvement], requires-improvement:"
                + " [requires-improvement], inadequate: [inadequate]}\n",
            List.of(
                "t.yaml:6:43: error[PK011]: rules.good: mapping m is not contiguous: good maps to [good,"
                    + " requires-improvement], which leaves out [adequate]")),
        Arguments.of(
            "PK012 a reason on an ungraded area / a grade on it",
            essex("  - area: victim-service-assessment\n    ungraded: {reason: not-graded}\n"),
            essex("  - area: victim-service-assessment\n    grade: good\n"),
            List.of(
                "t.yaml:10:12: error[PK012]: judgments[0].grade: area 'victim-service-assessment' is not graded in its"
                    + " framework, but the judgment gives grade 'good': use ungraded with a reason")),
        Arguments.of(
            "PK013 a cause of concern with its recommendation / without",
            judgment(
                "    findings:\n"
                    + "      - {kind: cause-of-concern, title: C, recommendations: [r1]}\n"
                    + "      - {kind: recommendation, id: r1, title: R}\n"),
            judgment("    findings:\n      - {kind: cause-of-concern, title: C}\n"),
            List.of(
                "t.yaml:12:9: warning[PK013]: judgments[0].findings[0]: cause of concern 'C' has no recommendation: a"
                    + " cause of concern is always accompanied by one; link it under recommendations")),
        Arguments.of(
            "PK014 inadequate with a cause of concern / without",
            essex(
                "  - area: investigating-crime\n    grade: inadequate\n    findings:\n"
                    + "      - {kind: cause-of-concern, title: C, recommendations: [r1]}\n"
                    + "      - {kind: recommendation, id: r1, title: R}\n"),
            essex("  - area: investigating-crime\n    grade: inadequate\n"),
            List.of(
                "t.yaml:10:12: warning[PK014]: judgments[0].grade: area 'investigating-crime' is graded inadequate"
                    + " without a cause of concern: inadequate is given where the inspectorate has causes of concern;"
                    + " add the cause of concern as a finding")),
        Arguments.of(
            "PK015 counts that add up to the population / one more",
            judgment("    distribution: {population: 43, counts: {outstanding: 6, good: 14, adequate: 21, inadequate: 2}}\n"),
            judgment("    distribution: {population: 43, counts: {outstanding: 6, good: 14, adequate: 22, inadequate: 2}}\n"),
            List.of(
                "t.yaml:11:44: error[PK015]: judgments[0].distribution.counts: counts add up to 44, not to the"
                    + " population of 43: correct a count or the population")),
        Arguments.of(
            "PK017 points that decrease by one / two grades with the same points",
            RULES_HEAD + "points:\n  values: {outstanding: 3, good: 2, requires-improvement: 1, inadequate: 0}\n  bands: [{grade: good, atLeast: 0}]\n",
            RULES_HEAD + "points:\n  values: {outstanding: 3, good: 2, requires-improvement: 2, inadequate: 0}\n  bands: [{grade: good, atLeast: 0}]\n",
            List.of(
                "t.yaml:8:59: error[PK017]: points.values.requires-improvement: rules r give grade 'requires-improvement' 2 points, not"
                    + " fewer than the 2 of the better grade 'good': points must strictly decrease from best to worst")),
        Arguments.of(
            "PK018 a rule that decides one combination / none",
            RULES_HEAD + "rules:\n  - {grade: good, when: {count: inadequate, atMost: 4}}\n  - {grade: inadequate, otherwise: true}\n",
            RULES_HEAD + "rules:\n  - {grade: good, when: {count: inadequate, atMost: 5}}\n  - {grade: inadequate, otherwise: true}\n",
            List.of(
                "t.yaml:9:5: warning[PK018]: rules[1]: rule 2 of rules r decides no combination of inputs: an earlier rule holds"
                    + " wherever it does, or its condition never holds")),
        Arguments.of(
            "PK019 the derived grade published / one better",
            home("requires-improvement good good good requires-improvement", "requires-improvement"),
            home("requires-improvement good good good requires-improvement", "good"),
            List.of(
                "t.yaml:21:28: warning[PK019]: judgments[5].grade: judgment of area 'overall' is graded good, but rules"
                    + " cqc-adult-social-care-2022 derive requires-improvement from safe (requires-improvement), effective (good), caring"
                    + " (good), responsive (good) and well-led (requires-improvement): no rule before it holds: rule 4 (otherwise) gives"
                    + " requires-improvement; if the inspectorate departed from its rules, record why with override: {reason: ...}")),
        Arguments.of(
            "PK020 the grades of the whole population loaded / one moved",
            twoForces("{population: 2, counts: {good: 1, adequate: 1}}"),
            twoForces("{population: 2, counts: {good: 2}}"),
            List.of(
                "t.yaml:11:43: warning[PK020]: judgments[0].distribution.counts: distribution of area 'fairness-and-respect'"
                    + " differs from the 2 loaded assessments of framework peel-2021-22, the whole population of 2: published"
                    + " good 2, adequate 0; loaded good 1, adequate 1; correct the counts or the grades")),
        Arguments.of(
            "PK020 a population of one more than loaded / the population loaded",
            twoForces("{population: 3, counts: {good: 3}}"),
            twoForces("{population: 2, counts: {good: 2}}"),
            List.of(
                "t.yaml:11:43: warning[PK020]: judgments[0].distribution.counts: distribution of area 'fairness-and-respect'"
                    + " differs from the 2 loaded assessments of framework peel-2021-22, the whole population of 2: published"
                    + " good 2, adequate 0; loaded good 1, adequate 1; correct the counts or the grades")),
        Arguments.of(
            "PK016 an ampersand and an asterisk inside text / an anchor and an alias",
            scale("s", "description: a&b *c '&d'\n"),
            scale("s", "description: &d x\nextensions: {a: *d}\n"),
            List.of(
                "t.yaml:6:14: error[PK016]: description: anchor '&d' is not supported: peelkit refuses anchors and"
                    + " aliases; remove it and write values out in full",
                "t.yaml:7:17: error[PK016]: extensions.a: alias '*d' is not supported: peelkit refuses anchors and"
                    + " aliases; write the value out in full")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("boundaries")
  void theLastFineInputAndTheFirstRefusedOne(String name, String fine, String refused, List<String> problems) {
    assertEquals(List.of(), Yaml.lines(fine), () -> "the fine input of " + name);
    assertEquals(problems, Yaml.lines(refused));
  }
}
