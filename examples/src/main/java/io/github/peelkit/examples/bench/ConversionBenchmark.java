package io.github.peelkit.examples.bench;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.ModelGenerator;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.yaml.Catalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (d) Converting 10,000 judgments from the PEEL 2014 scale to the 2021 one with {@link
 * GradeMappings#PEEL_2014_TO_PEEL_2021} under {@link Policy#BEST}, as a user compares rounds. The
 * judgments are those of 2,500 assessments against the built-in {@code peel-2016} framework
 * (effectiveness, efficiency and legitimacy graded, leadership not: 7,500 graded), shaped as the
 * corpus's (seven findings and four pieces of evidence each). Times are per judgment.
 *
 * <ul>
 *   <li>{@link #judgments}: each judgment converted on its own with {@link
 *       Judgment#convert(GradeMapping, Policy)}: the graded ones get their grade and conversion
 *       record, the ungraded ones are kept.
 *   <li>{@link #assessments}: the 2,500 assessments converted whole with {@link
 *       Assessment#convert(GradeMapping, Policy)}, which builds each assessment anew and so checks
 *       its ids and links again.
 *   <li>Two floors: {@link #rebuilds}, each assessment built again unchanged (what holding every
 *       assessment valid costs), and {@link #grades}, only the look-up {@link GradeMapping#convert(Grade)}
 *       and the policy's pick per graded judgment.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ConversionBenchmark {
  /** Judgments per batch. */
  static final int JUDGMENTS = 10_000;

  /** Graded judgments per batch: three of every four. */
  static final int GRADED = 7_500;

  private static final GradeMapping MAPPING = GradeMappings.PEEL_2014_TO_PEEL_2021;

  private List<Assessment> batch;
  private Judgment[] judgments;
  private Grade[] grades;

  /** Generates the batch. */
  @Setup
  public void setUp() {
    batch = batch(Corpus.SEED, JUDGMENTS);
    judgments = batch.stream().flatMap(a -> a.judgments().stream()).toArray(Judgment[]::new);
    List<Grade> graded = new ArrayList<>();
    batch.forEach(a -> a.judgments().forEach(j -> j.grade().ifPresent(graded::add)));
    grades = graded.toArray(Grade[]::new);
    if (grades.length != GRADED) {
      throw new IllegalStateException(grades.length + " graded judgments, not " + GRADED);
    }
  }

  /**
   * Assessments against {@code peel-2016} holding a number of judgments in all.
   *
   * @param seed the seed
   * @param judgments the judgments in all, a multiple of four
   * @return the assessments
   */
  static List<Assessment> batch(long seed, int judgments) {
    Framework framework = Catalog.builtIn().frameworks().get("peel-2016");
    ModelGenerator generate = ModelGenerator.of(seed);
    List<Assessment> batch = new ArrayList<>();
    int count = 0;
    while (count < judgments) {
      Assessment assessment = generate.assessment(framework, Corpus.SHAPE);
      batch.add(assessment);
      count += assessment.judgments().size();
    }
    if (count != judgments) {
      throw new IllegalArgumentException(judgments + " judgments are not a whole number of assessments");
    }
    return batch;
  }

  /** Converts each judgment of the batch on its own: 10,000 judgments. */
  @Benchmark
  @OperationsPerInvocation(JUDGMENTS)
  public void judgments(Blackhole bh) {
    for (Judgment judgment : judgments) {
      bh.consume(judgment.convert(MAPPING, Policy.BEST));
    }
  }

  /** Converts the batch's assessments whole: 10,000 judgments. */
  @Benchmark
  @OperationsPerInvocation(JUDGMENTS)
  public void assessments(Blackhole bh) {
    for (Assessment assessment : batch) {
      bh.consume(assessment.convert(MAPPING, Policy.BEST));
    }
  }

  /** Builds every assessment of the batch again, unchanged: 10,000 judgments. */
  @Benchmark
  @OperationsPerInvocation(JUDGMENTS)
  public void rebuilds(Blackhole bh) {
    for (Assessment assessment : batch) {
      bh.consume(Assessment.builder().from(assessment).build());
    }
  }

  /** Converts the batch's grades only: 7,500 look-ups and picks. */
  @Benchmark
  @OperationsPerInvocation(GRADED)
  public void grades(Blackhole bh) {
    for (Grade grade : grades) {
      bh.consume(MAPPING.convert(grade).toGrade(Policy.BEST));
    }
  }

  /**
   * {@return the judgments of a batch}
   *
   * @param batch the assessments
   */
  static int judgments(List<Assessment> batch) {
    return batch.stream().mapToInt(a -> a.judgments().size()).sum();
  }

  /**
   * {@return whether every graded judgment of a converted assessment has a conversion}
   *
   * @param converted the converted assessment
   */
  static boolean converted(Assessment converted) {
    return converted.judgments().stream().filter(Judgment::isGraded).allMatch(j -> j.conversion().isPresent());
  }
}
