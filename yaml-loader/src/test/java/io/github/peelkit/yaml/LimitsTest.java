package io.github.peelkit.yaml;

import static io.github.peelkit.yaml.Yaml.doc;
import static io.github.peelkit.yaml.Yaml.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.Code;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every documented limit, crossed by one input and met exactly by another. */
class LimitsTest {
  private static YamlReader reader(Limits.Builder limits) {
    return YamlReader.builder().limits(limits.build()).build();
  }

  /** A scale document padded with a comment to exactly the given number of UTF-8 bytes. */
  private static String scaleOfBytes(int bytes) {
    StringBuilder b = new StringBuilder(Yaml.scale("padded", ""));
    int pad = bytes - b.toString().getBytes(StandardCharsets.UTF_8).length;
    while (pad > 0) {
      int line = Math.min(pad, 80);
      b.append(line == 1 ? "\n" : "#" + "x".repeat(line - 2) + "\n");
      pad -= line;
    }
    return b.toString();
  }

  private static List<Code> codes(LoadResult result) {
    return result.problems().stream().map(Problem::code).toList();
  }

  @Test
  void defaultsAreTheDocumentedOnes() {
    Limits d = Limits.defaults();
    assertEquals(4L * 1024 * 1024, d.maxFileBytes());
    assertEquals(64L * 1024 * 1024, d.maxTotalBytes());
    assertEquals(10_000, d.maxFiles());
    assertEquals(1_000, d.maxDocuments());
    assertEquals(64, d.maxDepth());
    assertEquals(250_000, d.maxNodes());
    assertEquals(200_000, d.maxLineLength());
    assertEquals(100_000, d.maxScalarLength());
    assertEquals(256, d.maxKeyLength());
    assertEquals(1_000, d.maxNumberLength());
    assertEquals(200, d.maxProblems());
    assertEquals(d, Limits.builder().build());
    assertEquals(d.toBuilder().maxDepth(3).build(), Limits.builder().maxDepth(3).build());
  }

  @Test
  void refusesLimitsOutsideTheirRange() {
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxDepth(0));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxDepth(Limits.DEPTH_CEILING + 1));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxFileBytes(Integer.MAX_VALUE));
    assertThrows(IllegalArgumentException.class, () -> Limits.builder().maxFiles(-1));
  }

  @Test
  void bytesPerFileOfAText() {
    YamlReader r = reader(Limits.builder().maxFileBytes(200));
    assertEquals(List.of(), r.read("t.yaml", scaleOfBytes(200)).problems());
    assertEquals(
        List.of("t.yaml:1:1: error[PK002]: file of 201 bytes is larger than the limit of 200 bytes; it was not read"),
        lines(r.read("t.yaml", scaleOfBytes(201))));
  }

  @Test
  void bytesPerFileOfAFile(@TempDir Path dir) throws IOException {
    YamlReader r = reader(Limits.builder().maxFileBytes(200));
    Path exact = Files.writeString(dir.resolve("exact.yaml"), scaleOfBytes(200));
    assertEquals(List.of(), r.read(exact).problems());
    Path over = Files.writeString(dir.resolve("over.yaml"), scaleOfBytes(201));
    assertEquals(
        List.of(over + ":1:1: error[PK002]: file of 201 bytes is larger than the limit of 200 bytes; it was not read"),
        lines(r.read(over)));
  }

  @Test
  void bytesPerFileByDefault(@TempDir Path dir) throws IOException {
    int limit = 4 * 1024 * 1024;
    Path exact = Files.writeString(dir.resolve("exact.yaml"), scaleOfBytes(limit));
    assertEquals(List.of(), YamlReader.standard().read(exact).problems());
    Path over = Files.writeString(dir.resolve("over.yaml"), scaleOfBytes(limit + 1));
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(YamlReader.standard().read(over)));
  }

  @Test
  void bytesPerLoad(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.yaml"), scaleOfBytes(150));
    Files.writeString(dir.resolve("b.yaml"), scaleOfBytes(150).replace("padded", "second"));
    assertEquals(List.of(), reader(Limits.builder().maxTotalBytes(300)).read(dir).problems());
    LoadResult over = reader(Limits.builder().maxTotalBytes(299)).read(dir);
    assertEquals(
        List.of(
            dir.resolve("b.yaml") + ":1:1: error[PK002]: the files of this load hold more than 299 bytes, the limit:"
                + " this file and those after it were not read"),
        lines(over));
    assertTrue(over.catalog().scales().containsKey("padded"));
  }

  @Test
  void filesPerLoad(@TempDir Path dir) throws IOException {
    for (String name : List.of("a", "b", "c")) {
      Files.writeString(dir.resolve(name + ".yaml"), Yaml.scale(name, ""));
    }
    assertEquals(List.of(), reader(Limits.builder().maxFiles(3)).read(dir).problems());
    assertEquals(
        List.of(
            dir.resolve("c.yaml") + ":1:1: error[PK002]: more than 2 files in one load, the limit: this file and those"
                + " after it were not read"),
        lines(reader(Limits.builder().maxFiles(2)).read(dir)));
  }

  @Test
  void documentsPerFile() {
    String three = Yaml.scale("a", "") + "---\n" + Yaml.scale("b", "") + "---\n" + Yaml.scale("c", "");
    assertEquals(List.of(), reader(Limits.builder().maxDocuments(3)).read("t.yaml", three).problems());
    LoadResult over = reader(Limits.builder().maxDocuments(2)).read("t.yaml", three);
    assertEquals(
        List.of(
            "t.yaml:13:1: error[PK002]: more than 2 documents in the file, the limit; stopped reading the file"),
        lines(over));
    assertTrue(over.catalog().scales().containsKey("b"));
  }

  /** A scale whose extensions nest {@code levels} mappings below the document's root. */
  private static String nested(int levels) {
    StringBuilder b = new StringBuilder("extensions: ");
    for (int i = 1; i < levels; i++) {
      b.append("{a: ");
    }
    b.append("1").append("}".repeat(levels - 1)).append('\n');
    return Yaml.scale("deep", b.toString());
  }

  @Test
  void nestingDepth() {
    // The root is at depth 1, so extensions nesting 4 mappings under it reach depth 5.
    assertEquals(List.of(), reader(Limits.builder().maxDepth(5)).read("t.yaml", nested(5)).problems());
    assertEquals(
        List.of(
            "t.yaml:6:29: error[PK002]: extensions.a.a.a.a: nesting deeper than the limit of 5 levels; stopped reading"
                + " the file"),
        lines(reader(Limits.builder().maxDepth(5)).read("t.yaml", nested(6))));
  }

  @Test
  void nestingDepthByDefault() {
    assertEquals(List.of(), YamlReader.standard().read("t.yaml", nested(64)).problems());
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(YamlReader.standard().read("t.yaml", nested(65))));
  }

  @Test
  void nestingAtTheCeilingReadsAndBindsWithoutOverflowingTheStack() {
    YamlReader r = reader(Limits.builder().maxDepth(Limits.DEPTH_CEILING));
    assertEquals(List.of(), r.read("t.yaml", nested(Limits.DEPTH_CEILING)).problems());
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(r.read("t.yaml", nested(Limits.DEPTH_CEILING + 1))));
  }

  @Test
  void nodesPerFile() {
    // The scale has 15 nodes: root, 5 values, the grades sequence, 2 grades with 2 values each, and
    // the extensions mapping with its one value... counted here by reading it at the limit.
    String text = Yaml.scale("counted", "extensions: {a: 1}\n");
    int nodes = 1 + 3 + 1 + 1 + 2 * 3 + 1 + 1;
    assertEquals(List.of(), reader(Limits.builder().maxNodes(nodes)).read("t.yaml", text).problems());
    assertEquals(
        List.of("t.yaml:6:17: error[PK002]: extensions.a: more than 13 values in the file, the limit; stopped reading"
            + " the file"),
        lines(reader(Limits.builder().maxNodes(nodes - 1)).read("t.yaml", text)));
  }

  @Test
  void lineLength() {
    YamlReader r = reader(Limits.builder().maxLineLength(60));
    String exact = Yaml.scale("s", "#" + "x".repeat(59) + "\n");
    assertEquals(List.of(), r.read("t.yaml", exact).problems());
    assertEquals(
        List.of("t.yaml:6:61: error[PK002]: line of 61 characters is longer than the limit of 60 characters; the file"
            + " was not read"),
        lines(r.read("t.yaml", Yaml.scale("s", "#" + "x".repeat(60) + "\n"))));
  }

  @Test
  void lineLengthByDefault() {
    assertEquals(List.of(), Yaml.read(Yaml.scale("s", "#" + "x".repeat(199_999) + "\n")).problems());
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(Yaml.read(Yaml.scale("s", "#" + "x".repeat(200_000) + "\n"))));
  }

  @Test
  void scalarLength() {
    // "Pass or fail", the longest other scalar of the document, has 12 characters.
    YamlReader r = reader(Limits.builder().maxScalarLength(12));
    assertEquals(List.of(), r.read("t.yaml", Yaml.scale("s", "extensions: {a: '0123456789AB'}\n")).problems());
    assertEquals(
        List.of("t.yaml:6:17: error[PK002]: extensions.a: value of 13 characters is longer than the limit of 12 characters"),
        lines(r.read("t.yaml", Yaml.scale("s", "extensions: {a: '0123456789ABC'}\n"))));
  }

  @Test
  void scalarLengthByDefault() {
    String exact = "x".repeat(100_000);
    assertEquals(List.of(), Yaml.read(Yaml.scale("s", "extensions: {a: " + exact + "}\n")).problems());
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(Yaml.read(Yaml.scale("s", "extensions: {a: " + exact + "y}\n"))));
  }

  @Test
  void keyLength() {
    YamlReader r = reader(Limits.builder().maxKeyLength(10));
    assertEquals(List.of(), r.read("t.yaml", Yaml.scale("s", "extensions: {abcdefghij: 1}\n")).problems());
    assertEquals(
        List.of("t.yaml:6:14: error[PK002]: extensions.abcdefghijk: key of 11 characters is longer than the limit of 10"
            + " characters"),
        lines(r.read("t.yaml", Yaml.scale("s", "extensions: {abcdefghijk: 1}\n"))));
  }

  @Test
  void keyLengthByDefault() {
    assertEquals(List.of(), Yaml.read(Yaml.scale("s", "extensions:\n  " + "k".repeat(256) + ": 1\n")).problems());
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(Yaml.read(Yaml.scale("s", "extensions:\n  " + "k".repeat(257) + ": 1\n"))));
  }

  @Test
  void aKeyTooLongForTheYamlParserIsAKeyLengthProblem() {
    String text = Yaml.scale("s", "extensions:\n  " + "k".repeat(1100) + ": 1\n");
    assertEquals(
        List.of("t.yaml:7:3: error[PK002]: extensions." + "k".repeat(60) + "…: key of 1100 characters is longer than the"
            + " limit of 256 characters"),
        lines(Yaml.read(text)));
    assertEquals(
        List.of("t.yaml:7:3: error[PK002]: extensions." + "k".repeat(60) + "…: key of 1100 characters is longer than the"
            + " limit of 1024 characters, the most the YAML parser reads"),
        lines(reader(Limits.builder().maxKeyLength(5000)).read("t.yaml", text)));
    // Keys up to the parser's own limit are read whatever their length, and are within this limit.
    assertEquals(
        List.of(),
        reader(Limits.builder().maxKeyLength(1024)).read("t.yaml", Yaml.scale("s", "extensions:\n  " + "k".repeat(1024) + ": 1\n")).problems());
  }

  @Test
  void numberLength() {
    YamlReader r = reader(Limits.builder().maxNumberLength(5));
    assertEquals(List.of(), r.read("t.yaml", Yaml.scale("s", "extensions: {a: 12345}\n")).problems());
    assertEquals(
        List.of("t.yaml:6:17: error[PK002]: extensions.a: number of 6 characters is longer than the limit of 5 characters"),
        lines(r.read("t.yaml", Yaml.scale("s", "extensions: {a: 123456}\n"))));
    // Text of any length is not a number.
    assertEquals(List.of(), r.read("t.yaml", Yaml.scale("s", "extensions: {a: '123456'}\n")).problems());
  }

  @Test
  void numberLengthByDefault() {
    String digits = "9".repeat(1000);
    assertEquals(List.of(), Yaml.read(Yaml.scale("s", "extensions: {a: " + digits + "}\n")).problems());
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(Yaml.read(Yaml.scale("s", "extensions: {a: 9" + digits + "}\n"))));
  }

  @Test
  void problemsPerFile() {
    String three = doc("Framework", "f") + "name: F\nk1: 1\nk2: 2\nk3: 3\n";
    assertEquals(3, reader(Limits.builder().maxProblems(3)).read("t.yaml", three).problems().size());
    LoadResult over = reader(Limits.builder().maxProblems(3)).read("t.yaml", three + "k4: 4\nk5: 5\n");
    assertEquals(List.of(FileCode.UNKNOWN_KEY, FileCode.UNKNOWN_KEY, FileCode.UNKNOWN_KEY, FileCode.LIMIT_EXCEEDED), codes(over));
    assertEquals(
        "t.yaml:8:1: error[PK002]: more than 3 problems in this file; stopped reading it: fix these first",
        over.problems().get(3).toText());
    assertFalse(over.problems().stream().anyMatch(p -> p.path().equals("k4")));
  }
}
