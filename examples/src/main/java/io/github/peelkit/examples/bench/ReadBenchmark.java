package io.github.peelkit.examples.bench;

import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.nio.file.Path;
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

/**
 * (a) Reading and validating the corpus (43 forces × 4 rounds, about 7 MB in 172 files) with the
 * standard {@link YamlReader}, against the floor: the same files parsed by the same YAML parser into
 * Jackson's trees and walked ({@link JacksonParseOnly}), in the same JVM.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 2, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 6, time = 3)
@Measurement(iterations = 6, time = 3)
public class ReadBenchmark {
  private Path corpus;

  /** Writes the corpus and checks that it reads without any problem. */
  @Setup
  public void setUp() {
    corpus = BenchFolder.corpus();
    Checks.clean(YamlReader.standard().read(corpus), Corpus.FORCES * Corpus.ROUNDS);
  }

  /** {@return the corpus read and validated by the standard reader, as {@code peel validate} reads it} */
  @Benchmark
  public LoadResult yamlReader() {
    return YamlReader.standard().read(corpus);
  }

  /** {@return the floor: the files listed, read, parsed into Jackson's trees and walked} */
  @Benchmark
  public long jacksonTree() {
    long visited = 0;
    for (Path file : JacksonParseOnly.files(List.of(corpus))) {
      visited += JacksonParseOnly.parse(file);
    }
    return visited;
  }
}
