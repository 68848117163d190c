package io.github.peelkit.framework;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.scale.GradeScales;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameworkTest {
  /** The 2007 framework's tree: protecting vulnerable people is judged through its four parts. */
  static Framework hmic2007() {
    return Framework.builder()
        .id("hmic-2007")
        .name("HMIC baseline assessment 2007")
        .scale(GradeScales.HMIC_2007)
        .addAreas(
            Area.of("neighbourhood-policing", "Neighbourhood Policing"),
            Area.of("performance-management", "Performance management"),
            Area.builder()
                .id("protecting-vulnerable-people")
                .name("Protecting vulnerable people")
                .graded(false)
                .addAreas(
                    Area.of("child-abuse", "Child abuse"),
                    Area.of("domestic-violence", "Domestic violence"),
                    Area.of("public-protection", "Public protection"),
                    Area.of("missing-persons", "Missing persons"))
                .build())
        .build();
  }

  @Test
  void listsEveryAreaDepthFirst() {
    assertEquals(
        List.of(
            "neighbourhood-policing",
            "performance-management",
            "protecting-vulnerable-people",
            "child-abuse",
            "domestic-violence",
            "public-protection",
            "missing-persons"),
        hmic2007().allAreas().stream().map(Area::id).toList());
  }

  @Test
  void findsAreasByIdNameOrAliasAnywhereInTheTree() {
    Framework framework =
        Framework.builder()
            .id("peel-2021-22")
            .name("PEEL Assessment Framework 2021/22")
            .scale(GradeScales.PEEL_2021)
            .addAreas(
                Area.builder()
                    .id("value-for-money")
                    .name("Strategic planning, organisational management and value for money")
                    .addAliases("Good use of resources", "Use of resources")
                    .build())
            .build();
    assertEquals("value-for-money", framework.area("good USE of resources").id());
    assertEquals("value-for-money", framework.area("Strategic planning, organisational management and value for money").id());
    assertEquals("child-abuse", hmic2007().area("CHILD ABUSE").id());
    assertTrue(hmic2007().findArea("custody").isEmpty());
  }

  @Test
  void unknownAreaSaysWhatWasProbablyMeant() {
    InvariantException e = assertThrows(InvariantException.class, () -> hmic2007().area("domestic violance"));
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, e.code());
    assertEquals("unknown area 'domestic violance' in framework hmic-2007; did you mean 'domestic-violence'?", e.getMessage());
  }

  @Test
  void rejectsAnAreaIdUsedTwiceAcrossTheTree() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                Framework.builder()
                    .id("twice")
                    .name("Twice")
                    .scale(GradeScales.PEEL_2021)
                    .addAreas(
                        Area.of("workforce", "Workforce"),
                        Area.builder().id("people").name("People").addAreas(Area.of("workforce", "Staff")).build())
                    .build());
    assertEquals(ModelCode.DUPLICATE_ID, e.code());
    assertEquals("areas[1].areas[0].id", e.attribute());
    assertEquals("area id 'workforce' appears twice in framework twice", e.getMessage());
  }

  @Test
  void rejectsAnAliasThatNamesTwoAreas() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                Framework.builder()
                    .id("ambiguous")
                    .name("Ambiguous")
                    .scale(GradeScales.PEEL_2021)
                    .addAreas(
                        Area.of("preventing-crime", "Preventing crime"),
                        Area.builder().id("prevention").name("Prevention").addAlias("preventing crime").build())
                    .build());
    assertEquals(ModelCode.DUPLICATE_ID, e.code());
    assertEquals("areas[1].aliases[0]", e.attribute());
  }

  @Test
  void rejectsACriterionIdUsedTwice() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () ->
                Framework.builder()
                    .id("criteria")
                    .name("Criteria")
                    .scale(GradeScales.PEEL_2021)
                    .addAreas(
                        Area.builder().id("a").name("A").addCriteria(Criterion.of("c-1", "One")).build(),
                        Area.builder().id("b").name("B").addCriteria(Criterion.of("c-1", "Again")).build())
                    .build());
    assertEquals("areas[1].criteria[0].id", e.attribute());
    assertEquals("criterion id 'c-1' appears twice in framework criteria", e.getMessage());
  }

  @Test
  void aGradedFrameworkNeedsAScale() {
    InvariantException e =
        assertThrows(
            InvariantException.class,
            () -> Framework.builder().id("no-scale").name("No scale").addAreas(Area.of("a", "A")).build());
    assertEquals(ModelCode.MISSING_REQUIRED, e.code());
    assertEquals("scale", e.attribute());
    assertEquals(
        "framework no-scale has graded areas but no scale: name the scale its grades are given on", e.getMessage());
  }

  @Test
  void anUngradedFrameworkNeedsNoScale() {
    Framework coreBusiness =
        Framework.builder()
            .id("core-business-2014")
            .name("Core business")
            .addAreas(
                Area.builder().id("preventing-crime").name("Preventing crime").graded(false).build(),
                Area.builder().id("freeing-up-time").name("Freeing up time").graded(false).build())
            .build();
    assertFalse(coreBusiness.isGraded());
    assertTrue(coreBusiness.scale().isEmpty());
  }
}
