package io.github.peelkit.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Violation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MappingLawsTest {
  private static final GradeScale PEEL_2014 = GradeScales.PEEL_2014;
  private static final GradeScale PEEL_2021 = GradeScales.PEEL_2021;

  @Test
  void reportsEveryViolationInTheOrderOfTheSourceGrades() {
    // outstanding -> [inadequate], good -> [outstanding, adequate], requires-improvement -> nothing,
    // inadequate -> [good]
    List<LawViolation> violations =
        MappingLaws.check(
            PEEL_2014,
            PEEL_2021,
            g ->
                switch (g.id()) {
                  case "outstanding" -> List.of(PEEL_2021.grade("inadequate"));
                  case "good" -> List.of(PEEL_2021.grade("outstanding"), PEEL_2021.grade("adequate"));
                  case "requires-improvement" -> List.of();
                  default -> List.of(PEEL_2021.grade("good"));
                });
    assertEquals(
        List.of(
            "the rule from peel-2014 to peel-2021 is not contiguous: good maps to [outstanding, adequate], which leaves"
                + " out [good]",
            "the rule from peel-2014 to peel-2021 is not monotone: outstanding maps to [inadequate] but the worse grade"
                + " good maps to [outstanding, adequate]",
            "the rule from peel-2014 to peel-2021 is not total: requires-improvement maps to no grade of peel-2021; give"
                + " it at least one",
            "the rule from peel-2014 to peel-2021 is not monotone: good maps to [outstanding, adequate] but the worse"
                + " grade inadequate maps to [good]"),
        violations.stream().map(LawViolation::toString).toList());
    LawViolation monotone = violations.get(1);
    assertEquals(Law.MONOTONE, monotone.law());
    assertEquals(PEEL_2014.grade("good"), monotone.grade());
    assertEquals(List.of(PEEL_2014.grade("outstanding"), PEEL_2014.grade("good")), monotone.grades());
    assertEquals(List.of(PEEL_2021.grade("outstanding"), PEEL_2021.grade("adequate")), monotone.targets());
    assertEquals("rules.good", monotone.path());
    Violation v = monotone.toViolation();
    assertEquals(ModelCode.MAPPING_LAW_VIOLATED, v.code());
    assertEquals("monotone", v.invariant());
    assertEquals("rules.good", v.path());
    assertEquals("[outstanding, adequate]", v.value());
    assertEquals(monotone.message(), v.message());
  }

  @Test
  void readsTargetsAsASetWhateverTheirOrderOrRepeats() {
    assertTrue(
        MappingLaws.isLawful(
            PEEL_2014,
            PEEL_2021,
            g -> {
              List<Grade> targets = GradeMappings.PEEL_2014_TO_PEEL_2021.targets(g).grades();
              return Set.copyOf(targets);
            }));
    assertEquals(
        List.of(),
        MappingLaws.check(PEEL_2014, PEEL_2021, g -> List.of(PEEL_2021.grade(g.rank()), PEEL_2021.grade(g.rank()))));
  }

  @Test
  void aRuleThatReturnsNullMapsTheGradeToNothing() {
    List<LawViolation> violations = MappingLaws.check(PEEL_2014, PEEL_2021, g -> g.rank() == 0 ? null : List.of(PEEL_2021.worst()));
    assertEquals(1, violations.size());
    assertEquals(Law.TOTAL, violations.get(0).law());
    assertEquals(PEEL_2014.best(), violations.get(0).grade());
  }

  @Test
  void checksSingleGradeRulesSuchAsGradingRules() {
    assertEquals(List.of(), MappingLaws.checkSingle(PEEL_2021, PEEL_2014, g -> PEEL_2014.grade(Math.max(0, g.rank() - 1))));
    List<LawViolation> violations =
        MappingLaws.checkSingle(PEEL_2021, PEEL_2014, g -> g.id().equals("adequate") ? PEEL_2014.best() : PEEL_2014.worst());
    assertEquals(
        List.of(
            "the rule from peel-2021 to peel-2014 is not monotone: good maps to [inadequate] but the worse grade"
                + " adequate maps to [outstanding]"),
        violations.stream().map(LawViolation::message).toList());
  }

  @Test
  void messagesOfANamedMappingSpeakOfTheMapping() {
    List<LawViolation> violations = MappingLaws.check("mine", PEEL_2014, PEEL_2021, g -> List.of());
    assertEquals(4, violations.size());
    assertEquals(
        "mapping mine is not total: outstanding maps to no grade of peel-2021; give it at least one",
        violations.get(0).message());
  }

  @Test
  void aRuleThatGivesGradesOfAnotherScaleIsNotARuleBetweenTheScales() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MappingLaws.check(PEEL_2014, PEEL_2021, g -> List.of(g)));
    assertEquals(
        "the rule from peel-2014 to peel-2021 maps outstanding to grade 'outstanding' of scale peel-2014, which is"
            + " not a grade of scale peel-2021",
        e.getMessage());
    assertFalse(e instanceof InvariantException);
  }
}
