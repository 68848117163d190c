package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Writing a model and reading it back gives an equal model, for generated models of every kind. */
class RoundTripProperties {
  private static Catalog roundTrip(List<Object> values) {
    String yaml = YamlWriter.standard().write(values);
    LoadResult result = YamlReader.standard().read("generated.yaml", yaml);
    assertEquals(List.of(), result.errors(), () -> "errors reading back:\n" + yaml);
    return result.catalog();
  }

  @Test
  void scalesReadBackEqual() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              GradeScale scale = new ModelGenerator(seed).scale();
              assertEquals(scale, roundTrip(List.of(scale)).scales().get(scale.id()));
            });
  }

  @Test
  void frameworksReadBackEqual() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ModelGenerator g = new ModelGenerator(seed);
              GradeScale scale = g.anyScale();
              Framework framework = g.framework(scale);
              List<Object> values = new ArrayList<>();
              if (!Catalog.builtIn().scales().containsKey(scale.id())) {
                values.add(scale);
              }
              values.add(framework);
              assertEquals(framework, roundTrip(values).frameworks().get(framework.id()));
            });
  }

  @Test
  void assessmentsReadBackEqual() {
    qt().withExamples(300)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ModelGenerator g = new ModelGenerator(seed);
              GradeScale scale = g.anyScale();
              GradeScale other = g.scale();
              Framework framework = g.framework(scale);
              Assessment assessment = g.assessment(framework, other);
              List<Object> values = new ArrayList<>();
              // The assessment first: references resolve whatever the order.
              values.add(assessment);
              values.add(framework);
              values.add(other);
              if (!Catalog.builtIn().scales().containsKey(scale.id())) {
                values.add(scale);
              }
              Catalog catalog = roundTrip(values);
              assertEquals(assessment, catalog.findAssessment(assessment.id()).orElseThrow());
              assertEquals(framework, catalog.frameworks().get(framework.id()));
              assertEquals(other, catalog.scales().get(other.id()));
            });
  }

  @Test
  void writingIsStable() {
    qt().withExamples(100)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              ModelGenerator g = new ModelGenerator(seed);
              GradeScale scale = g.scale();
              Framework framework = g.framework(scale);
              Assessment assessment = g.assessment(framework, g.scale());
              List<Object> values = new ArrayList<>(List.of(scale, framework, assessment));
              if (assessment.scale().isPresent() && !assessment.scale().equals(framework.scale())) {
                values.add(assessment.scale().get());
              }
              String once = YamlWriter.standard().write(values);
              Catalog back = YamlReader.standard().read("once.yaml", once).orThrow();
              String twice =
                  YamlWriter.standard()
                      .write(
                          values.stream()
                              .map(v -> v instanceof GradeScale s ? back.scales().get(s.id())
                                  : v instanceof Framework f ? back.frameworks().get(f.id())
                                  : (Object) back.findAssessment(((Assessment) v).id()).orElseThrow())
                              .toList());
              assertEquals(once, twice);
            });
  }
}
