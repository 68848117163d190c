package com.example.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.grading.GradingLaw;
import io.github.peelkit.grading.GradingLaws;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Law;
import io.github.peelkit.mapping.LawfulMappings;
import io.github.peelkit.mapping.MappingLaws;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import io.github.peelkit.testkit.ModelGenerator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Our own rules, checked against peelkit's laws: exhaustively where scales are small, else from a seed. */
class MyGradingRulesTest {
  private static final GradeScale PEEL_2021 = GradeScales.PEEL_2021;
  private static final GradeScale PEEL_2014 = GradeScales.PEEL_2014;

  /** Our reading of a 2021/22 grade on the 2014 scale: adequate counts as requires improvement. */
  static List<Grade> onThe2014Scale(Grade grade) {
    return switch (grade.id()) {
      case "outstanding" -> List.of(PEEL_2014.grade("outstanding"));
      case "good" -> List.of(PEEL_2014.grade("good"));
      case "adequate", "requires-improvement" -> List.of(PEEL_2014.grade("requires-improvement"));
      default -> List.of(PEEL_2014.grade("inadequate"));
    };
  }

  /** Our overall grade of two areas: the worse of the two. */
  static Grade overall(List<Grade> grades) {
    return grades.get(0).isBetterThan(grades.get(1)) ? grades.get(1) : grades.get(0);
  }

  @Test
  void ourMappingIsTotalContiguousAndMonotone() {
    assertEquals(List.of(), MappingLaws.check(PEEL_2021, PEEL_2014, MyGradingRulesTest::onThe2014Scale));
  }

  @Test
  void aMappingThatForgetsAGradeIsCaught() {
    var found = MappingLaws.check(PEEL_2021, PEEL_2014, g -> g.id().equals("adequate") ? List.of() : onThe2014Scale(g));
    assertEquals(Law.TOTAL, found.get(0).law());
  }

  @Test
  void ourOverallGradeIsLawfulForEveryCombination() {
    // 25 combinations of two grades, every one tried: total and monotone.
    assertEquals(List.of(), GradingLaws.check(PEEL_2021, PEEL_2021, 2, MyGradingRulesTest::overall));
    var best = GradingLaws.check(PEEL_2021, PEEL_2021, 2, grades -> PEEL_2021.grade("outstanding").equals(grades.get(0))
        ? PEEL_2021.grade("inadequate") : grades.get(0));
    assertEquals(GradingLaw.MONOTONE, best.get(0).law());
  }

  @Test
  void everyLawfulMappingConvertsEveryGradeToARange() {
    // All lawful mappings from the 4-tier to the 5-tier scale, enumerated, not sampled.
    List<GradeMapping> all = LawfulMappings.all(PEEL_2014, PEEL_2021).toList();
    assertEquals(LawfulMappings.count(PEEL_2014, PEEL_2021).intValueExact(), all.size());
    for (GradeMapping mapping : all) {
      for (Grade grade : PEEL_2014.grades()) {
        assertTrue(mapping.convert(grade).targets().size() >= 1, mapping::toString);
      }
    }
  }

  @Test
  void generatedAssessmentsConvertUnderOurMapping() {
    // Plain Java generators, driven by a seed: plug them into the property-testing engine you use.
    ModelGenerator generator = ModelGenerator.of(2022);
    GradeMapping ours = GradeMapping.of("ours", PEEL_2021, PEEL_2014, MyGradingRulesTest::onThe2014Scale);
    for (int i = 0; i < 100; i++) {
      var assessment = generator.assessment(generator.framework(PEEL_2021));
      var converted = assessment.convert(ours, Policy.STRICT);
      assertEquals(assessment.judgments().size(), converted.judgments().size());
    }
  }
}
