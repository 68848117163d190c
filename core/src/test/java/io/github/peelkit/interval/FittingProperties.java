package io.github.peelkit.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peelkit.interval.Samples.Sample;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The properties the search for fitting sizes rests on (see {@code Fitting}), and the search
 * itself held to a brute-force one.
 */
class FittingProperties {
  /** Floating-point noise allowed in half-widths of neighbouring samples: what the search allows. */
  private static final double NOISE = Fitting.SLACK;

  private static ConfidenceInterval interval(Sample sample, long k, long n) {
    return new Sample(k, n, sample.population(), sample.level(), sample.method()).interval();
  }

  @Test
  void halfWidthRisesTowardsTheMiddle() {
    qt().forAll(Samples.samples())
        .checkAssert(
            sample -> {
              long n = sample.size();
              long k = Math.min(sample.successes(), n - sample.successes());
              boolean jeffreysAtZero = sample.method() == IntervalMethod.JEFFREYS && k == 0;
              if (k + 1 > n / 2 || jeffreysAtZero) {
                return;
              }
              ConfidenceInterval here = interval(sample, k, n);
              ConfidenceInterval next = interval(sample, k + 1, n);
              assertTrue(next.halfWidth() >= here.halfWidth() - NOISE, () -> here + " then " + next);
              assertTrue(next.margin() >= here.margin() - NOISE, () -> here + " then " + next);
            });
  }

  @Test
  void halfWidthFallsAsTheSizeGrows() {
    qt().forAll(Samples.samples())
        .checkAssert(
            sample -> {
              long n = sample.size();
              long k = Math.min(sample.successes(), n - sample.successes());
              if (n == Long.MAX_VALUE || sample.population().isPresent() && sample.population().getAsLong() == n) {
                return;
              }
              ConfidenceInterval here = interval(sample, k, n);
              ConfidenceInterval larger = interval(sample, k, n + 1);
              assertTrue(larger.halfWidth() <= here.halfWidth() + NOISE, () -> here + " then " + larger);
              assertTrue(larger.margin() <= here.margin() + NOISE, () -> here + " then " + larger);
            });
  }

  @Test
  void peakHalfWidthFallsAsTheSizeGrowsFromTwo() {
    qt().forAll(Samples.samples())
        .checkAssert(
            sample -> {
              long n = sample.size();
              if (n < 2 || sample.population().isPresent() && sample.population().getAsLong() == n) {
                return;
              }
              ConfidenceInterval peak = interval(sample, n / 2, n);
              ConfidenceInterval next = interval(sample, (n + 1) / 2, n + 1);
              if (sample.method() == IntervalMethod.WALD) {
                double correction = sample.population().isPresent() ? IntervalMath.populationCorrection(sample.population().getAsLong(), n) : 1;
                double bound = IntervalMath.z(sample.level()) * correction / (2 * Math.sqrt(n));
                assertTrue(peak.margin() <= bound + NOISE && peak.halfWidth() <= bound + NOISE, peak::toString);
              } else {
                assertTrue(next.halfWidth() <= peak.halfWidth() + NOISE, () -> peak + " then " + next);
              }
            });
  }

  /** Figures rounded from a random small sample, sometimes nudged by one unit so that fewer fit. */
  private static Gen<Object[]> publishedSmallSamples(Gen<IntervalMethod> methods, int maxSize) {
    Gen<Sample> samples =
        longs().between(1, maxSize)
            .zip(
                doubles().between(0, 1),
                arbitrary().pick(0.9, 0.95, 0.99).mix(doubles().between(0.05, 0.999), 30),
                methods,
                (n, fraction, level, method) -> new Sample(Math.round(fraction * n), n, OptionalLong.empty(), level, method));
    return samples.zip(
        integers().between(2, 4),
        integers().between(2, 4),
        integers().between(-1, 1),
        longs().between(0, 3 * maxSize).mix(arbitrary().constant(-1L), 60),
        (sample, estimateScale, marginScale, nudge, extra) -> {
          OptionalLong population = extra < 0 ? OptionalLong.empty() : OptionalLong.of(sample.size() + extra);
          Sample drawn = new Sample(sample.successes(), sample.size(), population, sample.level(), sample.method());
          ConfidenceInterval interval = drawn.interval();
          BigDecimal estimate = BigDecimal.valueOf(interval.estimate()).setScale(estimateScale, RoundingMode.HALF_UP);
          BigDecimal margin =
              BigDecimal.valueOf(interval.margin())
                  .setScale(marginScale, RoundingMode.HALF_UP)
                  .add(BigDecimal.ONE.movePointLeft(marginScale).multiply(BigDecimal.valueOf(nudge)))
                  .max(BigDecimal.ZERO);
          return new Object[] {PublishedFigures.of(estimate, margin), drawn};
        });
  }

  private static List<Long> bruteForceSizes(PublishedFigures figures, Sample drawn, long maxSize) {
    long limit = drawn.population().isPresent() ? Math.min(maxSize, drawn.population().getAsLong()) : maxSize;
    List<Long> sizes = new ArrayList<>();
    for (long n = 1; n <= limit; n++) {
      if (!bruteForceSuccesses(figures, drawn, n).isEmpty()) {
        sizes.add(n);
      }
    }
    return sizes;
  }

  private static List<Long> bruteForceSuccesses(PublishedFigures figures, Sample drawn, long n) {
    List<Long> successes = new ArrayList<>();
    for (long k = 0; k <= n; k++) {
      if (figures.check(interval(drawn, k, n)).isConsistent()) {
        successes.add(k);
      }
    }
    return successes;
  }

  private static List<Long> fittingSizes(PublishedFigures figures, Sample drawn, long maxSize) {
    return drawn.population().isPresent()
        ? figures.fittingSizes(drawn.population().getAsLong(), drawn.level(), drawn.method(), maxSize)
        : figures.fittingSizes(drawn.level(), drawn.method(), maxSize);
  }

  @Test
  void fittingSizesAreExactlyThoseABruteForceSearchFinds() {
    qt().withExamples(150).withShrinkCycles(10)
        .forAll(publishedSmallSamples(arbitrary().enumValues(IntervalMethod.class), 60))
        .checkAssert(
            pair -> {
              PublishedFigures figures = (PublishedFigures) pair[0];
              Sample drawn = (Sample) pair[1];
              List<Long> sizes = fittingSizes(figures, drawn, 60);
              assertEquals(bruteForceSizes(figures, drawn, 60), sizes, () -> figures + " " + drawn);
              assertTrue(sizes.contains(drawn.size()) || !figures.check(drawn.interval()).isConsistent());
            });
  }

  @Test
  void fittingSizesOfClosedFormMethodsMatchBruteForceOverLargerSizes() {
    Gen<IntervalMethod> closedForm =
        arbitrary().pick(IntervalMethod.WALD, IntervalMethod.WILSON, IntervalMethod.WILSON_CC, IntervalMethod.AGRESTI_COULL);
    qt().withExamples(60).withShrinkCycles(10)
        .forAll(publishedSmallSamples(closedForm, 400))
        .checkAssert(
            pair -> {
              PublishedFigures figures = (PublishedFigures) pair[0];
              Sample drawn = (Sample) pair[1];
              assertEquals(bruteForceSizes(figures, drawn, 400), fittingSizes(figures, drawn, 400), () -> figures + " " + drawn);
            });
  }

  @Test
  void fittingSuccessesAreExactlyThoseABruteForceSearchFinds() {
    qt().withExamples(100).withShrinkCycles(10)
        .forAll(publishedSmallSamples(arbitrary().enumValues(IntervalMethod.class), 3000))
        .checkAssert(
            pair -> {
              PublishedFigures figures = (PublishedFigures) pair[0];
              Sample drawn = (Sample) pair[1];
              long n = drawn.size();
              List<Long> found =
                  drawn.population().isPresent()
                      ? figures.fittingSuccesses(n, drawn.population().getAsLong(), drawn.level(), drawn.method())
                      : figures.fittingSuccesses(n, drawn.level(), drawn.method());
              assertEquals(bruteForceSuccesses(figures, drawn, n), found, () -> figures + " " + drawn);
            });
  }
}
