package io.github.peelkit.examples.bench;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.compare.PeerDistributions;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.AssessmentShape;
import io.github.peelkit.testkit.ModelGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (e) Comparing assessments: 43 forces × 12 rounds of PEEL 2021/22 assessments against the built-in
 * {@code peel-2021-22} framework (516 assessments, every one of the twelve areas judged, made by the
 * kit's generator from the corpus's seed). Times are per call.
 *
 * <ul>
 *   <li>{@link #tableOfARound}: the grade table of one round, 43 subjects × 12 areas, with the
 *       distribution of every area.
 *   <li>{@link #tableOfAllRounds}: the same table from all 516 assessments: each subject's latest
 *       of its 12 shown, the other 473 superseded.
 *   <li>{@link #series}: the time series of every subject, 43 × 11 directions of travel of 12 areas
 *       each (5,676 areas compared, on one scale).
 *   <li>{@link #peerCheckOfARound}: the check of PK020 the reader runs on a load, over a round of 43
 *       (the whole population of the distributions of population 43 the generator gives about half
 *       the graded judgments, and often disagreeing).
 *   <li>A floor, {@link #judgments}: reading the grade of every judgment of the 516 once, what any
 *       table or series must do.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class CompareBenchmark {
  /** Rounds per force. */
  static final int ROUNDS = 12;

  private static final MappingChoice MAPPINGS = MappingChoice.identity();

  private Framework framework;
  private List<Assessment> all;
  private List<Assessment> lastRound;

  /** Generates the rounds. */
  @Setup
  public void setUp() {
    framework = Corpus.framework();
    all = rounds(Corpus.SEED, Corpus.FORCES, ROUNDS);
    lastRound = all.subList(all.size() - Corpus.FORCES, all.size());
  }

  /**
   * Assessments of forces over rounds, every area judged, without findings or evidence (a comparison
   * reads grades only), round by round: force-01 to force-NN of round 1, then of round 2, ...
   *
   * @param seed the seed
   * @param forces the number of forces
   * @param rounds the number of rounds
   * @return the assessments
   */
  static List<Assessment> rounds(long seed, int forces, int rounds) {
    Framework framework = Corpus.framework();
    ModelGenerator generate = ModelGenerator.of(seed);
    AssessmentShape shape = AssessmentShape.builder().judgeEveryArea(true).findingsPerJudgment(0).evidencePerJudgment(0).overallFindings(0).build();
    List<Assessment> assessments = new ArrayList<>();
    for (int r = 1; r <= rounds; r++) {
      for (int f = 1; f <= forces; f++) {
        String force = String.format("force-%02d", f);
        assessments.add(Assessment.builder()
            .from(generate.assessment(framework, shape))
            .id(force + "-round-" + r)
            .subject(Subject.of(force, "Force " + f))
            .published(LocalDate.of(2020 + r, 10, 14))
            .build());
      }
    }
    return List.copyOf(assessments);
  }

  /** The table of the last round: 43 × 12. */
  @Benchmark
  public GradeTable tableOfARound() {
    return GradeTable.of(framework, lastRound);
  }

  /** The table of all rounds: 43 × 12 from 516 assessments. */
  @Benchmark
  public GradeTable tableOfAllRounds() {
    return GradeTable.of(framework, all);
  }

  /** Every force's series: 473 directions of travel. */
  @Benchmark
  public List<TimeSeries> series() {
    return TimeSeries.bySubject(all, MAPPINGS);
  }

  /** PK020 over a round of 43. */
  @Benchmark
  public Object peerCheckOfARound() {
    return PeerDistributions.warnings(lastRound);
  }

  /** The floor: every grade of the 516 assessments read once. */
  @Benchmark
  public void judgments(Blackhole bh) {
    for (Assessment assessment : all) {
      for (Judgment judgment : assessment.judgments()) {
        bh.consume(judgment.grade());
      }
    }
  }
}
