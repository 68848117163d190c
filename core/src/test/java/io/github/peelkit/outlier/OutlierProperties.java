package io.github.peelkit.outlier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OutlierProperties {
  /** Peer sets of 3 to 200 subjects: normal, lognormal, with zeros, with ties; never constant. */
  private static Gen<Map<String, Double>> peers() {
    return longs().all().zip(integers().between(3, 200), integers().between(0, 3), OutlierProperties::peers);
  }

  private static Map<String, Double> peers(long seed, int n, int shape) {
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, Double> values = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      double z = random.nextGaussian();
      double value = switch (shape) {
        case 0 -> 50 + 10 * z;
        case 1 -> Math.exp(z);
        case 2 -> Math.max(0, Math.rint(3 + 2 * z));
        default -> Math.rint(10 * Math.exp(z)) / 10;
      };
      values.put("subject-" + i, value);
    }
    values.put("subject-0", values.get("subject-" + (n - 1)) + 1);
    return values;
  }

  private static Gen<OutlierOptions> options() {
    return arbitrary().enumValues(LogRule.class).zip(
        arbitrary().enumValues(StandardDeviation.class),
        arbitrary().pick(0.05, 0.01, 0.1),
        arbitrary().pick(1.0, 1.5, 2.0, 0.5),
        (rule, sd, alpha, k) -> OutlierOptions.of(alpha, rule, sd, k));
  }

  @Test
  void zScoresAreFiniteCentredAndFlaggedByK() {
    qt().forAll(peers(), options())
        .checkAssert(
            (values, options) -> {
              OutlierAnalysis a = OutlierAnalysis.of(values, options);
              double sum = 0;
              double squares = 0;
              for (Standing s : a.standings()) {
                assertTrue(Double.isFinite(s.z()), s::toString);
                sum += s.z();
                squares += s.z() * s.z();
                Flag expected = s.z() > options.threshold() ? Flag.WELL_ABOVE : s.z() < -options.threshold() ? Flag.WELL_BELOW : Flag.WITHIN;
                assertEquals(expected, s.flag(), s::toString);
              }
              int n = a.size();
              assertEquals(0, sum / n, 1e-9);
              double divisor = options.standardDeviation() == StandardDeviation.SAMPLE ? n - 1 : n;
              assertEquals(1, squares / divisor, 1e-9);
              assertEquals(n, a.count(Flag.WELL_ABOVE) + a.count(Flag.WELL_BELOW) + a.count(Flag.WITHIN));
            });
  }

  @Test
  void theBandHoldsTheValuesWithinAndNotTheOthers() {
    qt().forAll(peers(), options())
        .checkAssert(
            (values, options) -> {
              OutlierAnalysis a = OutlierAnalysis.of(values, options);
              Band band = a.band();
              assertTrue(band.lower() < band.centre() && band.centre() < band.upper(), band::toString);
              for (Standing s : a.standings()) {
                // Away from the bounds by more than rounding, the band and the flag agree.
                double margin = 1e-9 * Math.max(1, Math.abs(s.value()));
                if (Math.abs(s.value() - band.lower()) > margin && Math.abs(s.value() - band.upper()) > margin) {
                  assertEquals(s.flag() == Flag.WITHIN, band.contains(s.value()), () -> s + " " + band);
                }
              }
            });
  }

  @Test
  void theLogsAreTestedOnlyWhenTheValuesFailAndAreAllPositive() {
    qt().forAll(peers(), options())
        .checkAssert(
            (values, options) -> {
              OutlierAnalysis a = OutlierAnalysis.of(values, options);
              boolean fail = a.rawTest().pValue() < options.alpha();
              boolean positive = values.values().stream().allMatch(v -> v > 0);
              assertEquals(fail && positive, a.logTest().isPresent(), a::toString);
              assertEquals(a.logTest().isPresent(), a.scaleReason().logsTested());
            });
  }

  @Test
  void scalingEveryValueByAPositiveFactorChangesNoZScoreOrFlag() {
    qt().forAll(peers(), options(), doubles().between(1e-3, 1e3))
        .checkAssert(
            (values, options, factor) -> {
              Map<String, Double> scaled = new LinkedHashMap<>();
              values.forEach((s, v) -> scaled.put(s, v * factor));
              OutlierAnalysis a = OutlierAnalysis.of(values, options);
              OutlierAnalysis b = OutlierAnalysis.of(scaled, options);
              // A p-value that sits within rounding of α could switch the scale: skip those.
              if (Math.abs(a.rawTest().pValue() - options.alpha()) < 1e-9
                  || a.logTest().map(t -> Math.abs(t.pValue() - options.alpha()) < 1e-9 || Math.abs(t.pValue() - a.rawTest().pValue()) < 1e-9).orElse(false)) {
                return;
              }
              assertEquals(a.scaleReason(), b.scaleReason());
              for (int i = 0; i < a.size(); i++) {
                Standing x = a.standings().get(i);
                Standing y = b.standings().get(i);
                assertEquals(x.z(), y.z(), 1e-9);
                if (Math.abs(Math.abs(x.z()) - options.threshold()) > 1e-9) {
                  assertEquals(x.flag(), y.flag());
                }
              }
              assertEquals(a.band().upper() * factor, b.band().upper(), 1e-9 * Math.abs(b.band().upper()));
            });
  }

  @Test
  void theOrderOfTheSubjectsChangesNothingButTheOrderOfTheStandings() {
    qt().forAll(peers(), longs().all())
        .checkAssert(
            (values, seed) -> {
              List<String> subjects = new ArrayList<>(values.keySet());
              Collections.shuffle(subjects, new java.util.Random(seed));
              Map<String, Double> shuffled = new LinkedHashMap<>();
              subjects.forEach(s -> shuffled.put(s, values.get(s)));
              OutlierAnalysis a = OutlierAnalysis.of(values);
              OutlierAnalysis b = OutlierAnalysis.of(shuffled);
              assertEquals(a.rawTest(), b.rawTest());
              assertEquals(a.scaleReason(), b.scaleReason());
              assertEquals(subjects, b.standings().stream().map(Standing::subject).toList());
              for (Standing s : a.standings()) {
                Standing t = b.findStanding(s.subject()).orElseThrow();
                // The sums run in another order: equal to rounding.
                assertEquals(s.z(), t.z(), 1e-9);
              }
            });
  }
}
