package io.github.peelkit.scale;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** The order of grades within a scale is a total order, and never spans two scales. */
class GradeOrderProperties {
  /** A scale of 2 to 9 grades with ids g0..gN, and three of its grades drawn at random. */
  private static final Gen<List<Grade>> THREE_GRADES =
      integers().between(2, 9).flatMap(size -> integers().between(0, size - 1).zip(
          integers().between(0, size - 1), integers().between(0, size - 1),
          (a, b, c) -> {
            GradeScale scale = scale("s" + size, size);
            return List.of(scale.grade(a), scale.grade(b), scale.grade(c));
          }));

  static GradeScale scale(String id, int size) {
    List<GradeDefinition> grades = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      grades.add(GradeDefinition.of("g" + i, "Grade " + i));
    }
    return GradeScale.of(id, "Scale " + id, grades);
  }

  @Test
  void orderIsTotalAntisymmetricAndTransitive() {
    qt().forAll(THREE_GRADES)
        .check(
            g -> {
              Grade a = g.get(0);
              Grade b = g.get(1);
              Grade c = g.get(2);
              boolean total = a.isBetterThan(b) || b.isBetterThan(a) || a.equals(b);
              boolean antisymmetric = !(a.isBetterThan(b) && b.isBetterThan(a));
              boolean transitive = !(a.isBetterThan(b) && b.isBetterThan(c)) || a.isBetterThan(c);
              boolean consistentWithEquals = (a.compareTo(b) == 0) == a.equals(b);
              boolean signsMirror = Integer.signum(a.compareTo(b)) == -Integer.signum(b.compareTo(a));
              return total && antisymmetric && transitive && consistentWithEquals && signsMirror;
            });
  }

  @Test
  void orderFollowsTheScaleBestFirst() {
    qt().forAll(integers().between(2, 12))
        .check(
            size -> {
              GradeScale scale = scale("ordered", size);
              for (int i = 1; i < size; i++) {
                if (!scale.grade(i - 1).isBetterThan(scale.grade(i)) || !scale.grade(i).isWorseThan(scale.grade(i - 1))) {
                  return false;
                }
              }
              return scale.best().rank() == 0 && scale.worst().rank() == size - 1;
            });
  }

  @Test
  void gradesOfTwoScalesNeverCompare() {
    Gen<Grade> left = integers().between(2, 6).flatMap(m -> integers().between(0, m - 1).map(i -> scale("left", m).grade(i)));
    Gen<Grade> right = integers().between(2, 6).flatMap(n -> integers().between(0, n - 1).map(j -> scale("right", n).grade(j)));
    qt().forAll(left, right)
        .check(
            (a, b) -> {
              try {
                a.compareTo(b);
                return false;
              } catch (IllegalArgumentException expected) {
                return expected.getMessage().contains("grades of different scales are not comparable");
              }
            });
  }
}
