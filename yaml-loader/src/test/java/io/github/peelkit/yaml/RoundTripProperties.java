package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.testkit.GradingGenerator;
import io.github.peelkit.testkit.ModelGenerator;
import io.github.peelkit.testkit.TextStyle;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Writing a model and reading it back gives an equal model, for models of every kind drawn by
 * core's seeded {@link ModelGenerator}, in its plain style and in its hostile one (YAML-special ids
 * such as {@code no} and {@code 0x10}, texts with indicators, line breaks, bidirectional controls,
 * astral characters).
 */
class RoundTripProperties {
  private static final List<TextStyle> STYLES = List.of(TextStyle.PLAIN, TextStyle.HOSTILE);

  private static Catalog roundTrip(List<Object> values) {
    String yaml = YamlWriter.standard().write(values);
    LoadResult result = YamlReader.standard().read("generated.yaml", yaml);
    assertEquals(List.of(), result.errors(), () -> "errors reading back:\n" + yaml);
    return result.catalog();
  }

  /** The scale with another id when the generator happened to give it one already taken. */
  private static GradeScale distinct(GradeScale scale, GradeScale other) {
    return scale.id().equals(other.id()) ? GradeScale.builder().from(scale).id(scale.id() + "-other").build() : scale;
  }

  /** A model of every kind, the assessment converted by a generated mapping to a generated scale. */
  private record World(GradeScale scale, Framework framework, GradeScale target, GradeMapping mapping, Assessment assessment) {
    List<Object> documents() {
      // The assessment first: references resolve whatever the order of the documents.
      return new ArrayList<>(List.of(assessment, mapping, framework, scale, target));
    }
  }

  private static World world(long seed, TextStyle style) {
    ModelGenerator g = ModelGenerator.of(seed, style);
    GradeScale scale = g.scale();
    Framework framework = g.framework(scale);
    GradeScale target = distinct(g.scale(), scale);
    GradeMapping mapping = g.mapping(scale, target);
    Assessment assessment = g.assessment(framework);
    if (new Random(seed).nextBoolean()) {
      boolean exact =
          assessment.judgments().stream().allMatch(j -> j.grade().map(gr -> mapping.targets(gr).isSingle()).orElse(true));
      List<Policy> policies = exact ? List.of(Policy.values()) : List.of(Policy.BEST, Policy.WORST, Policy.RANGE);
      assessment = assessment.convert(mapping, policies.get(new Random(seed + 1).nextInt(policies.size())));
    }
    return new World(scale, framework, target, mapping, assessment);
  }

  @Test
  void gradingRulesReadBackEqual() {
    for (TextStyle style : STYLES) {
      qt().withExamples(250)
          .forAll(longs().all())
          .checkAssert(
              seed -> {
                GradingRules rules = GradingGenerator.of(seed, style).rules();
                boolean twoScales = !rules.scale().equals(rules.inputScale());
                if (twoScales && rules.scale().id().equals(rules.inputScale().id())) {
                  return; // the generator gave two scales one id: they cannot be written together
                }
                List<Object> documents = new ArrayList<>(List.of(rules, rules.inputScale()));
                if (twoScales) {
                  documents.add(rules.scale());
                }
                Catalog catalog = roundTrip(documents);
                assertEquals(rules, catalog.findGradingRules(rules.id()).orElseThrow());
              });
    }
  }

  @Test
  void everyKindReadsBackEqual() {
    for (TextStyle style : STYLES) {
      qt().withExamples(250)
          .forAll(longs().all())
          .checkAssert(
              seed -> {
                World w = world(seed, style);
                Catalog catalog = roundTrip(w.documents());
                assertEquals(w.scale(), catalog.scales().get(w.scale().id()));
                assertEquals(w.target(), catalog.scales().get(w.target().id()));
                assertEquals(w.framework(), catalog.frameworks().get(w.framework().id()));
                assertEquals(w.mapping(), catalog.mappings().get(w.mapping().id()));
                assertEquals(w.assessment(), catalog.findAssessment(w.assessment().id()).orElseThrow());
              });
    }
  }

  @Test
  void eachDocumentReadsBackEqualOnItsOwn() {
    for (TextStyle style : STYLES) {
      qt().withExamples(150)
          .forAll(longs().all())
          .checkAssert(
              seed -> {
                ModelGenerator g = ModelGenerator.of(seed, style);
                GradeScale scale = g.scale();
                assertEquals(scale, roundTrip(List.of(scale)).scales().get(scale.id()));
                GradeMapping onto = g.mapping(scale, scale);
                assertEquals(onto, roundTrip(List.of(onto, scale)).mappings().get(onto.id()));
              });
    }
  }

  @Test
  void writingWhatWasReadGivesTheSameText() {
    for (TextStyle style : STYLES) {
      qt().withExamples(100)
          .forAll(longs().all())
          .checkAssert(
              seed -> {
                World w = world(seed, style);
                String once = YamlWriter.standard().write(w.documents());
                Catalog back = YamlReader.standard().read("once.yaml", once).orThrow();
                String twice =
                    YamlWriter.standard()
                        .write(
                            List.of(
                                back.findAssessment(w.assessment().id()).orElseThrow(),
                                back.mappings().get(w.mapping().id()),
                                back.frameworks().get(w.framework().id()),
                                back.scales().get(w.scale().id()),
                                back.scales().get(w.target().id())));
                assertEquals(once, twice);
              });
    }
  }
}
