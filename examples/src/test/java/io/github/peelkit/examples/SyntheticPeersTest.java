package io.github.peelkit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.testkit.PeerGenerator;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The committed synthetic peers are what {@link SyntheticPeers} writes, and say everywhere that they are synthetic. */
class SyntheticPeersTest {
  private static final Path FOLDER = Path.of("synthetic");

  @Test
  void committedFilesAreExactlyWhatTheGeneratorWrites() throws IOException {
    Catalog catalog = YamlReader.standard().read(Path.of("data/essex/peel-2021-22.yaml")).orThrow();
    Assessment essex = catalog.findAssessment("essex-peel-2021-22").orElseThrow();
    assertEquals(SyntheticPeers.csv(essex), Files.readString(FOLDER.resolve("peers.csv"), StandardCharsets.UTF_8));
    assertEquals(
        SyntheticPeers.yaml(catalog.frameworks().get("peel-2021-22")),
        Files.readString(FOLDER.resolve("peers-peel-2021-22.yaml"), StandardCharsets.UTF_8));
  }

  @Test
  void csvHoldsEssexsPublishedFiguresAndFortyTwoSyntheticPeersPerMeasure() throws IOException {
    List<String> lines = Files.readAllLines(FOLDER.resolve("peers.csv"), StandardCharsets.UTF_8);
    assertEquals("subject,value,measure", lines.get(0));
    assertEquals("essex,0.85,emergency-calls-10s-2022", lines.get(1));
    assertEquals("essex,0.009,outcome-17-rate", lines.get(44));
    assertEquals(1 + 2 * 43, lines.size());
    for (String line : lines.subList(1, lines.size())) {
      String[] cell = line.split(",");
      assertTrue(cell[0].equals("essex") || cell[0].startsWith(PeerGenerator.SUBJECT_PREFIX), line);
      BigDecimal value = new BigDecimal(cell[1]);
      // Proportions, as the measures are.
      assertTrue(value.signum() > 0 && value.compareTo(BigDecimal.ONE) <= 0, line);
    }
  }

  @Test
  void yamlReadsCleanAndEveryAssessmentSaysItIsSynthetic() {
    LoadResult result = YamlReader.standard().read(FOLDER.resolve("peers-peel-2021-22.yaml"));
    assertEquals(List.of(), result.problems());
    assertEquals(SyntheticPeers.COUNT, result.catalog().assessments().size());
    for (Assessment a : result.catalog().assessments().values()) {
      assertTrue(a.subject().id().startsWith(PeerGenerator.SUBJECT_PREFIX), a.id());
      assertTrue(a.subject().name().endsWith("(not a real force)"), a.id());
      assertTrue(a.note().orElseThrow().startsWith("Synthetic:"), a.id());
      assertTrue(a.findEvidence(SyntheticPeers.CALLS).isPresent() && a.findEvidence(SyntheticPeers.OUTCOME_17).isPresent(), a.id());
    }
  }
}
