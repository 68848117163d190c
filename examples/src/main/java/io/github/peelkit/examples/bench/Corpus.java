package io.github.peelkit.examples.bench;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.AssessmentShape;
import io.github.peelkit.testkit.ModelGenerator;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.YamlWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The benchmark corpus, made by the kit's own generator and writer: 43 forces × 4 inspection rounds
 * of PEEL 2021/22 assessments against the built-in {@code peel-2021-22} framework, every area judged,
 * each judgment with findings and evidence, one file per assessment ({@code force-07/round-2.yaml}),
 * about 7 MB in all.
 *
 * <p>Deterministic: the same seed gives the same bytes, on every machine ({@code CorpusTest} holds
 * it), so that figures taken on different days read the same input.
 *
 * <p>Also makes the single assessments of the scaling benchmark: the judgments of several generated
 * assessments merged area by area into one, of about a given size.
 *
 * <p>{@code java -cp examples/target/peel.jar io.github.peelkit.examples.bench.Corpus DIR} writes the
 * corpus into DIR (a new or empty folder, or one this program wrote before).
 */
public final class Corpus {
  /** The seed of the corpus the benchmarks read. */
  public static final long SEED = 20_221_014L;

  /** The forces of England and Wales. */
  public static final int FORCES = 43;

  /** Inspection rounds per force. */
  public static final int ROUNDS = 4;

  /** The framework every assessment is judged against. */
  public static final String FRAMEWORK = "peel-2021-22";

  /** Every area judged, with this many findings and pieces of evidence each; sized for about 7 MB. */
  static final AssessmentShape SHAPE =
      AssessmentShape.builder().judgeEveryArea(true).findingsPerJudgment(7).evidencePerJudgment(4).overallFindings(3).build();

  /** The shape of the smallest scaling inputs: judgments without findings or evidence. */
  private static final AssessmentShape BARE =
      AssessmentShape.builder().judgeEveryArea(true).findingsPerJudgment(0).evidencePerJudgment(0).overallFindings(0).build();

  private Corpus() {}

  /** {@return the built-in PEEL 2021/22 framework} */
  static Framework framework() {
    return Catalog.builtIn().frameworks().get(FRAMEWORK);
  }

  /**
   * The corpus as files.
   *
   * @param seed the seed
   * @param forces the number of forces
   * @param rounds the number of rounds per force
   * @return each file's UTF-8 bytes by its path relative to the corpus folder, in the order a reader reads them
   */
  public static SortedMap<String, byte[]> files(long seed, int forces, int rounds) {
    ModelGenerator generate = ModelGenerator.of(seed);
    Framework framework = framework();
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (int f = 1; f <= forces; f++) {
      String force = String.format(Locale.ROOT, "force-%02d", f);
      Subject subject = Subject.of(force, "Force " + f + " Police");
      for (int r = 1; r <= rounds; r++) {
        Assessment generated = generate.assessment(framework, SHAPE);
        // The generator's ids are random per assessment; a corpus needs them unique and stable across files.
        Assessment assessment =
            Assessment.builder()
                .from(generated)
                .id(force + "-round-" + r)
                .subject(subject)
                .published(LocalDate.of(2021 + r, 10, 14))
                .build();
        files.put(force + "/round-" + r + ".yaml", YamlWriter.standard().write(assessment).getBytes(StandardCharsets.UTF_8));
      }
    }
    return files;
  }

  /**
   * Writes the corpus into a folder, replacing what an earlier run wrote there.
   *
   * @param folder a new or empty folder, or one holding a corpus written before
   * @param seed the seed
   * @param forces the number of forces
   * @param rounds the number of rounds per force
   * @return the number of bytes written
   * @throws IllegalArgumentException when the folder holds a file this program would not write there
   * @throws UncheckedIOException when the folder cannot be written
   */
  public static long write(Path folder, long seed, int forces, int rounds) {
    SortedMap<String, byte[]> files = files(seed, forces, rounds);
    try {
      if (Files.isDirectory(folder)) {
        try (Stream<Path> existing = Files.walk(folder)) {
          for (Path p : (Iterable<Path>) existing::iterator) {
            String relative = folder.relativize(p).toString().replace(p.getFileSystem().getSeparator(), "/");
            if (Files.isRegularFile(p) && !files.containsKey(relative)) {
              throw new IllegalArgumentException(
                  folder + " holds " + relative + ", which is not part of the corpus: give a new or empty folder");
            }
          }
        }
      }
      long bytes = 0;
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        Path path = folder.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
        bytes += file.getValue().length;
      }
      return bytes;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the corpus to " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * One assessment of about a given size: below a generated assessment of the corpus's shape, one
   * with as many areas judged as it takes, and nothing else (for 1 KB, three); above, the judgments of as many generated
   * assessments as it takes, merged area by area, their finding and evidence ids (and the links to
   * them) made unique by a prefix.
   *
   * @param seed the seed
   * @param bytes the size to reach, in bytes of UTF-8
   * @return the YAML text of one document
   */
  public static String single(long seed, long bytes) {
    ModelGenerator generate = ModelGenerator.of(seed);
    Framework framework = framework();
    YamlWriter writer = YamlWriter.standard();
    Assessment first = generate.assessment(framework, SHAPE);
    long unit = writer.write(first).length();
    if (bytes < unit) {
      // As many bare judgments as it takes, in the framework's order.
      Assessment bare = generate.assessment(framework, BARE);
      String text = "";
      for (int n = 1; n <= bare.judgments().size() && text.length() < bytes; n++) {
        text = writer.write(Assessment.builder().from(bare).id("scaling").judgments(bare.judgments().subList(0, n)).build());
      }
      return text;
    }
    List<Assessment> parts = new ArrayList<>();
    parts.add(first);
    // Each part adds its judgments' contents; the header is written once.
    for (long written = unit; written < bytes; written += unit) {
      parts.add(generate.assessment(framework, SHAPE));
    }
    return writer.write(merge(parts));
  }

  /** The assessments' judgments merged area by area into the first assessment, ids made unique. */
  static Assessment merge(List<Assessment> parts) {
    Map<String, Judgment.Builder> judgments = new LinkedHashMap<>();
    List<Finding> overall = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) {
      String prefix = "p" + (i + 1) + "-";
      Assessment part = parts.get(i);
      for (Judgment judgment : part.judgments()) {
        Judgment.Builder merged = judgments.get(judgment.area().id());
        if (merged == null) {
          merged = Judgment.builder();
          merged.from(judgment).findings(List.of()).evidence(List.of());
          judgments.put(judgment.area().id(), merged);
        }
        for (Finding f : judgment.findings()) {
          merged.addFindings(prefixed(f, prefix));
        }
        for (Evidence e : judgment.evidence()) {
          merged.addEvidence(prefixed(e, prefix));
        }
      }
      part.findings().forEach(f -> overall.add(prefixed(f, prefix)));
    }
    List<Judgment> built = new ArrayList<>();
    judgments.values().forEach(b -> built.add(b.build()));
    return Assessment.builder().from(parts.get(0)).id("scaling").judgments(built).findings(overall).build();
  }

  private static Finding prefixed(Finding f, String prefix) {
    return Finding.builder()
        .from(f)
        .id(f.id().map(prefix::concat))
        .evidence(f.evidence().stream().map(prefix::concat).toList())
        .recommendations(f.recommendations().stream().map(prefix::concat).toList())
        .build();
  }

  private static Evidence prefixed(Evidence e, String prefix) {
    Optional<String> id = e.id().map(prefix::concat);
    if (e instanceof Sample s) {
      return Sample.builder().from(s).id(id).build();
    }
    return Measure.builder().from((Measure) e).id(id).build();
  }

  /**
   * Writes the corpus.
   *
   * @param args the folder to write into
   */
  public static void main(String[] args) {
    if (args.length != 1) {
      System.err.println("usage: java -cp peel.jar " + Corpus.class.getName() + " DIR");
      System.exit(2);
    }
    Path folder = Path.of(args[0]);
    long bytes = write(folder, SEED, FORCES, ROUNDS);
    System.out.printf(Locale.ROOT, "%d files, %,d bytes in %s%n", FORCES * ROUNDS, bytes, folder);
  }
}
