package io.github.peelkit.examples.bench;

import java.nio.file.Path;

/**
 * Where the benchmarks write their input: the folder named by the system property {@value #PROPERTY},
 * else {@code peelkit-bench} in the temporary folder. The input is written anew on every run, from
 * fixed seeds, so that it is always what the code of the run makes.
 */
final class BenchFolder {
  /** The system property naming the folder. */
  static final String PROPERTY = "peelkit.bench.dir";

  private BenchFolder() {}

  /** {@return the folder the benchmarks write into} */
  static Path root() {
    String given = System.getProperty(PROPERTY);
    return given != null ? Path.of(given) : Path.of(System.getProperty("java.io.tmpdir"), "peelkit-bench");
  }

  /** {@return the corpus folder, written from {@link Corpus#SEED}} */
  static Path corpus() {
    Path folder = root().resolve("corpus");
    Corpus.write(folder, Corpus.SEED, Corpus.FORCES, Corpus.ROUNDS);
    return folder;
  }
}
