package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The budgets of a whole load, which bound its memory as the per-file limits bound a file's: values
 * and problems are counted across files, and a load stops with a located PK002 where one runs out.
 */
class LoadBudgetTest {
  @TempDir Path dir;

  /** Files of a scale each, holding {@code values} numbers and {@code unknown} unknown keys. */
  private List<Path> files(int count, int values, int unknown) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      StringBuilder extra = new StringBuilder("extensions:\n  l: [");
      for (int v = 0; v < values; v++) {
        extra.append(v == 0 ? "" : ",").append(v);
      }
      extra.append("]\n");
      for (int k = 0; k < unknown; k++) {
        extra.append("k").append(k).append(": ").append(k).append('\n');
      }
      files.add(Files.writeString(dir.resolve(String.format("f%02d.yaml", i)), Yaml.scale("s" + i, extra.toString())));
    }
    return files;
  }

  @Test
  void valuesAreCountedAcrossTheFilesOfALoad() throws IOException {
    // Each file holds 109 nodes: its mapping, header, grades and the 100 numbers.
    List<Path> files = files(8, 100, 0);
    YamlReader reader = YamlReader.builder().limits(Limits.builder().maxTotalNodes(500).build()).build();
    LoadResult result = HostileCorpusTest.quietly(() -> reader.read(files));
    List<Problem> errors = result.errors();
    assertEquals(1, errors.size(), result.problems().toString());
    Problem spent = errors.get(0);
    assertEquals(FileCode.LIMIT_EXCEEDED, spent.code());
    assertTrue(
        spent.message().startsWith("more than 500 values in this load, the limit"), spent.toText());
    // Where it ran out does not depend on timing: files are folded in reading order.
    assertEquals(files.get(4).toString(), spent.file());
    assertEquals(5, result.filesRead());
    assertEquals(4, result.catalog().scales().keySet().stream().filter(id -> id.matches("s\\d")).count());
    // The same load again stops at the same place.
    assertEquals(result.problems(), HostileCorpusTest.quietly(() -> reader.read(files)).problems());
  }

  @Test
  void problemsAreCountedAcrossTheFilesOfALoad() throws IOException {
    List<Path> files = files(30, 1, 201);
    LoadResult result =
        HostileCorpusTest.quietly(
            () -> YamlReader.builder().limits(Limits.builder().maxTotalProblems(1_000).build()).build().read(files));
    assertEquals(1_001, result.problems().size());
    Problem last = result.problems().stream().filter(p -> p.message().contains("in this load")).findFirst().orElseThrow();
    assertEquals("more than 1000 problems in this load, the limit; no more are reported: fix these first", last.message());
  }

  @Test
  void byDefaultEveryFileIsReadAndCounted() throws IOException {
    List<Path> files = files(3, 10, 0);
    LoadResult result = HostileCorpusTest.quietly(() -> YamlReader.standard().read(files));
    assertEquals(List.of(), result.problems());
    assertEquals(3, result.filesRead());
    assertEquals(500_000L, Limits.defaults().maxTotalNodes());
    assertEquals(10_000, Limits.defaults().maxTotalProblems());
  }

  @Test
  void progressCountsTheFilesReadUpToAll() throws IOException {
    List<Path> files = files(7, 3, 0);
    List<Integer> told = new ArrayList<>();
    LoadResult result = YamlReader.builder().progress(told::add).build().read(files);
    assertEquals(List.of(), result.problems());
    assertEquals(7, told.get(told.size() - 1));
    for (int i = 1; i < told.size(); i++) {
      assertTrue(told.get(i) > told.get(i - 1), told.toString());
    }
  }
}
