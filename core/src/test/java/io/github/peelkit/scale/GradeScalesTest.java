package io.github.peelkit.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GradeScalesTest {
  @Test
  void builtInScalesPlaceTheirGradesBestFirst() {
    GradeScale peel = GradeScales.PEEL_2021;
    assertEquals(
        java.util.List.of("outstanding", "good", "adequate", "requires-improvement", "inadequate"), peel.ids());
    for (int i = 0; i < peel.size(); i++) {
      assertEquals("peel-2021", peel.grade(i).scale());
      assertEquals(i, peel.grade(i).rank());
    }
    assertTrue(peel.grade("Good").isBetterThan(peel.grade("adequate")));
  }

  @Test
  void comparingGradesOfTwoScalesThrows() {
    Grade good2014 = GradeScales.PEEL_2014.grade("good");
    Grade good2021 = GradeScales.PEEL_2021.grade("good");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> good2014.compareTo(good2021));
    assertEquals(
        "cannot compare grade 'good' of scale peel-2014 with grade 'good' of scale peel-2021: grades of different"
            + " scales are not comparable; convert one with a GradeMapping",
        e.getMessage());
  }
}
