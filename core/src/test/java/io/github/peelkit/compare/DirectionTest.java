package io.github.peelkit.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.LawfulMappings;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DirectionTest {
  private static Grade peel2014(String id) {
    return GradeScales.PEEL_2014.grade(id);
  }

  private static Grade peel2021(String id) {
    return GradeScales.PEEL_2021.grade(id);
  }

  @Test
  void idsAreTheWordsOfTheSpecification() {
    assertEquals(
        List.of("improved", "stable", "deteriorated", "not-comparable", "uncertain", "only-earlier", "only-later", "ungraded"),
        Arrays.stream(Direction.values()).map(Direction::id).toList());
    assertEquals(Optional.of(Direction.NOT_COMPARABLE), Direction.find(" Not-Comparable "));
    assertEquals(Optional.empty(), Direction.find("worse"));
  }

  @Test
  void theThreeDirectionsOfTheGradesAreTheGradesOfThePpafDirectionScale() {
    assertEquals(GradeScales.PPAF_DIRECTION.grades(),
        List.of(Direction.IMPROVED, Direction.STABLE, Direction.DETERIORATED).stream().map(d -> d.findGrade().orElseThrow()).toList());
    for (Direction d : List.of(Direction.NOT_COMPARABLE, Direction.UNCERTAIN, Direction.ONLY_EARLIER, Direction.ONLY_LATER, Direction.UNGRADED)) {
      assertEquals(Optional.empty(), d.findGrade(), d.id());
    }
  }

  @Test
  void onOneScaleTheIdentityGivesImprovedStableOrDeterioratedForEveryPair() {
    GradeScale scale = GradeScales.PEEL_2021;
    GradeMapping identity = GradeMapping.identity(scale);
    for (Grade earlier : scale.grades()) {
      for (Grade later : scale.grades()) {
        Direction expected =
            later.rank() < earlier.rank() ? Direction.IMPROVED : later.rank() > earlier.rank() ? Direction.DETERIORATED : Direction.STABLE;
        assertEquals(expected, Direction.of(earlier, later, identity), earlier.id() + " to " + later.id());
      }
    }
  }

  @Test
  void acrossTheTwoPeelScalesTheBuiltInMappingSaysNotComparableWhateverTheGrades() {
    for (Grade earlier : GradeScales.PEEL_2014.grades()) {
      for (Grade later : GradeScales.PEEL_2021.grades()) {
        assertEquals(Direction.NOT_COMPARABLE, Direction.of(earlier, later, GradeMappings.PEEL_2014_TO_PEEL_2021));
      }
    }
  }

  @Test
  void aComparableMappingGivesRangesThatMakeSomePairsUncertain() {
    GradeMapping m = Rounds.COMPARABLE_2014_TO_2021;
    // good of 2014 is [good, adequate] of 2021.
    assertEquals(Direction.IMPROVED, Direction.of(peel2014("good"), peel2021("outstanding"), m));
    assertEquals(Direction.UNCERTAIN, Direction.of(peel2014("good"), peel2021("good"), m));
    assertEquals(Direction.UNCERTAIN, Direction.of(peel2014("good"), peel2021("adequate"), m));
    assertEquals(Direction.DETERIORATED, Direction.of(peel2014("good"), peel2021("requires-improvement"), m));
    // requires improvement of 2014 is [adequate, requires-improvement] of 2021.
    assertEquals(Direction.IMPROVED, Direction.of(peel2014("requires-improvement"), peel2021("good"), m));
    assertEquals(Direction.UNCERTAIN, Direction.of(peel2014("requires-improvement"), peel2021("requires-improvement"), m));
    assertEquals(Direction.DETERIORATED, Direction.of(peel2014("requires-improvement"), peel2021("inadequate"), m));
    // outstanding and inadequate map one to one.
    assertEquals(Direction.STABLE, Direction.of(peel2014("outstanding"), peel2021("outstanding"), m));
    assertEquals(Direction.STABLE, Direction.of(peel2014("inadequate"), peel2021("inadequate"), m));
  }

  /**
   * Every lawful mapping between scales of 2 to 4 grades, every pair of grades: the rule agrees with
   * the words of the specification read on the set of target grades, without ranks or ranges.
   */
  @Test
  void theRuleAgreesWithTheSpecificationForEveryLawfulMappingBetweenSmallScales() {
    List<GradeScale> scales = new ArrayList<>();
    for (int size = 2; size <= 4; size++) {
      scales.add(prefix(size));
    }
    long pairs = 0;
    for (GradeScale from : scales) {
      for (GradeScale to : scales) {
        for (GradeMapping m : LawfulMappings.all(from, to).toList()) {
          for (Grade earlier : from.grades()) {
            Set<Grade> targets = Set.copyOf(m.targets(earlier).grades());
            for (Grade later : to.grades()) {
              assertEquals(bySpecification(targets, later), Direction.of(earlier, later, m), m + " " + earlier.id() + " " + later.id());
              pairs++;
            }
          }
        }
      }
    }
    // 3 × 3 scale pairs: the number of lawful mappings times |from| × |to| for each, as LawfulMappings counts them.
    long expected = 0;
    for (GradeScale from : scales) {
      for (GradeScale to : scales) {
        expected += LawfulMappings.count(from, to).longValueExact() * from.size() * to.size();
      }
    }
    assertEquals(expected, pairs);
  }

  /** Better than every target: improved; worse than every target: deteriorated; the only target: stable. */
  private static Direction bySpecification(Set<Grade> targets, Grade later) {
    if (targets.stream().allMatch(later::isBetterThan)) {
      return Direction.IMPROVED;
    }
    if (targets.stream().allMatch(later::isWorseThan)) {
      return Direction.DETERIORATED;
    }
    return targets.equals(Set.of(later)) ? Direction.STABLE : Direction.UNCERTAIN;
  }

  /** A scale of the first grades of the five-tier PEEL scale, under its own id. */
  private static GradeScale prefix(int size) {
    return GradeScale.of("first-" + size, "First " + size, GradeScales.PEEL_2021.definitions().subList(0, size));
  }

  @Test
  void aGradeOfAnotherScaleIsRefusedNamingIt() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Direction.of(peel2014("good"), peel2014("good"), GradeMappings.PEEL_2014_TO_PEEL_2021));
    assertEquals(
        "grade good of scale peel-2014 is not of scale peel-2021, the scale mapping peel-2014-to-peel-2021 converts to", e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Direction.of(peel2021("good"), peel2021("good"), GradeMappings.PEEL_2014_TO_PEEL_2021));
  }
}
