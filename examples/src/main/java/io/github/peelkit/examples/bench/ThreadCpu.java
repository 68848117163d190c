package io.github.peelkit.examples.bench;

import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The reader against the Jackson floor by the CPU time of the one thread that does the work, for a
 * shared machine where other processes make wall-clock times swing (JMH's errors reached ±100% on
 * one). A read is one file ({@code YamlReader.read(name, text)}), so nothing runs in parallel;
 * reader and floor alternate pass by pass; the medians of the second half of the passes are
 * printed, with the bytes each pass allocated.
 *
 * <p>It uses only the public API, {@link JacksonParseOnly} and {@link Corpus}, all in {@code peel.jar},
 * so that it runs as a source file against an older build too: {@code java -cp OLD/peel.jar
 * examples/src/main/java/io/github/peelkit/examples/bench/ThreadCpu.java corpus DIR 16}.
 *
 * <ul>
 *   <li>{@code corpus DIR PASSES}: every file of the folder, each pass;
 *   <li>{@code scaling}: one generated assessment of 1, 10 and 50 MB, as {@code ScalingBenchmark}
 *       reads it, in milliseconds per MB.
 * </ul>
 */
public final class ThreadCpu {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private ThreadCpu() {}

  /**
   * Runs one of the measures.
   *
   * @param args {@code corpus DIR PASSES} or {@code scaling}
   */
  public static void main(String[] args) {
    if (args.length == 3 && args[0].equals("corpus")) {
      corpus(Path.of(args[1]), Integer.parseInt(args[2]));
    } else if (args.length == 1 && args[0].equals("scaling")) {
      scaling();
    } else {
      System.err.println("usage: ThreadCpu corpus DIR PASSES | ThreadCpu scaling");
      System.exit(2);
    }
  }

  private static void corpus(Path folder, int passes) {
    List<String> names = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    List<byte[]> bytes = new ArrayList<>();
    for (Path file : YamlReader.files(folder)) {
      try {
        byte[] content = Files.readAllBytes(file);
        names.add(file.toString());
        bytes.add(content);
        texts.add(new String(content, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    YamlReader reader = YamlReader.standard();
    long[][] cpu = new long[2][passes];
    long[][] allocated = new long[2][passes];
    for (int pass = 0; pass < passes; pass++) {
      for (int side = 0; side < 2; side++) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long allocated0 = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < names.size(); i++) {
          if (side == 0) {
            clean(reader.read(names.get(i), texts.get(i)));
          } else {
            JacksonParseOnly.parse(bytes.get(i));
          }
        }
        cpu[side][pass] = THREADS.getCurrentThreadCpuTime() - cpu0;
        allocated[side][pass] = THREADS.getCurrentThreadAllocatedBytes() - allocated0;
      }
    }
    System.out.printf(Locale.ROOT, "%s: %d files, %d passes, medians of the last %d%n", folder, names.size(), passes, passes - passes / 2);
    String[] sides = {"reader", "floor "};
    for (int side = 0; side < 2; side++) {
      System.out.printf(
          Locale.ROOT, "%s  CPU %7.1f ms  allocated %7.1f MB%n", sides[side], secondHalfMedian(cpu[side]) / 1e6,
          secondHalfMedian(allocated[side]) / 1e6);
    }
  }

  private static void scaling() {
    // ScalingBenchmark's limits, written out: the benchmark classes are not in peel.jar.
    YamlReader reader =
        YamlReader.builder()
            .limits(Limits.builder().maxFileBytes(128L << 20).maxTotalBytes(128L << 20).maxNodes(20_000_000).build())
            .build();
    long[] sizes = {1_000_000, 10_000_000, 50_000_000};
    int[] passes = {40, 8, 4};
    for (int s = 0; s < sizes.length; s++) {
      String text = Corpus.single(Corpus.SEED, sizes[s]);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      long[][] cpu = new long[2][passes[s]];
      for (int pass = 0; pass < passes[s]; pass++) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        clean(reader.read("scaling.yaml", text));
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        JacksonParseOnly.parse(bytes);
        cpu[0][pass] = cpu1 - cpu0;
        cpu[1][pass] = THREADS.getCurrentThreadCpuTime() - cpu1;
      }
      double megabytes = bytes.length / 1e6;
      System.out.printf(
          Locale.ROOT, "%,d bytes: reader %.1f ms/MB, floor %.1f ms/MB%n", bytes.length,
          secondHalfMedian(cpu[0]) / 1e6 / megabytes, secondHalfMedian(cpu[1]) / 1e6 / megabytes);
    }
  }

  private static void clean(LoadResult result) {
    if (!result.problems().isEmpty()) {
      throw new IllegalStateException("the input does not read clean: " + result.problems().get(0).toText());
    }
  }

  private static long secondHalfMedian(long[] values) {
    long[] half = Arrays.copyOfRange(values, values.length / 2, values.length);
    Arrays.sort(half);
    return half[half.length / 2];
  }
}
