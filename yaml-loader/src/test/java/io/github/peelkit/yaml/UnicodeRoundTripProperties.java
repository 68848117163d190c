package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.testkit.HostileText;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeScale;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Nothing is lost between the writer and the reader, whatever the text: every hostile sample in every
 * kind of place, any sequence of code points, and texts at the reader's limits read back equal with
 * the default reader; text that is not well-formed UTF-16 is refused by the writer, which names where
 * it is, rather than written corrupted.
 */
class UnicodeRoundTripProperties {
  private static final Framework PEEL = Catalog.builtIn().frameworks().get("peel-2021-22");

  private static Catalog readBack(Object value) {
    String yaml = YamlWriter.standard().write(List.of(value));
    LoadResult result = YamlReader.standard().read("written.yaml", yaml);
    assertEquals(List.of(), result.problems(), () -> "problems reading back:\n" + yaml);
    return result.catalog();
  }

  /** A scale holding a text in every kind of place a scale has: name, description, label, alias, extensions. */
  private static GradeScale scaleHolding(String text, String key) {
    Map<String, ExtensionValue> nested = new LinkedHashMap<>();
    nested.put(key, ExtensionValue.of(text));
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    values.put(key, ExtensionValue.of(text));
    values.put("nested", new ExtensionValue.Mapping(nested));
    values.put("list", new ExtensionValue.Sequence(List.of(ExtensionValue.of(text))));
    return GradeScale.builder()
        .id("holder")
        .name(text)
        .description(text)
        .addDefinitions(
            GradeDefinition.builder().id("a").label(text).description(text).build(),
            GradeDefinition.builder().id("b").label("B " + text).addAliases("alias " + text).build())
        .extensions(Extensions.of(values))
        .build();
  }

  /** An assessment holding a text in a statement, a finding, a sample's description and note. */
  private static Assessment assessmentHolding(String text) {
    return Assessment.builder()
        .id("holder")
        .subject(Subject.of("force", text))
        .framework(PEEL)
        .title(text)
        .published(LocalDate.of(2022, 10, 14))
        .addJudgments(
            Judgment.builder()
                .area(PEEL.area("fairness-and-respect"))
                .outcome(Outcome.graded(PEEL.scale().orElseThrow().grade("good")))
                .statement(text)
                .addFindings(Finding.builder().kind(FindingKind.STRENGTH).title(text).text(text).build())
                .addEvidence(Sample.builder().description(text).note(text).successes(168).size(196).build())
                .build())
        .build();
  }

  @Test
  void everyHostileSampleReadsBackInEveryKindOfPlace() {
    List<String> keys = HostileText.keys();
    for (int i = 0; i < HostileText.samples().size(); i++) {
      String text = HostileText.samples().get(i);
      GradeScale scale = scaleHolding(text, keys.get(i % keys.size()));
      assertEquals(scale, readBack(scale).scales().get("holder"), text);
      Assessment assessment = assessmentHolding(text);
      assertEquals(assessment, readBack(assessment).findAssessment("holder").orElseThrow(), text);
    }
  }

  /** Surrogates alone and paired, combining, direction and format characters, line breaks, quotes. */
  private static final int[] TRICKY = {
    0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0x1F693, 0x0301, 0x202E, 0x200D, 0x0085, 0x2028, 0xFEFF, '\'', '"', '\\', '\n', ' '
  };

  /** Code points of every kind, surrogates among them: paired they are a character, alone they are not. */
  private static Gen<String> anyCodePoints() {
    Gen<Integer> any = integers().between(0, Character.MAX_CODE_POINT);
    Gen<Integer> tricky =
        integers().between(0, TRICKY.length - 1).map(i -> TRICKY[i]);
    Gen<Integer> ascii = integers().between(0x20, 0x7E);
    return lists()
        .of(any.mix(tricky, 40).mix(ascii, 30))
        .ofSizeBetween(1, 40)
        .map(points -> {
          StringBuilder b = new StringBuilder();
          points.forEach(b::appendCodePoint);
          return b.toString();
        });
  }

  private static boolean wellFormed(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }

  @Test
  void anyTextAsAnExtensionReadsBackOrIsRefusedNamingWhereItIs() {
    qt().withExamples(1_500)
        .forAll(anyCodePoints())
        .checkAssert(
            text -> {
              Map<String, ExtensionValue> values = new LinkedHashMap<>();
              values.put("note", ExtensionValue.of(text));
              GradeScale scale =
                  GradeScale.builder()
                      .id("holder")
                      .name("Holder")
                      .addDefinitions(GradeDefinition.of("a", "A"), GradeDefinition.of("b", "B"))
                      .extensions(Extensions.of(values))
                      .build();
              if (wellFormed(text)) {
                assertEquals(scale, readBack(scale).scales().get("holder"));
              } else {
                IllegalArgumentException e =
                    assertThrows(IllegalArgumentException.class, () -> YamlWriter.standard().write(scale));
                assertTrue(e.getMessage().startsWith("text at extensions.note holds a lone surrogate U+"), e.getMessage());
              }
            });
  }

  @Test
  void loneSurrogatesAreRefusedByTheWriterWhereverTheyAre() {
    String lone = "police \uD83D car";
    assertEquals(
        "text at judgments[0].findings[0].title holds a lone surrogate U+D83D at index 7: it is not well-formed UTF-16"
            + " and has no UTF-8 form, so it cannot be written",
        assertThrows(IllegalArgumentException.class, () -> YamlWriter.standard().write(withFindingTitled(lone)))
            .getMessage());
    Map<String, ExtensionValue> byKey = new LinkedHashMap<>();
    byKey.put("k\uDE93", ExtensionValue.of("v"));
    GradeScale keyed =
        GradeScale.builder()
            .id("k")
            .name("K")
            .addDefinitions(GradeDefinition.of("a", "A"), GradeDefinition.of("b", "B"))
            .extensions(Extensions.of(byKey))
            .build();
    assertEquals(
        "text at extensions.k\uDE93 holds a lone surrogate U+DE93 at index 1: it is not well-formed UTF-16 and has no"
            + " UTF-8 form, so it cannot be written",
        assertThrows(IllegalArgumentException.class, () -> YamlWriter.standard().write(keyed)).getMessage());
    // Nothing is written, not even the documents before the one refused.
    assertThrows(IllegalArgumentException.class, () -> YamlWriter.standard().write(List.of(PEEL, keyed)));
  }

  private static Assessment withFindingTitled(String title) {
    Assessment a = assessmentHolding("plain");
    Judgment j = a.judgments().get(0);
    return Assessment.builder()
        .from(a)
        .judgments(List.of(Judgment.builder().from(j).findings(List.of(Finding.of(FindingKind.STRENGTH, title))).build()))
        .build();
  }

  @Test
  void textsAtTheReadersLimitsReadBackWithTheDefaultReader() {
    int max = Limits.defaults().maxScalarLength();
    List<String> texts =
        List.of(
            // Escapes write up to six characters for one: long escaped texts are broken over lines.
            "\u0085".repeat(max),
            "\u001B[0m".repeat(max / 4),
            " \u2028\t ".repeat(max / 4),
            // Doubled in single quotes, a quote would double the line: such a text is double-quoted.
            "'".repeat(max),
            // Astral characters count two.
            "\uD83D\uDE93".repeat(max / 2),
            "x".repeat(max));
    for (String text : texts) {
      assertTrue(text.length() <= max);
      Map<String, ExtensionValue> values = new LinkedHashMap<>();
      values.put("k", ExtensionValue.of(text));
      GradeScale scale =
          GradeScale.builder()
              .id("holder")
              .name("Holder")
              .description(text)
              .addDefinitions(GradeDefinition.of("a", "A"), GradeDefinition.of("b", "B"))
              .extensions(Extensions.of(values))
              .build();
      String yaml = YamlWriter.standard().write(scale);
      assertTrue(yaml.lines().allMatch(l -> l.length() <= max + 40), () -> "a line too long for " + text.substring(0, 8));
      assertEquals(scale, readBack(scale).scales().get("holder"));
    }
  }
}
