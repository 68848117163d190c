package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Qualifier;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A measure's value is a fact with its bound: "in excess of 20,000" stays more than 20,000, on read and on write. */
class MeasureQualifierTest {
  private static final Catalog DATA = YamlReader.standard().read(Path.of("../examples/data/essex")).orThrow();

  private static Measure measure(String assessment, String id) {
    return (Measure) DATA.assessment(assessment).evidence(id);
  }

  @Test
  void essexsBoundsAreTranscribedAsBounds() {
    Measure population = measure("essex-hmic-2007", "largest-neighbourhood-population");
    assertEquals(Qualifier.MORE_THAN, population.qualifier());
    assertEquals("largest-neighbourhood-population: more than 20000 count", population.toString());
    assertEquals(Qualifier.UP_TO, measure("essex-hmic-2007", "high-tech-crime-unit-backlog").qualifier());
    assertEquals(Qualifier.MORE_THAN, measure("essex-peel-2021-22", "chief-constable-blog-hits").qualifier());
    assertEquals(Qualifier.EXACT, measure("essex-peel-2021-22", "emergency-calls-10s-2021").qualifier());
  }

  @Test
  void theBoundIsKeptOnWriteAndRead() {
    Assessment essex = DATA.assessment("essex-hmic-2007");
    String written = YamlWriter.standard().write(essex);
    assertTrue(written.contains("        value: 20000\n        qualifier: more-than\n"), written);
    assertEquals(essex, YamlReader.standard().read("hmic-2007.yaml", written).orThrow().assessment(essex.id()));
    Measure exact = measure("essex-peel-2021-22", "emergency-calls-10s-2021");
    assertTrue(!YamlWriter.standard().write(List.of(DATA.assessment("essex-peel-2021-22"))).contains("qualifier: exact"),
        "exact, the default, is left out");
    assertEquals(Qualifier.EXACT, exact.qualifier());
  }

  @Test
  void anUnknownQualifierIsRefusedWithTheValidOnes() {
    String yaml = String.join("\n",
        "apiVersion: peelkit/v1", "kind: Assessment", "id: a", "subject: {id: essex, name: Essex Police}",
        "framework: peel-2021-22", "title: T", "published: 2022-10-14", "judgments:",
        "  - area: workforce", "    grade: good", "    evidence:",
        "      - {kind: measure, description: Hits, value: 2500, qualifier: more-then, unit: count}", "");
    Problem p = YamlReader.standard().read("a.yaml", yaml).errors().get(0);
    assertEquals("PK006", p.code().id());
    assertEquals("judgments[0].evidence[0].qualifier", p.path());
    assertEquals(java.util.Optional.of("more-than"), p.suggestion());
  }
}
