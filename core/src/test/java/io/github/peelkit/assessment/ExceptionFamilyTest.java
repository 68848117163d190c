package io.github.peelkit.assessment;

import static io.github.peelkit.assessment.Fixtures.area;
import static io.github.peelkit.assessment.Fixtures.essex;
import static io.github.peelkit.assessment.Fixtures.grade;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.MissingAttributeException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.PeelkitException;
import io.github.peelkit.check.Violation;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.mapping.ConversionException;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeScales;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Everything peelkit throws about data is one family, worded in peelkit's words, with a "did you mean". */
class ExceptionFamilyTest {
  private static final Sample GROUNDS = Sample.builder()
      .id("stop-search-grounds-2021")
      .description("Stop and search records with reasonable grounds recorded, 1 January to 31 December 2021")
      .successes(168)
      .size(196)
      .build();
  private static final Assessment ESSEX = essex()
      .addJudgments(
          Judgment.builder().area(area("fairness-and-respect")).outcome(Outcome.graded(grade("good")))
              .addFindings(Finding.builder().kind(FindingKind.STRENGTH).id("fair-stop-search")
                  .title("The force understands how to use stop and search powers fairly and respectfully").build())
              .addEvidence(GROUNDS).build(),
          Judgment.ungraded(area("victim-service-assessment"), UngradedReason.NOT_GRADED))
      .build();

  @Test
  void aMissingAttributeIsReportedInPeelkitsWords() {
    MissingAttributeException one =
        assertThrows(MissingAttributeException.class, () -> Subject.builder().id("essex").build());
    assertEquals("Subject needs name: set it on the builder before build()", one.getMessage());
    MissingAttributeException two = assertThrows(MissingAttributeException.class, () -> Subject.builder().build());
    assertEquals("Subject needs id and name: set them on the builder before build()", two.getMessage());
    assertEquals("Subject", two.type());
    assertEquals(List.of("id", "name"), two.attributes());
    assertEquals(ModelCode.MISSING_REQUIRED, two.code());
    MissingAttributeException three = assertThrows(MissingAttributeException.class, () -> Assessment.builder().id("x").build());
    assertEquals(
        "Assessment needs subject, framework, title and published: set them on the builder before build()", three.getMessage());
  }

  @Test
  void everyExceptionAboutDataIsAPeelkitException() {
    assertThrows(PeelkitException.class, () -> Subject.builder().build());
    assertThrows(PeelkitException.class, () -> Subject.of("Essex", "Essex Police"));
    assertThrows(PeelkitException.class, () -> GradeScales.PEEL_2021.grade("requires improvment"));
    ConversionException strict = assertThrows(
        ConversionException.class,
        () -> GradeMappings.PEEL_2014_TO_PEEL_2021.convert(GradeScales.PEEL_2014.grade("good")).toGrade(Policy.STRICT));
    assertEquals(PeelkitException.class, strict.getClass().getSuperclass());
    // The family stays an IllegalArgumentException, as catching one did before.
    assertThrows(IllegalArgumentException.class, () -> Subject.builder().build());
  }

  @Test
  void aJudgmentNotFoundSaysWhichWasMeant() {
    InvariantException e = assertThrows(InvariantException.class, () -> ESSEX.judgment("Fairnes"));
    assertEquals(
        "unknown judgment 'Fairnes' in assessment essex-peel-2021-22; did you mean 'fairness-and-respect'?", e.getMessage());
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals(List.of("fairness-and-respect", "victim-service-assessment"), e.violations().get(0).validValues());
    InvariantException notJudged = assertThrows(InvariantException.class, () -> ESSEX.judgment("Managing offenders and suspects"));
    assertEquals(
        "unknown judgment 'Managing offenders and suspects' in assessment essex-peel-2021-22, which has no judgment of area"
            + " managing-offenders",
        notJudged.getMessage());
    assertEquals(Optional.empty(), ESSEX.findJudgment("Fairnes"));
    assertEquals("fairness-and-respect", ESSEX.judgment("Treatment of the public").area().id());
  }

  @Test
  void evidenceAndFindingsNotFoundSayWhichWasMeant() {
    assertEquals(
        "unknown evidence 'stop-search-grounds-2012' in assessment essex-peel-2021-22; did you mean"
            + " 'stop-search-grounds-2021'?",
        assertThrows(InvariantException.class, () -> ESSEX.evidence("stop-search-grounds-2012")).getMessage());
    Judgment fairness = ESSEX.judgment("fairness-and-respect");
    assertEquals(GROUNDS, fairness.evidence("stop-search-grounds-2021"));
    Violation v = assertThrows(InvariantException.class, () -> fairness.evidence("grounds")).violations().get(0);
    assertEquals("unknown evidence 'grounds' in the judgment of area fairness-and-respect", v.message());
    assertEquals(List.of("stop-search-grounds-2021"), v.validValues());
    assertEquals(
        "unknown finding 'fair-stop-serch' in assessment essex-peel-2021-22; did you mean 'fair-stop-search'?",
        assertThrows(InvariantException.class, () -> ESSEX.finding("fair-stop-serch")).getMessage());
  }
}
