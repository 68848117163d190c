package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeScales;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every value prints short and useful, as java.time's do: the Essex data's values, snapshot-tested,
 * and no value of it prints more than a line.
 */
class ValueTextTest {
  private static final Catalog DATA = YamlReader.standard().read(Path.of("../examples/data")).orThrow();
  private static final Assessment ESSEX = DATA.assessment("essex-peel-2021-22");

  @Test
  void valuesOfTheModelPrintShort() {
    Judgment fairness = ESSEX.judgment("fairness-and-respect");
    Judgment victims = ESSEX.judgment("victim-service-assessment");
    Judgment responding = ESSEX.judgment("responding-to-the-public");
    Sample grounds = (Sample) fairness.evidence("stop-search-grounds-2021");
    List<String> shown = List.of(
        GradeScales.PEEL_2021.grade("good").toString(),
        GradeScales.PEEL_2021.toString(),
        GradeScales.PEEL_2021.definitions().get(1).toString(),
        ESSEX.framework().toString(),
        fairness.area().toString(),
        victims.area().toString(),
        ESSEX.subject().toString(),
        ESSEX.period().orElseThrow().toString(),
        ESSEX.source().orElseThrow().toString(),
        fairness.findings().get(0).toString(),
        fairness.toString(),
        victims.toString(),
        grounds.toString(),
        grounds.reported().orElseThrow().toString(),
        grounds.interval().orElseThrow().toString(),
        responding.evidence().stream().filter(Measure.class::isInstance).findFirst().orElseThrow().toString(),
        ESSEX.toString(),
        GradeMappings.PEEL_2014_TO_PEEL_2021.toString(),
        GradeMappings.PEEL_2014_TO_PEEL_2021.convert(GradeScales.PEEL_2014.grade("good")).toString(),
        ESSEX.convert(GradeMappings.PEEL_2021_TO_PEEL_2014, Policy.WORST).judgment("fairness-and-respect").toString(),
        DATA.assessment("essex-peel-2016").convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.WORST).judgment("efficiency")
            .toString(),
        GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022.toString());
    assertEquals(
        List.of(
            "Good (peel-2021)",
            "peel-2021 [Outstanding, Good, Adequate, Requires improvement, Inadequate]",
            "good: Good",
            "peel-2021-22: PEEL Assessment Framework 2021/22 (12 areas on peel-2021)",
            "fairness-and-respect: Engaging with and treating the public with fairness and respect",
            "victim-service-assessment: Providing a service to the victims of crime (not graded)",
            "Essex Police (essex)",
            "2021-06-01 to 2022-06-30",
            "PEEL 2021/22 – An inspection of Essex Police (HMICFRS, 2022-10-14)",
            "strength: The force involves all of its diverse communities to underst…",
            "fairness-and-respect: Good (peel-2021)",
            "victim-service-assessment: ungraded: not-graded",
            "stop-search-grounds-2021: 168 of 196",
            "0.857 ± 0.049",
            "168 of 196: 85.7% (95% wald: 80.8% to 90.6%)",
            "emergency-calls-10s-2021: 0.89 proportion",
            "essex-peel-2021-22: Essex Police, peel-2021-22, published 2022-10-14, 12 judgments",
            "peel-2014-to-peel-2021: peel-2014 to peel-2021, not comparable",
            "Good (peel-2014) to [good, adequate] of peel-2021 by peel-2014-to-peel-2021, not comparable",
            "fairness-and-respect: Good (peel-2014), from Good (peel-2021) by peel-2021-to-peel-2014",
            "efficiency: Adequate (peel-2021), worst of [good, adequate] from Good (peel-2014) by peel-2014-to-peel-2021",
            "cqc-adult-social-care-2022: [safe, effective, caring, responsive, well-led] on cqc-2014 to cqc-2014"),
        shown);
  }

  @Test
  void gradingRulesPrintAsTheirDocumentReads() {
    io.github.peelkit.grading.GradingRules hmip = GradingRuleSets.HMIP_YOUTH_JUSTICE_2018;
    assertEquals(
        "points {outstanding 3, good 2, requires-improvement 1, inadequate 0}, total, bands [outstanding at least 31,"
            + " good at least 19, requires-improvement at least 7, inadequate at least 0]",
        hmip.method().toString());
    assertEquals(
        "rules [inadequate when count inadequate at least 2, outstanding when all of [count outstanding at least 2; count"
            + " requires-improvement-or-worse at most 0], good when all of [count inadequate at most 0; count"
            + " requires-improvement at most 1], requires-improvement otherwise]",
        GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022.method().toString());
  }

  @Test
  void aNumberAsLargeAsTheModelTakesPrintsShort() {
    // 1e999 has 1,000 digits written out, the most a number of the model may have.
    Measure measure = Measure.of("Calls", new BigDecimal("1e999"), "count");
    assertEquals("Calls: 1E+999 count", measure.toString());
    assertEquals("Calls: 1000000 count", Measure.of("Calls", new BigDecimal("1e6"), "count").toString());
  }

  @Test
  void noValueOfTheExampleDataPrintsMoreThanALine() {
    List<Object> values = new ArrayList<>();
    for (Assessment a : DATA.assessments().values()) {
      values.add(a);
      values.add(a.framework());
      a.framework().allAreas().forEach(values::add);
      for (Judgment j : a.judgments()) {
        values.add(j);
        values.addAll(j.findings());
        values.addAll(j.evidence());
        j.distribution().ifPresent(values::add);
        j.findingCounts().ifPresent(values::add);
      }
      values.addAll(a.findings());
    }
    for (Object value : values) {
      String text = value.toString();
      assertTrue(text.length() <= 200 && !text.contains("\n"), () -> value.getClass().getSimpleName() + ": " + text);
    }
  }
}
