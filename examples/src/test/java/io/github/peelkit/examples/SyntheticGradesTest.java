package io.github.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.compare.AreaDistribution;
import io.github.peelkit.compare.Direction;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The synthetic grades of {@code synthetic-grades/} are what {@link SyntheticGrades} writes, say they
 * are made up, and with Essex Police's real 2007 grades add up to the national distributions of
 * Essex's report; the misgraded set differs in one grade and gives one warning PK020.
 */
class SyntheticGradesTest {
  private static final Path ROOT = Path.of(".");
  private static final Path ESSEX = Path.of("data/essex/hmic-2007.yaml");

  @Test
  void theCommittedFilesAreWhatTheProgramWrites() throws IOException {
    Map<String, String> files = SyntheticGrades.files(ROOT);
    assertEquals(Set.of("hmic-2007/peers.yaml", "hmic-2007-misgraded/peers.yaml", "series/forces.yaml"), files.keySet());
    for (Map.Entry<String, String> file : files.entrySet()) {
      assertEquals(
          file.getValue(),
          Files.readString(Path.of("synthetic-grades").resolve(file.getKey()), StandardCharsets.UTF_8),
          file.getKey() + ": run java -cp examples/target/peel.jar io.github.peelkit.examples.SyntheticGrades examples");
    }
  }

  @Test
  void everySyntheticAssessmentSaysItIsMadeUp() {
    Catalog catalog = YamlReader.standard().read(Path.of("synthetic-grades")).orThrow();
    assertEquals(2 * SyntheticGrades.PEERS + 6, catalog.assessments().size());
    for (Assessment a : catalog.assessments().values()) {
      assertTrue(a.subject().id().startsWith("synthetic-force-"), a.id());
      assertTrue(a.subject().name().endsWith("(not a real force)"), a.id());
      assertTrue(a.note().orElseThrow().startsWith("Synthetic: made-up grades, not a real force or inspection."), a.id());
    }
  }

  @Test
  void withEssexThePeersAddUpToTheNationalDistributionsOfItsReport() {
    LoadResult result = YamlReader.standard().read(ESSEX, Path.of("synthetic-grades/hmic-2007"));
    assertEquals(List.of(), result.problems(), "no warning PK020: every published distribution agrees");
    Catalog catalog = result.orThrow();
    Assessment essex = catalog.findAssessment("essex-hmic-2007").orElseThrow();
    GradeTable table = GradeTable.of(essex.framework(), catalog.assessments().values());
    assertEquals(43, table.rows().size());
    int checked = 0;
    for (Judgment j : essex.judgments()) {
      if (j.distribution().isPresent()) {
        AreaDistribution computed = table.distribution(j.area().id());
        PeerDistribution published = j.distribution().get();
        assertEquals(published.population(), computed.graded(), j.area().id());
        computed.counts().forEach((grade, count) -> assertEquals(published.count(grade), count, j.area().id() + " " + grade.id()));
        checked++;
      }
    }
    assertEquals(6, checked, "the six graded areas of 2007");
  }

  @Test
  void theMisgradedPeersGiveOneWarningAtEssexsNeighbourhoodPolicingCounts() {
    LoadResult result = YamlReader.standard().read(ESSEX, Path.of("synthetic-grades/hmic-2007-misgraded"));
    assertEquals(1, result.problems().size(), result.problems().toString());
    Problem warning = result.problems().get(0);
    assertEquals("PK020", warning.code().id());
    assertEquals(ESSEX.toString(), warning.location().file());
    assertEquals("judgments[0].distribution.counts", warning.path());
    assertEquals(28, warning.location().line(), "the counts of the neighbourhood policing distribution");
  }

  @Test
  void theSeriesShowEveryDirectionTheGradesCanHave() {
    Catalog catalog = YamlReader.standard().read(Path.of("synthetic-grades/series")).orThrow();
    List<TimeSeries> series = TimeSeries.bySubject(catalog.assessments().values(), MappingChoice.identity());
    assertEquals(2, series.size());
    Set<Direction> seen = EnumSet.noneOf(Direction.class);
    series.forEach(s -> s.steps().forEach(step -> step.areas().forEach(a -> seen.add(a.direction()))));
    assertEquals(EnumSet.of(Direction.IMPROVED, Direction.STABLE, Direction.DETERIORATED, Direction.UNGRADED), seen);
  }
}
