package io.github.peelkit.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.interval.Samples.Sample;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class IntervalProperties {
  @Test
  void boundsLieInTheUnitIntervalInOrder() {
    qt().forAll(Samples.samples())
        .checkAssert(
            sample -> {
              ConfidenceInterval interval = sample.interval();
              assertTrue(
                  0 <= interval.lower() && interval.lower() <= interval.upper() && interval.upper() <= 1,
                  interval::toString);
              assertTrue(interval.margin() >= 0 && interval.halfWidth() >= 0, interval::toString);
            });
  }

  @Test
  void estimateLiesWithinTheBoundsOfEveryMethodButJeffreys() {
    Gen<IntervalMethod> methods =
        arbitrary().pick(IntervalMethod.WALD, IntervalMethod.WILSON, IntervalMethod.WILSON_CC, IntervalMethod.AGRESTI_COULL, IntervalMethod.CLOPPER_PEARSON);
    qt().forAll(Samples.samples(Samples.levels(), methods))
        .checkAssert(sample -> assertTrue(sample.interval().contains(sample.estimate()), sample.interval()::toString));
  }

  @Test
  void jeffreysContainsTheEstimateAtLevelsFromFifteenPercent() {
    Gen<Double> levels = doubles().between(0.15, Math.nextDown(1.0)).mix(arbitrary().pick(0.15, 0.9, 0.95, 0.99), 30);
    qt().forAll(Samples.samples(levels, arbitrary().constant(IntervalMethod.JEFFREYS)))
        .checkAssert(sample -> assertTrue(sample.interval().contains(sample.estimate()), sample.interval()::toString));
  }

  @Test
  void aNinetyNinePercentIntervalContainsTheNinetyFivePercentOne() {
    qt().forAll(Samples.samples(arbitrary().constant(0.95), arbitrary().enumValues(IntervalMethod.class)))
        .checkAssert(
            sample -> {
              ConfidenceInterval narrow = sample.interval();
              ConfidenceInterval wide = narrow.withLevel(0.99);
              assertTrue(wide.lower() <= narrow.lower() && narrow.upper() <= wide.upper(), () -> wide + " vs " + narrow);
            });
  }

  @Test
  void aHigherLevelNeverGivesANarrowerInterval() {
    qt().forAll(Samples.samples(), doubles().between(0, 1))
        .checkAssert(
            (sample, share) -> {
              ConfidenceInterval interval = sample.interval();
              double higher = sample.level() + share * (1 - sample.level());
              if (higher >= 1 || higher <= sample.level()) {
                return;
              }
              if (sample.method() == IntervalMethod.JEFFREYS
                  && sample.population().isPresent()
                  && sample.level() < IntervalMath.JEFFREYS_CONTAINS_ESTIMATE) {
                return; // documented: the correction's anchor moves with the level there
              }
              ConfidenceInterval wide = interval.withLevel(higher);
              // Levels a few ulps apart give quantiles that differ by floating-point noise alone.
              double noise = 1e-12;
              assertTrue(
                  wide.lower() <= interval.lower() + noise && interval.upper() <= wide.upper() + noise,
                  () -> wide + " vs " + interval);
            });
  }

  @Test
  void successesAndFailuresMirrorEachOther() {
    qt().forAll(Samples.samples())
        .checkAssert(
            sample -> {
              ConfidenceInterval interval = sample.interval();
              Sample failures = new Sample(sample.size() - sample.successes(), sample.size(), sample.population(), sample.level(), sample.method());
              ConfidenceInterval mirror = failures.interval();
              // Beta quantiles of hundreds of millions of trials carry noise of about 1e-12.
              assertEquals(1 - mirror.upper(), interval.lower(), 1e-10, () -> interval + " vs " + mirror);
              assertEquals(1 - mirror.lower(), interval.upper(), 1e-10, () -> interval + " vs " + mirror);
              assertEquals(mirror.margin(), interval.margin(), 1e-10);
            });
  }

  @Test
  void populationCorrectionNeverWidensAnInterval() {
    qt().forAll(Samples.samples(), longs().between(0, 5).mix(longs().between(0, Long.MAX_VALUE / 2), 50))
        .checkAssert(
            (sample, more) -> {
              ConfidenceInterval plain = sample.withoutPopulation();
              ConfidenceInterval corrected = ConfidenceInterval.of(sample.successes(), sample.size(), sample.size() + more, sample.level(), sample.method());
              assertTrue(plain.lower() <= corrected.lower() && corrected.upper() <= plain.upper(), () -> corrected + " vs " + plain);
              assertTrue(corrected.margin() <= plain.margin(), () -> corrected + " vs " + plain);
            });
  }

  @Test
  void populationCorrectionScalesTheHalfWidthOrMarginByItsFactor() {
    qt().forAll(Samples.samples(), longs().between(0, 5).mix(longs().between(0, 1_000_000_000L), 50))
        .checkAssert(
            (sample, more) -> {
              long population = sample.size() + more;
              ConfidenceInterval plain = sample.withoutPopulation();
              ConfidenceInterval corrected = ConfidenceInterval.of(sample.successes(), sample.size(), population, sample.level(), sample.method());
              double factor = IntervalMath.populationCorrection(population, sample.size());
              if (sample.method() == IntervalMethod.WALD) {
                assertEquals(plain.margin() * factor, corrected.margin(), 1e-15);
              } else {
                assertEquals(plain.halfWidth() * factor, corrected.halfWidth(), 1e-12);
              }
            });
  }

  @Test
  void everyInvalidArgumentIsRefusedAsImpossibleEvidence() {
    Gen<double[]> invalidLevels =
        arbitrary()
            .pick(0.0, 1.0, -0.0, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 95.0, -1e-300, Math.nextUp(1.0))
            .mix(doubles().between(1, Double.MAX_VALUE), 30)
            .mix(doubles().between(-Double.MAX_VALUE, 0), 20)
            .map(level -> new double[] {level});
    qt().forAll(Samples.samples(), integers().between(0, 4), longs().between(1, Long.MAX_VALUE), invalidLevels)
        .checkAssert(
            (sample, kind, amount, level) -> {
              long k = sample.successes();
              long n = sample.size();
              String attribute;
              Runnable build;
              switch (kind) {
                case 0:
                  attribute = "size";
                  build = () -> ConfidenceInterval.of(0, -amount + 1, sample.level(), sample.method());
                  break;
                case 1:
                  attribute = "successes";
                  build = () -> ConfidenceInterval.of(-amount, n, sample.level(), sample.method());
                  break;
                case 2:
                  attribute = "successes";
                  build = () -> ConfidenceInterval.of(n + Math.min(amount, Long.MAX_VALUE - n), n, sample.level(), sample.method());
                  break;
                case 3:
                  attribute = "population";
                  build = () -> ConfidenceInterval.of(k, n, n - amount, sample.level(), sample.method());
                  break;
                default:
                  attribute = "level";
                  build = () -> ConfidenceInterval.of(k, n, level[0], sample.method());
                  break;
              }
              if (kind == 2 && n == Long.MAX_VALUE) {
                return;
              }
              InvariantException e = assertThrows(InvariantException.class, build::run);
              assertEquals(ModelCode.IMPOSSIBLE_EVIDENCE, e.code());
              assertEquals(attribute, e.attribute(), e::getMessage);
              assertTrue(e.getMessage().startsWith(e.invariant() + ": " + attribute + " "), e::getMessage);
            });
  }

  @Test
  void nullMethodIsRefused() {
    assertThrows(NullPointerException.class, () -> ConfidenceInterval.of(1, 2, 0.95, null));
    assertEquals(OptionalLong.empty(), ConfidenceInterval.of(1, 2, 0.95, IntervalMethod.WALD).population());
  }
}
