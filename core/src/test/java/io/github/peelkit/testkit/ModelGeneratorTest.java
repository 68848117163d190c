package io.github.peelkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.compare.PeerDistributions;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.MappingLaws;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ModelGeneratorTest {
  /** The areas of the PEEL Assessment Framework 2021/22, as SPEC §4 fixes their ids. */
  static final Framework PEEL_2021_22 =
      Framework.builder()
          .id("peel-2021-22")
          .name("PEEL Assessment Framework 2021/22")
          .scale(GradeScales.PEEL_2021)
          .addAreas(Area.builder().id("victim-service-assessment").name("Providing a service to the victims of crime").graded(false).build())
          .addAllAreas(
              Stream.of(
                      "crime-data-integrity", "fairness-and-respect", "preventing-crime", "responding-to-the-public",
                      "investigating-crime", "protecting-vulnerable-people", "managing-offenders", "serious-organised-crime",
                      "workforce", "vetting-and-counter-corruption", "value-for-money")
                  .map(id -> Area.of(id, id.replace('-', ' ')))
                  .toList())
          .build();

  @Test
  void theSameSeedGivesEqualValues() {
    for (TextStyle style : TextStyle.values()) {
      for (long seed = 0; seed < 40; seed++) {
        ModelGenerator a = ModelGenerator.of(seed, style);
        ModelGenerator b = ModelGenerator.of(seed, style);
        assertEquals(a.scale(), b.scale());
        assertEquals(a.framework(), b.framework());
        assertEquals(a.assessment(), b.assessment());
        assertEquals(a.mapping(), b.mapping());
        assertEquals(a.extensions(), b.extensions());
      }
    }
    assertEquals(
        ModelGenerator.of(new SplittableRandom(5)).assessment(PEEL_2021_22),
        ModelGenerator.of(new SplittableRandom(5)).assessment(PEEL_2021_22));
  }

  @Test
  void differentSeedsGiveDifferentValues() {
    Set<Assessment> assessments = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      assessments.add(ModelGenerator.of(seed).assessment());
    }
    assertEquals(50, assessments.size());
  }

  @Test
  void generatedAssessmentsCarryNoWarnings() {
    for (TextStyle style : TextStyle.values()) {
      for (long seed = 0; seed < 300; seed++) {
        Assessment assessment = ModelGenerator.of(seed, style).assessment();
        assertEquals(List.of(), assessment.warnings(), "seed " + seed + " " + style);
        // Read on its own, an assessment is the whole population of a distribution of one peer: its own grade.
        assertEquals(java.util.Map.of(), PeerDistributions.warnings(List.of(assessment)), "seed " + seed + " " + style);
      }
    }
  }

  @Test
  void assessmentsCoverEveryKindOfFindingEvidenceAndJudgment() {
    Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
    Set<Class<?>> evidence = new HashSet<>();
    Set<String> judgments = new HashSet<>();
    Set<Class<?>> extensions = new HashSet<>();
    int linkedConcerns = 0;
    for (long seed = 0; seed < 200; seed++) {
      Assessment assessment = ModelGenerator.of(seed).assessment();
      for (Judgment judgment : assessment.judgments()) {
        judgments.add(judgment.grade().isPresent() ? "graded" : judgment.ungraded().isPresent() ? "ungraded" : "range");
        judgment.findings().forEach(f -> kinds.add(f.kind()));
        linkedConcerns += (int) judgment.findings().stream().filter(f -> !f.recommendations().isEmpty()).count();
        judgment.evidence().forEach(e -> evidence.add(e.getClass().getSuperclass()));
        judgment.distribution().ifPresent(d -> judgments.add("distribution"));
        judgment.findingCounts().ifPresent(d -> judgments.add("counts"));
        judgment.conversion().ifPresent(d -> judgments.add("converted"));
        collect(judgment.extensions(), extensions);
      }
      collect(assessment.extensions(), extensions);
    }
    assertEquals(EnumSet.allOf(FindingKind.class), kinds);
    assertEquals(Set.of(Sample.class, Measure.class), evidence);
    assertEquals(Set.of("graded", "ungraded", "range", "distribution", "counts", "converted"), judgments);
    assertEquals(6, extensions.size(), extensions.toString());
    assertTrue(linkedConcerns > 0);
  }

  private static void collect(Extensions extensions, Set<Class<?>> kinds) {
    extensions.values().values().forEach(v -> collect(v, kinds));
  }

  private static void collect(ExtensionValue value, Set<Class<?>> kinds) {
    kinds.add(value.getClass());
    if (value instanceof ExtensionValue.Sequence s) {
      s.values().forEach(v -> collect(v, kinds));
    } else if (value instanceof ExtensionValue.Mapping m) {
      m.values().values().forEach(v -> collect(v, kinds));
    }
  }

  @Test
  void publishedFiguresAgreeWithSuccessesAndSizeAsTheInspectorateRoundsThem() {
    int checked = 0;
    int withoutSize = 0;
    for (long seed = 0; seed < 300; seed++) {
      for (Judgment judgment : ModelGenerator.of(seed).assessment().judgments()) {
        for (Evidence e : judgment.evidence()) {
          if (!(e instanceof Sample sample) || sample.reported().isEmpty()) {
            continue;
          }
          double estimate = sample.reported().get().estimate().doubleValue();
          double margin = sample.reported().get().margin().orElseThrow().doubleValue();
          if (sample.successes().isPresent()) {
            long k = sample.successes().getAsLong();
            long n = sample.size().getAsLong();
            assertTrue(fits(estimate, margin, k, n), sample.toString());
            checked++;
          } else {
            // Only the figures were published: some size from 1 to 1000 must explain them.
            boolean explained = false;
            for (long n = 1; n <= 1_000 && !explained; n++) {
              long k = Math.round(estimate * n);
              explained = fits(estimate, margin, k, n);
            }
            assertTrue(explained, sample.toString());
            withoutSize++;
          }
        }
      }
    }
    assertTrue(checked > 50 && withoutSize > 10, checked + " / " + withoutSize);
  }

  /** Whether figures rounded to 0.001 fit k of n under the Wald interval at 95%. */
  private static boolean fits(double estimate, double margin, long k, long n) {
    if (k < 0 || k > n) {
      return false;
    }
    double p = (double) k / n;
    double wald = 1.959963984540054 * Math.sqrt(p * (1 - p) / n);
    return Math.abs(estimate - p) <= 0.0005 + 1e-12 && Math.abs(margin - wald) <= 0.0005 + 1e-12;
  }

  @Test
  void aBenchmarkCorpusJudgesEveryAreaWithExactSizes() {
    ModelGenerator generate = ModelGenerator.of(2022);
    List<Assessment> corpus = new ArrayList<>();
    for (int force = 0; force < 43; force++) {
      for (int round = 0; round < 4; round++) {
        corpus.add(generate.assessment(PEEL_2021_22, AssessmentShape.of(5, 3)));
      }
    }
    assertEquals(172, corpus.size());
    for (Assessment assessment : corpus) {
      assertEquals(PEEL_2021_22, assessment.framework());
      assertEquals(PEEL_2021_22.allAreas(), assessment.judgments().stream().map(Judgment::area).toList());
      for (Judgment judgment : assessment.judgments()) {
        assertEquals(judgment.area().graded(), judgment.isGraded(), judgment.area().id());
        assertEquals(5, judgment.findings().size());
        assertEquals(3, judgment.evidence().size());
      }
      assertEquals(List.of(), assessment.warnings());
    }
    assertEquals(corpus.size(), new HashSet<>(corpus).size());
  }

  @Test
  void smallExactShapesAvoidInadequateRatherThanWarn() {
    for (long seed = 0; seed < 100; seed++) {
      Assessment assessment = ModelGenerator.of(seed).assessment(PEEL_2021_22, AssessmentShape.of(1, 0));
      assertEquals(List.of(), assessment.warnings());
      assertTrue(assessment.judgments().stream().noneMatch(j -> j.grade().filter(g -> g.id().equals("inadequate")).isPresent()));
    }
    boolean inadequate = false;
    for (long seed = 0; seed < 100 && !inadequate; seed++) {
      Assessment assessment = ModelGenerator.of(seed).assessment(PEEL_2021_22, AssessmentShape.of(2, 0));
      inadequate = assessment.judgments().stream().anyMatch(j -> j.grade().filter(g -> g.id().equals("inadequate")).isPresent());
      assertEquals(List.of(), assessment.warnings());
    }
    assertTrue(inadequate);
  }

  @Test
  void convertedAssessmentsRecordTheirConversions() {
    for (long seed = 0; seed < 100; seed++) {
      Assessment assessment =
          ModelGenerator.of(seed).assessment(PEEL_2021_22, AssessmentShape.builder().judgeEveryArea(true).converted(true).build());
      assertNotEquals(PEEL_2021_22.scale(), assessment.scale());
      for (Judgment judgment : assessment.judgments()) {
        assertEquals(judgment.area().graded(), judgment.conversion().isPresent());
        judgment.conversion().ifPresent(c -> assertTrue(c.policy() != Policy.STRICT || c.conversion().isSingle()));
      }
      assertEquals(List.of(), assessment.warnings());
    }
  }

  @Test
  void hostileTextReachesEveryKindOfHostility() {
    List<String> texts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (long seed = 0; seed < 100; seed++) {
      Assessment assessment = ModelGenerator.of(seed, TextStyle.HOSTILE).assessment();
      texts.add(assessment.title());
      ids.add(assessment.id());
      for (Judgment judgment : assessment.judgments()) {
        judgment.findings().stream().map(Finding::title).forEach(texts::add);
        judgment.evidence().stream().map(Evidence::description).forEach(texts::add);
        judgment.evidence().forEach(e -> e.id().ifPresent(ids::add));
      }
      assessment.scale().ifPresent(s -> s.grades().forEach(g -> texts.add(g.label())));
    }
    assertTrue(texts.stream().anyMatch(t -> t.equals("no") || t.equals("yes") || t.equals("~") || t.equals("null")));
    assertTrue(texts.stream().anyMatch(t -> t.contains("a: b") || t.contains("- a") || t.contains("#x")));
    assertTrue(texts.stream().anyMatch(t -> t.contains("\n")));
    assertTrue(texts.stream().anyMatch(t -> !t.equals(t.strip())));
    assertTrue(texts.stream().anyMatch(t -> t.codePoints().anyMatch(Character::isSupplementaryCodePoint)));
    assertTrue(texts.stream().anyMatch(t -> t.codePoints().anyMatch(c -> Character.getType(c) == Character.NON_SPACING_MARK)));
    assertTrue(
        texts.stream()
            .anyMatch(t -> t.codePoints().anyMatch(c -> Character.getDirectionality(c) == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC)));
    assertTrue(texts.stream().anyMatch(t -> t.length() > 1_000));
    assertTrue(ids.stream().anyMatch(HostileText.ids()::contains), ids.toString());
  }

  @Test
  void plainTextIsPlain() {
    for (long seed = 0; seed < 100; seed++) {
      Assessment assessment = ModelGenerator.of(seed).assessment();
      List<String> texts = new ArrayList<>();
      texts.add(assessment.title());
      assessment.judgments().forEach(j -> j.findings().forEach(f -> texts.add(f.title())));
      for (String text : texts) {
        assertTrue(text.matches("[A-Za-z0-9 ]+"), text);
      }
    }
  }

  @Test
  void hostileSamplesAreWellFormedAndNeverBlank() {
    for (String sample : HostileText.samples()) {
      assertTrue(!sample.isBlank(), sample);
      for (int i = 0; i < sample.length(); i++) {
        char c = sample.charAt(i);
        if (Character.isHighSurrogate(c)) {
          assertTrue(i + 1 < sample.length() && Character.isLowSurrogate(sample.charAt(i + 1)), sample);
          i++;
        } else {
          assertTrue(!Character.isLowSurrogate(c), sample);
        }
        assertTrue(!Character.isISOControl(c) || c == '\t' || c == '\n' || c == '\r' || c == 0x85, sample);
      }
    }
    assertTrue(HostileText.keys().stream().noneMatch(k -> k.contains("\n")));
    assertTrue(HostileText.ids().stream().allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*")));
  }

  @Test
  void generatedMappingsAreLawfulBetweenTheScalesAsked() {
    for (long seed = 0; seed < 100; seed++) {
      ModelGenerator generate = ModelGenerator.of(seed, seed % 2 == 0 ? TextStyle.PLAIN : TextStyle.HOSTILE);
      GradeScale from = generate.scale();
      GradeScale to = generate.scale(3);
      var mapping = generate.mapping(from, to);
      assertEquals(from, mapping.from());
      assertEquals(to, mapping.to());
      assertEquals(3, to.size());
      assertEquals(List.of(), MappingLaws.check(from, to, g -> mapping.targets(g).grades()));
    }
  }

  @Test
  void scalesHaveTheSizeAskedAndScoresDecreaseWhenGiven() {
    int scored = 0;
    for (long seed = 0; seed < 100; seed++) {
      GradeScale scale = ModelGenerator.of(seed, TextStyle.HOSTILE).scale((int) (2 + seed % 6));
      assertEquals(2 + seed % 6, scale.size());
      if (scale.best().score().isPresent()) {
        scored++;
        for (int i = 1; i < scale.size(); i++) {
          Grade better = scale.grade(i - 1);
          assertTrue(scale.grade(i).score().getAsDouble() < better.score().getAsDouble());
        }
      }
    }
    assertTrue(scored > 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ModelGenerator.of(1).scale(1));
    assertEquals("a scale has at least two grades, not 1", e.getMessage());
  }

  @Test
  void aFrameworkOnAGivenScaleAlwaysHasIt() {
    for (long seed = 0; seed < 300; seed++) {
      assertEquals(java.util.Optional.of(GradeScales.PPAF_DIRECTION), ModelGenerator.of(seed).framework(GradeScales.PPAF_DIRECTION).scale());
    }
    boolean withoutScale = false;
    for (long seed = 0; seed < 1000 && !withoutScale; seed++) {
      withoutScale = ModelGenerator.of(seed).framework().scale().isEmpty();
    }
    assertTrue(withoutScale);
  }

  @Test
  void shapesRefuseNegativeSizes() {
    InvariantException e =
        assertThrows(InvariantException.class, () -> AssessmentShape.builder().findingsPerJudgment(-1).build());
    assertEquals("findingsPerJudgment -1 is negative", e.getMessage());
  }
}
