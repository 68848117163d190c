package io.github.peelkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.scale.GradeScales;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MappingChoiceTest {
  @Test
  void theIdentityOnOneScaleTheOnlyDeclaredAcrossAndNothingWhereNoneIs() {
    MappingChoice choice = MappingChoice.of(List.of(GradeMappings.PEEL_2014_TO_PEEL_2021, GradeMappings.PEEL_2014_TO_PEEL_2021));
    assertEquals(List.of(GradeMappings.PEEL_2014_TO_PEEL_2021), choice.declared(), "each once");
    assertEquals(Optional.of(GradeMapping.identity(GradeScales.PEEL_2021)), choice.find(GradeScales.PEEL_2021, GradeScales.PEEL_2021));
    assertEquals(Optional.of(GradeMappings.PEEL_2014_TO_PEEL_2021), choice.find(GradeScales.PEEL_2014, GradeScales.PEEL_2021));
    assertEquals(Optional.empty(), choice.find(GradeScales.PEEL_2021, GradeScales.PEEL_2014), "declared one way only");
    assertEquals(Optional.empty(), MappingChoice.identity().find(GradeScales.HMIC_2007, GradeScales.PEEL_2021));
  }

  @Test
  void severalDeclaredAreRefusedUntilOneIsChosen() {
    MappingChoice choice = MappingChoice.of(List.of(GradeMappings.PEEL_2014_TO_PEEL_2021, Rounds.COMPARABLE_2014_TO_2021));
    assertTrue(choice.isAmbiguous(GradeScales.PEEL_2014, GradeScales.PEEL_2021));
    assertEquals(2, choice.candidates(GradeScales.PEEL_2014, GradeScales.PEEL_2021).size());
    assertThrows(IllegalArgumentException.class, () -> choice.find(GradeScales.PEEL_2014, GradeScales.PEEL_2021));
    MappingChoice chosen = choice.with(GradeMappings.PEEL_2014_TO_PEEL_2021).with(Rounds.COMPARABLE_2014_TO_2021);
    assertFalse(chosen.isAmbiguous(GradeScales.PEEL_2014, GradeScales.PEEL_2021));
    assertEquals(List.of(Rounds.COMPARABLE_2014_TO_2021), chosen.chosen(), "the last chosen for a pair of scales replaces the first");
    assertEquals(Optional.of(Rounds.COMPARABLE_2014_TO_2021), chosen.find(GradeScales.PEEL_2014, GradeScales.PEEL_2021));
    assertEquals(
        "MappingChoice{declared=[peel-2014-to-peel-2021, peel-2014-to-peel-2021-comparable], chosen=[peel-2014-to-peel-2021-comparable]}",
        chosen.toString());
  }

  @Test
  void aMappingChosenOnOneScaleReplacesTheIdentity() {
    GradeMapping squeeze =
        GradeMapping.of("squeeze", GradeScales.HMIC_2007, GradeScales.HMIC_2007,
            java.util.Map.of("excellent", List.of("excellent"), "good", List.of("good"), "fair", List.of("good", "fair"), "poor", List.of("poor")));
    MappingChoice choice = MappingChoice.identity().with(squeeze);
    assertEquals(Optional.of(squeeze), choice.find(GradeScales.HMIC_2007, GradeScales.HMIC_2007));
    assertEquals(choice, MappingChoice.identity().with(squeeze));
    assertEquals(choice.hashCode(), MappingChoice.identity().with(squeeze).hashCode());
  }
}
