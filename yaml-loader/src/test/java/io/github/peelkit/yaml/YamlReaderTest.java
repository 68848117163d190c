package io.github.peelkit.yaml;

import static io.github.peelkit.yaml.Yaml.doc;
import static io.github.peelkit.yaml.Yaml.essex;
import static io.github.peelkit.yaml.Yaml.lines;
import static io.github.peelkit.yaml.Yaml.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.GradeScale;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlReaderTest {
  private static final Path SPEC_EXAMPLE = Path.of("src/test/resources/corpus/valid/spec-example.yaml");

  @Test
  void loadsTheSpecExampleAsWritten() {
    LoadResult result = YamlReader.standard().read(SPEC_EXAMPLE);
    assertEquals(List.of(), result.problems());
    Assessment essex = result.catalog().findAssessment("essex-peel-2021-22").orElseThrow();
    assertEquals("Essex Police", essex.subject().name());
    assertEquals(3, essex.judgments().size());
    Judgment fairness = essex.judgment("Treatment of the public");
    assertEquals("good", fairness.grade().orElseThrow().id());
    Sample grounds = (Sample) fairness.evidence("stop-search-grounds-2021");
    assertEquals(196, grounds.size().getAsLong());
    assertEquals(new BigDecimal("0.857"), grounds.reported().orElseThrow().estimate());
    assertEquals("...", fairness.evidence().get(1).description());
    Measure calls = (Measure) essex.evidence("emergency-calls-10s");
    assertEquals(new BigDecimal("0.90"), calls.standard().orElseThrow().atLeast().orElseThrow());
    assertFalse(calls.meetsStandard().orElseThrow());
    assertTrue(essex.judgment("victim-service-assessment").ungraded().isPresent());
  }

  @Test
  void referencesNameTheBuiltInItemsWhenAFileRestatesThem() {
    Catalog catalog = YamlReader.standard().read(SPEC_EXAMPLE).orThrow();
    assertEquals(Catalog.builtIn().frameworks().get("peel-2021-22"), catalog.frameworks().get("peel-2021-22"));
    assertEquals(
        Catalog.builtIn().frameworks().get("peel-2021-22"),
        catalog.findAssessment("essex-peel-2021-22").orElseThrow().framework());
    assertTrue(catalog.origin(DocumentKind.FRAMEWORK, "peel-2021-22").orElseThrow().builtIn());
  }

  @Test
  void refusesARestatementThatConflictsWithTheBuiltIn() {
    String text =
        doc("Framework", "peel-2021-22")
            + "name: PEEL Assessment Framework 2021/22\nscale: peel-2021\nareas:\n  - {id: leadership, name: Leadership}\n";
    assertEquals(
        List.of(
            "t.yaml:3:5: error[PK007]: id: Framework 'peel-2021-22' is built in, and this definition conflicts with it:"
                + " area 'leadership' is not an area of the built-in framework; give yours another id"),
        lines(text));
  }

  @Test
  void aMisspeltKeyGradeOrAreaGivesOneLineThatSaysWhereAndWhatWasMeant() {
    assertEquals(
        List.of("t.yaml:10:5: error[PK004]: judgments[0].grdae: unknown key 'grdae'; did you mean 'grade'?"),
        lines(essex("  - area: fairness-and-respect\n    grdae: good\n")));
    assertEquals(
        List.of(
            "t.yaml:10:12: error[PK008]: judgments[0].grade: unknown grade 'godo' in scale peel-2021; did you mean 'good'?"),
        lines(essex("  - area: fairness-and-respect\n    grade: godo\n")));
    assertEquals(
        List.of(
            "t.yaml:9:11: error[PK008]: judgments[0].area: unknown area 'fairness-and-respekt' in framework peel-2021-22;"
                + " did you mean 'fairness-and-respect'?"),
        lines(essex("  - area: fairness-and-respekt\n    grade: good\n")));
    assertEquals(
        List.of("t.yaml:9:5: error[PK004]: judgments[0].are: unknown key 'are'; did you mean 'area'?"),
        lines(essex("  - are: fairness-and-respect\n    grade: good\n")));
  }

  @Test
  void areasAndGradesAreNamedByIdNameOrAliasInAnyCase() {
    LoadResult result =
        read(
            essex(
                "  - {area: TREATMENT OF THE PUBLIC, grade: Good}\n"
                    + "  - {area: good use of resources, grade: requires IMPROVEMENT}\n"
                    + "  - {area: 'Managing offenders and  suspects', grade: adequate}\n"));
    assertEquals(List.of(), result.problems());
    Assessment a = result.catalog().findAssessment("essex-peel-2021-22").orElseThrow();
    assertEquals(
        List.of("fairness-and-respect", "value-for-money", "managing-offenders"),
        a.judgments().stream().map(j -> j.area().id()).toList());
    assertEquals("requires-improvement", a.judgments().get(1).grade().orElseThrow().id());
  }

  @Test
  void scalesAndFrameworksAreNamedByIdOrNameInAnyCase() {
    String text =
        doc("Framework", "my-framework")
            + "name: My framework\nscale: PEEL GRADED JUDGMENTS, 2014 TO 2018/19\nareas: [{id: only, name: Only}]\n---\n"
            + doc("Assessment", "mine")
            + "subject: {id: s, name: S}\nframework: my FRAMEWORK\ntitle: T\npublished: 2020-01-01\n"
            + "judgments: [{area: only, grade: requires improvement}]\n";
    Catalog catalog = read(text).orThrow();
    assertEquals("peel-2014", catalog.frameworks().get("my-framework").scale().orElseThrow().id());
    assertEquals("my-framework", catalog.findAssessment("mine").orElseThrow().framework().id());
    assertEquals("my-framework", catalog.findFramework("MY FRAMEWORK").orElseThrow().id());
    assertEquals("peel-2021", catalog.findScale("Peel-2021").orElseThrow().id());
  }

  @Test
  void unknownReferencesSayWhatWasProbablyMeant() {
    assertEquals(
        List.of(
            "t.yaml:5:12: error[PK008]: framework: unknown framework 'peel-2021-21'; did you mean 'peel-2021-22'?"),
        lines(doc("Assessment", "a") + "subject: {id: s, name: S}\nframework: peel-2021-21\ntitle: T\npublished: 2022-10-14\n"));
    assertEquals(
        List.of("t.yaml:5:8: error[PK008]: scale: unknown scale 'peel-2012'; did you mean 'peel-2014'?"),
        lines(doc("Framework", "f") + "name: F\nscale: peel-2012\n"));
  }

  @Test
  void yaml11WordsStayTextInTextFields() {
    String text =
        doc("GradeScale", "no")
            + "name: off\ngrades: [{id: y, label: yes, aliases: [on]}, {id: 'n', label: 'no'}]\n";
    GradeScale scale = read(text).orThrow().scales().get("no");
    assertEquals("off", scale.name());
    assertEquals("yes", scale.grade(0).label());
    assertEquals(List.of("on"), scale.grade(0).aliases());
  }

  @Test
  void neverRetypesAScalar() {
    String evidence = "  - area: fairness-and-respect\n    grade: good\n    evidence:\n      - description: d\n        size: ";
    assertEquals(
        List.of(
            "t.yaml:13:15: error[PK006]: judgments[0].evidence[0].size: expected an integer, got the number 19.6"),
        lines(essex(evidence + "19.6\n")));
    assertEquals(
        List.of("t.yaml:13:15: error[PK006]: judgments[0].evidence[0].size: expected an integer, got null"),
        lines(essex(evidence + "null\n")));
    assertEquals(
        List.of("t.yaml:13:15: error[PK006]: judgments[0].evidence[0].size: expected an integer, got text 'ten'"),
        lines(essex(evidence + "ten\n")));
    assertEquals(
        List.of("t.yaml:4:7: error[PK006]: name: expected text, got the number 2021: write '2021' in quotes if it is"
            + " meant as text"),
        lines(doc("Framework", "f") + "name: 2021\n"));
    assertEquals(
        List.of("t.yaml:5:34: error[PK006]: areas[0].graded: expected true or false, got text 'yes'"),
        lines(doc("Framework", "f") + "name: F\nareas: [{id: a, name: A, graded: yes}]\n"));
  }

  @Test
  void anIntegerWrittenWithAZeroFractionIsThatInteger() {
    String text = essex("  - area: fairness-and-respect\n    grade: good\n    evidence: [{description: d, size: 196.0}]\n");
    Sample s = (Sample) read(text).orThrow().findAssessment("essex-peel-2021-22").orElseThrow().judgments().get(0).evidence().get(0);
    assertEquals(196, s.size().getAsLong());
  }

  @Test
  void refusesNotANumberAndInfinity() {
    String measure =
        "  - area: responding-to-the-public\n    grade: good\n    evidence:\n"
            + "      - {kind: measure, description: d, unit: proportion, value: ";
    assertEquals(
        List.of("t.yaml:12:66: error[PK006]: judgments[0].evidence[0].value: value .nan is not a finite number"),
        lines(essex(measure + ".nan}\n")));
    assertEquals(
        List.of("t.yaml:12:66: error[PK006]: judgments[0].evidence[0].value: value -.Inf is not a finite number"),
        lines(essex(measure + "-.Inf}\n")));
  }

  @Test
  void readsExtensionsByYaml12CoreRulesAndKeepsThemExactly() {
    String text =
        Yaml.scale(
            "typed",
            "extensions:\n  hex: 0x10\n  octal: 0o17\n  exact: 1.50\n  quoted: '1.50'\n  word: yes\n  bool: True\n"
                + "  tilde: ~\n  empty:\n  quotedTrue: 'true'\n  big: 1e3\n  nested: {z: 1, a: [x, 2]}\n");
    GradeScale scale = read(text).orThrow().scales().get("typed");
    var v = scale.extensions().values();
    assertEquals(
        List.of("hex", "octal", "exact", "quoted", "word", "bool", "tilde", "empty", "quotedTrue", "big", "nested"),
        List.copyOf(v.keySet()));
    assertEquals(io.github.peelkit.extension.ExtensionValue.of(new BigDecimal(16)), v.get("hex"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.of(new BigDecimal(15)), v.get("octal"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.of(new BigDecimal("1.50")), v.get("exact"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.of("1.50"), v.get("quoted"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.of("yes"), v.get("word"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.of(true), v.get("bool"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.Null.NULL, v.get("tilde"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.Null.NULL, v.get("empty"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.of("true"), v.get("quotedTrue"));
    assertEquals(io.github.peelkit.extension.ExtensionValue.of(new BigDecimal("1e3")), v.get("big"));
    var nested = (io.github.peelkit.extension.ExtensionValue.Mapping) v.get("nested");
    assertEquals(List.of("z", "a"), List.copyOf(nested.values().keySet()));
  }

  @Test
  void refusesDuplicateKeysAsMalformedYaml() {
    assertEquals(
        List.of(
            "t.yaml:6:1: error[PK001]: name: duplicate key 'name', first given at line 4, column 1: a mapping holds"
                + " each key once; remove one"),
        lines(doc("Framework", "f") + "name: F\nareas: []\nname: G\n"));
  }

  @Test
  void refusesAnchorsAliasesTagsAndMergeKeys() {
    assertEquals(
        List.of(
            "t.yaml:4:7: error[PK016]: name: tag '!!str' is not supported: remove it; values are read by their plain"
                + " form"),
        lines(doc("Framework", "f") + "name: !!str F\n"));
    assertEquals(
        List.of(
            "t.yaml:5:22: error[PK016]: extensions.script: tag '!!javax.script.ScriptEngineManager' is not supported:"
                + " remove it; values are read by their plain form"),
        lines(doc("Framework", "f") + "name: F\nextensions: {script: !!javax.script.ScriptEngineManager [[!!java.net.URL [\"http://example.org/\"]]]}\n")
            .subList(0, 1));
    assertEquals(
        List.of(
            "t.yaml:6:3: error[PK016]: extensions.<<: merge key '<<' is not supported: write the entries out in full"),
        lines(doc("Framework", "f") + "name: F\nextensions:\n  <<: {a: 1}\n"));
    assertEquals(
        List.of("t.yaml:5:14: error[PK016]: extensions: alias '*x' used as a key is not supported: write the key out in full"),
        lines(doc("Framework", "f") + "name: F\nextensions: {*x : 1}\n"));
  }

  @Test
  void aQuotedMergeKeyIsAnOrdinaryExtensionKey() {
    GradeScale scale = read(Yaml.scale("merge", "extensions:\n  '<<': kept\n")).orThrow().scales().get("merge");
    assertEquals(io.github.peelkit.extension.ExtensionValue.of("kept"), scale.extensions().get("<<").orElseThrow());
  }

  @Test
  void locatesSyntaxErrorsWhereTheYamlParserFindsThem() {
    assertEquals(
        List.of(
            "t.yaml:5:1: error[PK001]: malformed YAML: found character '\\t(TAB)' that cannot start any token. (Do not"
                + " use \\t(TAB) for indentation) (while scanning for the next token)"),
        lines(doc("Framework", "f") + "name:\n\tF\n"));
  }

  @Test
  void locatesInvalidUtf8(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.yaml");
    byte[] head = (doc("Framework", "f") + "name: Caf").getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xC3;
    bytes[head.length + 1] = '\n';
    Files.write(file, bytes);
    assertEquals(
        List.of(
            file + ":4:10: error[PK001]: the file is not valid UTF-8: byte C3 at offset " + head.length
                + " is not part of a UTF-8 character; save the file as UTF-8"),
        lines(YamlReader.standard().read(file)));
  }

  @Test
  void refusesUtf16AndAcceptsAUtf8ByteOrderMark(@TempDir Path dir) throws IOException {
    Path utf16 = dir.resolve("utf16.yaml");
    Files.write(utf16, (doc("Framework", "f") + "name: F\n").getBytes(StandardCharsets.UTF_16));
    assertEquals(
        List.of(utf16 + ":1:1: error[PK001]: the file is UTF-16 encoded; peelkit reads UTF-8: save it as UTF-8"),
        lines(YamlReader.standard().read(utf16)));
    Path bom = dir.resolve("bom.yaml");
    Files.write(bom, ("\uFEFF" + doc("Framework", "f") + "name: F\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(List.of(), YamlReader.standard().read(bom).problems());
  }

  @Test
  void locatesCharactersYamlDoesNotAllow() {
    assertEquals(
        List.of(
            "t.yaml:4:9: error[PK001]: character U+0001 is not allowed in YAML: remove it or write it as an escape in"
                + " a double-quoted text"),
        lines(doc("Framework", "f") + "name: \"F\u0001\"\n"));
  }

  @Test
  void readsSeveralDocumentsInAnyOrder() {
    String text =
        doc("Assessment", "mine")
            + "subject: {id: s, name: S}\nframework: later\ntitle: T\npublished: 2020-01-01\n"
            + "judgments: [{area: only, grade: b}]\n---\n"
            + doc("Framework", "later")
            + "name: Later\nscale: ab\nareas: [{id: only, name: Only}]\n---\n"
            + doc("GradeScale", "ab")
            + "name: A or B\ngrades: [{id: a, label: A}, {id: b, label: B}]\n";
    Catalog catalog = read(text).orThrow();
    assertEquals("b", catalog.findAssessment("mine").orElseThrow().judgments().get(0).grade().orElseThrow().id());
    assertEquals(new Origin("t.yaml", 10, 1, false), catalog.origin(DocumentKind.FRAMEWORK, "later").orElseThrow());
  }

  @Test
  void readsAFolderRecursivelyInAStableOrder(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve("b.yaml"), Yaml.scale("b", ""));
    Files.writeString(dir.resolve("a/c.yml"), Yaml.scale("c", ""));
    Files.writeString(dir.resolve("D.YAML"), Yaml.scale("d", ""));
    Files.writeString(dir.resolve("notes.txt"), "not YAML");
    Files.writeString(dir.resolve(".hidden/x.yaml"), "not: read");
    Files.writeString(dir.resolve(".skip.yaml"), "not: read");
    Catalog catalog = YamlReader.standard().read(dir).orThrow();
    assertEquals(
        List.of("hmic-2007", "ppaf-direction", "peel-2014", "peel-2021", "hmip-2018", "cqc-2014", "cqc-score-2023", "d", "c", "b"),
        List.copyOf(catalog.scales().keySet()));
    assertEquals(dir.resolve("a/c.yml").toString(), catalog.origin(DocumentKind.GRADE_SCALE, "c").orElseThrow().file());
  }

  @Test
  void listsTheFilesOfAFolderInTheOrderItReadsThem(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("a"));
    Files.createDirectories(dir.resolve(".hidden"));
    Files.writeString(dir.resolve("b.yaml"), "");
    Files.writeString(dir.resolve("a/c.yml"), "");
    Files.writeString(dir.resolve("D.YAML"), "");
    Files.writeString(dir.resolve("notes.txt"), "");
    Files.writeString(dir.resolve(".hidden/x.yaml"), "");
    assertEquals(
        List.of(dir.resolve("D.YAML"), dir.resolve("a/c.yml"), dir.resolve("b.yaml")), YamlReader.files(dir));
    assertEquals(List.of(dir.resolve("notes.txt")), YamlReader.files(dir.resolve("notes.txt")));
    assertThrows(UncheckedIOException.class, () -> YamlReader.files(dir.resolve("missing.yaml")));
  }

  @Test
  void filesMayReferToEachOther(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("1-assessment.yaml"), doc("Assessment", "x") + "subject: {id: s, name: S}\nframework: f\ntitle: T\npublished: 2020-01-01\n");
    Files.writeString(dir.resolve("2-framework.yaml"), doc("Framework", "f") + "name: F\n");
    assertEquals(List.of(), YamlReader.standard().read(dir).problems());
  }

  @Test
  void reportsEveryProblemOfEveryFileSortedByFileLineAndColumn(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.yaml"), doc("Framework", "Bad Id") + "name: F\nareas: [{id: a, name: A, graded: 1}]\n");
    Files.writeString(dir.resolve("a.yaml"), doc("Framework", "f") + "nmae: F\nareas: [{id: A, name: ' '}]\n");
    LoadResult result = YamlReader.standard().read(dir);
    String a = dir.resolve("a.yaml").toString();
    String b = dir.resolve("b.yaml").toString();
    assertEquals(
        List.of(
            a + ":4:1: error[PK004]: nmae: unknown key 'nmae'; did you mean 'name'?",
            a + ":5:14: error[PK006]: areas[0].id: id 'A' is not a valid id: use lower-case letters and digits joined"
                + " by single hyphens, such as 'peel-2021'",
            a + ":5:23: error[PK006]: areas[0].name: name is blank: give it some text",
            b + ":3:5: error[PK006]: id: id 'Bad Id' is not a valid id: use lower-case letters and digits joined by"
                + " single hyphens, such as 'peel-2021'",
            b + ":5:34: error[PK006]: areas[0].graded: expected true or false, got the number 1"),
        lines(result));
  }

  @Test
  void aReferenceToADocumentThatFailedIsNotReportedAgain() {
    String text =
        doc("Framework", "broken") + "name: ''\n---\n"
            + doc("Assessment", "x") + "subject: {id: s, name: S}\nframework: broken\ntitle: T\npublished: 2020-01-01\n";
    assertEquals(List.of("t.yaml:4:7: error[PK006]: name: name is blank: give it some text"), lines(text));
  }

  @Test
  void checksLinksAndIdsAcrossTheWholeAssessment() {
    String judgments =
        "  - area: fairness-and-respect\n"
            + "    grade: good\n"
            + "    findings:\n"
            + "      - {kind: strength, id: s1, title: S, evidence: [grouns]}\n"
            + "      - {kind: cause-of-concern, id: c1, title: C, recommendations: [s1, r9]}\n"
            + "    evidence:\n"
            + "      - {id: grounds, description: d, size: 10}\n"
            + "  - area: fairness-and-respect\n"
            + "    grade: good\n"
            + "    evidence:\n"
            + "      - {id: grounds, description: e, size: 10}\n";
    assertEquals(
        List.of(
            "t.yaml:12:55: error[PK008]: judgments[0].findings[0].evidence[0]: finding links evidence 'grouns', but no"
                + " evidence of assessment essex-peel-2021-22 has that id; did you mean 'grounds'?",
            "t.yaml:13:70: error[PK008]: judgments[0].findings[1].recommendations[0]: cause of concern links 's1',"
                + " which is a finding of kind strength, not a recommendation",
            "t.yaml:13:74: error[PK008]: judgments[0].findings[1].recommendations[1]: cause of concern links"
                + " recommendation 'r9', but no finding of assessment essex-peel-2021-22 has that id",
            "t.yaml:16:11: error[PK012]: judgments[1].area: area 'fairness-and-respect' is judged twice, first in"
                + " judgments[0]: merge the two judgments into one",
            "t.yaml:19:14: error[PK007]: judgments[1].evidence[0].id: evidence id 'grounds' is used twice in assessment"
                + " essex-peel-2021-22, first at judgments[0].evidence[0].id"),
        lines(essex(judgments)));
  }

  @Test
  void refusesAGradeOnAnAreaTheFrameworkDoesNotGrade() {
    assertEquals(
        List.of(
            "t.yaml:10:12: error[PK012]: judgments[0].grade: area 'victim-service-assessment' is not graded in its"
                + " framework, but the judgment gives grade 'good': use ungraded with a reason"),
        lines(essex("  - area: victim-service-assessment\n    grade: good\n")));
    assertEquals(
        List.of(
            "t.yaml:9:5: error[PK012]: judgments[0].grade: judgment of area 'investigating-crime' has neither a grade nor"
                + " ungraded: give one"),
        lines(essex("  - area: investigating-crime\n    statement: Essex Police is adequate at investigating crime.\n")));
  }

  /** An Essex PEEL 2016 assessment converted to the 2021/22 scale, with the conversion given. */
  private static String converted(String conversion) {
    return doc("Assessment", "essex-peel-2016")
        + "subject: {id: essex, name: Essex Police}\nframework: peel-2016\nscale: peel-2021\ntitle: PEEL 2016\n"
        + "published: 2017-03-02\njudgments:\n  - area: effectiveness\n" + conversion;
  }

  @Test
  void readsConvertedAssessments() {
    LoadResult result =
        read(
            converted(
                "    conversion: {mapping: peel-2014-to-peel-2021, from: good, targets: [good, adequate],"
                    + " relation: many-to-many, comparable: false, policy: range}\n"));
    assertEquals(List.of(), result.problems());
    Judgment j = result.catalog().findAssessment("essex-peel-2016").orElseThrow().judgments().get(0);
    assertFalse(j.grade().isPresent());
    assertEquals(List.of("good", "adequate"), j.gradeRange().orElseThrow().ids());
    assertEquals(
        List.of(),
        read(
            converted(
                "    grade: adequate\n    conversion: {mapping: peel-2014-to-peel-2021, from: good, targets: [good, adequate],"
                    + " relation: many-to-many, comparable: false, policy: worst}\n"))
            .problems());
  }

  @Test
  void checksAConversionAgainstItsMapping() {
    assertEquals(
        List.of(
            "t.yaml:12:27: error[PK008]: judgments[0].conversion.mapping: unknown mapping 'peel-2014-to-peel-2012'; did you"
                + " mean 'peel-2014-to-peel-2021'?"),
        lines(
            converted(
                "    grade: good\n    conversion: {mapping: peel-2014-to-peel-2012, from: good, targets: [good, adequate],"
                    + " relation: many-to-many, comparable: false, policy: best}\n")));
    assertEquals(
        List.of(
            "t.yaml:12:17: error[PK006]: judgments[0].conversion: mapping peel-2014-to-peel-2021 maps good to [good,"
                + " adequate], not to [good]: write the targets the mapping gives"),
        lines(
            converted(
                "    grade: good\n    conversion: {mapping: peel-2014-to-peel-2021, from: good, targets: [good],"
                    + " relation: exact, comparable: false, policy: strict}\n")));
    assertEquals(
        List.of(
            "t.yaml:11:12: error[PK012]: judgments[0].grade: judgment of area 'effectiveness' has grade 'good', but its"
                + " conversion under policy worst picks 'adequate' from [good, adequate]"),
        lines(
            converted(
                "    grade: good\n    conversion: {mapping: peel-2014-to-peel-2021, from: good, targets: [good, adequate],"
                    + " relation: many-to-many, comparable: false, policy: worst}\n")));
  }

  @Test
  void reportsEveryLawAMappingBreaksAtItsRule() {
    String text =
        doc("GradeMapping", "careless")
            + "from: peel-2014\nto: peel-2021\nrules:\n  outstanding: [good]\n  good: [outstanding]\n  inadequate: [inadequate]\n";
    assertEquals(
        List.of(
            "t.yaml:7:3: error[PK011]: rules: mapping careless is not total: requires-improvement maps to no grade of"
                + " peel-2021; give it at least one",
            "t.yaml:8:9: error[PK011]: rules.good: mapping careless is not monotone: outstanding maps to [good] but the"
                + " worse grade good maps to [outstanding]"),
        lines(text));
  }

  @Test
  void refusesARestatedIdentityThatIsNotOne() {
    assertEquals(
        List.of(
            "t.yaml:3:5: error[PK007]: id: GradeMapping 'identity' is built in, and this definition conflicts with it: it"
                + " maps peel-2014 to peel-2021, the built-in peel-2014 to peel-2014; give yours another id"),
        lines(
            doc("GradeMapping", "identity")
                + "from: peel-2014\nto: peel-2021\nrules: {outstanding: [outstanding], good: [good], requires-improvement:"
                + " [requires-improvement], inadequate: [inadequate]}\n"));
  }

  @Test
  void saysWhatIsWrongWithTheDocumentItself() {
    assertEquals(
        List.of("t.yaml:2:7: error[PK003]: kind: unknown kind 'Framwork'; did you mean 'Framework'?"),
        lines("apiVersion: peelkit/v1\nkind: Framwork\nid: f\nname: F\n"));
    assertEquals(
        List.of("t.yaml:2:1: error[PK004]: knd: unknown key 'knd'; did you mean 'kind'?"),
        lines("apiVersion: peelkit/v1\nknd: Framework\nid: f\nname: F\n"));
    assertEquals(
        List.of("t.yaml:1:1: error[PK006]: a document is a mapping with apiVersion, kind and id, not a sequence"),
        lines("- apiVersion: peelkit/v1\n"));
    assertEquals(
        List.of(
            "t.yaml:6:1: error[PK005]: document 2 is empty: give it apiVersion, kind and id, or remove the '---' before it"),
        lines(doc("Framework", "f") + "name: F\n---\n"));
  }

  @Test
  void warningsDoNotMakeTheInputUnusable() throws IOException {
    String text = Files.readString(Path.of("src/test/resources/codes/pk014-inadequate-without-concern.yaml"));
    LoadResult result = read(text);
    assertFalse(result.hasErrors());
    assertEquals(List.of(ModelCode.INADEQUATE_WITHOUT_CONCERN), result.warnings().stream().map(Problem::code).toList());
    assertTrue(result.orThrow().findAssessment("example-peel-2021-22").isPresent());
  }

  @Test
  void failsFastWithOneExceptionCarryingEveryProblem() {
    String text = doc("Framework", "f") + "nmae: F\n---\n" + doc("Framework", "g") + "name: G\nareas: 1\n";
    LoadException e = assertThrows(LoadException.class, () -> read(text).orThrow());
    assertEquals(2, e.problems().size());
    assertEquals(
        "2 errors in the input:\n"
            + "t.yaml:4:1: error[PK004]: nmae: unknown key 'nmae'; did you mean 'name'?\n"
            + "t.yaml:10:8: error[PK006]: areas: expected a sequence (a list of items), got the number 1: write [1] for"
            + " a list of one",
        e.getMessage());
  }

  @Test
  void keepsWhatLoadedWhenOtherDocumentsHaveErrors() {
    LoadResult result = read(Yaml.scale("good-one", "") + "---\n" + doc("GradeScale", "bad-one") + "name: B\n");
    assertTrue(result.hasErrors());
    assertTrue(result.catalog().scales().containsKey("good-one"));
    assertFalse(result.catalog().scales().containsKey("bad-one"));
  }

  @Test
  void throwsUncheckedIoExceptionForAPathItCannotRead(@TempDir Path dir) {
    UncheckedIOException e =
        assertThrows(UncheckedIOException.class, () -> YamlReader.standard().read(dir.resolve("missing.yaml")));
    assertTrue(e.getMessage().startsWith("cannot read " + dir.resolve("missing.yaml")));
  }

  @Test
  void oneReaderServesManyThreadsWithTheSameResults() throws Exception {
    String text = Files.readString(SPEC_EXAMPLE);
    YamlReader reader = YamlReader.standard();
    LoadResult expected = reader.read("spec.yaml", text);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<LoadResult>> results =
          pool.invokeAll(java.util.Collections.nCopies(16, () -> reader.read("spec.yaml", text)));
      for (Future<LoadResult> f : results) {
        assertEquals(expected.catalog(), f.get().catalog());
        assertEquals(expected.problems(), f.get().problems());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aBaseCatalogLendsItsDefinitionsToLaterReads() {
    Catalog shared = read(doc("Framework", "shared") + "name: Shared\nscale: peel-2021\nareas: [{id: only, name: Only}]\n").orThrow();
    YamlReader reader = YamlReader.builder().catalog(shared).build();
    String assessment =
        doc("Assessment", "x") + "subject: {id: s, name: S}\nframework: shared\ntitle: T\npublished: 2020-01-01\n"
            + "judgments: [{area: only, grade: good}]\n";
    Framework framework = reader.read("x.yaml", assessment).orThrow().findAssessment("x").orElseThrow().framework();
    assertEquals("shared", framework.id());
    assertEquals(
        List.of("x.yaml:3:5: error[PK007]: id: Framework 'shared' is already defined at t.yaml:1:1: give this one"
            + " another id"),
        lines(reader.read("x.yaml", doc("Framework", "shared") + "name: Again\n")));
  }
}
