package io.github.peelkit.yaml;

import static io.github.peelkit.yaml.Yaml.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.compare.PeerDistributions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PK020 is a check of the set loaded together: a published distribution and the assessments of its
 * peers may sit in different files, and the warning is reported in the file of the distribution, at
 * its counts, whatever file the disagreeing grades are in.
 */
class PeerDistributionLoadTest {
  private static String force(String id, String grade, String distribution) {
    return doc("Assessment", id + "-peel-2021-22")
        + "subject: {id: " + id + ", name: Force " + id + "}\n"
        + "framework: peel-2021-22\n"
        + "title: Force " + id + "\n"
        + "published: 2022-10-14\n"
        + "judgments:\n"
        + "  - area: managing-offenders\n"
        + "    grade: " + grade + "\n"
        + distribution;
  }

  private static final String PUBLISHED = "    distribution:\n      population: 3\n      counts: {good: 2, adequate: 1}\n";

  @Test
  void theWarningIsInTheFileOfTheDistributionWhereverThePeersAre(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), force("a", "good", PUBLISHED));
    Files.createDirectories(dir.resolve("peers"));
    Files.writeString(dir.resolve("peers/b.yaml"), force("b", "adequate", ""));
    Files.writeString(dir.resolve("peers/c.yaml"), force("c", "adequate", ""));
    LoadResult folder = YamlReader.standard().read(dir);
    assertEquals(1, folder.problems().size(), () -> folder.problems().toString());
    Problem problem = folder.problems().get(0);
    assertEquals(Location.of(dir.resolve("a.yaml").toString(), 13, 15), problem.location());
    assertEquals("judgments[0].distribution.counts", problem.path());
    assertSame(PeerDistributions.AGREES_WITH_LOADED_POPULATION, problem.rule().orElseThrow());
    assertTrue(!problem.isError(), "a warning");
    assertEquals("good 2, adequate 1", problem.value().orElseThrow());
    // Read file by file, no read holds the whole population: nothing to check.
    for (Path file : YamlReader.files(dir)) {
      assertEquals(List.of(), YamlReader.standard().read(file).problems(), file.toString());
    }
    // Two of the three: not the whole population either.
    assertEquals(List.of(), YamlReader.standard().read(dir.resolve("a.yaml"), dir.resolve("peers/b.yaml")).problems());
  }

  @Test
  void peersInTheBaseCatalogueCountButOnlyTheFilesReadAreReported(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.yaml"), force("b", "adequate", "") + "---\n" + force("c", "adequate", ""));
    Catalog base = YamlReader.standard().read(dir.resolve("b.yaml")).orThrow();
    Files.writeString(dir.resolve("a.yaml"), force("a", "good", PUBLISHED));
    LoadResult result = YamlReader.builder().catalog(base).build().read(dir.resolve("a.yaml"));
    assertEquals(
        List.of(dir.resolve("a.yaml") + ":13:15: warning[PK020]: judgments[0].distribution.counts: distribution of area"
            + " 'managing-offenders' differs from the 3 loaded assessments of framework peel-2021-22, the whole population of"
            + " 3: published good 2, adequate 1; loaded good 1, adequate 2; correct the counts or the grades"),
        Yaml.lines(result));
    // The distribution in the base, the disagreeing peer read now: the base is not reported again.
    Catalog withDistribution = YamlReader.standard().read(dir.resolve("a.yaml")).orThrow();
    Files.writeString(dir.resolve("b.yaml"), force("b", "adequate", "") + "---\n" + force("c", "adequate", ""));
    assertEquals(List.of(), YamlReader.builder().catalog(withDistribution).build().read(dir.resolve("b.yaml")).problems());
  }
}
