package io.github.peelkit.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeRange;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LawfulMappingsTest {
  /** A scale of n grades g0 (best) to g(n-1), with an id that tells scales of one size apart. */
  static GradeScale scale(String id, int n) {
    return GradeScale.of(
        id, "Scale " + id, IntStream.range(0, n).mapToObj(i -> GradeDefinition.of("g" + i, "Grade " + i)).toList());
  }

  @Test
  void countIsTheNarayanaNumberWithKnownValues() {
    assertEquals(BigInteger.valueOf(6), LawfulMappings.count(2, 2));
    assertEquals(BigInteger.valueOf(490), LawfulMappings.count(4, 4));
    assertEquals(BigInteger.valueOf(1764), LawfulMappings.count(GradeScales.PEEL_2014, GradeScales.PEEL_2021));
    assertEquals(BigInteger.valueOf(1176), LawfulMappings.count(GradeScales.PEEL_2021, GradeScales.PEEL_2014));
    for (int n = 1; n <= 12; n++) {
      assertEquals(BigInteger.valueOf((long) n * (n + 1) / 2), LawfulMappings.count(1, n), "one grade onto " + n);
      assertEquals(BigInteger.ONE, LawfulMappings.count(n, 1), n + " grades onto one");
    }
  }

  @Test
  void closedFormAgreesWithTheLatticePathDeterminantAndTheRecurrence() {
    for (int m = 1; m <= 14; m++) {
      for (int n = 1; n <= 14; n++) {
        BigInteger a = binomial(m + n - 1, m);
        BigInteger determinant = a.multiply(a).subtract(binomial(m + n - 1, m - 1).multiply(binomial(m + n - 1, m + 1)));
        assertEquals(determinant, LawfulMappings.count(m, n), "determinant " + m + " x " + n);
        assertEquals(new LawfulMappings.Ways(m, n).of(0, 0, 0), LawfulMappings.count(m, n), "recurrence " + m + " x " + n);
      }
    }
  }

  @Test
  void countRefusesSizesBelowOne() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LawfulMappings.count(0, 3));
    assertEquals("scale sizes must be at least 1, not 0 and 3", e.getMessage());
  }

  /**
   * Every relation between two small scales (every function from a grade to any subset of the
   * other scale's grades, the empty one included): the lawful ones are exactly the enumerated ones,
   * and every other one is reported breaking exactly the laws an independent oracle finds.
   */
  @Test
  void bruteForceOverEveryRelationAgreesWithEnumerationAndOracle() {
    for (int m = 2; m <= 4; m++) {
      for (int n = 2; n <= 4; n++) {
        GradeScale from = scale("a", m);
        GradeScale to = scale("b", n);
        Set<List<Set<Integer>>> enumerated =
            LawfulMappings.all(from, to).map(LawfulMappingsTest::asSets).collect(Collectors.toSet());
        assertEquals(LawfulMappings.count(m, n).intValueExact(), enumerated.size(), "distinct enumerated " + m + " x " + n);
        int lawful = 0;
        int subsets = 1 << n;
        int relations = (int) Math.pow(subsets, m);
        for (int code = 0; code < relations; code++) {
          List<Set<Integer>> relation = new ArrayList<>();
          int rest = code;
          for (int i = 0; i < m; i++) {
            relation.add(members(rest % subsets));
            rest /= subsets;
          }
          List<LawViolation> violations = MappingLaws.check(from, to, g -> grades(to, relation.get(g.rank())));
          Set<Law> reported = violations.stream().map(LawViolation::law).collect(Collectors.toCollection(() -> EnumSet.noneOf(Law.class)));
          assertEquals(oracle(relation), reported, "relation " + relation);
          if (violations.isEmpty()) {
            lawful++;
            assertTrue(enumerated.contains(relation), "lawful but not enumerated: " + relation);
          } else {
            assertTrue(!enumerated.contains(relation), "enumerated but unlawful: " + relation);
          }
        }
        assertEquals(LawfulMappings.count(m, n).intValueExact(), lawful, "lawful relations " + m + " x " + n);
      }
    }
  }

  @Test
  void enumerationFollowsTheOrderOfGetAndNumbersItsIds() {
    GradeScale from = scale("a", 3);
    GradeScale to = scale("b", 4);
    List<GradeMapping> all = LawfulMappings.all(from, to).toList();
    assertEquals(LawfulMappings.count(3, 4).intValueExact(), all.size());
    for (int k = 0; k < all.size(); k++) {
      assertEquals(all.get(k), LawfulMappings.get(from, to, BigInteger.valueOf(k)));
      assertEquals("lawful-" + (k + 1), all.get(k).id());
    }
    // The first maps everything to the best grade, the last everything to the worst.
    assertTrue(all.get(0).rules().values().stream().allMatch(t -> t.grades().equals(List.of(to.best()))));
    assertTrue(all.get(all.size() - 1).rules().values().stream().allMatch(t -> t.grades().equals(List.of(to.worst()))));
    assertEquals(all.size(), LawfulMappings.all(from, to).spliterator().getExactSizeIfKnown());
  }

  @Test
  void getRefusesAnIndexOutsideTheCount() {
    GradeScale from = scale("a", 2);
    GradeScale to = scale("b", 2);
    IndexOutOfBoundsException e =
        assertThrows(IndexOutOfBoundsException.class, () -> LawfulMappings.get(from, to, BigInteger.valueOf(6)));
    assertEquals("index 6 is outside 0 to 5", e.getMessage());
  }

  @Test
  void randomMappingsAreLawfulReproducibleAndReachEveryMapping() {
    GradeScale from = scale("a", 2);
    GradeScale to = scale("b", 3);
    SplittableRandom random = new SplittableRandom(7);
    Set<Map<Grade, GradeRange>> seen = new HashSet<>();
    for (int i = 0; i < 400; i++) {
      GradeMapping mapping = LawfulMappings.random("drawn", from, to, random);
      assertEquals("drawn", mapping.id());
      seen.add(mapping.rules());
    }
    assertEquals(LawfulMappings.count(2, 3).intValueExact(), seen.size());
    assertEquals(
        LawfulMappings.random("x", from, to, new SplittableRandom(3)),
        LawfulMappings.random("x", from, to, new SplittableRandom(3)));
  }

  @Test
  void randomMappingsWorkBeyondTheRangeOfLong() {
    GradeScale from = scale("a", 25);
    GradeScale to = scale("b", 25);
    assertTrue(LawfulMappings.count(from, to).bitLength() > 63);
    GradeMapping mapping = LawfulMappings.random("big", from, to, new SplittableRandom(1));
    assertEquals(List.of(), MappingLaws.check(from, to, g -> mapping.targets(g).grades()));
  }

  /** The laws a relation breaks, decided directly from their definitions over all pairs. */
  private static Set<Law> oracle(List<Set<Integer>> relation) {
    Set<Law> broken = EnumSet.noneOf(Law.class);
    for (int i = 0; i < relation.size(); i++) {
      Set<Integer> targets = relation.get(i);
      if (targets.isEmpty()) {
        broken.add(Law.TOTAL);
        continue;
      }
      int min = targets.stream().mapToInt(Integer::intValue).min().orElseThrow();
      int max = targets.stream().mapToInt(Integer::intValue).max().orElseThrow();
      if (max - min + 1 != targets.size()) {
        broken.add(Law.CONTIGUOUS);
      }
      for (int j = i + 1; j < relation.size(); j++) {
        Set<Integer> worse = relation.get(j);
        if (!worse.isEmpty()) {
          int worseMin = worse.stream().mapToInt(Integer::intValue).min().orElseThrow();
          int worseMax = worse.stream().mapToInt(Integer::intValue).max().orElseThrow();
          if (min > worseMin || max > worseMax) {
            broken.add(Law.MONOTONE);
          }
        }
      }
    }
    return broken;
  }

  private static Set<Integer> members(int bits) {
    Set<Integer> members = new HashSet<>();
    for (int b = 0; bits >> b != 0; b++) {
      if ((bits >> b & 1) == 1) {
        members.add(b);
      }
    }
    return members;
  }

  private static List<Grade> grades(GradeScale scale, Set<Integer> ranks) {
    return ranks.stream().sorted().map(scale::grade).toList();
  }

  private static List<Set<Integer>> asSets(GradeMapping mapping) {
    return mapping.rules().values().stream()
        .map(targets -> targets.grades().stream().map(Grade::rank).collect(Collectors.toSet()))
        .toList();
  }

  private static BigInteger binomial(int n, int k) {
    if (k < 0 || k > n) {
      return BigInteger.ZERO;
    }
    BigInteger result = BigInteger.ONE;
    for (int i = 1; i <= k; i++) {
      result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return result;
  }
}
