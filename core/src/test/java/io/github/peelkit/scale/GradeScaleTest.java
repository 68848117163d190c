package io.github.peelkit.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeScaleTest {
  private static final GradeScale PEEL = GradeScales.PEEL_2021;

  @Test
  void findsGradesByIdLabelOrAliasIgnoringCase() {
    GradeScale scale =
        GradeScale.of(
            "regulator",
            "Regulator",
            List.of(
                GradeDefinition.of("top", "Top"),
                GradeDefinition.builder().id("requires-improvement").label("Requires improvement").addAlias("RI").build()));
    assertEquals("requires-improvement", scale.grade("ri").id());
    assertEquals("requires-improvement", scale.grade("REQUIRES  improvement").id());
    assertEquals("requires-improvement", scale.grade("Requires-Improvement").id());
    assertEquals("top", scale.grade("TOP").id());
    assertTrue(scale.findGrade("middle").isEmpty());
  }

  @Test
  void unknownGradeSaysWhatWasProbablyMeant() {
    InvariantException e = assertThrows(InvariantException.class, () -> PEEL.grade("requires improvment"));
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("requires improvment", e.value());
    assertEquals(
        "unknown grade 'requires improvment' in scale peel-2021; did you mean 'requires-improvement'?",
        e.getMessage());
  }

  @Test
  void unknownGradeListsTheValidIdsAndSuggestsFromAliasesToo() {
    GradeScale scale =
        GradeScale.of(
            "regulator",
            "Regulator",
            List.of(GradeDefinition.of("top", "Top"), GradeDefinition.builder().id("low").label("Low").addAlias("Needs work").build()));
    InvariantException e = assertThrows(InvariantException.class, () -> scale.grade("needs wrok"));
    assertEquals(List.of("top", "low"), e.violations().get(0).validValues());
    assertEquals(java.util.Optional.of("low"), e.violations().get(0).suggestion());
    assertEquals("unknown grade 'needs wrok' in scale regulator; did you mean 'low'?", e.getMessage());
  }

  @Test
  void unknownGradeFarFromAnyOffersNoGuess() {
    InvariantException e = assertThrows(InvariantException.class, () -> PEEL.grade("splendid"));
    assertEquals("unknown grade 'splendid' in scale peel-2021", e.getMessage());
  }

  @Test
  void rejectsAScaleOfOneGrade() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> GradeScale.of("one", "One", List.of(GradeDefinition.of("only", "Only"))));
    assertEquals(ModelCode.INVALID_VALUE, e.code());
    assertEquals("grades", e.attribute());
    assertEquals("scale one has 1 grade(s); a scale needs at least two", e.getMessage());
  }

  @Test
  void rejectsDuplicateGradeIds() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> GradeScale.of("dup", "Dup", List.of(GradeDefinition.of("good", "Good"), GradeDefinition.of("good", "Fine"))));
    assertEquals(ModelCode.DUPLICATE_ID, e.code());
    assertEquals("grades[1].id", e.attribute());
    assertEquals("grade id 'good' appears twice in scale dup", e.getMessage());
  }

  @Test
  void rejectsALabelThatNamesTwoGrades() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                GradeScale.of(
                    "ambiguous",
                    "Ambiguous",
                    List.of(GradeDefinition.of("good", "Good"), GradeDefinition.builder().id("fine").label("Fine").addAlias("GOOD").build())));
    assertEquals(ModelCode.DUPLICATE_ID, e.code());
    assertEquals("grades[1].aliases[0]", e.attribute());
    assertEquals(
        "'GOOD' names both grade 'good' and grade 'fine': ids, labels and aliases must be unique, ignoring case",
        e.getMessage());
  }

  @Test
  void rejectsScoresOnSomeGradesOnly() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                GradeScale.of(
                    "scored",
                    "Scored",
                    List.of(GradeDefinition.builder().id("a").label("A").score(2).build(), GradeDefinition.of("b", "B"))));
    assertEquals(ModelCode.MISSING_REQUIRED, e.code());
    assertEquals("grades[1].score", e.attribute());
  }

  @Test
  void rejectsScoresThatDoNotDecrease() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                GradeScale.of(
                    "scored",
                    "Scored",
                    List.of(
                        GradeDefinition.builder().id("a").label("A").score(2).build(),
                        GradeDefinition.builder().id("b").label("B").score(2).build())));
    assertEquals(
        "score 2.0 of grade 'b' is not below 2.0 of the better grade 'a': scores must strictly decrease from best to worst",
        e.getMessage());
  }

  @Test
  void reportsEveryViolationOfAScaleAtOnce() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> GradeScale.of("Bad Id", " ", List.of(GradeDefinition.of("only", "Only"))));
    assertEquals(
        List.of("id", "name", "grades"), e.violations().stream().map(v -> v.path()).toList(), "in the order they were checked");
    assertEquals("id 'Bad Id' is not a valid id: use lower-case letters and digits joined by single hyphens, such as"
        + " 'peel-2021'", e.getMessage());
  }

  @Test
  void rejectsAnIdThatIsNotASlug() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> GradeScale.of("PEEL 2021", "x", PEEL.definitions()));
    assertEquals(ModelCode.INVALID_VALUE, e.code());
    assertEquals("id", e.attribute());
    assertEquals(
        "id 'PEEL 2021' is not a valid id: use lower-case letters and digits joined by single hyphens, such as 'peel-2021'",
        e.getMessage());
  }

  @Test
  void rejectsABlankLabel() {
    InvariantException e = assertThrows(InvariantException.class, () -> GradeDefinition.of("good", " "));
    assertEquals("label", e.attribute());
  }

  @Test
  void placesTheDefinitionsOfAnotherScaleInItsOwn() {
    GradeScale copy = GradeScale.of("copy", "Copy", PEEL.definitions());
    assertEquals("copy", copy.best().scale());
    assertEquals(PEEL.best().definition(), copy.best().definition());
    assertFalse(copy.contains(PEEL.best()));
    assertTrue(copy.contains(copy.best()));
    assertEquals(List.of(0, 1, 2, 3, 4), copy.grades().stream().map(Grade::rank).toList());
  }

  @Test
  void aScaleBuiltFromAnotherIsEqualToIt() {
    GradeScale again = GradeScale.builder().from(PEEL).build();
    assertEquals(PEEL, again);
    assertEquals(PEEL.grades(), again.grades());
  }

  @Test
  void rangeRunsBestFirstWhateverTheOrderOfItsEnds() {
    GradeRange range = PEEL.range(PEEL.grade("requires-improvement"), PEEL.grade("good"));
    assertEquals(List.of(PEEL.grade("good"), PEEL.grade("adequate"), PEEL.grade("requires-improvement")), range.grades());
    assertEquals("[good, adequate, requires-improvement]", range.toString());
    assertEquals(PEEL.grade("good"), range.best());
    assertEquals(PEEL.grade("requires-improvement"), range.worst());
    assertTrue(range.contains(PEEL.grade("adequate")));
    assertFalse(range.contains(PEEL.grade("outstanding")));
    assertFalse(range.contains(GradeScales.PEEL_2014.grade("good")));
    assertEquals(GradeRange.of(PEEL.grade("good")), PEEL.range(PEEL.grade("good"), PEEL.grade("good")));
  }

  @Test
  void rangeRefusesAGradeOfAnotherScale() {
    assertThrows(IllegalArgumentException.class, () -> PEEL.range(PEEL.best(), GradeScales.PEEL_2014.worst()));
  }

  @Test
  void builtInScalesAreFoundByIdIgnoringCase() {
    assertEquals(List.of("hmic-2007", "ppaf-direction", "peel-2014", "peel-2021", "hmip-2018", "cqc-2014", "cqc-score-2023"),
        GradeScales.all().stream().map(GradeScale::id).toList());
    assertSame(GradeScales.PEEL_2014, GradeScales.find("PEEL-2014").orElseThrow());
    assertTrue(GradeScales.find("peel-2019").isEmpty());
  }

  @Test
  void builtInScalesCarryThePublishedDefinitions() {
    assertEquals(
        "The force has substantially exceeded the characteristics of good performance.",
        PEEL.grade("outstanding").description().orElseThrow());
    assertEquals(
        "We have causes for concern and have made recommendations to the force to address them.",
        PEEL.grade("inadequate").description().orElseThrow());
    assertTrue(
        GradeScales.HMIC_2007.grade("fair").description().orElseThrow()
            .startsWith("Fair is the delivery of an acceptable level of service"));
    assertEquals(List.of("Excellent", "Good", "Fair", "Poor"),
        GradeScales.HMIC_2007.grades().stream().map(Grade::label).toList());
    assertEquals(List.of("improved", "stable", "deteriorated"), GradeScales.PPAF_DIRECTION.ids());
  }
}
