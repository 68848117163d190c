package io.github.peelkit.examples.bench;

import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.interval.IntervalMethod;
import java.util.SplittableRandom;
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
 * (c) One confidence interval by each of the six methods: {@link ConfidenceInterval#of(long, long,
 * double, IntervalMethod)} over 1,024 samples drawn once (size 1 to 2,000, any number of successes,
 * level 0.9, 0.95 or 0.99), taken in turn, so that the compiler can fold nothing.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(2)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
public class IntervalBenchmark {
  private static final int SAMPLES = 1024;
  private static final double[] LEVELS = {0.9, 0.95, 0.99};

  /** The method, by its id. */
  @Param({"wald", "wilson", "wilson-cc", "agresti-coull", "clopper-pearson", "jeffreys"})
  public String method;

  private IntervalMethod intervalMethod;
  private final long[] successes = new long[SAMPLES];
  private final long[] sizes = new long[SAMPLES];
  private final double[] levels = new double[SAMPLES];
  private int next;

  /** Draws the samples. */
  @Setup
  public void setUp() {
    intervalMethod = IntervalMethod.parse(method);
    SplittableRandom random = new SplittableRandom(Corpus.SEED);
    for (int i = 0; i < SAMPLES; i++) {
      sizes[i] = random.nextLong(1, 2_001);
      successes[i] = random.nextLong(sizes[i] + 1);
      levels[i] = LEVELS[random.nextInt(LEVELS.length)];
    }
  }

  /** {@return the interval of the next sample} */
  @Benchmark
  public ConfidenceInterval of() {
    int i = next++ & (SAMPLES - 1);
    return ConfidenceInterval.of(successes[i], sizes[i], levels[i], intervalMethod);
  }
}
