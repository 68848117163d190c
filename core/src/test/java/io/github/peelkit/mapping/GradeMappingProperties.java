package io.github.peelkit.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.testkit.ModelGenerator;
import io.github.peelkit.testkit.TextStyle;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Properties of grade mappings over random scales and mappings made by {@link ModelGenerator}.
 * Where the domain is finite and small (every mapping between two small scales), the property is
 * checked for all of it.
 */
class GradeMappingProperties {
  /** A small scale: 2 to 5 grades. */
  private static final Gen<GradeScale> SMALL_SCALES =
      SourceDSL.integers().between(2, 5).zip(SourceDSL.longs().all(), (size, seed) -> ModelGenerator.of(seed).scale(size));

  /** Any scale the generator makes, hostile text included. */
  private static final Gen<GradeScale> SCALES = ModelGens.of(TextStyle.HOSTILE, ModelGenerator::scale);

  /** A chain of three mappings A to B to C to D between random scales of 2 to 4 grades. */
  private record Chain(GradeMapping f, GradeMapping g, GradeMapping h) {}

  private static final Gen<GradeScale> CHAIN_SCALES =
      SourceDSL.integers().between(2, 4).zip(SourceDSL.longs().all(), (size, seed) -> ModelGenerator.of(seed).scale(size));

  private static final Gen<Chain> CHAINS =
      CHAIN_SCALES.zip(
          CHAIN_SCALES,
          CHAIN_SCALES,
          CHAIN_SCALES,
          (a, b, c, d) -> {
            ModelGenerator generate = ModelGenerator.of(a.hashCode() * 31L + d.hashCode());
            return new Chain(generate.mapping(a, b), generate.mapping(b, c), generate.mapping(c, d));
          });

  private static final Gen<GradeMapping> MAPPINGS = ModelGens.of(TextStyle.HOSTILE, ModelGenerator::mapping);

  @Test
  void theLawsHoldForEveryEnumeratedMappingAndTheCountIsTheFormula() {
    qt().withExamples(60)
        .forAll(SMALL_SCALES, SMALL_SCALES)
        .checkAssert(
            (from, to) -> {
              long count =
                  LawfulMappings.all(from, to)
                      .peek(m -> assertEquals(List.of(), MappingLaws.check(from, to, g -> m.targets(g).grades())))
                      .count();
              assertEquals(LawfulMappings.count(from, to).longValueExact(), count);
            });
  }

  @Test
  void everyRandomRelationIsJudgedAsTheLawsDefine() {
    qt().withExamples(500)
        .forAll(SCALES, SCALES, SourceDSL.longs().all())
        .checkAssert(
            (from, to, seed) -> {
              java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
              List<List<Grade>> relation = new ArrayList<>();
              for (int i = 0; i < from.size(); i++) {
                List<Grade> targets = new ArrayList<>();
                // Mostly ranges, so that lawful relations turn up too.
                if (random.nextInt(4) == 0) {
                  to.grades().stream().filter(t -> random.nextBoolean()).forEach(targets::add);
                } else {
                  int best = random.nextInt(to.size());
                  targets.addAll(to.grades().subList(best, best + 1 + random.nextInt(to.size() - best)));
                }
                relation.add(targets);
              }
              Set<Law> expected = oracle(relation);
              List<LawViolation> violations = MappingLaws.check(from, to, g -> relation.get(g.rank()));
              assertEquals(expected, violations.stream().map(LawViolation::law).collect(Collectors.toCollection(() -> EnumSet.noneOf(Law.class))));
              Optional<GradeMapping> built = build(from, to, relation);
              assertEquals(expected.isEmpty(), built.isPresent());
            });
  }

  private static Optional<GradeMapping> build(GradeScale from, GradeScale to, List<List<Grade>> relation) {
    try {
      return Optional.of(GradeMapping.of("random", from, to, g -> relation.get(g.rank())));
    } catch (InvariantException e) {
      assertEquals(io.github.peelkit.check.ModelCode.MAPPING_LAW_VIOLATED, e.code());
      assertTrue(Law.find(e.invariant()).isPresent(), e.invariant());
      return Optional.empty();
    }
  }

  /** The laws broken, straight from their definitions over every pair of source grades. */
  private static Set<Law> oracle(List<List<Grade>> relation) {
    Set<Law> broken = EnumSet.noneOf(Law.class);
    for (int i = 0; i < relation.size(); i++) {
      TreeSet<Integer> ranks = relation.get(i).stream().map(Grade::rank).collect(Collectors.toCollection(TreeSet::new));
      if (ranks.isEmpty()) {
        broken.add(Law.TOTAL);
        continue;
      }
      if (ranks.last() - ranks.first() + 1 != ranks.size()) {
        broken.add(Law.CONTIGUOUS);
      }
      for (int j = i + 1; j < relation.size(); j++) {
        TreeSet<Integer> worse = relation.get(j).stream().map(Grade::rank).collect(Collectors.toCollection(TreeSet::new));
        if (!worse.isEmpty() && (ranks.first() > worse.first() || ranks.last() > worse.last())) {
          broken.add(Law.MONOTONE);
        }
      }
    }
    return broken;
  }

  @Test
  void compositionIsAssociativeWhereverBothSidesAreDefined() {
    int[] defined = {0};
    qt().withExamples(1000)
        .forAll(CHAINS)
        .checkAssert(
            chain -> {
              Optional<GradeMapping> left = compose(() -> chain.f().andThen(chain.g()).andThen(chain.h()));
              Optional<GradeMapping> right = compose(() -> chain.f().andThen(chain.g().andThen(chain.h())));
              if (left.isPresent() && right.isPresent()) {
                defined[0]++;
                assertEquals(left.get(), right.get());
              }
            });
    assertTrue(defined[0] > 100, "both sides defined only " + defined[0] + " times");
  }

  @Test
  void compositionIsAssociativeForEveryChainOfSmallScales() {
    GradeScale a = LawfulMappingsTest.scale("a", 2);
    GradeScale b = LawfulMappingsTest.scale("b", 3);
    GradeScale c = LawfulMappingsTest.scale("c", 2);
    GradeScale d = LawfulMappingsTest.scale("d", 3);
    List<GradeMapping> fs = LawfulMappings.all(a, b).toList();
    List<GradeMapping> gs = LawfulMappings.all(b, c).toList();
    List<GradeMapping> hs = LawfulMappings.all(c, d).toList();
    int defined = 0;
    for (GradeMapping f : fs) {
      for (GradeMapping g : gs) {
        for (GradeMapping h : hs) {
          Optional<GradeMapping> left = compose(() -> f.andThen(g).andThen(h));
          Optional<GradeMapping> right = compose(() -> f.andThen(g.andThen(h)));
          if (left.isPresent() && right.isPresent()) {
            defined++;
            assertEquals(left.get(), right.get());
          }
          // As relations, composition always exists and is associative: the union of images.
          assertEquals(images(images(f, g), h), images(f, images(g, h)));
          left.ifPresent(l -> assertEquals(images(images(f, g), h), asRelation(l)));
        }
      }
    }
    // N(2, 3) · N(3, 2) · N(2, 3) = 20 · 10 · 20 chains.
    assertEquals(4000, fs.size() * gs.size() * hs.size());
    // Most chains compose both ways; some are refused for a gap, so both paths are exercised.
    assertTrue(defined > 3000 && defined < 4000, "defined " + defined);
  }

  private static Optional<GradeMapping> compose(java.util.function.Supplier<GradeMapping> composition) {
    try {
      return Optional.of(composition.get());
    } catch (InvariantException e) {
      assertEquals("contiguous", e.invariant());
      return Optional.empty();
    }
  }

  /** The relation of a mapping as rank sets, best source grade first. */
  private static List<Set<Integer>> asRelation(GradeMapping mapping) {
    return mapping.rules().values().stream().map(t -> t.grades().stream().map(Grade::rank).collect(Collectors.toSet())).toList();
  }

  private static List<Set<Integer>> images(GradeMapping first, GradeMapping second) {
    return images(asRelation(first), asRelation(second));
  }

  private static List<Set<Integer>> images(List<Set<Integer>> first, GradeMapping second) {
    return images(first, asRelation(second));
  }

  private static List<Set<Integer>> images(GradeMapping first, List<Set<Integer>> second) {
    return images(asRelation(first), second);
  }

  private static List<Set<Integer>> images(List<Set<Integer>> first, List<Set<Integer>> second) {
    return first.stream()
        .map(targets -> targets.stream().flatMap(t -> second.get(t).stream()).collect(Collectors.toSet()))
        .toList();
  }

  @Test
  void identityIsNeutralOnBothSides() {
    qt().withExamples(500)
        .forAll(MAPPINGS)
        .checkAssert(
            m -> {
              assertEquals(m, GradeMapping.identity(m.from()).andThen(m));
              assertEquals(m, m.andThen(GradeMapping.identity(m.to())));
              GradeMapping identity = GradeMapping.identity(m.from());
              assertEquals(identity, identity.andThen(identity));
              assertTrue(identity.isIdentity());
            });
  }

  @Test
  void anInverseExistsExactlyWhenEveryTargetGradeIsReachedAndInvertsBack() {
    qt().withExamples(60)
        .forAll(SMALL_SCALES, SMALL_SCALES)
        .checkAssert(
            (from, to) ->
                LawfulMappings.all(from, to)
                    .forEach(
                        m -> {
                          boolean covered =
                              to.grades().stream().allMatch(t -> m.rules().values().stream().anyMatch(r -> r.contains(t)));
                          assertEquals(covered, m.isInvertible());
                          assertEquals(covered, m.findInverse().isPresent());
                          m.findInverse().ifPresent(inverse -> checkInverse(m, inverse));
                        }));
  }

  @Test
  void randomInvertibleMappingsInvertBack() {
    qt().withExamples(500)
        .forAll(MAPPINGS)
        .checkAssert(m -> m.findInverse().ifPresent(inverse -> checkInverse(m, inverse)));
  }

  private static void checkInverse(GradeMapping m, GradeMapping inverse) {
    assertEquals(m, inverse.inverse());
    assertEquals(m.to(), inverse.from());
    assertEquals(m.comparable(), inverse.comparable());
    assertEquals(m.note(), inverse.note());
    for (Grade a : m.from().grades()) {
      // Converting there and back contains the grade started from.
      Set<Grade> back = m.targets(a).grades().stream().flatMap(b -> inverse.targets(b).grades().stream()).collect(Collectors.toSet());
      assertTrue(back.contains(a), a.id());
      // The pairs read backwards: exact stays exact, one-to-many becomes many-to-one.
      for (Grade b : m.targets(a).grades()) {
        assertTrue(inverse.targets(b).contains(a));
        if (m.relation(a) == Relation.EXACT || m.relation(a) == Relation.ONE_TO_MANY) {
          assertEquals(m.relation(a).inverse(), inverse.relation(b), a.id() + " -> " + b.id());
        }
      }
    }
  }

  @Test
  void nonInvertibleMappingsSayWhichGradesAreNotReached() {
    qt().withExamples(300)
        .forAll(MAPPINGS)
        .checkAssert(
            m -> {
              if (!m.isInvertible()) {
                InvariantException e = org.junit.jupiter.api.Assertions.assertThrows(InvariantException.class, m::inverse);
                assertEquals("total", e.invariant());
                assertTrue(e.getMessage().startsWith("mapping " + m.id() + " has no inverse: no grade of " + m.from().id()));
              }
            });
  }

  @Test
  void relationsFollowFromTheRules() {
    qt().withExamples(500)
        .forAll(MAPPINGS)
        .checkAssert(
            m -> {
              for (Grade a : m.from().grades()) {
                boolean several = m.targets(a).size() > 1;
                boolean shared =
                    m.from().grades().stream()
                        .filter(other -> !other.equals(a))
                        .anyMatch(other -> m.targets(other).grades().stream().anyMatch(m.targets(a)::contains));
                assertEquals(Relation.of(several, shared), m.relation(a));
                assertEquals(!several, m.relation(a).hasOneTarget());
              }
            });
  }

  private static final Gen<Assessment> ASSESSMENTS =
      ModelGens.of(TextStyle.HOSTILE, generate -> generate.assessment(generate.framework(generate.scale())));

  @Test
  void convertingAnAssessmentConvertsEveryGradedJudgmentAndKeepsTheRest() {
    qt().withExamples(300)
        .forAll(ASSESSMENTS, ModelGens.of(ModelGenerator::scale), SourceDSL.integers().between(0, 3), SourceDSL.longs().all())
        .checkAssert(
            (assessment, target, policyIndex, seed) -> {
              if (assessment.scale().isEmpty()) {
                return;
              }
              GradeMapping mapping = ModelGenerator.of(seed).mapping(assessment.scale().get(), target);
              Policy policy = Policy.values()[policyIndex];
              Assessment converted;
              try {
                converted = assessment.convert(mapping, policy);
              } catch (ConversionException e) {
                assertEquals(Policy.STRICT, policy);
                Judgment failing = assessment.judgment(e.area().orElseThrow());
                assertTrue(mapping.targets(failing.grade().orElseThrow()).size() > 1);
                return;
              }
              assertEquals(Optional.of(target), converted.scale());
              assertEquals(assessment.findings(), converted.findings());
              for (int i = 0; i < assessment.judgments().size(); i++) {
                Judgment before = assessment.judgments().get(i);
                Judgment after = converted.judgments().get(i);
                assertEquals(before.evidence(), after.evidence());
                assertEquals(before.findings(), after.findings());
                assertEquals(before.statement(), after.statement());
                if (before.grade().isEmpty()) {
                  assertEquals(before, after);
                  continue;
                }
                Grade original = before.grade().get();
                var record = after.conversion().orElseThrow();
                var conversion = record.conversion();
                assertEquals(original, conversion.from());
                assertEquals(mapping.targets(original), conversion.targets());
                assertEquals(policy, record.policy());
                assertEquals(mapping.id(), conversion.mapping());
                assertEquals(mapping.relation(original), conversion.relation());
                assertEquals(policy.select(conversion.targets()), after.grade());
                assertTrue(after.gradeRange().orElseThrow().grades().stream().allMatch(conversion.targets()::contains));
                after.distribution().ifPresent(d -> assertEquals(before.distribution().orElseThrow().population(), d.population()));
              }
            });
  }
}
