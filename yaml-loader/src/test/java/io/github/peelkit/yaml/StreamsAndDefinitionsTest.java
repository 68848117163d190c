package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeScales;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading from streams and readers, writing to writers and streams, and writing an assessment that reads on its own. */
class StreamsAndDefinitionsTest {
  private static final Path ESSEX_FILE = Path.of("../examples/data/essex/peel-2021-22.yaml");
  private static final YamlWriter WRITER = YamlWriter.standard();

  @Test
  void aStreamReadsAsTheFileDoes() throws Exception {
    byte[] bytes = Files.readAllBytes(ESSEX_FILE);
    Assessment fromFile = YamlReader.standard().read(ESSEX_FILE).orThrow().assessment("essex-peel-2021-22");
    LoadResult fromStream = YamlReader.standard().read("<stdin>", new ByteArrayInputStream(bytes));
    assertEquals(fromFile, fromStream.orThrow().assessment("essex-peel-2021-22"));
    LoadResult fromReader = YamlReader.standard().read("essex.yaml", new StringReader(new String(bytes, StandardCharsets.UTF_8)));
    assertEquals(fromFile, fromReader.orThrow().assessment("essex-peel-2021-22"));
  }

  @Test
  void aStreamOfInvalidUtf8OrOverTheLimitIsAProblemNamedByItsSource() {
    byte[] invalid = "apiVersion: peelkit/v1\nkind: GradeScale\nid: \u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    Problem bad = YamlReader.standard().read("<stdin>", new ByteArrayInputStream(invalid)).problems().get(0);
    assertEquals(FileCode.MALFORMED_YAML, bad.code());
    assertEquals("<stdin>", bad.location().file());
    YamlReader small = YamlReader.builder().limits(Limits.builder().maxFileBytes(100).build()).build();
    Problem big = small.read("<stdin>", new ByteArrayInputStream(new byte[10_000])).problems().get(0);
    assertEquals(FileCode.LIMIT_EXCEEDED, big.code());
    Problem bigText = small.read("big.yaml", new StringReader("#".repeat(10_000))).problems().get(0);
    assertEquals(FileCode.LIMIT_EXCEEDED, bigText.code());
  }

  @Test
  void valuesWrittenToAWriterOrAStreamReadBack() {
    StringWriter text = new StringWriter();
    WRITER.write(text, List.of(RoundTripTest.PASS_FAIL, RoundTripTest.FRAMEWORK));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WRITER.write(bytes, List.of(RoundTripTest.PASS_FAIL, RoundTripTest.FRAMEWORK));
    assertEquals(text.toString(), bytes.toString(StandardCharsets.UTF_8));
    assertEquals(RoundTripTest.FRAMEWORK, YamlReader.standard().read("f.yaml", text.toString()).orThrow().framework("test-framework"));
  }

  @Test
  void anAssessmentOnAFrameworkOfItsOwnWritesAFileThatReadsOnItsOwn() {
    Assessment assessment = RoundTripTest.assessment();
    LoadResult alone = YamlReader.standard().read("alone.yaml", WRITER.write(assessment));
    assertEquals(ModelCode.UNRESOLVED_REFERENCE, alone.errors().get(0).code(), "written alone, the framework is missing");
    String whole = WRITER.writeWithDefinitions(assessment);
    assertTrue(whole.startsWith("apiVersion: peelkit/v1\nkind: GradeScale\nid: pass-fail\n"), whole);
    assertEquals(assessment, YamlReader.standard().read("whole.yaml", whole).orThrow().assessment(assessment.id()));
    // An assessment on the built-in framework needs nothing else.
    Assessment essex = YamlReader.standard().read(ESSEX_FILE).orThrow().assessment("essex-peel-2021-22");
    assertEquals(WRITER.write(essex), WRITER.writeWithDefinitions(essex));
  }

  @Test
  void aConvertedAssessmentWritesTheMappingItWasConvertedBy() {
    GradeMapping toPeel = GradeMapping.builder()
        .id("pass-to-peel")
        .from(RoundTripTest.PASS_FAIL)
        .to(GradeScales.PEEL_2021)
        .comparable(false)
        .putRule(RoundTripTest.PASS_FAIL.grade("pass"), GradeScales.PEEL_2021.range(
            GradeScales.PEEL_2021.grade("outstanding"), GradeScales.PEEL_2021.grade("adequate")))
        .putRule(RoundTripTest.PASS_FAIL.grade("fail"), GradeScales.PEEL_2021.range(
            GradeScales.PEEL_2021.grade("requires-improvement"), GradeScales.PEEL_2021.grade("inadequate")))
        .build();
    Assessment converted = RoundTripTest.assessment().convert(toPeel, Policy.WORST);
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class, () -> WRITER.writeWithDefinitions(converted));
    assertTrue(missing.getMessage().endsWith("was converted by mapping 'pass-to-peel', which is not built in: give it, so that"
        + " the file reads on its own"), missing.getMessage());
    String whole = WRITER.writeWithDefinitions(converted, List.of(toPeel));
    Catalog read = YamlReader.standard().read("converted.yaml", whole).orThrow();
    assertEquals(converted, read.assessment(converted.id()));
    assertEquals(toPeel, read.mapping("pass-to-peel"));
  }
}
