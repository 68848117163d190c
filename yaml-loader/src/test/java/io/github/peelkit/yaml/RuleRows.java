package io.github.peelkit.yaml;

import static io.github.peelkit.yaml.Yaml.doc;
import static io.github.peelkit.yaml.Yaml.essex;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * For every rule of the model a file can break, a small file that breaks it: the rows of {@link
 * RuleLocationTest}, keyed by the rule's name ({@code Sample.SUCCESSES_AT_MOST_SIZE}).
 */
final class RuleRows {
  private RuleRows() {}

  /** A framework of two graded areas, one with criteria, and an ungraded one, on peel-2021. */
  private static String framework(String id, String areas) {
    return doc("Framework", id) + "name: Rows\nscale: peel-2021\nareas:\n" + areas;
  }

  private static String scale(String grades) {
    return doc("GradeScale", "rows") + "name: Rows\ngrades:\n" + grades;
  }

  private static String mapping(String rules) {
    return doc("GradeMapping", "rows") + "from: peel-2014\nto: peel-2021\nrules:\n" + rules;
  }

  /** Grading rules on the CQC scale with the body given. */
  private static String rules(String body) {
    return doc("GradingRules", "rows") + "inputScale: cqc-2014\nscale: cqc-2014\n" + body;
  }

  private static final String KEY_QUESTIONS = "inputs: [safe, effective, caring, responsive, well-led]\n";

  /** A framework of CQC's five key questions and an overall area, and a home inspected against it with the judgments given. */
  private static String home(String overallArea, String judgments) {
    return doc("Framework", "homes") + "name: Homes\nscale: cqc-2014\nareas:\n"
        + "  - {id: safe, name: Safe}\n  - {id: effective, name: Effective}\n  - {id: caring, name: Caring}\n"
        + "  - {id: responsive, name: Responsive}\n  - {id: well-led, name: Well-led}\n" + overallArea
        + "---\n" + doc("Assessment", "home") + "subject: {id: home, name: A home}\nframework: homes\ntitle: Report\n"
        + "published: 2018-01-12\njudgments:\n" + judgments;
  }

  /** The five key questions rated, then the overall judgment given. */
  private static String rated(String ratings, String overall) {
    String[] r = ratings.split(" ");
    String[] k = {"safe", "effective", "caring", "responsive", "well-led"};
    StringBuilder judgments = new StringBuilder();
    for (int i = 0; i < r.length; i++) {
      judgments.append(r[i].equals("-") ? "  - {area: " + k[i] + ", ungraded: {reason: not-inspected}}\n" : "  - {area: " + k[i] + ", grade: " + r[i] + "}\n");
    }
    return judgments + overall;
  }

  private static final String OVERALL = "  - {id: overall, name: Overall}\n";

  private static String judged(String judgment) {
    return essex("  - area: fairness-and-respect\n" + judgment);
  }

  private static String sample(String evidence) {
    return judged("    grade: good\n    evidence:\n      - " + evidence + "\n");
  }

  /** {@return the file of each rule, by the rule's name} */
  static Map<String, String> files() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("TextRules.ID", doc("GradeScale", "Rows") + "name: Rows\ngrades: [{id: a, label: A}, {id: b, label: B}]\n");
    files.put("TextRules.NOT_BLANK", doc("GradeScale", "rows") + "name: ' '\ngrades: [{id: a, label: A}, {id: b, label: B}]\n");
    files.put("GradeScale.TWO_GRADES", scale("  - {id: only, label: Only}\n"));
    files.put("GradeScale.UNIQUE_GRADE_IDS", scale("  - {id: a, label: A}\n  - {id: a, label: B}\n"));
    files.put("GradeScale.UNAMBIGUOUS_NAMES", scale("  - {id: a, label: A}\n  - {id: b, label: B, aliases: [a]}\n"));
    files.put("GradeScale.ALL_SCORES_OR_NONE", scale("  - {id: a, label: A, score: 2}\n  - {id: b, label: B}\n"));
    files.put("GradeScale.DECREASING_SCORES", scale("  - {id: a, label: A, score: 1}\n  - {id: b, label: B, score: 2}\n"));
    files.put("GradeScale.KNOWN_GRADE", judged("    grade: goood\n"));
    files.put("Framework.UNIQUE_AREA_IDS", framework("rows", "  - {id: a, name: A}\n  - {id: a, name: B}\n"));
    files.put(
        "Framework.UNIQUE_CRITERION_IDS",
        framework("rows", "  - id: a\n    name: A\n    criteria: [{id: c, text: One}]\n  - id: b\n    name: B\n    criteria: [{id: c, text: Two}]\n"));
    files.put("Framework.UNAMBIGUOUS_NAMES", framework("rows", "  - {id: a, name: A}\n  - {id: b, name: B, aliases: [A]}\n"));
    files.put("Framework.GRADED_HAS_SCALE", doc("Framework", "rows") + "name: Rows\nareas:\n  - {id: a, name: A}\n");
    files.put("Framework.KNOWN_AREA", essex("  - area: fairnes-and-respect\n    grade: good\n"));
    files.put("AssessmentOutline.ONE_JUDGMENT_PER_AREA", essex("  - {area: fairness-and-respect, grade: good}\n  - {area: Treatment of the public, grade: good}\n"));
    files.put(
        "AssessmentOutline.UNIQUE_FINDING_IDS",
        judged("    grade: good\n    findings:\n      - {kind: strength, id: s, title: One}\n      - {kind: strength, id: s, title: Two}\n"));
    files.put(
        "AssessmentOutline.UNIQUE_EVIDENCE_IDS",
        judged("    grade: good\n    evidence:\n      - {id: e, description: One, size: 9}\n      - {id: e, description: Two, size: 9}\n"));
    files.put(
        "AssessmentOutline.EVIDENCE_LINKS",
        judged("    grade: good\n    findings: [{kind: strength, title: S, evidence: [recods]}]\n    evidence: [{id: records, description: R, size: 9}]\n"));
    files.put(
        "AssessmentOutline.RECOMMENDATION_LINKS",
        judged("    grade: good\n    findings:\n      - {kind: cause-of-concern, title: C, recommendations: [r-2]}\n      - {kind: recommendation, id: r-1, title: R}\n"));
    files.put(
        "Assessment.CONCERN_WITH_RECOMMENDATION", judged("    grade: good\n    findings: [{kind: cause-of-concern, title: Calls go unanswered}]\n"));
    files.put("Assessment.INADEQUATE_WITH_CONCERN", judged("    grade: inadequate\n"));
    files.put(
        "Assessment.FIGURES_FIT", sample("{description: Records, successes: 168, size: 196, reported: {estimate: 0.875, margin: 0.049}}"));
    files.put("Judgment.GRADED_AREA", essex("  - area: victim-service-assessment\n    grade: good\n"));
    files.put(
        "Converted.STRICT_HAS_ONE_TARGET",
        doc("Assessment", "essex-peel-2016") + "subject: {id: essex, name: Essex Police}\nframework: peel-2016\nscale: peel-2021\n"
            + "title: PEEL 2016\npublished: 2017-03-02\njudgments:\n  - area: effectiveness\n"
            + "    grade: good\n    conversion: {mapping: peel-2014-to-peel-2021, from: good, targets: [good, adequate], relation: many-to-many,"
            + " comparable: false, policy: strict}\n");
    files.put("Finding.NON_NEGATIVE_NUMBER", judged("    grade: good\n    findings: [{kind: strength, number: -1, title: S}]\n"));
    files.put(
        "Finding.ONLY_CONCERN_LINKS_RECOMMENDATIONS",
        judged("    grade: good\n    findings:\n      - {kind: strength, title: S, recommendations: [r-1]}\n      - {kind: recommendation, id: r-1, title: R}\n"));
    files.put("FindingCounts.NON_NEGATIVE_COUNTS", judged("    grade: good\n    findingCounts: {strength: 2, area-for-improvement: -1}\n"));
    files.put("PeerDistribution.POSITIVE_POPULATION", judged("    grade: good\n    distribution: {population: 0, counts: {good: 0}}\n"));
    files.put("PeerDistribution.NON_NEGATIVE_COUNTS", judged("    grade: good\n    distribution: {population: 2, counts: {good: 3, adequate: -1}}\n"));
    files.put("PeerDistribution.COUNTS_ADD_UP", judged("    grade: good\n    distribution: {population: 43, counts: {good: 40, adequate: 4}}\n"));
    // Two forces, the whole population of the distribution of two: Kent's adequate is not the published good.
    files.put(
        "PeerDistributions.AGREES_WITH_LOADED_POPULATION",
        judged("    grade: good\n    distribution: {population: 2, counts: {good: 2}}\n---\n")
            + doc("Assessment", "kent-peel-2021-22") + "subject: {id: kent, name: Kent Police}\nframework: peel-2021-22\n"
            + "title: Kent\npublished: 2022-10-14\njudgments:\n  - {area: fairness-and-respect, grade: adequate}\n");
    files.put(
        "Period.ORDERED_DAYS",
        essex("  - {area: fairness-and-respect, grade: good}\n").replace("published: 2022-10-14\n", "published: 2022-10-14\nperiod: {from: 2022-06-30, to: 2021-06-01}\n"));
    files.put("Sample.POSITIVE_SIZE", sample("{description: Records, size: 0, reported: {estimate: 0.5, margin: 0.1}}"));
    files.put("Sample.SUCCESSES_WITH_SIZE", sample("{description: Records, successes: 3, reported: {estimate: 0.5, margin: 0.1}}"));
    files.put("Sample.NON_NEGATIVE_SUCCESSES", sample("{description: Records, successes: -1, size: 10}"));
    files.put("Sample.SUCCESSES_AT_MOST_SIZE", sample("{description: Records, successes: 31, size: 28}"));
    files.put("Sample.POSITIVE_POPULATION", sample("{description: Records, population: 0, reported: {estimate: 0.5, margin: 0.1}}"));
    files.put("Sample.POPULATION_AT_LEAST_SIZE", sample("{description: Records, size: 10, population: 9}"));
    files.put("Sample.LEVEL_BETWEEN_0_AND_1", sample("{description: Records, size: 10, level: 95}"));
    files.put("Sample.SIZE_OR_PUBLISHED_FIGURES", sample("{description: Records, reported: {estimate: 0.5}}"));
    files.put("Reported.ESTIMATE_IS_PROPORTION", sample("{description: Records, size: 10, reported: {estimate: 85.7}}"));
    files.put("NumberRules.USABLE", sample("{description: Records, size: 10, reported: {estimate: 5e-999999999}}"));
    files.put("Reported.MARGIN_IS_PROPORTION", sample("{description: Records, size: 10, reported: {estimate: 0.857, margin: 4.9}}"));
    files.put(
        "Standard.HAS_A_BOUND",
        sample("{kind: measure, description: Calls, value: 0.85, unit: proportion, standard: {name: national standard}}"));
    files.put(
        "Standard.ORDERED_BOUNDS",
        sample("{kind: measure, description: Calls, value: 0.85, unit: proportion, standard: {name: band, atLeast: 0.9, atMost: 0.8}}"));
    files.put(
        "LawViolation.TOTAL", mapping("  outstanding: [outstanding]\n  good: [good]\n  requires-improvement: [requires-improvement]\n"));
    files.put(
        "LawViolation.CONTIGUOUS",
        mapping("  outstanding: [outstanding]\n  good: [good, requires-improvement]\n  requires-improvement: [requires-improvement]\n"
            + "  inadequate: [inadequate]\n"));
    files.put(
        "LawViolation.MONOTONE",
        mapping("  outstanding: [adequate]\n  good: [good]\n  requires-improvement: [requires-improvement]\n  inadequate: [inadequate]\n"));
    files.put(
        "GradingLaws.TOTAL",
        rules(KEY_QUESTIONS + "rules:\n  - {grade: inadequate, when: {count: inadequate, atLeast: 2}}\n"
            + "  - {grade: good, when: {count: inadequate, atMost: 0}}\n"));
    files.put(
        "GradingLaws.MONOTONE",
        rules("inputs: 5\nrules:\n  - grade: requires-improvement\n    when: {count: outstanding, atLeast: 5}\n  - {grade: good, otherwise: true}\n"));
    files.put(
        "GradingLaws.REACHABLE",
        rules("inputs: 5\nrules:\n  - {grade: inadequate, when: {count: inadequate, atLeast: 1}}\n"
            + "  - {grade: requires-improvement, when: {count: inadequate, atLeast: 2}}\n  - {grade: good, otherwise: true}\n"));
    StringBuilder twelve = new StringBuilder("inputs: [");
    StringBuilder each = new StringBuilder();
    for (int i = 1; i <= 12; i++) {
      twelve.append(i == 1 ? "" : ", ").append("s").append(i);
      each.append("        - {input: s").append(i).append(", is: good-or-better}\n");
    }
    files.put(
        "GradingLaws.CHECKABLE",
        rules(twelve + "]\nrules:\n  - {grade: good, otherwise: true}\nlimits:\n  - atBest: requires-improvement\n    when:\n"
            + "      not:\n        all:\n" + each.toString().replace("        - ", "          - ")));
    files.put("GradingLaws.INPUTS", rules("inputs: [safe, effective, safe]\nrules:\n  - {grade: good, otherwise: true}\n"));
    files.put(
        "GradingLaws.KNOWN_GRADES",
        rules(KEY_QUESTIONS + "rules:\n  - {grade: inadequate, when: {count: inadequte, atLeast: 2}}\n  - {grade: good, otherwise: true}\n"));
    files.put(
        "GradingLaws.KNOWN_INPUTS",
        rules(KEY_QUESTIONS + "rules:\n  - {grade: good, otherwise: true}\nlimits:\n  - {when: {input: saef, is: inadequate}, atBest: requires-improvement}\n"));
    files.put(
        "GradingLaws.COUNT_BOUNDS",
        rules(KEY_QUESTIONS + "rules:\n  - {grade: inadequate, when: {count: inadequate, atLeast: 6}}\n  - {grade: good, otherwise: true}\n"));
    files.put(
        "GradingLaws.CONDITIONS",
        rules(KEY_QUESTIONS + "rules:\n  - {grade: inadequate, when: {all: []}}\n  - {grade: good, otherwise: true}\n"));
    files.put(
        "GradingLaws.POINTS",
        rules("inputs: 12\npoints:\n  values: {outstanding: 3, good: 2, requires-improvement: 2, inadequate: 0}\n"
            + "  bands: [{grade: good, atLeast: 0}]\n"));
    files.put(
        "GradingLaws.BANDS",
        rules("inputs: 12\npoints:\n  values: {outstanding: 3, good: 2, requires-improvement: 1, inadequate: 0}\n"
            + "  bands:\n    - {grade: good, atLeast: 19}\n    - {grade: inadequate, atLeast: -1}\n"));
    files.put(
        "GradingLaws.ORDERED",
        rules(KEY_QUESTIONS + "rules:\n  - {grade: good, otherwise: true}\n  - {grade: inadequate, when: {count: inadequate, atLeast: 2}}\n"));
    files.put(
        "Derivations.KNOWN_RULES",
        home(OVERALL, rated("good good good good good", "  - area: overall\n    grade: good\n"
            + "    derived: {rules: cqc-adult-social-care-2021, from: [safe, effective, caring, responsive, well-led]}\n")));
    files.put(
        "Derivations.MATCHING_INPUTS",
        home(OVERALL, rated("good good good good good", "  - area: overall\n    grade: good\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive]}\n")));
    files.put(
        "Derivations.SCALES_MATCH",
        home(OVERALL, rated("good good good good good", "  - area: overall\n    grade: good\n"
            + "    derived: {rules: hmip-youth-justice-2018, from: [safe, effective, caring, responsive, well-led]}\n")));
    files.put(
        "Derivations.INPUTS_JUDGED",
        home(OVERALL, rated("good good good good", "  - area: overall\n    grade: good\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive, well-led]}\n")));
    files.put(
        "Derivations.INPUTS_GRADED",
        home(OVERALL, rated("good good good good -", "  - area: overall\n    grade: good\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive, well-led]}\n")));
    files.put(
        "Derivations.AGREES",
        home(OVERALL, rated("good good good good requires-improvement", "  - area: overall\n    grade: requires-improvement\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive, well-led]}\n")));
    files.put(
        "Derivation.DISTINCT_AREAS",
        home(OVERALL, rated("good good good good good", "  - area: overall\n    grade: good\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, Responsive, responsive]}\n")));
    files.put(
        "Derivation.FROM_AREAS",
        home(OVERALL, rated("good good good good good", "  - area: overall\n    grade: good\n    derived: {rules: cqc-adult-social-care-2022, from: []}\n")));
    files.put(
        "Derivation.NOT_FROM_ITSELF",
        home(OVERALL, rated("good good good good good", "  - area: overall\n    grade: good\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive, overall]}\n")));
    files.put(
        "Framework.DERIVED_AREA_GRADED",
        home("  - id: overall\n    name: Overall\n    graded: false\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive, well-led]}\n",
            rated("good good good good good", "")));
    files.put(
        "Framework.DERIVED_FROM_AREAS",
        home("  - id: overall\n    name: Overall\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive, well-lead]}\n",
            rated("good good good good good", "")));
    files.put(
        "Judgment.DERIVED_IS_GRADED",
        home(OVERALL, rated("good good good good good", "  - area: overall\n    ungraded: {reason: pending}\n"
            + "    derived: {rules: cqc-adult-social-care-2022, from: [safe, effective, caring, responsive, well-led]}\n")));
    files.put(
        "Judgment.OVERRIDE_NEEDS_DERIVATION",
        home(OVERALL, rated("good good good good good", "  - area: overall\n    grade: good\n    override: {reason: Rated by judgement}\n")));
    files.put(
        "GradeMapping.ORDERED_TARGETS",
        mapping("  outstanding: [outstanding]\n  good: [adequate, good]\n  Requires improvement: [requires-improvement]\n"
            + "  inadequate: [inadequate]\n"));
    return files;
  }

  /** {@return the problem each file gives for its rule, as printed} */
  static Map<String, String> expected() {
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put(
        "TextRules.ID",
        "TextRules-ID.yaml:3:5: error[PK006]: id: id 'Rows' is not a valid id: use lower-case"
            + " letters and digits joined by single hyphens, such as 'peel-2021'");
    expected.put(
        "TextRules.NOT_BLANK",
        "TextRules-NOT_BLANK.yaml:4:7: error[PK006]: name: name is blank: give it some text");
    expected.put(
        "GradeScale.TWO_GRADES",
        "GradeScale-TWO_GRADES.yaml:6:3: error[PK006]: grades: scale rows has 1 grade(s); a scale"
            + " needs at least two");
    expected.put(
        "GradeScale.UNIQUE_GRADE_IDS",
        "GradeScale-UNIQUE_GRADE_IDS.yaml:7:10: error[PK007]: grades[1].id: grade id 'a' appears"
            + " twice in scale rows");
    expected.put(
        "GradeScale.UNAMBIGUOUS_NAMES",
        "GradeScale-UNAMBIGUOUS_NAMES.yaml:7:33: error[PK007]: grades[1].aliases[0]: 'a' names"
            + " both grade 'a' and grade 'b': ids, labels and aliases must be unique, ignoring case");
    expected.put(
        "GradeScale.ALL_SCORES_OR_NONE",
        "GradeScale-ALL_SCORES_OR_NONE.yaml:7:5: error[PK005]: grades[1].score: grade 'b' has no"
            + " score, but other grades of scale rows do: give every grade a score or none");
    expected.put(
        "GradeScale.DECREASING_SCORES",
        "GradeScale-DECREASING_SCORES.yaml:7:30: error[PK006]: grades[1].score: score 2.0 of"
            + " grade 'b' is not below 1.0 of the better grade 'a': scores must strictly decrease from"
            + " best to worst");
    expected.put(
        "GradeScale.KNOWN_GRADE",
        "GradeScale-KNOWN_GRADE.yaml:10:12: error[PK008]: judgments[0].grade: unknown grade"
            + " 'goood' in scale peel-2021; did you mean 'good'?");
    expected.put(
        "Framework.UNIQUE_AREA_IDS",
        "Framework-UNIQUE_AREA_IDS.yaml:8:10: error[PK007]: areas[1].id: area id 'a' appears"
            + " twice in framework rows");
    expected.put(
        "Framework.UNIQUE_CRITERION_IDS",
        "Framework-UNIQUE_CRITERION_IDS.yaml:12:21: error[PK007]: areas[1].criteria[0].id:"
            + " criterion id 'c' appears twice in framework rows");
    expected.put(
        "Framework.UNAMBIGUOUS_NAMES",
        "Framework-UNAMBIGUOUS_NAMES.yaml:8:32: error[PK007]: areas[1].aliases[0]: 'A' names both"
            + " area 'a' and area 'b': ids, labels and aliases must be unique, ignoring case");
    expected.put(
        "Framework.GRADED_HAS_SCALE",
        "Framework-GRADED_HAS_SCALE.yaml:1:1: error[PK005]: scale: framework rows has graded"
            + " areas but no scale: name the scale its grades are given on");
    expected.put(
        "Framework.KNOWN_AREA",
        "Framework-KNOWN_AREA.yaml:9:11: error[PK008]: judgments[0].area: unknown area"
            + " 'fairnes-and-respect' in framework peel-2021-22; did you mean 'fairness-and-respect'?");
    expected.put(
        "AssessmentOutline.ONE_JUDGMENT_PER_AREA",
        "AssessmentOutline-ONE_JUDGMENT_PER_AREA.yaml:10:12: error[PK012]: judgments[1].area:"
            + " area 'fairness-and-respect' is judged twice, first in judgments[0]: merge the two"
            + " judgments into one");
    expected.put(
        "AssessmentOutline.UNIQUE_FINDING_IDS",
        "AssessmentOutline-UNIQUE_FINDING_IDS.yaml:13:30: error[PK007]:"
            + " judgments[0].findings[1].id: finding id 's' is used twice in assessment"
            + " essex-peel-2021-22, first at judgments[0].findings[0].id");
    expected.put(
        "AssessmentOutline.UNIQUE_EVIDENCE_IDS",
        "AssessmentOutline-UNIQUE_EVIDENCE_IDS.yaml:13:14: error[PK007]:"
            + " judgments[0].evidence[1].id: evidence id 'e' is used twice in assessment"
            + " essex-peel-2021-22, first at judgments[0].evidence[0].id");
    expected.put(
        "AssessmentOutline.EVIDENCE_LINKS",
        "AssessmentOutline-EVIDENCE_LINKS.yaml:11:54: error[PK008]:"
            + " judgments[0].findings[0].evidence[0]: finding links evidence 'recods', but no evidence"
            + " of assessment essex-peel-2021-22 has that id; did you mean 'records'?");
    expected.put(
        "AssessmentOutline.RECOMMENDATION_LINKS",
        "AssessmentOutline-RECOMMENDATION_LINKS.yaml:12:62: error[PK008]:"
            + " judgments[0].findings[0].recommendations[0]: cause of concern links recommendation"
            + " 'r-2', but no finding of assessment essex-peel-2021-22 has that id; did you mean 'r-1'?");
    expected.put(
        "Assessment.CONCERN_WITH_RECOMMENDATION",
        "Assessment-CONCERN_WITH_RECOMMENDATION.yaml:11:16: warning[PK013]:"
            + " judgments[0].findings[0]: cause of concern 'Calls go unanswered' has no recommendation:"
            + " a cause of concern is always accompanied by one; link it under recommendations");
    expected.put(
        "Assessment.INADEQUATE_WITH_CONCERN",
        "Assessment-INADEQUATE_WITH_CONCERN.yaml:10:12: warning[PK014]: judgments[0].grade: area"
            + " 'fairness-and-respect' is graded inadequate without a cause of concern: inadequate is"
            + " given where the inspectorate has causes of concern; add the cause of concern as a"
            + " finding");
    expected.put(
        "Assessment.FIGURES_FIT",
        "Assessment-FIGURES_FIT.yaml:12:69: warning[PK010]: judgments[0].evidence[0].reported:"
            + " published 0.875 ± 0.049 does not fit 168 of 196 (wald, 95%): its estimate 0.857143"
            + " would be published as 0.857; check the successes, size, level and method");
    expected.put(
        "Judgment.GRADED_AREA",
        "Judgment-GRADED_AREA.yaml:10:12: error[PK012]: judgments[0].grade: area"
            + " 'victim-service-assessment' is not graded in its framework, but the judgment gives"
            + " grade 'good': use ungraded with a reason");
    expected.put(
        "Converted.STRICT_HAS_ONE_TARGET",
        "Converted-STRICT_HAS_ONE_TARGET.yaml:12:141: error[PK006]:"
            + " judgments[0].conversion.policy: policy strict gives one grade, but the targets are"
            + " [good, adequate]: use best, worst or range");
    expected.put(
        "Finding.NON_NEGATIVE_NUMBER",
        "Finding-NON_NEGATIVE_NUMBER.yaml:11:41: error[PK006]: judgments[0].findings[0].number:"
            + " number -1 is negative");
    expected.put(
        "Finding.ONLY_CONCERN_LINKS_RECOMMENDATIONS",
        "Finding-ONLY_CONCERN_LINKS_RECOMMENDATIONS.yaml:12:53: error[PK006]:"
            + " judgments[0].findings[0].recommendations: a finding of kind strength links"
            + " recommendations; only a cause-of-concern does: link the recommendation from its cause"
            + " of concern");
    expected.put(
        "FindingCounts.NON_NEGATIVE_COUNTS",
        "FindingCounts-NON_NEGATIVE_COUNTS.yaml:11:56: error[PK006]:"
            + " judgments[0].findingCounts.area-for-improvement: count -1 of area-for-improvement is"
            + " negative");
    expected.put(
        "PeerDistribution.POSITIVE_POPULATION",
        "PeerDistribution-POSITIVE_POPULATION.yaml:11:32: error[PK006]:"
            + " judgments[0].distribution.population: population 0 is not positive");
    expected.put(
        "PeerDistribution.NON_NEGATIVE_COUNTS",
        "PeerDistribution-NON_NEGATIVE_COUNTS.yaml:11:63: error[PK006]:"
            + " judgments[0].distribution.counts.adequate: count -1 of grade 'adequate' is negative");
    expected.put(
        "PeerDistribution.COUNTS_ADD_UP",
        "PeerDistribution-COUNTS_ADD_UP.yaml:11:44: error[PK015]:"
            + " judgments[0].distribution.counts: counts add up to 44, not to the population of 43:"
            + " correct a count or the population");
    expected.put(
        "PeerDistributions.AGREES_WITH_LOADED_POPULATION",
        "PeerDistributions-AGREES_WITH_LOADED_POPULATION.yaml:11:43: warning[PK020]: judgments[0].distribution.counts:"
            + " distribution of area 'fairness-and-respect' differs from the 2 loaded assessments of framework peel-2021-22,"
            + " the whole population of 2: published good 2, adequate 0; loaded good 1, adequate 1; correct the counts or"
            + " the grades");
    expected.put(
        "Period.ORDERED_DAYS",
        "Period-ORDERED_DAYS.yaml:8:32: error[PK006]: period.to: period ends on 2021-06-01,"
            + " before it starts on 2022-06-30");
    expected.put(
        "Sample.POSITIVE_SIZE",
        "Sample-POSITIVE_SIZE.yaml:12:38: error[PK009]: judgments[0].evidence[0].size: size 0 is"
            + " not positive: a sample holds at least one record");
    expected.put(
        "Sample.SUCCESSES_WITH_SIZE",
        "Sample-SUCCESSES_WITH_SIZE.yaml:12:9: error[PK005]: judgments[0].evidence[0].size:"
            + " successes 3 given without a size: give the number of records reviewed as size");
    expected.put(
        "Sample.NON_NEGATIVE_SUCCESSES",
        "Sample-NON_NEGATIVE_SUCCESSES.yaml:12:43: error[PK009]:"
            + " judgments[0].evidence[0].successes: successes -1 is negative");
    expected.put(
        "Sample.SUCCESSES_AT_MOST_SIZE",
        "Sample-SUCCESSES_AT_MOST_SIZE.yaml:12:43: error[PK009]:"
            + " judgments[0].evidence[0].successes: successes 31 is greater than size 28: a sample"
            + " cannot have more successes than records");
    expected.put(
        "Sample.POSITIVE_POPULATION",
        "Sample-POSITIVE_POPULATION.yaml:12:44: error[PK009]:"
            + " judgments[0].evidence[0].population: population 0 is not positive");
    expected.put(
        "Sample.POPULATION_AT_LEAST_SIZE",
        "Sample-POPULATION_AT_LEAST_SIZE.yaml:12:54: error[PK009]:"
            + " judgments[0].evidence[0].population: population 9 is smaller than size 10: a sample"
            + " cannot be larger than its population");
    expected.put(
        "Sample.LEVEL_BETWEEN_0_AND_1",
        "Sample-LEVEL_BETWEEN_0_AND_1.yaml:12:49: error[PK009]: judgments[0].evidence[0].level:"
            + " level 95.0 is not strictly between 0 and 1: write 95% as 0.95");
    expected.put(
        "Sample.SIZE_OR_PUBLISHED_FIGURES",
        "Sample-SIZE_OR_PUBLISHED_FIGURES.yaml:12:9: error[PK005]: judgments[0].evidence[0].size:"
            + " sample has no size: give size (and successes, if known), or the published estimate and"
            + " margin under reported");
    expected.put(
        "NumberRules.USABLE",
        "NumberRules-USABLE.yaml:12:63: error[PK006]: judgments[0].evidence[0].reported.estimate: estimate 5e-999999999"
            + " is not a number peelkit can use: written out it has 1000000000 digits, more than 1000; give a number of"
            + " ordinary size");
    expected.put(
        "Reported.ESTIMATE_IS_PROPORTION",
        "Reported-ESTIMATE_IS_PROPORTION.yaml:12:63: error[PK006]:"
            + " judgments[0].evidence[0].reported.estimate: estimate 85.7 is not a proportion between 0"
            + " and 1: write 85.7 percent as 0.857");
    expected.put(
        "Reported.MARGIN_IS_PROPORTION",
        "Reported-MARGIN_IS_PROPORTION.yaml:12:78: error[PK006]:"
            + " judgments[0].evidence[0].reported.margin: margin 4.9 is not a proportion between 0 and"
            + " 1: write +/- 4.9 percent as 0.049");
    expected.put(
        "Standard.HAS_A_BOUND",
        "Standard-HAS_A_BOUND.yaml:12:86: error[PK005]:"
            + " judgments[0].evidence[0].standard.atLeast: standard 'national standard' has no bound:"
            + " give atLeast, atMost or both");
    expected.put(
        "Standard.ORDERED_BOUNDS",
        "Standard-ORDERED_BOUNDS.yaml:12:121: error[PK006]:"
            + " judgments[0].evidence[0].standard.atMost: atMost 0.8 is below atLeast 0.9");
    expected.put(
        "LawViolation.TOTAL",
        "LawViolation-TOTAL.yaml:7:3: error[PK011]: rules: mapping rows is not total: inadequate"
            + " maps to no grade of peel-2021; give it at least one");
    expected.put(
        "LawViolation.CONTIGUOUS",
        "LawViolation-CONTIGUOUS.yaml:8:9: error[PK011]: rules.good: mapping rows is not"
            + " contiguous: good maps to [good, requires-improvement], which leaves out [adequate]");
    expected.put(
        "LawViolation.MONOTONE",
        "LawViolation-MONOTONE.yaml:8:9: error[PK011]: rules.good: mapping rows is not monotone:"
            + " outstanding maps to [adequate] but the worse grade good maps to [good]");
    expected.put(
        "GradingLaws.TOTAL",
        "GradingLaws-TOTAL.yaml:8:3: error[PK017]: rules: rules rows are not total: inputs"
            + " [requires-improvement, requires-improvement, requires-improvement, requires-improvement,"
            + " inadequate] get no grade, since no rule holds: end the rules with one that applies otherwise");
    expected.put(
        "GradingLaws.MONOTONE",
        "GradingLaws-MONOTONE.yaml:8:5: error[PK017]: rules[0]: rules rows are not monotone: inputs"
            + " [outstanding, outstanding, outstanding, outstanding, good] give good (rule 2), but with input 5"
            + " improved from good to outstanding they give the worse requires-improvement (rule 1)");
    expected.put(
        "GradingLaws.REACHABLE",
        "GradingLaws-REACHABLE.yaml:9:5: warning[PK018]: rules[1]: rule 2 of rules rows decides no"
            + " combination of inputs: an earlier rule holds wherever it does, or its condition never holds");
    expected.put(
        "GradingLaws.CHECKABLE",
        "GradingLaws-CHECKABLE.yaml:6:9: error[PK017]: inputs: the laws of rules rows cannot be checked:"
            + " with 12 inputs over 4 grades, 12 of them named in conditions, the check would decide 16,777,216"
            + " combinations of inputs, more than 1,000,000: name fewer inputs in conditions (counts of grades are"
            + " cheap), or combine fewer inputs");
    expected.put(
        "GradingLaws.INPUTS",
        "GradingLaws-INPUTS.yaml:6:27: error[PK017]: inputs[2]: input 'safe' is named twice: give each input"
            + " its own name");
    expected.put(
        "GradingLaws.KNOWN_GRADES",
        "GradingLaws-KNOWN_GRADES.yaml:8:39: error[PK017]: rules[0].when.count: selector 'inadequte' names"
            + " no grade of scale cqc-2014: write a grade id, or one followed by -or-better or -or-worse; did you"
            + " mean 'inadequate'?");
    expected.put(
        "GradingLaws.KNOWN_INPUTS",
        "GradingLaws-KNOWN_INPUTS.yaml:10:20: error[PK017]: limits[0].when.input: rules rows have no input"
            + " 'saef'; did you mean 'safe'?");
    expected.put(
        "GradingLaws.COUNT_BOUNDS",
        "GradingLaws-COUNT_BOUNDS.yaml:8:60: error[PK017]: rules[0].when.atLeast: atLeast 6 is more than the"
            + " 5 inputs of rules rows: the count can never hold");
    expected.put(
        "GradingLaws.CONDITIONS",
        "GradingLaws-CONDITIONS.yaml:8:37: error[PK017]: rules[0].when.all: all holds no condition: give it"
            + " at least one");
    expected.put(
        "GradingLaws.POINTS",
        "GradingLaws-POINTS.yaml:8:59: error[PK017]: points.values.requires-improvement: rules rows give"
            + " grade 'requires-improvement' 2 points, not fewer than the 2 of the better grade 'good': points"
            + " must strictly decrease from best to worst");
    expected.put(
        "GradingLaws.BANDS",
        "GradingLaws-BANDS.yaml:11:36: error[PK017]: points.bands[1].atLeast: rules rows have band 2 at -1,"
            + " below zero: scores are never negative");
    expected.put(
        "GradingLaws.ORDERED",
        "GradingLaws-ORDERED.yaml:8:30: error[PK017]: rules[0].otherwise: rules rows have rule 1 apply"
            + " otherwise, but rules follow it that could never apply: only the last rule may have otherwise");
    expected.put(
        "Derivations.KNOWN_RULES",
        "Derivations-KNOWN_RULES.yaml:29:22: error[PK008]: judgments[5].derived.rules: judgment of area"
            + " 'overall' derives by grading rules 'cqc-adult-social-care-2021', which are not known; did you mean"
            + " 'cqc-adult-social-care-2022'?");
    expected.put(
        "Derivations.MATCHING_INPUTS",
        "Derivations-MATCHING_INPUTS.yaml:29:56: error[PK006]: judgments[5].derived.from: judgment of area"
            + " 'overall' derives from 4 areas, but rules cqc-adult-social-care-2022 combine 5 grades, [safe,"
            + " effective, caring, responsive, well-led] in that order");
    expected.put(
        "Derivations.SCALES_MATCH",
        "Derivations-SCALES_MATCH.yaml:29:22: error[PK008]: judgments[5].derived.rules: judgment of area"
            + " 'overall' has grades of scale cqc-2014, but rules hmip-youth-justice-2018 combine grades of"
            + " hmip-2018 into grades of hmip-2018");
    expected.put(
        "Derivations.INPUTS_JUDGED",
        "Derivations-INPUTS_JUDGED.yaml:28:94: error[PK008]: judgments[4].derived.from[4]: judgment of area"
            + " 'overall' derives from area 'well-led', which the assessment does not judge: judge it, or record"
            + " why the grade departs from its rules with override: {reason: ...}");
    expected.put(
        "Derivations.INPUTS_GRADED",
        "Derivations-INPUTS_GRADED.yaml:29:94: error[PK012]: judgments[5].derived.from[4]: judgment of area"
            + " 'overall' derives from area 'well-led', which is not graded: its grade cannot derive from it;"
            + " record why with override: {reason: ...}");
    expected.put(
        "Derivations.AGREES",
        "Derivations-AGREES.yaml:28:12: warning[PK019]: judgments[5].grade: judgment of area 'overall' is"
            + " graded requires-improvement, but rules cqc-adult-social-care-2022 derive good from safe (good),"
            + " effective (good), caring (good), responsive (good) and well-led (requires-improvement): 0 of 5"
            + " inputs are inadequate and 1 of 5 inputs is requires-improvement: rule 3 gives good; if the"
            + " inspectorate departed from its rules, record why with override: {reason: ...}");
    expected.put(
        "Derivation.DISTINCT_AREAS",
        "Derivation-DISTINCT_AREAS.yaml:29:94: error[PK006]: judgments[5].derived.from[4]: area 'responsive'"
            + " is named twice: each area's grade is one input");
    expected.put(
        "Derivation.FROM_AREAS",
        "Derivation-FROM_AREAS.yaml:29:56: error[PK005]: judgments[5].derived.from: derived from no area:"
            + " name the areas whose grades the rules combine");
    expected.put(
        "Derivation.NOT_FROM_ITSELF",
        "Derivation-NOT_FROM_ITSELF.yaml:29:94: error[PK006]: judgments[5].derived.from[4]: area 'overall'"
            + " is derived from itself: name the areas whose grades it combines");
    expected.put(
        "Framework.DERIVED_AREA_GRADED",
        "Framework-DERIVED_AREA_GRADED.yaml:15:14: error[PK012]: areas[5].derived: area 'overall' is not"
            + " graded, so its grade cannot derive from others: remove derived, or grade the area");
    expected.put(
        "Framework.DERIVED_FROM_AREAS",
        "Framework-DERIVED_FROM_AREAS.yaml:14:94: error[PK008]: areas[5].derived.from[4]: area 'overall'"
            + " derives from 'well-lead', which is not an area id of framework homes; did you mean 'well-led'?");
    expected.put(
        "Judgment.DERIVED_IS_GRADED",
        "Judgment-DERIVED_IS_GRADED.yaml:29:14: error[PK012]: judgments[5].derived: judgment of area"
            + " 'overall' derives its grade, but has none: give the grade, or remove derived");
    expected.put(
        "Judgment.OVERRIDE_NEEDS_DERIVATION",
        "Judgment-OVERRIDE_NEEDS_DERIVATION.yaml:29:15: error[PK012]: judgments[5].override: judgment of"
            + " area 'overall' records an override, but its grade derives from nothing: state derived, or remove"
            + " the override");
    expected.put(
        "GradeMapping.ORDERED_TARGETS",
        "GradeMapping-ORDERED_TARGETS.yaml:8:9: error[PK006]: rules.good: mapping rows maps good"
            + " to [adequate, good]: list the targets best first, each once, as [good, adequate]");
    return expected;
  }
}
