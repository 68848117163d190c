package io.github.peelkit.examples.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The whole-process comparison: {@code peel validate} on a folder against {@link JacksonParseOnly}
 * given the same files, each a cold JVM started from this jar by the running JDK, alternated, one
 * pair first to warm the file cache and left out, then the medians of wall-clock time.
 *
 * <p>{@code java -cp examples/target/peel.jar io.github.peelkit.examples.bench.WholeProcess DIR [RUNS
 * [JVM-OPTION...]]} (RUNS pairs, 11 by default; the JVM options, such as {@code
 * -XX:TieredStopAtLevel=1}, are given to both sides). Both commands must exit 0; their output is
 * discarded.
 */
public final class WholeProcess {
  private WholeProcess() {}

  /**
   * Times one run of a command.
   *
   * @param command the command
   * @return the wall-clock time in nanoseconds
   * @throws IllegalStateException when the command does not exit 0
   */
  static long time(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD);
    try {
      long start = System.nanoTime();
      int exit = builder.start().waitFor();
      long took = System.nanoTime() - start;
      if (exit != 0) {
        throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(6, command.size()))) + " ... exited " + exit);
      }
      return took;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }

  /** {@return the jar (or classes folder) this class was loaded from} */
  private static String ownJar() {
    try {
      return Path.of(WholeProcess.class.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Runs the comparison and prints the medians and their ratio.
   *
   * @param args the corpus folder, the number of pairs of runs (default 11), and JVM options for both sides
   */
  public static void main(String[] args) {
    if (args.length < 1) {
      System.err.println("usage: java -cp peel.jar " + WholeProcess.class.getName() + " DIR [RUNS]");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 11;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String jar = ownJar();
    List<String> options = args.length > 2 ? List.of(args).subList(2, args.length) : List.of();
    List<String> peel = new ArrayList<>(List.of(java));
    peel.addAll(options);
    peel.addAll(List.of("-cp", jar, "io.github.peelkit.examples.cli.Peel", "validate", folder.toString()));
    List<String> jackson = new ArrayList<>(List.of(java));
    jackson.addAll(options);
    jackson.addAll(List.of("-cp", jar, JacksonParseOnly.class.getName()));
    JacksonParseOnly.files(List.of(folder)).forEach(p -> jackson.add(p.toString()));
    time(peel);
    time(jackson);
    long[] peelTimes = new long[runs];
    long[] jacksonTimes = new long[runs];
    for (int i = 0; i < runs; i++) {
      peelTimes[i] = time(peel);
      jacksonTimes[i] = time(jackson);
    }
    System.out.printf(
        Locale.ROOT, "%s: %d files, %d pairs of cold runs, alternated, JVM options %s%n", folder, jackson.size() - 4 - options.size(), runs, options);
    System.out.printf(Locale.ROOT, "peel validate     median %6.0f ms  %s%n", RetainedHeap.median(peelTimes) / 1e6, millis(peelTimes));
    System.out.printf(Locale.ROOT, "Jackson parse     median %6.0f ms  %s%n", RetainedHeap.median(jacksonTimes) / 1e6, millis(jacksonTimes));
    System.out.printf(Locale.ROOT, "ratio of medians  %.2f%n", (double) RetainedHeap.median(peelTimes) / RetainedHeap.median(jacksonTimes));
  }

  private static String millis(long[] nanos) {
    return Arrays.toString(Arrays.stream(nanos).map(n -> Math.round(n / 1e6)).toArray());
  }
}
