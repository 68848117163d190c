package io.github.peelkit.examples.bench;

import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * (e) The heap a loaded corpus holds on to, against the corpus's size as YAML: the used heap after
 * full collections with the {@link LoadResult} held, less the used heap after full collections
 * before it was read, in several runs (the median is reported). The reader, the built-in catalogue
 * and every class involved are loaded, and one read done and dropped, before the first run, so that
 * only what the result itself keeps alive is counted.
 *
 * <p>Beside it, the same measure of the Jackson trees of the same files ({@link JacksonParseOnly}),
 * all held at once: what keeping the parser's own tree would cost.
 *
 * <p>{@code java -Xmx1g -cp examples/target/peel.jar io.github.peelkit.examples.bench.RetainedHeap DIR [RUNS]}
 */
public final class RetainedHeap {
  private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

  /** Holds what is being measured, so that no collection can take it. */
  private static volatile Object held;

  private RetainedHeap() {}

  /**
   * Measures the heap a value holds on to.
   *
   * @param make makes the value
   * @return the bytes of heap retained by the value
   */
  static long retained(Supplier<?> make) {
    long before = settledUsedHeap();
    held = make.get();
    long after = settledUsedHeap();
    held = null;
    return after - before;
  }

  /** The used heap once full collections no longer free anything more. */
  private static long settledUsedHeap() {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 10; i++) {
      System.gc();
      long now = MEMORY.getHeapMemoryUsage().getUsed();
      if (now >= used) {
        return now;
      }
      used = now;
    }
    return used;
  }

  /**
   * The total size of the YAML files of a folder.
   *
   * @param folder the folder
   * @return the bytes
   */
  static long yamlBytes(Path folder) {
    long bytes = 0;
    for (Path file : JacksonParseOnly.files(List.of(folder))) {
      try {
        bytes += Files.size(file);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return bytes;
  }

  /**
   * Reads the files of a folder into Jackson's trees, all held.
   *
   * @param folder the folder
   * @return the trees
   */
  static List<JsonNode> trees(Path folder) {
    List<JsonNode> trees = new ArrayList<>();
    for (Path file : JacksonParseOnly.files(List.of(folder))) {
      try {
        trees.addAll(JacksonParseOnly.documents(Files.readAllBytes(file)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return trees;
  }

  /**
   * Measures and prints.
   *
   * @param args the corpus folder, and the number of runs (default 5)
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: java -cp peel.jar " + RetainedHeap.class.getName() + " DIR [RUNS]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long yaml = yamlBytes(folder);
    // Everything loaded once and dropped: classes, the built-in catalogue, the reader's parts.
    LoadResult first = YamlReader.standard().read(folder);
    int assessments = first.catalog().assessments().size();
    if (!first.problems().isEmpty()) {
      throw new IllegalStateException(folder + " has problems: it is not a clean corpus");
    }
    first = null;
    trees(folder);
    long[] model = new long[runs];
    long[] jackson = new long[runs];
    for (int i = 0; i < runs; i++) {
      model[i] = retained(() -> YamlReader.standard().read(folder));
      jackson[i] = retained(() -> trees(folder));
    }
    System.out.printf(Locale.ROOT, "%s: %d assessments, %,d bytes of YAML%n", folder, assessments, yaml);
    System.out.printf(Locale.ROOT, "loaded catalogue retains %s bytes; median %,d = %.2f x the YAML%n",
        list(model), median(model), (double) median(model) / yaml);
    System.out.printf(Locale.ROOT, "Jackson trees retain    %s bytes; median %,d = %.2f x the YAML%n",
        list(jackson), median(jackson), (double) median(jackson) / yaml);
  }

  private static String list(long[] values) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < values.length; i++) {
      b.append(i == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d", values[i]));
    }
    return b.append(']').toString();
  }

  /**
   * {@return the median of values}
   *
   * @param values the values
   */
  static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
