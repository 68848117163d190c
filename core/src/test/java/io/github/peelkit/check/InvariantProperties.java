package io.github.peelkit.check;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Every invariant violation is refused with the right code, however it is reached. */
class InvariantProperties {
  static boolean refused(ModelCode code, String invariant, Supplier<?> build) {
    try {
      build.get();
      return false;
    } catch (InvariantException e) {
      return e.code() == code && e.invariant().equals(invariant);
    }
  }

  @Test
  void successesAboveSizeAreRefused() {
    qt().forAll(longs().between(1, 1_000_000_000L), longs().between(1, 1_000_000L))
        .check((n, excess) -> refused(ModelCode.IMPOSSIBLE_EVIDENCE, "successes <= size",
            () -> Sample.builder().description("d").size(n).successes(n + excess).build()));
  }

  @Test
  void sizesThatAreNotPositiveAreRefused() {
    qt().forAll(longs().between(Long.MIN_VALUE, 0))
        .check(n -> refused(ModelCode.IMPOSSIBLE_EVIDENCE, "size > 0", () -> Sample.builder().description("d").size(n).build()));
  }

  @Test
  void populationsBelowTheSizeAreRefused() {
    qt().forAll(longs().between(2, 1_000_000_000L), longs().between(1, 1_000_000_000L))
        .check((n, shortBy) -> refused(ModelCode.IMPOSSIBLE_EVIDENCE, "population >= size",
            () -> Sample.builder().description("d").size(n).population(Math.max(1, n - shortBy)).build()));
  }

  @Test
  void levelsOutsideTheOpenUnitIntervalAreRefused() {
    qt().forAll(doubles().any())
        .assuming(level -> !(level > 0 && level < 1))
        .check(level -> refused(ModelCode.IMPOSSIBLE_EVIDENCE, "0 < level < 1",
            () -> Sample.builder().description("d").size(10).level(level).build()));
  }

  @Test
  void levelsInsideTheOpenUnitIntervalAreAccepted() {
    qt().forAll(doubles().between(Double.MIN_VALUE, Math.nextDown(1.0)))
        .check(level -> Sample.builder().description("d").size(10).level(level).build().level() == level);
  }

  @Test
  void distributionsThatDoNotAddUpAreRefused() {
    qt().forAll(integers().between(0, 50), integers().between(0, 50), integers().between(0, 50), integers().between(1, 200))
        .assuming((a, b, c, population) -> a + b + c != population)
        .check((a, b, c, population) -> {
          GradeScale scale = GradeScales.PPAF_DIRECTION;
          Map<Grade, Integer> counts = new LinkedHashMap<>();
          counts.put(scale.grade(0), a);
          counts.put(scale.grade(1), b);
          counts.put(scale.grade(2), c);
          return refused(ModelCode.DISTRIBUTION_DOES_NOT_ADD_UP, "counts add up to the population", () -> PeerDistribution.of(population, counts));
        });
  }

  @Test
  void scalesWithARepeatedGradeIdAreRefused() {
    // A scale of 2..10 grades in which grade `copy` repeats the id of grade `original`.
    Gen<int[]> repeats =
        integers().between(2, 10).flatMap(size -> integers().between(0, size - 1).zip(
            integers().between(0, size - 2), (original, shift) -> new int[] {size, original, (original + 1 + shift) % size}));
    qt().forAll(repeats)
        .check(r -> {
          List<GradeDefinition> grades = new ArrayList<>();
          for (int g = 0; g < r[0]; g++) {
            grades.add(GradeDefinition.of("g" + (g == r[2] ? r[1] : g), "Grade " + g));
          }
          return refused(ModelCode.DUPLICATE_ID, "grade ids are unique", () -> GradeScale.of("repeat", "Repeat", grades));
        });
  }
}
