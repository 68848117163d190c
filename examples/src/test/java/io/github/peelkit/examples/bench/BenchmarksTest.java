package io.github.peelkit.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.grading.GradingLaws;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

/**
 * The benchmarks measure what BENCHMARKS.md says they do: the corpus is the one described and
 * reads clean, the inputs have the sizes asked for, and every benchmark runs. Nothing here is timed.
 */
class BenchmarksTest {

  @Test
  void corpusIsFortyThreeForcesTimesFourRoundsOfAboutSevenMegabytes() {
    SortedMap<String, byte[]> files = Corpus.files(Corpus.SEED, Corpus.FORCES, Corpus.ROUNDS);
    assertEquals(172, files.size());
    assertEquals("force-01/round-1.yaml", files.firstKey());
    assertEquals("force-43/round-4.yaml", files.lastKey());
    long bytes = files.values().stream().mapToLong(b -> b.length).sum();
    assertTrue(bytes > 6_000_000 && bytes < 8_000_000, bytes + " bytes");
  }

  @Test
  void corpusIsTheSameForTheSameSeed() {
    SortedMap<String, byte[]> once = Corpus.files(Corpus.SEED, 2, 2);
    SortedMap<String, byte[]> again = Corpus.files(Corpus.SEED, 2, 2);
    assertEquals(once.keySet(), again.keySet());
    once.forEach((path, bytes) -> assertArrayEquals(bytes, again.get(path), path));
  }

  @Test
  void writtenCorpusReadsCleanAndEveryAreaIsJudged(@TempDir Path dir) {
    Corpus.write(dir, Corpus.SEED, 3, 2);
    LoadResult result = Checks.clean(YamlReader.standard().read(dir), 6);
    for (Assessment assessment : result.catalog().assessments().values()) {
      assertEquals(assessment.framework().areas().size(), assessment.judgments().size(), assessment.id());
      assertTrue(assessment.judgments().stream().allMatch(j -> !j.findings().isEmpty() && !j.evidence().isEmpty()), assessment.id());
    }
    // Written again into the same folder: the same files, nothing refused.
    Corpus.write(dir, Corpus.SEED, 3, 2);
    assertEquals(6, JacksonParseOnly.files(List.of(dir)).size());
  }

  @Test
  void baselineVisitsEveryNodeOfEveryDocument() {
    byte[] yaml = "a: [x, yz]\n---\nb: {c: 1}\n".getBytes(StandardCharsets.UTF_8);
    // Nodes: {a}, [..], x, yz, then {b}, {c}, 1 = 7; characters: a, x, yz, b, c, 1 = 7.
    assertEquals(14, JacksonParseOnly.parse(yaml));
  }

  @Test
  void singleAssessmentsReachTheSizeAskedAndReadClean(@TempDir Path dir) throws Exception {
    YamlReader reader = YamlReader.builder().limits(ScalingBenchmark.LIMITS).build();
    for (String label : List.of("1KB", "100KB", "1MB")) {
      String text = Corpus.single(Corpus.SEED, ScalingBenchmark.bytes(label));
      long bytes = text.getBytes(StandardCharsets.UTF_8).length;
      // About the size asked, within 30% (sizes grow by whole parts of about 40 KB); the benchmark
      // divides by the size it prints, not by the label.
      long asked = ScalingBenchmark.bytes(label);
      assertTrue(Math.abs(bytes - asked) < asked * 3 / 10, label + ": " + bytes + " bytes");
      Path file = dir.resolve(label + ".yaml");
      Files.writeString(file, text);
      Checks.clean(reader.read(file), 1);
    }
  }

  @Test
  void conversionBatchHoldsTenThousandJudgmentsAndConvertsEveryGradedOne() {
    List<Assessment> batch = ConversionBenchmark.batch(Corpus.SEED, ConversionBenchmark.JUDGMENTS);
    assertEquals(10_000, ConversionBenchmark.judgments(batch));
    for (Assessment assessment : batch) {
      Assessment converted = assessment.convert(GradeMappings.PEEL_2014_TO_PEEL_2021, Policy.BEST);
      assertTrue(ConversionBenchmark.converted(converted), assessment.id());
      assertEquals(assessment.judgments().size(), converted.judgments().size());
    }
  }

  @Test
  void comparisonRoundsAreFortyThreeForcesTimesTwelveRoundsWithEveryAreaJudged() {
    List<Assessment> rounds = CompareBenchmark.rounds(Corpus.SEED, Corpus.FORCES, CompareBenchmark.ROUNDS);
    assertEquals(516, rounds.size());
    assertTrue(rounds.stream().allMatch(a -> a.judgments().size() == 12), "every area of peel-2021-22 judged");
    GradeTable table = GradeTable.of(Corpus.framework(), rounds);
    assertEquals(43, table.rows().size());
    assertEquals(473, table.superseded().size());
    assertTrue(table.rows().stream().allMatch(r -> r.assessment().id().endsWith("-round-12")));
    List<TimeSeries> series = TimeSeries.bySubject(rounds, MappingChoice.identity());
    assertEquals(43, series.size());
    assertEquals(473, series.stream().mapToInt(s -> s.steps().size()).sum());
    assertEquals(5_676, series.stream().flatMap(s -> s.steps().stream()).mapToInt(d -> d.areas().size()).sum());
  }

  @Test
  void outlierPeerSetsHaveTheSizesAskedAndTakeTheLongerPath() {
    for (int subjects : new int[] {43, 5000}) {
      List<Map<String, Double>> sets = OutlierBenchmark.sets(Corpus.SEED, subjects);
      assertEquals(OutlierBenchmark.SETS, sets.size());
      for (Map<String, Double> set : sets) {
        assertEquals(subjects, set.size());
        // The values fail the test and their logs are tested: both Shapiro–Wilk tests run.
        assertTrue(OutlierAnalysis.of(set).logTest().isPresent(), () -> subjects + " subjects");
      }
    }
  }

  @Test
  void gradingRulesHaveTheSizesTheBenchmarkNamesAndAreLawful() {
    assertEquals(455, GradingBenchmark.rules("hmip-youth-justice-2018").combinations());
    GradingRules twelve = GradingBenchmark.rules("twelve-named");
    assertEquals(12, twelve.inputs().size());
    assertTrue(twelve.inputs().isNamed());
    assertEquals(1_456, twelve.combinations(), "4 grades of standard-1 × C(11 + 3, 3) counts of the rest");
    // Built, so lawful; its law check decides 917,504 classes, near the most allowed.
    GradingRules largest = GradingBenchmark.rules("largest");
    assertEquals(917_504, largest.combinations(), "4^7 grades of the named seven × C(5 + 3, 3) counts of the rest");
    assertTrue(largest.combinations() <= GradingLaws.MAX_COMBINATIONS);
    assertEquals(List.of(), largest.warnings());
    for (String name : List.of("cqc-adult-social-care-2022", "largest")) {
      List<List<Grade>> drawn = GradingBenchmark.combinations(GradingBenchmark.rules(name), Corpus.SEED);
      assertEquals(GradingBenchmark.COMBINATIONS, drawn.size());
      assertTrue(drawn.stream().distinct().count() > GradingBenchmark.COMBINATIONS / 2, name + ": varied combinations");
    }
  }

  @Test
  void retainedHeapCountsWhatTheValueHolds() {
    // 20,000 arrays of 1,000 bytes: at least the 20,000,000 bytes of their contents.
    long retained =
        RetainedHeap.retained(
            () -> {
              List<byte[]> arrays = new ArrayList<>();
              for (int i = 0; i < 20_000; i++) {
                arrays.add(new byte[1_000]);
              }
              return arrays;
            });
    assertTrue(retained >= 20_000_000 && retained < 25_000_000, retained + " bytes");
  }

  @Test
  void threadCpuReadsACorpusWithTheReaderAndTheFloor(@TempDir Path dir) {
    Corpus.write(dir, Corpus.SEED, 2, 1);
    java.io.PrintStream out = System.out;
    java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
    try {
      System.setOut(new java.io.PrintStream(printed, true, StandardCharsets.UTF_8));
      ThreadCpu.main(new String[] {"corpus", dir.toString(), "2"});
    } finally {
      System.setOut(out);
    }
    List<String> lines = printed.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(dir + ": 2 files, 2 passes, medians of the last 1", lines.get(0));
    assertTrue(lines.get(1).startsWith("reader  CPU ") && lines.get(2).startsWith("floor   CPU "), lines.toString());
  }

  @Test
  void everyBenchmarkRuns(@TempDir Path dir) throws RunnerException {
    System.setProperty(BenchFolder.PROPERTY, dir.toString());
    // JMH refuses to start while another JMH on the machine holds its lock file; this run measures
    // nothing, so another build's benchmarks running beside it must not fail it.
    System.setProperty("jmh.ignoreLock", "true");
    try {
      Options options =
          new OptionsBuilder()
              .include(ReadBenchmark.class.getName())
              .include(ScalingBenchmark.class.getName())
              .include(IntervalBenchmark.class.getName())
              .include(ConversionBenchmark.class.getName())
              .include(CompareBenchmark.class.getName())
              .include(OutlierBenchmark.class.getName())
              .include(GradingBenchmark.class.getName())
              .param("size", "1KB")
              // The largest rules take a second a check: their size is tested apart, below.
              .param("rules", "hmip-youth-justice-2018", "cqc-adult-social-care-2022", "cqc-local-authority-2023", "twelve-named")
              .forks(0)
              .warmupIterations(0)
              .measurementIterations(1)
              .measurementTime(TimeValue.milliseconds(20))
              .verbosity(VerboseMode.SILENT)
              .build();
      Collection<RunResult> results = new Runner(options).run();
      // Read 2, scaling 2 at one size, interval 6 methods, conversion 4, comparison 5, outliers 3 at two sizes,
      // grading 2 for four rules.
      assertEquals(33, results.size());
      for (RunResult result : results) {
        assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark());
      }
    } finally {
      System.clearProperty(BenchFolder.PROPERTY);
      System.clearProperty("jmh.ignoreLock");
    }
  }
}
