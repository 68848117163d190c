package io.github.peelkit.examples.bench;

import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
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
 * (b) Reading one assessment of about 1 KB, 100 KB, 1 MB, 10 MB and 50 MB ({@link Corpus#single}),
 * with the Jackson floor beside it. Divide the time by the file's size (printed at set-up, and in
 * BENCHMARKS.md) for the time per MB.
 *
 * <p>The default {@link Limits} refuse such files (4 MiB per file, 250,000 values per file): the reader
 * here has {@link #LIMITS}, the defaults with those two raised, the same for every size.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms4g", "-Xmx4g"})
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class ScalingBenchmark {
  /** The default limits, with the bytes per file and per load and the values per file raised for 50 MB. */
  static final Limits LIMITS =
      Limits.builder().maxFileBytes(128L << 20).maxTotalBytes(128L << 20).maxNodes(20_000_000).build();

  /** The size of the assessment: {@code 1KB}, {@code 100KB}, {@code 1MB}, {@code 10MB} or {@code 50MB}. */
  @Param({"1KB", "100KB", "1MB", "10MB", "50MB"})
  public String size;

  private Path file;
  private YamlReader reader;

  /** Writes the assessment and checks that it reads without any problem. */
  @Setup
  public void setUp() {
    String text = Corpus.single(Corpus.SEED, bytes(size));
    file = BenchFolder.root().resolve("scaling-" + size + ".yaml");
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, text, StandardCharsets.UTF_8);
      System.out.printf(Locale.ROOT, "%n%s: %,d bytes%n", file, Files.size(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    reader = YamlReader.builder().limits(LIMITS).build();
    Checks.clean(reader.read(file), 1);
  }

  /**
   * The number of bytes a size label stands for.
   *
   * @param label such as {@code 100KB} or {@code 10MB}
   * @return the bytes (1 KB = 1,000 bytes, 1 MB = 1,000,000)
   */
  static long bytes(String label) {
    if (label.endsWith("KB")) {
      return Long.parseLong(label.substring(0, label.length() - 2)) * 1_000;
    }
    return Long.parseLong(label.substring(0, label.length() - 2)) * 1_000_000;
  }

  /** {@return the assessment read and validated by a reader with raised limits} */
  @Benchmark
  public LoadResult yamlReader() {
    return reader.read(file);
  }

  /** {@return the floor: the file read, parsed into Jackson's tree and walked} */
  @Benchmark
  public long jacksonTree() {
    return JacksonParseOnly.parse(file);
  }
}
