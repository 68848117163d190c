package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.scale.GradeScale;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the writer writes, the reader reads: the limits count a text as the model holds it (code
 * points, after unescaping), and the writer writes every key the reader takes in a form the parser
 * reads, or refuses it naming its place.
 */
class WriterReaderAgreementTest {
  /** A scale whose extensions hold one key, read from a text that writes it as an explicit double-quoted key. */
  private static GradeScale scale(String key) {
    StringBuilder escaped = new StringBuilder();
    key.codePoints().forEach(c -> escaped.append(c < 0x10000 ? String.format("\\u%04X", c) : String.format("\\U%08X", c)));
    YamlReader reader = YamlReader.builder().limits(Limits.builder().maxKeyLength(4096).build()).build();
    LoadResult read =
        HostileCorpusTest.quietly(() -> reader.read("t.yaml", Yaml.scale("s", "extensions:\n  ? \"" + escaped + "\"\n  : v\n")));
    assertEquals(List.of(), read.problems());
    return read.catalog().scales().get("s");
  }

  private static LoadResult roundTrip(GradeScale scale) {
    String written = YamlWriter.standard().write(scale);
    LoadResult read = HostileCorpusTest.quietly(() -> Yaml.read(written));
    assertEquals(List.of(), read.problems(), written);
    assertEquals(scale, read.catalog().scales().get("s"), written);
    return read;
  }

  @Test
  void aKeyWhoseEscapesOutgrowTheParsersLimitIsWrittenAsAnExplicitKey() {
    // 200 NEL characters: within the 256-character limit, but 1,202 characters written with escapes.
    String key = "\u0085".repeat(200);
    String written = YamlWriter.standard().write(scale(key));
    assertTrue(written.contains("extensions:\n  ? \"" + "\\u0085".repeat(200) + "\"\n  : v\n"), written);
    roundTrip(scale(key));
  }

  @Test
  void limitsCountCharactersNotUtf16Units() {
    // 200 police cars are 400 UTF-16 units: a key of 200 characters, within the limit of 256.
    roundTrip(scale("\uD83D\uDE93".repeat(200)));
    assertEquals(
        List.of(
            "t.yaml:7:3: error[PK002]: extensions." + "\uD83D\uDE93".repeat(30) + "…: key of 257 characters is longer than"
                + " the limit of 256 characters"),
        Yaml.lines(Yaml.scale("s", "extensions:\n  " + "\uD83D\uDE93".repeat(257) + ": v\n")));
  }

  @Test
  void theWriterRefusesAKeyNoReaderTakesNamingItsPlace() {
    IllegalArgumentException refused =
        assertThrows(IllegalArgumentException.class, () -> YamlWriter.standard().write(scale("k".repeat(1025))));
    assertEquals(
        "key at extensions." + "k".repeat(49) + "… has 1025 characters; YAML parsers read keys of at most 1024",
        refused.getMessage());
  }

  @Test
  void aKeyTooLongForTheParserIsOneProblemAndTheRestOfTheFileIsRead() {
    String text =
        Yaml.scale("s", "extensions:\n  " + "k".repeat(2000) + ": 1\n  other: 2\n  '" + "q".repeat(1500) + "': 3\nnope: 4\n");
    LoadResult result = HostileCorpusTest.quietly(() -> Yaml.read(text));
    assertEquals(
        List.of(
            "t.yaml:7:3: error[PK002]: extensions." + "k".repeat(60) + "…: key of 2000 characters is longer than the limit"
                + " of 256 characters",
            "t.yaml:9:3: error[PK002]: extensions." + "q".repeat(60) + "…: key of 1500 characters is longer than the limit"
                + " of 256 characters",
            "t.yaml:10:1: error[PK004]: nope: unknown key 'nope'; valid values: apiVersion, kind, id, name, description,"
                + " grades, extensions"),
        Yaml.lines(result));
  }
}
