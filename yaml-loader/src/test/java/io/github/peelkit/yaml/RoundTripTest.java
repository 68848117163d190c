package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.assessment.Period;
import io.github.peelkit.assessment.Source;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.Ungraded;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Criterion;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing then reading gives equal models, and the written text reads as a person would write it. */
class RoundTripTest {
  private static final YamlWriter WRITER = YamlWriter.standard();

  private static Catalog read(String yaml) {
    LoadResult result = YamlReader.standard().read("written.yaml", yaml);
    assertEquals(List.of(), result.errors(), () -> "errors reading back:\n" + yaml);
    return result.catalog();
  }

  private static Extensions extensions() {
    Map<String, ExtensionValue> nested = new LinkedHashMap<>();
    nested.put("z", ExtensionValue.of(new BigDecimal("1.50")));
    nested.put("a", new ExtensionValue.Sequence(List.of(ExtensionValue.of("yes"), ExtensionValue.Null.NULL)));
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    values.put("source-page", ExtensionValue.of(new BigDecimal("12")));
    values.put("checked", ExtensionValue.of(true));
    values.put("a: b", ExtensionValue.of("0x10"));
    values.put("nested", new ExtensionValue.Mapping(nested));
    values.put("empty", new ExtensionValue.Mapping(Map.of()));
    values.put("none", new ExtensionValue.Sequence(List.of()));
    return Extensions.of(values);
  }

  static final GradeScale PASS_FAIL =
      GradeScale.builder()
          .id("pass-fail")
          .name("Pass or fail")
          .description("Two grades.\nOn two lines.")
          .addDefinitions(
              GradeDefinition.builder().id("pass").label("Pass").score(1.0).addAliases("yes", "P").extensions(extensions()).build(),
              GradeDefinition.builder().id("fail").label("Fail").score(-0.5).description(" leading space").build())
          .extensions(extensions())
          .build();

  static final Framework FRAMEWORK =
      Framework.builder()
          .id("test-framework")
          .name("Test framework")
          .description("#not a comment")
          .scale(PASS_FAIL)
          .addAreas(
              Area.builder()
                  .id("parent")
                  .name("Parent")
                  .graded(false)
                  .addCriteria(Criterion.of("c-1", "- not a list"))
                  .addAreas(Area.builder().id("child").name("Child").addAliases("~", "null").extensions(extensions()).build())
                  .build(),
              Area.of("other", "Other"))
          .extensions(extensions())
          .build();

  static Assessment assessment() {
    GradeScale scale = PASS_FAIL;
    Sample sample =
        Sample.builder()
            .id("grounds")
            .description("Stop and search records with reasonable grounds recorded")
            .successes(168)
            .size(196)
            .population(1000)
            .level(0.9)
            .method(IntervalMethod.CLOPPER_PEARSON)
            .reported(Reported.of(new BigDecimal("0.857"), new BigDecimal("0.049")))
            .note("")
            .extensions(extensions())
            .build();
    Measure measure =
        Measure.builder()
            .id("calls")
            .description("999 calls answered within ten seconds")
            .value(new BigDecimal("0.850"))
            .unit("proportion")
            .standard(Standard.builder().name("national standard").atLeast(new BigDecimal("0.90")).atMost(new BigDecimal("1E+0")).build())
            .comparison(Comparison.of("England and Wales", new BigDecimal("1.0E-3")))
            .build();
    Finding recommendation = Finding.builder().kind(FindingKind.RECOMMENDATION).id("r-1").number(1).title("Do better").build();
    Finding concern =
        Finding.builder()
            .kind(FindingKind.CAUSE_OF_CONCERN)
            .title("Concern: serious")
            .text("Line one\nLine two\n")
            .addRecommendations("r-1")
            .addEvidence("grounds", "calls")
            .build();
    return Assessment.builder()
        .id("essex-test")
        .subject(Subject.builder().id("essex").name("Essex Police").extensions(extensions()).build())
        .framework(FRAMEWORK)
        .title("no")
        .published(LocalDate.of(2022, 10, 14))
        .period(Period.of(LocalDate.of(2021, 6, 1), LocalDate.of(2022, 6, 30)))
        .source(Source.builder().title("Report").publisher("HMICFRS").url("https://example.org/a#b").published(LocalDate.of(2022, 10, 14)).note("1e3").build())
        .note("'quoted'")
        .addFindings(recommendation)
        .addJudgments(
            Judgment.builder()
                .area(FRAMEWORK.area("child"))
                .outcome(Outcome.graded(scale.grade("fail")))
                .statement("Essex Police fails: \"really\".")
                .published(LocalDate.of(2023, 5, 1))
                .note("~")
                .addFindings(concern)
                .findingCounts(FindingCounts.of(Map.of(FindingKind.AREA_FOR_IMPROVEMENT, 9, FindingKind.RECOMMENDATION, 0)))
                .addEvidence(sample, measure)
                .distribution(PeerDistribution.builder().population(43).counts(Map.of(scale.grade("pass"), 40, scale.grade("fail"), 3)).description("forces").build())
                .extensions(extensions())
                .build(),
            Judgment.builder()
                .area(FRAMEWORK.area("parent"))
                .outcome(Ungraded.builder().reason(UngradedReason.GRADED_SEPARATELY).note("elsewhere").extensions(extensions()).build())
                .build())
        .extensions(extensions())
        .build();
  }

  @Test
  void builtInGradingRulesReadBackEqualAndReadAsWritten() {
    for (GradingRules rules : GradingRuleSets.all()) {
      String yaml = WRITER.write(rules);
      // A restatement of a built-in item is checked against it, and references name the built-in one.
      assertEquals(List.of(), YamlReader.standard().read("written.yaml", yaml).problems(), yaml);
      String renamed = yaml.replace("id: " + rules.id(), "id: copy");
      assertEquals(GradingRules.builder().from(rules).id("copy").build(), read(renamed).findGradingRules("copy").orElseThrow());
    }
    String cqc = WRITER.write(GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022);
    assertTrue(
        cqc.contains(
            "rules:\n"
                + "  - grade: inadequate\n"
                + "    when:\n"
                + "      count: inadequate\n"
                + "      atLeast: 2\n"),
        cqc);
    assertTrue(cqc.contains("  - grade: requires-improvement\n    otherwise: true\n"), cqc);
    String hmip = WRITER.write(GradingRuleSets.HMIP_YOUTH_JUSTICE_2018);
    assertTrue(hmip.contains("inputs: 12\n"), hmip);
    assertTrue(hmip.contains("points:\n  values:\n    outstanding: 3\n    good: 2\n"), hmip);
    assertFalse(hmip.contains("basis"), "the default basis is left out");
  }

  @Test
  void derivedGradesAndOverridesReadBackEqual() throws IOException {
    Catalog catalog = read(Files.readString(Path.of("src/test/resources/corpus/valid/derived-grades.yaml")));
    Framework homes = catalog.frameworks().get("care-homes");
    Assessment a2018 = catalog.findAssessment("a-home-2018").orElseThrow();
    Assessment a2019 = catalog.findAssessment("a-home-2019").orElseThrow();
    assertTrue(homes.area("overall").derived().isPresent());
    assertEquals(List.of("safe", "effective", "caring", "responsive", "well-led"), a2018.judgment("overall").derived().orElseThrow().from());
    assertTrue(a2019.judgment("overall").override().isPresent());
    Catalog again = read(WRITER.write(List.of(a2019, a2018, homes)));
    assertEquals(homes, again.frameworks().get("care-homes"));
    assertEquals(a2018, again.findAssessment("a-home-2018").orElseThrow());
    assertEquals(a2019, again.findAssessment("a-home-2019").orElseThrow());
  }

  @Test
  void aScaleReadsBackEqual() {
    assertEquals(PASS_FAIL, read(WRITER.write(PASS_FAIL)).scales().get("pass-fail"));
  }

  @Test
  void aFrameworkReadsBackEqual() {
    assertEquals(FRAMEWORK, read(WRITER.write(List.of(PASS_FAIL, FRAMEWORK))).frameworks().get("test-framework"));
  }

  @Test
  void anAssessmentWithEveryAttributeReadsBackEqual() {
    Assessment a = assessment();
    assertEquals(a, read(WRITER.write(List.of(a, FRAMEWORK, PASS_FAIL))).findAssessment("essex-test").orElseThrow());
  }

  @Test
  void anAssessmentConvertedToAnotherScaleKeepsItsScale() {
    Framework peel2014 =
        Framework.builder().id("old").name("Old").scale(GradeScales.PEEL_2014).addAreas(Area.of("only", "Only")).build();
    Assessment converted =
        Assessment.builder()
            .id("converted")
            .subject(Subject.of("s", "S"))
            .framework(peel2014)
            .scale(GradeScales.PEEL_2021)
            .title("T")
            .published(LocalDate.of(2020, 1, 1))
            .addJudgments(Judgment.graded(peel2014.area("only"), GradeScales.PEEL_2021.grade("adequate")))
            .build();
    String yaml = WRITER.write(List.of(converted, peel2014));
    assertTrue(yaml.contains("\nscale: peel-2021\n"));
    assertEquals(converted, read(yaml).findAssessment("converted").orElseThrow());
  }

  @Test
  void writesKeysInTheFormatsOrderAndLeavesDefaultsOut() {
    GradeScale scale = GradeScale.of("ab", "A or B", List.of(GradeDefinition.of("a", "A"), GradeDefinition.of("b", "B")));
    Framework framework = Framework.builder().id("f").name("F").scale(scale).addAreas(Area.of("x", "X")).build();
    Assessment a =
        Assessment.builder()
            .id("x")
            .subject(Subject.of("s", "S"))
            .framework(framework)
            .title("T")
            .published(LocalDate.of(2022, 10, 14))
            .addJudgments(
                Judgment.builder()
                    .area(framework.area("x"))
                    .outcome(Outcome.graded(scale.grade("a")))
                    .addEvidence(Sample.of("d", 168, 196))
                    .build())
            .build();
    assertEquals(
        "apiVersion: peelkit/v1\n"
            + "kind: Framework\n"
            + "id: f\n"
            + "name: F\n"
            + "scale: ab\n"
            + "areas:\n"
            + "  - id: x\n"
            + "    name: X\n",
        WRITER.write(framework));
    assertEquals(
        "apiVersion: peelkit/v1\n"
            + "kind: Assessment\n"
            + "id: x\n"
            + "subject:\n"
            + "  id: s\n"
            + "  name: S\n"
            + "framework: f\n"
            + "title: T\n"
            + "published: 2022-10-14\n"
            + "judgments:\n"
            + "  - area: x\n"
            + "    grade: a\n"
            + "    evidence:\n"
            + "      - description: d\n"
            + "        successes: 168\n"
            + "        size: 196\n",
        WRITER.write(a));
  }

  @Test
  void quotesOnlyWhereATextWouldReadBackAsSomethingElse() {
    List<String> texts =
        List.of("yes", "no", "~", "null", "0x10", "1e3", "- a", "a: b", "#x", " lead", "trail ", "plain words", "a-b");
    GradeDefinition.Builder first = GradeDefinition.builder().id("a").label("A");
    texts.forEach(first::addAliases);
    GradeScale scale = GradeScale.of("quoting", "Quoting", List.of(first.build(), GradeDefinition.of("b", "B")));
    String yaml = WRITER.write(scale);
    assertTrue(
        yaml.contains(
            "    aliases:\n      - 'yes'\n      - 'no'\n      - '~'\n      - 'null'\n      - '0x10'\n      - '1e3'\n"
                + "      - '- a'\n      - 'a: b'\n      - '#x'\n      - ' lead'\n      - 'trail '\n"
                + "      - plain words\n      - a-b\n"),
        yaml);
    GradeDefinition empty = GradeDefinition.builder().id("a").label("A").description("").build();
    assertTrue(WRITER.write(GradeScale.of("e", "E", List.of(empty, GradeDefinition.of("b", "B")))).contains("    description: ''\n"));
  }

  @Test
  void quotesWhatYaml11WouldTypeSoThatYaml11ToolsReadTextToo() {
    // Text to YAML 1.2, typed by YAML 1.1: booleans, integers in base 2, 8 and 60 and with '_', floats
    // in base 60, timestamps, the merge key. Beside them, texts that are text to both stay plain.
    List<String> typed =
        List.of("On", "OFF", "Yes", "y", "N", "0b101", "017", "1_000", "190:20:30", "-1:30", "1:30.5", "1_0.5", "2022-10-14",
            "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "<<");
    List<String> plain = List.of("n0", "1:3x", "2022-10-14x", "0b102", "yy", "ON-call", "<<x", "=");
    GradeDefinition.Builder first = GradeDefinition.builder().id("a").label("A");
    typed.forEach(first::addAliases);
    plain.forEach(first::addAliases);
    GradeScale scale = GradeScale.of("quoting", "Quoting", List.of(first.build(), GradeDefinition.of("b", "B")));
    String yaml = WRITER.write(scale);
    for (String t : typed) {
      assertTrue(yaml.contains("      - '" + t + "'\n"), () -> t + " is not quoted:\n" + yaml);
    }
    for (String t : plain) {
      assertTrue(yaml.contains("      - " + t + "\n"), () -> t + " is quoted:\n" + yaml);
    }
    assertEquals(scale, read(yaml).scales().get("quoting"));
  }

  @Test
  void writesNumbersExactlyAsHeld() {
    String yaml = WRITER.write(assessment());
    assertTrue(yaml.contains("          estimate: 0.857\n          margin: 0.049\n"), yaml);
    assertTrue(yaml.contains("        value: 0.850\n"), yaml);
    assertTrue(yaml.contains("          atLeast: 0.90\n          atMost: 1\n"), yaml);
    assertTrue(yaml.contains("          value: 0.0010\n"), yaml);
    assertTrue(yaml.contains("        z: 1.50\n"), yaml);
  }

  @Test
  void writesTextsOfSeveralLinesAsLiteralBlocks() {
    String yaml = WRITER.write(PASS_FAIL);
    assertTrue(yaml.contains("description: |-\n  Two grades.\n  On two lines.\n"), yaml);
    assertTrue(WRITER.write(assessment()).contains("        text: |\n          Line one\n          Line two\n"));
  }

  @Test
  void controlCharactersAndLineSeparatorsReadBackExactly() {
    List<String> texts =
        List.of("nul\u0000x", "bell\u0007", "del\u007F", "c1\u0085\u009F", "ls\u2028ps\u2029", "bom\uFEFF", "nonchar\uFFFE",
            "cr\rlf\n", "tab\tend", "\\back", "quote\"'", " ");
    GradeDefinition.Builder a = GradeDefinition.builder().id("a").label("A");
    texts.forEach(t -> a.addAliases("alias " + t));
    Map<String, ExtensionValue> ext = new LinkedHashMap<>();
    for (int i = 0; i < texts.size(); i++) {
      ext.put(texts.get(i), ExtensionValue.of(texts.get(i)));
      ext.put("n" + i, ExtensionValue.of(new BigDecimal(java.math.BigInteger.valueOf(-7 * i), i * 3 - 9)));
    }
    GradeScale scale =
        GradeScale.builder()
            .id("controls")
            .name("Controls")
            .description(String.join("|", texts))
            .addDefinitions(a.build(), GradeDefinition.of("b", "B"))
            .extensions(Extensions.of(ext))
            .build();
    assertEquals(scale, read(WRITER.write(scale)).scales().get("controls"));
  }

  @Test
  void aGradeMappingReadsBackEqualAndReadsAsAPersonWouldWriteIt() {
    GradeMapping mapping =
        GradeMapping.builder()
            .id("pass-to-peel")
            .from(PASS_FAIL)
            .to(GradeScales.PEEL_2021)
            .comparable(false)
            .note("Not comparable.")
            .putRule(PASS_FAIL.grade("pass"), GradeScales.PEEL_2021.range(GradeScales.PEEL_2021.grade("outstanding"), GradeScales.PEEL_2021.grade("adequate")))
            .putRule(PASS_FAIL.grade("fail"), GradeScales.PEEL_2021.range(GradeScales.PEEL_2021.grade("requires-improvement"), GradeScales.PEEL_2021.grade("inadequate")))
            .extensions(extensions())
            .build();
    String yaml = WRITER.write(mapping);
    assertTrue(
        yaml.startsWith(
            "apiVersion: peelkit/v1\nkind: GradeMapping\nid: pass-to-peel\nfrom: pass-fail\nto: peel-2021\ncomparable: false\n"
                + "note: Not comparable.\nrules:\n  pass:\n    - outstanding\n    - good\n    - adequate\n  fail:\n"
                + "    - requires-improvement\n    - inadequate\n"),
        yaml);
    assertEquals(mapping, read(WRITER.write(List.of(mapping, PASS_FAIL))).mappings().get("pass-to-peel"));
    Assessment converted = assessmentOnPassFail().convert(mapping, Policy.RANGE);
    Catalog back = read(WRITER.write(List.of(converted, mapping, PASS_FAIL, FRAMEWORK)));
    assertEquals(converted, back.findAssessment(converted.id()).orElseThrow());
    assertTrue(WRITER.write(converted).contains(
        "    conversion:\n      mapping: pass-to-peel\n      from: fail\n      targets:\n        - requires-improvement\n"
            + "        - inadequate\n      relation: one-to-many\n      comparable: false\n      policy: range\n"));
  }

  private static Assessment assessmentOnPassFail() {
    return Assessment.builder()
        .id("to-convert")
        .subject(Subject.of("s", "S"))
        .framework(FRAMEWORK)
        .title("T")
        .published(LocalDate.of(2020, 1, 1))
        .addJudgments(
            Judgment.builder()
                .area(FRAMEWORK.area("child"))
                .outcome(Outcome.graded(PASS_FAIL.grade("fail")))
                .addFindings(
                    Finding.builder().kind(FindingKind.CAUSE_OF_CONCERN).title("C").addRecommendations("r").build(),
                    Finding.builder().kind(FindingKind.RECOMMENDATION).id("r").title("R").build())
                .build(),
            Judgment.graded(FRAMEWORK.area("other"), PASS_FAIL.grade("pass")))
        .build();
  }

  @Test
  void refusesLoneSurrogatesRatherThanCorruptThem() {
    GradeScale broken = GradeScale.of("broken", "Broken \uD800x", List.of(GradeDefinition.of("a", "A"), GradeDefinition.of("b", "B")));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> WRITER.write(broken));
    assertEquals(
        "text at name holds a lone surrogate U+D800 at index 7: it is not well-formed UTF-16 and has no UTF-8 form,"
            + " so it cannot be written",
        e.getMessage());
    GradeScale low = GradeScale.of("low", "Low", List.of(GradeDefinition.builder().id("a").label("A").addAliases("\uDC00").build(), GradeDefinition.of("b", "B")));
    assertEquals(
        "text at grades[0].aliases[0] holds a lone surrogate U+DC00 at index 0: it is not well-formed UTF-16 and has no"
            + " UTF-8 form, so it cannot be written",
        assertThrows(IllegalArgumentException.class, () -> WRITER.write(low)).getMessage());
  }

  @Test
  void refusesDatesOutsideTheFormatsYears() {
    Framework f = Framework.builder().id("f").name("F").build();
    Assessment far =
        Assessment.builder().id("far").subject(Subject.of("s", "S")).framework(f).title("T").published(LocalDate.of(10_000, 1, 1)).build();
    assertEquals(
        "date at published is +10000-01-01: the format writes dates as YYYY-MM-DD, years 0000 to 9999",
        assertThrows(IllegalArgumentException.class, () -> WRITER.write(far)).getMessage());
  }

  @Test
  void refusesValuesThatAreNotDocuments() {
    assertEquals(
        "cannot write java.lang.String as a document: write GradeScale, Framework, GradeMapping, GradingRules or Assessment values",
        assertThrows(IllegalArgumentException.class, () -> WRITER.write(List.of("text"))).getMessage());
  }

  @Test
  void theExampleDataAndTheSpecExampleReadBackEqual() {
    for (Path source : List.of(Path.of("../examples/data"), Path.of("src/test/resources/corpus/valid/spec-example.yaml"))) {
      Catalog catalog = YamlReader.standard().read(source).orThrow();
      assertFalse(catalog.assessments().isEmpty());
      // The frameworks and scales a folder defines itself (PEEL 2017's, 2018/19's) are written along, as
      // peel convert writes them, so that each assessment reads back on its own.
      List<Object> definitions = new ArrayList<>();
      catalog.scales().forEach((id, s) -> add(definitions, Catalog.builtIn().scales().containsKey(id), s));
      catalog.frameworks().forEach((id, f) -> add(definitions, Catalog.builtIn().frameworks().containsKey(id), f));
      for (Assessment a : catalog.assessments().values()) {
        List<Object> documents = new ArrayList<>(definitions);
        documents.add(a);
        Catalog back = read(WRITER.write(documents));
        assertEquals(a, back.findAssessment(a.id()).orElseThrow(), a.id());
      }
    }
  }

  private static void add(List<Object> documents, boolean builtIn, Object definition) {
    if (!builtIn) {
      documents.add(definition);
    }
  }

  @Test
  void theBuiltInFrameworksReadBackEqual() {
    for (Framework f : Catalog.builtIn().frameworks().values()) {
      String yaml = WRITER.write(f).replace("id: " + f.id() + "\n", "id: copy-of-" + f.id() + "\n");
      Framework back = read(yaml).frameworks().get("copy-of-" + f.id());
      assertEquals(Framework.builder().from(f).id("copy-of-" + f.id()).build(), back);
    }
  }

  @Test
  void writesAFileInUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.yaml");
    WRITER.write(file, List.of(PASS_FAIL, FRAMEWORK, assessment()));
    assertEquals(assessment(), YamlReader.standard().read(file).orThrow().findAssessment("essex-test").orElseThrow());
    assertEquals(WRITER.write(List.of(PASS_FAIL, FRAMEWORK, assessment())), Files.readString(file));
  }
}
