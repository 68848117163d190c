package io.github.peelkit.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.testkit.GradingGenerator;
import io.github.peelkit.testkit.UnlawfulRules;
import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.quicktheories.impl.Constraint;

/**
 * Properties of grading rules over random rules made by {@link GradingGenerator}, each checked
 * against an independent {@link Reference} that walks every one of the {@code m^n} combinations.
 */
class GradingProperties {
  private static final Gen<GradingGenerator> GENERATORS = in -> GradingGenerator.of(in.next(Constraint.none()));

  /**
   * Lawful rules small enough for the reference to walk every combination quickly: 2 to 4 grades
   * each side, 1 to 6 inputs (at most 4,096 combinations).
   */
  private static final Gen<GradingRules> SMALL_RULES =
      in -> {
        long seed = in.next(Constraint.none());
        GradingGenerator generate = GradingGenerator.of(seed);
        io.github.peelkit.testkit.ModelGenerator model = io.github.peelkit.testkit.ModelGenerator.of(seed);
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        io.github.peelkit.scale.GradeScale inputScale = model.scale(2 + random.nextInt(3));
        io.github.peelkit.scale.GradeScale scale = random.nextBoolean() ? inputScale : model.scale(2 + random.nextInt(3));
        return generate.rules(inputScale, scale, generate.inputs(1 + random.nextInt(6)));
      };

  private static final Gen<GradingLaw> BROKEN =
      SourceDSL.integers().between(0, 2).map(i -> List.of(GradingLaw.TOTAL, GradingLaw.MONOTONE, GradingLaw.WELL_FORMED).get(i));

  @Test
  void lawfulRulesAreTotalAndMonotoneOverEveryCombinationAndEvaluateAsTheReferenceDoes() {
    qt().withExamples(300)
        .forAll(SMALL_RULES)
        .checkAssert(
            rules -> {
              Reference reference = Reference.of(rules);
              Reference.Laws laws = reference.laws();
              assertTrue(laws.total(), rules::toString);
              assertTrue(laws.monotone(), rules::toString);
              for (List<Grade> inputs : reference.all()) {
                Evaluation e = rules.evaluate(inputs);
                Reference.Result r = reference.evaluate(inputs).orElseThrow();
                assertEquals(r.grade(), e.grade());
                assertEquals(r.uncapped(), e.uncapped());
                assertEquals(r.decider() + 1, e.rule().orElseGet(() -> e.band().getAsInt()));
                assertEquals(r.lowered().stream().map(l -> l + 1).toList(), e.caps());
              }
              // Reachability as the reference finds it: the warnings name exactly what decides nothing.
              List<String> unreached = new ArrayList<>();
              for (int d = 0; d < laws.decided().length; d++) {
                if (!laws.decided()[d]) {
                  unreached.add((rules.method() instanceof Points ? "points.bands[" : "rules[") + d + "]");
                }
              }
              for (int l = 0; l < laws.lowered().length; l++) {
                if (!laws.lowered()[l]) {
                  unreached.add("limits[" + l + "]");
                }
              }
              assertEquals(unreached, rules.warnings().stream().map(v -> v.path()).toList());
            });
  }

  @Test
  void unlawfulRulesAreRefusedWithTheirLawAndACounterexampleThatShowsIt() {
    qt().withExamples(200)
        .forAll(GENERATORS, BROKEN)
        .checkAssert(
            (generate, law) -> {
              UnlawfulRules broken = generate.unlawful(law);
              List<GradingLawViolation> found = broken.check();
              Optional<GradingLawViolation> breach = found.stream().filter(v -> v.law() == law).findFirst();
              assertTrue(breach.isPresent(), () -> broken + " found " + found);
              Reference reference = new Reference(broken.inputScale(), broken.scale(), broken.inputs(), broken.method(), broken.limits());
              if (law == GradingLaw.TOTAL) {
                assertFalse(reference.laws().total());
                assertEquals(Optional.empty(), reference.evaluate(breach.get().counterexample().orElseThrow().inputs()));
              } else if (law == GradingLaw.MONOTONE) {
                assertFalse(reference.laws().monotone());
                Counterexample c = breach.get().counterexample().orElseThrow();
                int at = c.improvedInput().getAsInt();
                assertEquals(c.inputs().get(at).rank() - 1, c.improvedInputs().get(at).rank(), "one input one grade better");
                Grade before = reference.evaluate(c.inputs()).orElseThrow().grade();
                Grade after = reference.evaluate(c.improvedInputs()).orElseThrow().grade();
                assertEquals(before, c.result().orElseThrow());
                assertEquals(after, c.improvedResult().orElseThrow());
                assertTrue(after.isWorseThan(before));
              }
              InvariantException refused = assertThrows(InvariantException.class, () -> broken.builder("broken").build());
              assertEquals(ModelCode.GRADING_LAW_VIOLATED, refused.code());
              // The builder names the rules by their id where the check of parts says "the rules"; the breach is the same.
              io.github.peelkit.check.Violation expected = breach.get().violation();
              assertTrue(
                  refused.violations().stream()
                      .anyMatch(v -> v.rule() == expected.rule() && v.path().equals(expected.path()) && v.value().equals(expected.value())),
                  () -> refused.violations().toString());
            });
  }

  @Test
  void aFunctionIsLawfulExactlyWhenTheRulesItEvaluatesAre() {
    qt().withExamples(200)
        .forAll(GENERATORS, SMALL_RULES)
        .checkAssert(
            (generate, rules) -> {
              UnlawfulRules broken = generate.unlawful(GradingLaw.MONOTONE);
              Reference reference = new Reference(broken.inputScale(), broken.scale(), broken.inputs(), broken.method(), broken.limits());
              List<GradingLawViolation> found =
                  GradingLaws.check(
                      broken.inputScale(), broken.scale(), broken.inputs().size(), inputs -> reference.evaluate(inputs).map(Reference.Result::grade).orElse(null));
              assertTrue(found.stream().anyMatch(v -> v.law() == GradingLaw.MONOTONE), found::toString);
              assertEquals(List.of(), GradingLaws.check(rules.inputScale(), rules.scale(), rules.inputs().size(), inputs -> rules.evaluate(inputs).grade()));
            });
  }
}
