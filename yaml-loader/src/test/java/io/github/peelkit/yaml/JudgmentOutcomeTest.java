package io.github.peelkit.yaml;

import static io.github.peelkit.yaml.Yaml.doc;
import static io.github.peelkit.yaml.Yaml.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A judgment's outcome is written with three keys, {@code grade}, {@code ungraded} and {@code
 * conversion}, that a file can make contradict each other; the model holds one outcome and cannot
 * hold a contradiction, so the reader refuses each where the keys are.
 */
class JudgmentOutcomeTest {
  /** Essex's PEEL 2016 effectiveness judgment on the 2021/22 scale, with the keys given. */
  private static String effectiveness(String keys) {
    return doc("Assessment", "essex-peel-2016")
        + "subject: {id: essex, name: Essex Police}\nframework: peel-2016\nscale: peel-2021\ntitle: PEEL 2016\n"
        + "published: 2017-03-02\njudgments:\n  - area: effectiveness\n" + keys;
  }

  private static String conversion(String policy, String targets, String relation) {
    return "    conversion: {mapping: peel-2014-to-peel-2021, from: good, targets: " + targets + ", relation: " + relation
        + ", comparable: false, policy: " + policy + "}\n";
  }

  private static final String RANGE = conversion("range", "[good, adequate]", "many-to-many");

  @Test
  void refusesAGradeBesideUngraded() {
    assertEquals(
        List.of(
            "t.yaml:12:15: error[PK012]: judgments[0].ungraded: judgment of area 'effectiveness' has both a grade and"
                + " ungraded: keep one"),
        lines(effectiveness("    grade: good\n    ungraded: {reason: pending}\n")));
  }

  @Test
  void refusesAJudgmentWithNoOutcome() {
    assertEquals(
        List.of(
            "t.yaml:10:5: error[PK012]: judgments[0].grade: judgment of area 'effectiveness' has neither a grade nor"
                + " ungraded: give one"),
        lines(effectiveness("    statement: Effective.\n")));
  }

  @Test
  void refusesAGradeBesideARange() {
    assertEquals(
        List.of(
            "t.yaml:11:12: error[PK012]: judgments[0].grade: judgment of area 'effectiveness' has grade 'good', but its"
                + " conversion under policy range holds [good, adequate]: give no grade, or convert under another policy"),
        lines(effectiveness("    grade: good\n" + RANGE)));
  }

  @Test
  void refusesUngradedBesideARange() {
    assertEquals(
        List.of(
            "t.yaml:12:17: error[PK012]: judgments[0].conversion: judgment of area 'effectiveness' is ungraded, but its"
                + " conversion under policy range holds [good, adequate]: keep one"),
        lines(effectiveness("    ungraded: {reason: pending}\n" + RANGE)));
  }

  @Test
  void refusesAConversionOnAnUngradedJudgment() {
    assertEquals(
        List.of(
            "t.yaml:12:17: error[PK012]: judgments[0].conversion: judgment of area 'effectiveness' is ungraded but has a"
                + " conversion: a conversion records where a grade came from"),
        lines(effectiveness("    ungraded: {reason: pending}\n" + conversion("best", "[good, adequate]", "many-to-many"))));
  }

  @Test
  void refusesAGradeOtherThanTheOneThePolicyPicks() {
    assertEquals(
        List.of(
            "t.yaml:11:12: error[PK012]: judgments[0].grade: judgment of area 'effectiveness' has grade 'good', but its"
                + " conversion under policy worst picks 'adequate' from [good, adequate]"),
        lines(effectiveness("    grade: good\n" + conversion("worst", "[good, adequate]", "many-to-many"))));
  }

  @Test
  void refusesAConversionRecordThatDisagreesWithItsMapping() {
    assertEquals(
        List.of(
            "t.yaml:12:17: error[PK006]: judgments[0].conversion: mapping peel-2014-to-peel-2021 relates good to its"
                + " targets as many-to-many, not one-to-many"),
        lines(effectiveness("    grade: adequate\n" + conversion("worst", "[good, adequate]", "one-to-many"))));
  }

  @Test
  void eachContradictionNamesTheValueAtFault() {
    assertEquals(
        Optional.of("effectiveness"),
        Yaml.read(effectiveness("    ungraded: {reason: pending}\n" + conversion("best", "[good, adequate]", "many-to-many")))
            .problems().get(0).value(),
        "the area whose judgment is ungraded");
    assertEquals(
        Optional.of("good"),
        Yaml.read(effectiveness("    grade: good\n" + conversion("worst", "[good, adequate]", "many-to-many"))).problems().get(0).value(),
        "the grade that is not the one picked");
    assertEquals(
        Optional.of("Treatment of the public"),
        Yaml.read(Yaml.essex("  - {area: fairness-and-respect, grade: good}\n  - {area: Treatment of the public, grade: good}\n"))
            .problems().get(0).value(),
        "an area judged twice, as the file names it");
  }

  @Test
  void readsEachOutcome() {
    assertEquals(List.of(), lines(effectiveness("    grade: adequate\n" + conversion("worst", "[good, adequate]", "many-to-many"))));
    assertEquals(List.of(), lines(effectiveness(RANGE)));
    assertEquals(List.of(), lines(effectiveness("    grade: good\n")));
    assertEquals(List.of(), lines(effectiveness("    ungraded: {reason: pending}\n")));
  }
}
