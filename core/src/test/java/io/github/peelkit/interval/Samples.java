package io.github.peelkit.interval;

import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.OptionalLong;
import org.quicktheories.core.Gen;

/** Generators of valid samples for the property tests: small, ordinary and huge, at every level. */
final class Samples {
  private Samples() {}

  /** A valid sample with its level and method, and a population in about half of them. */
  record Sample(long successes, long size, OptionalLong population, double level, IntervalMethod method) {
    ConfidenceInterval interval() {
      return population.isPresent()
          ? ConfidenceInterval.of(successes, size, population.getAsLong(), level, method)
          : ConfidenceInterval.of(successes, size, level, method);
    }

    ConfidenceInterval withoutPopulation() {
      return ConfidenceInterval.of(successes, size, level, method);
    }

    double estimate() {
      return (double) successes / size;
    }
  }

  /** {@return sizes from 1 up to beyond the range of an int, most of them small} */
  static Gen<Long> sizes() {
    return longs().between(1, 60).mix(longs().between(1, 200_000), 40).mix(longs().between(1, 5_000_000_000L), 15);
  }

  /** {@return levels strictly inside (0, 1): the usual ones, extreme ones, and any between} */
  static Gen<Double> levels() {
    return arbitrary()
        .pick(0.5, 0.8, 0.9, 0.95, 0.99, 0.999, 1e-9, 1 - 1e-12, Double.MIN_VALUE, Math.nextDown(1.0))
        .mix(doubles().between(1e-6, 1 - 1e-6), 50);
  }

  /** {@return samples with every method} */
  static Gen<Sample> samples() {
    return samples(levels(), arbitrary().enumValues(IntervalMethod.class));
  }

  /** {@return samples at the given levels by the given methods} */
  static Gen<Sample> samples(Gen<Double> levels, Gen<IntervalMethod> methods) {
    Gen<long[]> counts =
        sizes()
            .zip(
                integers().between(0, 9),
                doubles().between(0, 1),
                (n, pick, fraction) -> {
                  long k = pick == 0 ? 0 : pick == 1 ? n : Math.min(n, Math.round(fraction * n));
                  return new long[] {k, n};
                });
    Gen<Long> extra = longs().between(0, 3).mix(longs().between(0, 1_000_000_000_000L), 50);
    return counts.zip(
        integers().between(0, 1),
        extra,
        levels,
        methods,
        (kn, withPopulation, more, level, method) ->
            new Sample(
                kn[0],
                kn[1],
                withPopulation == 1 ? OptionalLong.of(kn[1] + more) : OptionalLong.empty(),
                level,
                method));
  }
}
