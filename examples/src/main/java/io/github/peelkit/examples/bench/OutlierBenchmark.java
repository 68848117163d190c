package io.github.peelkit.examples.bench;

import io.github.peelkit.testkit.PeerGenerator;
import io.github.peelkit.normality.ShapiroWilk;
import io.github.peelkit.outlier.OutlierAnalysis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The Shapiro–Wilk test and the outlier analysis of one measure, for 43 subjects (the forces of
 * England and Wales) and 5000 (the most the test takes): {@link ShapiroWilk#of(double...)} and
 * {@link OutlierAnalysis#of(Map)} over 16 peer sets drawn once from a fixed seed by {@link
 * PeerGenerator} (lognormal rates rounded to nine decimals, so the values fail the test and the
 * analysis tests their logs too: the longer path), taken in turn so that the compiler can fold
 * nothing. The floor, {@code sortFloor}, copies and sorts the same values, which any test on order
 * statistics must do; on a machine as loaded as the one these figures come from, the ratio to it is
 * steadier than either figure.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class OutlierBenchmark {
  /** Peer sets taken in turn. */
  static final int SETS = 16;

  /** The number of subjects. */
  @Param({"43", "5000"})
  public int subjects;

  private final List<double[]> values = new ArrayList<>();
  private final List<Map<String, Double>> peers = new ArrayList<>();
  private int next;

  /** Draws the peer sets. */
  @Setup
  public void setUp() {
    values.clear();
    peers.clear();
    sets(Corpus.SEED, subjects).forEach(set -> {
      peers.add(set);
      values.add(set.values().stream().mapToDouble(Double::doubleValue).toArray());
    });
  }

  /** {@return the peer sets the benchmark takes in turn: lognormal rates with a median of 0.003} */
  static List<Map<String, Double>> sets(long seed, int subjects) {
    PeerGenerator generate = PeerGenerator.of(seed);
    List<Map<String, Double>> sets = new ArrayList<>();
    for (int i = 0; i < SETS; i++) {
      Map<String, Double> set = new LinkedHashMap<>();
      for (Map.Entry<String, BigDecimal> e : generate.logNormal(subjects, 0.003, 0.9, 9).entrySet()) {
        set.put(e.getKey(), e.getValue().doubleValue());
      }
      sets.add(set);
    }
    return sets;
  }

  /** {@return the Shapiro–Wilk test of the next set's values} */
  @Benchmark
  public ShapiroWilk shapiroWilk() {
    return ShapiroWilk.of(values.get(next++ & (SETS - 1)));
  }

  /** {@return the next set's values, copied and sorted: the floor of a test on order statistics} */
  @Benchmark
  public double[] sortFloor() {
    double[] sorted = values.get(next++ & (SETS - 1)).clone();
    Arrays.sort(sorted);
    return sorted;
  }

  /** {@return the outlier analysis of the next set, with the default options} */
  @Benchmark
  public OutlierAnalysis outlierAnalysis() {
    return OutlierAnalysis.of(peers.get(next++ & (SETS - 1)));
  }
}
