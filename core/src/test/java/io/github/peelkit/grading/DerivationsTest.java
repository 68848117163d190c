package io.github.peelkit.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.GradeOverride;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Violation;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Grades that derive from other grades by rules: checked against the rules, published beside derived. */
class DerivationsTest {
  private static final GradeScale CQC = GradeScales.CQC_2014;
  private static final List<String> KEY_QUESTIONS = List.of("safe", "effective", "caring", "responsive", "well-led");
  private static final Map<String, GradingRules> RULES =
      Map.of(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022.id(), GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022);
  private static final Derivation OVERALL = Derivation.of("cqc-adult-social-care-2022", KEY_QUESTIONS);

  private static Framework framework(Optional<Derivation> byDefault) {
    Framework.Builder f = Framework.builder().id("cqc-asc").name("CQC adult social care").scale(CQC);
    KEY_QUESTIONS.forEach(k -> f.addAreas(Area.of(k, k)));
    return f.addAreas(Area.builder().id("overall").name("Overall").derived(byDefault).build()).build();
  }

  /** A home with the five ratings given, and an overall judgment made by {@code overall}. */
  private static Assessment home(Framework framework, List<String> ratings, Judgment.Builder overall) {
    List<Judgment> judgments = new ArrayList<>();
    for (int i = 0; i < ratings.size(); i++) {
      Area area = framework.area(KEY_QUESTIONS.get(i));
      judgments.add(
          ratings.get(i).equals("-")
              ? Judgment.ungraded(area, UngradedReason.NOT_INSPECTED)
              : Judgment.graded(area, CQC.grade(ratings.get(i))));
    }
    judgments.add(overall.area(framework.area("overall")).build());
    return Assessment.builder()
        .id("home")
        .subject(Subject.of("home", "A care home"))
        .framework(framework)
        .title("Inspection report")
        .published(LocalDate.of(2018, 1, 12))
        .judgments(judgments)
        .build();
  }

  private static Judgment.Builder overall(String grade) {
    return Judgment.builder().outcome(Outcome.graded(CQC.grade(grade)));
  }

  private static List<String> lines(List<Violation> found) {
    return found.stream().map(v -> v.path() + ": " + v.code().id() + " " + v.message()).toList();
  }

  @Test
  void aPublishedGradeThatTheRulesDeriveIsNotReported() {
    Assessment croftDene =
        home(framework(Optional.empty()), List.of("inadequate", "requires-improvement", "requires-improvement", "requires-improvement", "inadequate"),
            overall("inadequate").derived(OVERALL));
    assertEquals(List.of(), Derivations.check(croftDene, RULES));
    assertEquals(List.of(), croftDene.warnings(), "CQC's inadequate is not defined by causes of concern, as PEEL's is");
    List<DerivedGrade> derived = Derivations.of(croftDene, RULES);
    assertEquals(1, derived.size());
    assertTrue(derived.get(0).agrees());
    assertTrue(derived.get(0).isStated());
    assertEquals("2 of 5 inputs are inadequate: rule 1 gives inadequate", derived.get(0).evaluation().explanation());
    assertEquals(KEY_QUESTIONS, derived.get(0).from().stream().map(Area::id).toList());
  }

  @Test
  void aPublishedGradeThatDiffersIsAWarningNamingTheRuleThatFired() {
    Assessment a = home(framework(Optional.empty()), List.of("good", "good", "good", "good", "requires-improvement"), overall("requires-improvement").derived(OVERALL));
    List<Violation> found = Derivations.check(a, RULES);
    assertEquals(
        List.of(
            "judgments[5].grade: PK019 judgment of area 'overall' is graded requires-improvement, but rules cqc-adult-social-care-2022"
                + " derive good from safe (good), effective (good), caring (good), responsive (good) and well-led (requires-improvement):"
                + " 0 of 5 inputs"
                + " are inadequate and 1 of 5 inputs is requires-improvement: rule 3 gives good; if the inspectorate departed from its"
                + " rules, record why with override: {reason: ...}"),
        lines(found));
    assertEquals(ModelCode.DERIVED_GRADE_DIFFERS, found.get(0).code());
    Assessment overridden =
        home(framework(Optional.empty()), List.of("good", "good", "good", "good", "requires-improvement"),
            overall("requires-improvement").derived(OVERALL).override(GradeOverride.of("A breach of regulation 17 limits the rating.")));
    assertEquals(List.of(), Derivations.check(overridden, RULES));
    assertTrue(!Derivations.of(overridden, RULES).get(0).agrees());
  }

  @Test
  void aFrameworksDerivationAppliesToEveryJudgmentOfItsArea() {
    Framework framework = framework(Optional.of(OVERALL));
    assertEquals(List.of(), Derivations.check(framework, RULES));
    Assessment a = home(framework, List.of("good", "good", "good", "good", "good"), overall("outstanding"));
    assertEquals(
        List.of("judgments[5].grade"), Derivations.check(a, RULES).stream().map(Violation::path).toList(), "checked without stating derived");
    assertTrue(!Derivations.of(a, RULES).get(0).isStated());
    Assessment missing = home(framework, List.of("good", "good", "good", "good"), overall("good"));
    assertEquals(
        List.of(
            "judgments[4].grade: PK008 judgment of area 'overall' derives from area 'well-led', which the assessment does not judge: judge"
                + " it, or record why the grade departs from its rules with override: {reason: ...}"),
        lines(Derivations.check(missing, RULES)));
  }

  @Test
  void inputsThatAreMissingOrUngradedAreErrorsUnlessOverridden() {
    Assessment ungraded = home(framework(Optional.empty()), List.of("good", "-", "good", "good", "good"), overall("good").derived(OVERALL));
    assertEquals(
        List.of(
            "judgments[5].derived.from[1]: PK012 judgment of area 'overall' derives from area 'effective', which is not graded: its grade"
                + " cannot derive from it; record why with override: {reason: ...}"),
        lines(Derivations.check(ungraded, RULES)));
    assertEquals(List.of(), Derivations.of(ungraded, RULES));
    Assessment overridden =
        home(framework(Optional.empty()), List.of("good", "-", "good", "good", "good"),
            overall("good").derived(OVERALL).override(GradeOverride.of("Effective was not inspected; the rating was carried forward.")));
    assertEquals(List.of(), Derivations.check(overridden, RULES));
  }

  @Test
  void aStatedDerivationNamesRulesThatExistAndFit() {
    Framework framework = framework(Optional.empty());
    List<String> good = List.of("good", "good", "good", "good", "good");
    assertEquals(
        List.of(
            "judgments[5].derived.rules: PK008 judgment of area 'overall' derives by grading rules 'cqc-adult-social-care-2021', which are"
                + " not known"),
        lines(Derivations.check(home(framework, good, overall("good").derived(Derivation.of("cqc-adult-social-care-2021", KEY_QUESTIONS))), RULES)));
    assertEquals(
        "cqc-adult-social-care-2022",
        Derivations.check(home(framework, good, overall("good").derived(Derivation.of("cqc-adult-social-care-2021", KEY_QUESTIONS))), RULES)
            .get(0).suggestion().orElseThrow());
    assertEquals(
        List.of(
            "judgments[5].derived.from: PK006 judgment of area 'overall' derives from 4 areas, but rules cqc-adult-social-care-2022"
                + " combine 5 grades, [safe, effective, caring, responsive, well-led] in that order"),
        lines(Derivations.check(home(framework, good, overall("good").derived(Derivation.of("cqc-adult-social-care-2022", KEY_QUESTIONS.subList(0, 4)))), RULES)));
    Map<String, GradingRules> hmip = Map.of("hmip-youth-justice-2018", GradingRuleSets.HMIP_YOUTH_JUSTICE_2018);
    assertEquals(
        List.of(
            "judgments[5].derived.rules: PK008 judgment of area 'overall' has grades of scale cqc-2014, but rules hmip-youth-justice-2018"
                + " combine grades of hmip-2018 into grades of hmip-2018",
            "judgments[5].derived.from: PK006 judgment of area 'overall' derives from 5 areas, but rules hmip-youth-justice-2018 combine"
                + " 12 grades"),
        lines(Derivations.check(home(framework, good, overall("good").derived(Derivation.of("hmip-youth-justice-2018", KEY_QUESTIONS))), hmip)));
  }

  @Test
  void theModelRefusesDerivationsThatCannotHold() {
    Framework framework = framework(Optional.empty());
    InvariantException ungraded =
        assertThrows(
            InvariantException.class,
            () -> Judgment.builder().area(framework.area("overall")).outcome(Outcome.ungraded(UngradedReason.PENDING)).derived(OVERALL).build());
    assertEquals(Judgment.DERIVED_IS_GRADED, ungraded.violations().get(0).rule());
    InvariantException itself =
        assertThrows(
            InvariantException.class,
            () -> overall("good").area(framework.area("overall")).derived(Derivation.of("x", List.of("safe", "overall"))).build());
    assertEquals("derived.from[1]", itself.attribute());
    assertEquals(Derivation.NOT_FROM_ITSELF, itself.violations().get(0).rule());
    InvariantException lone =
        assertThrows(InvariantException.class, () -> overall("good").area(framework.area("overall")).override(GradeOverride.of("Why")).build());
    assertEquals(Judgment.OVERRIDE_NEEDS_DERIVATION, lone.violations().get(0).rule());
    InvariantException unknownArea =
        assertThrows(
            InvariantException.class,
            () -> home(framework, List.of("good", "good", "good", "good", "good"), overall("good").derived(Derivation.of("x", List.of("safety")))));
    assertEquals("judgments[5].derived.from[0]", unknownArea.attribute());
    assertEquals(Assessment.DERIVED_FROM_AREAS, unknownArea.violations().get(0).rule());
    InvariantException twice = assertThrows(InvariantException.class, () -> Derivation.of("x", List.of("safe", "safe")));
    assertEquals(Derivation.DISTINCT_AREAS, twice.violations().get(0).rule());
    assertThrows(InvariantException.class, () -> Derivation.of("x", List.of()));
    assertThrows(InvariantException.class, () -> GradeOverride.of(" "));
  }

  @Test
  void aFrameworksDerivationIsCheckedWithTheFramework() {
    InvariantException unknown =
        assertThrows(
            InvariantException.class,
            () -> Framework.builder().id("f").name("F").scale(CQC).addAreas(Area.of("safe", "Safe"))
                .addAreas(Area.builder().id("overall").name("Overall").derived(Derivation.of("r", List.of("safe", "well-led"))).build())
                .build());
    assertEquals("areas[1].derived.from[1]", unknown.attribute());
    assertEquals(Framework.DERIVED_FROM_AREAS, unknown.violations().get(0).rule());
    InvariantException notGraded =
        assertThrows(
            InvariantException.class,
            () -> Framework.builder().id("f").name("F").scale(CQC).addAreas(Area.of("safe", "Safe"))
                .addAreas(Area.builder().id("overall").name("Overall").graded(false).derived(Derivation.of("r", List.of("safe"))).build())
                .build());
    assertEquals(Framework.DERIVED_AREA_GRADED, notGraded.violations().get(0).rule());
    Framework misfit =
        Framework.builder().id("f").name("F").scale(CQC).addAreas(Area.of("safe", "Safe"))
            .addAreas(Area.builder().id("overall").name("Overall").derived(Derivation.of("cqc-adult-social-care-2022", List.of("safe"))).build())
            .build();
    assertEquals(List.of("areas[1].derived.from"), Derivations.check(misfit, RULES).stream().map(Violation::path).toList());
  }
}
