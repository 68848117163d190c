package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.scale.GradeScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Numbers whose exponent is huge: a model number is refused by its exponent alone (the corpus has the
 * files); an extension number is kept by value, written in scientific form, and reads back equal.
 */
class HostileNumbersTest {
  @Test
  void extensionNumbersOfAnyExponentRoundTripInTheirNormalForm() {
    String text = Yaml.scale("s", "extensions: {big: 1e10000, tiny: -5e-999999999, hex: 0x1F, e: 1e3, kept: 1.50}\n");
    LoadResult read = HostileCorpusTest.quietly(() -> Yaml.read(text));
    assertEquals(List.of(), read.problems());
    GradeScale scale = read.catalog().scales().get("s");
    String written = YamlWriter.standard().write(scale);
    // The normal form the README documents: the value, in BigDecimal's own text.
    assertTrue(
        written.contains("extensions:\n  big: 1E+10000\n  tiny: -5E-999999999\n  hex: 31\n  e: 1E+3\n  kept: 1.50\n"), written);
    LoadResult again = HostileCorpusTest.quietly(() -> Yaml.read(written));
    assertEquals(List.of(), again.problems());
    assertEquals(scale, again.catalog().scales().get("s"));
  }

  @Test
  void aModelNumberIsRefusedByItsExponentWhereverItIsAndQuotedAsWritten() {
    String tiny = "0." + "0".repeat(950) + "1e-60";
    List<String> lines =
        Yaml.lines(
            HostileCorpusTest.quietly(
                () -> Yaml.read(
                    Yaml.essex(
                        "  - area: investigating-crime\n    grade: adequate\n    evidence:\n"
                            + "      - {id: s, description: d, size: 2, reported: {estimate: 0.5, margin: " + tiny + "}}\n"
                            + "      - {kind: measure, id: m, description: d, value: 1, unit: count,"
                            + " comparison: {name: England and Wales, value: -1E+1000}}\n"))));
    assertEquals(
        List.of(
            "t.yaml:12:76: error[PK006]: judgments[0].evidence[0].reported.margin: margin 0."
                + "0".repeat(58) + "… is not a number peelkit can use: written out it has 1012 digits, more than 1000;"
                + " give a number of ordinary size",
            "t.yaml:13:116: error[PK006]: judgments[0].evidence[1].comparison.value: value -1E+1000 is not a number peelkit"
                + " can use: written out it has 1001 digits, more than 1000; give a number of ordinary size"),
        lines);
  }
}
