package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.ModelCode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The hostile corpus ({@code src/test/resources/hostile}, and inputs too big to commit, made here):
 * every file is refused with located problems, within bounded time, in the small heap the build gives
 * this module's tests ({@code -Xmx256m}), printing nothing, throwing nothing, instantiating nothing.
 */
class HostileCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/hostile");

  /** A hang guard, not a speed assertion: every input here is read in well under a second. */
  private static final Duration BOUND = Duration.ofSeconds(10);

  static Stream<HostileCorpus.Expected> corpus() {
    return HostileCorpus.EXPECTED.stream();
  }

  /**
   * Reads in bounded time with standard output and error captured: whatever the input, the reader
   * prints nothing (no stack trace, no warning of a library).
   */
  static LoadResult quietly(Supplier<LoadResult> read) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    LoadResult result;
    try {
      System.setOut(capture);
      System.setErr(capture);
      result = assertTimeoutPreemptively(BOUND, read::get);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8));
    return result;
  }

  /** Checks a refusal: errors only where they belong, each located in the file read. */
  static LoadResult refused(LoadResult result, String file) {
    assertTrue(result.hasErrors(), () -> file + " was not refused");
    Outcomes.check(result, file);
    return result;
  }

  private static List<Code> codes(LoadResult result) {
    return result.problems().stream().map(Problem::code).distinct().sorted(Comparator.comparing(Code::id)).toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void refusesEveryFileOfTheCorpusWithALocatedProblem(HostileCorpus.Expected expected) {
    Path file = CORPUS.resolve(expected.file());
    LoadResult result = refused(quietly(() -> YamlReader.standard().read(file)), file.toString());
    assertEquals(expected.codes(), codes(result));
    assertEquals(file + expected.first(), result.problems().get(0).toText());
  }

  @Test
  void theseTestsRunInTheSmallHeapTheyClaim() {
    // Set by the module's pom (surefire.argLine); the JVM reports a little less than it was given.
    assertTrue(Runtime.getRuntime().maxMemory() <= 256L * 1024 * 1024, () -> Runtime.getRuntime().maxMemory() + " bytes");
  }

  @Test
  void theCorpusHasAnExpectationForEveryFileAndThirtyFilesAtLeast() throws IOException {
    List<String> files;
    try (Stream<Path> s = Files.list(CORPUS)) {
      files = s.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertEquals(files, HostileCorpus.EXPECTED.stream().map(HostileCorpus.Expected::file).toList());
    assertTrue(files.size() >= 30, () -> files.size() + " files");
  }

  @Test
  void aTagNamingAClassNeitherLoadsNorInstantiatesIt() {
    for (String name : List.of("tag-detonator.yaml", "tag-directive.yaml", "tag-on-key.yaml", "tag-on-document.yaml")) {
      Path file = CORPUS.resolve(name);
      assertEquals(List.of(FileCode.UNSUPPORTED_YAML_FEATURE), codes(refused(quietly(() -> YamlReader.standard().read(file)), file.toString())));
    }
    assertFalse(Detonator.Tripwire.WIRE.get(), "a class named in a tag was initialised");
    // The wire works: initialising the class trips it.
    try {
      Class.forName("io.github.peelkit.yaml.Detonator");
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
    assertTrue(Detonator.Tripwire.WIRE.get());
  }

  // ---- inputs too big to commit, made here ----

  private static LoadResult readText(String text) {
    return refused(quietly(() -> YamlReader.standard().read("made.yaml", text)), "made.yaml");
  }

  private static LoadResult readFile(Path file) {
    return refused(quietly(() -> YamlReader.standard().read(file)), file.toString());
  }

  private static String first(LoadResult result) {
    return result.problems().get(0).toText();
  }

  @Test
  void flowNestingTenThousandDeep() {
    LoadResult result = readText("[".repeat(10_000) + "]".repeat(10_000) + "\n");
    assertEquals(
        "made.yaml:1:65: error[PK002]: " + "[0]".repeat(64) + ": nesting deeper than the limit of 64 levels; stopped"
            + " reading the file",
        first(result));
    LoadResult mappings = readText("{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n");
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(mappings));
  }

  @Test
  void blockNestingTenThousandDeep() {
    LoadResult sequences = readText("- ".repeat(10_000) + "x\n");
    assertEquals(
        "made.yaml:1:129: error[PK002]: " + "[0]".repeat(64) + ": nesting deeper than the limit of 64 levels; stopped"
            + " reading the file",
        first(sequences));
    // Block mappings need a deeper indentation at every level: 1,000 levels take half a megabyte.
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 1_000; i++) {
      b.append(" ".repeat(i)).append("a:\n");
    }
    assertEquals(
        "made.yaml:65:65: error[PK002]: " + "a.".repeat(63) + "a: nesting deeper than the limit of 64 levels; stopped"
            + " reading the file",
        first(readText(b.toString())));
  }

  @Test
  void aThirtyMegabyteScalar(@TempDir Path dir) throws IOException {
    // By default a file is at most 4 MiB: refused before anything is parsed, as a file or a text.
    String scalar = "x".repeat(30 * 1024 * 1024);
    String text = Yaml.scale("s", "description: " + scalar + "\n");
    assertEquals(
        "made.yaml:1:1: error[PK002]: file of 31457418 bytes is larger than the limit of 4194304 bytes; it was not read",
        first(readText(text)));
    Path file = Files.writeString(dir.resolve("big.yaml"), text);
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), codes(readFile(file)));
  }

  @Test
  void aThirtyMegabyteScalarUnderRaisedFileLimits() {
    // With the file limits raised, a scalar of 30 MiB over 300,000 lines is read and refused by its length.
    YamlReader reader =
        YamlReader.builder().limits(Limits.builder().maxFileBytes(64L * 1024 * 1024).build()).build();
    String line = "  " + "y".repeat(103) + "\n";
    String text = Yaml.scale("s", "description: |\n" + line.repeat(300_000));
    LoadResult result = refused(quietly(() -> reader.read("made.yaml", text)), "made.yaml");
    assertEquals(
        "made.yaml:6:14: error[PK002]: description: value of 31200000 characters is longer than the limit of 100000"
            + " characters",
        first(result));
  }

  @Test
  void aTwoMegabyteKey() {
    String key = "k".repeat(2 * 1024 * 1024);
    assertEquals(
        "made.yaml:6:200001: error[PK002]: line of 2097169 characters is longer than the limit of 200000 characters;"
            + " the file was not read",
        first(readText(Yaml.scale("s", "extensions: {" + key + ": 1}\n"))));
    // An explicit key may be a block scalar of any number of lines: refused by the key limit.
    String lines = ("    " + key.substring(0, 98) + "\n").repeat(2 * 1024 * 1024 / 100);
    LoadResult explicit = readText(Yaml.scale("s", "extensions:\n  ? |\n" + lines + "  : 1\n"));
    assertEquals(
        "made.yaml:7:5: error[PK002]: extensions." + "k".repeat(60) + "…: key of 2076129 characters is longer than the"
            + " limit of 256 characters",
        first(explicit));
  }

  @Test
  void thousandsOfDocuments() {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < 5_000; i++) {
      b.append(i == 0 ? "" : "---\n").append(Yaml.scale("s" + i, ""));
    }
    LoadResult result = readText(b.toString());
    assertEquals(
        List.of("made.yaml:6001:1: error[PK002]: more than 1000 documents in the file, the limit; stopped reading the file"),
        Yaml.lines(result));
    // The documents before the limit loaded; the file is in error all the same.
    assertTrue(result.catalog().scales().containsKey("s999"));
    assertFalse(result.catalog().scales().containsKey("s1000"));
  }

  @Test
  void thousandsOfEmptyDocuments() {
    LoadResult result = readText("---\n".repeat(100_000));
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED, ModelCode.MISSING_REQUIRED), codes(result));
    assertTrue(result.problems().size() <= Limits.defaults().maxProblems() + 1);
  }

  @Test
  void tenThousandUnknownKeysStopAtTheProblemLimit() {
    StringBuilder b = new StringBuilder(Yaml.scale("s", ""));
    for (int i = 0; i < 10_000; i++) {
      b.append("key").append(i).append(": ").append(i).append('\n');
    }
    LoadResult result = readText(b.toString());
    assertEquals(Limits.defaults().maxProblems() + 1, result.problems().size());
    assertEquals(
        "made.yaml:206:1: error[PK002]: more than 200 problems in this file; stopped reading it: fix these first",
        result.problems().get(200).toText());
  }

  @Test
  void randomBytesWithAFixedSeed(@TempDir Path dir) throws IOException {
    Random random = new Random(20221014L);
    for (int size : new int[] {1, 7, 4096, 1024 * 1024}) {
      byte[] bytes = new byte[size];
      random.nextBytes(bytes);
      Path file = Files.write(dir.resolve("random-" + size + ".yaml"), bytes);
      readFile(file);
    }
  }

  @Test
  void aDeviceThatNeverEndsIsRefusedAsADevice(@TempDir Path dir) throws IOException {
    Path zero = Path.of("/dev/zero");
    assumeTrue(Files.isReadable(zero), "a device of endless zeros");
    UncheckedIOException refused = assertThrows(UncheckedIOException.class, () -> YamlReader.standard().read(zero));
    assertEquals(
        "cannot read /dev/zero: it is a character device, not a regular file: give a YAML file or a folder",
        refused.getMessage());
    // In a folder, only regular files are read: a link to the device is not followed.
    Files.createSymbolicLink(dir.resolve("zero.yaml"), zero);
    Files.writeString(dir.resolve("scale.yaml"), Yaml.scale("s", ""));
    LoadResult folder = quietly(() -> YamlReader.standard().read(dir));
    assertEquals(List.of(), folder.problems());
    assertTrue(folder.catalog().scales().containsKey("s"));
  }

  @Test
  void aFifoASocketAndALoopOfLinksAreNamedForWhatTheyAre(@TempDir Path dir) throws Exception {
    Path fifo = dir.resolve("fifo.yaml");
    assumeTrue(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0, "mkfifo");
    Path loop = Files.createSymbolicLink(dir.resolve("a.yaml"), dir.resolve("b.yaml"));
    Files.createSymbolicLink(dir.resolve("b.yaml"), loop);
    Path broken = Files.createSymbolicLink(dir.resolve("broken.yaml"), dir.resolve("nowhere.yaml"));
    for (Object[] c :
        new Object[][] {
          {fifo, "it is a FIFO (named pipe), not a regular file: give a YAML file or a folder"},
          {loop, "it is a symbolic link in a loop of links: give the file itself"},
          {broken, "it is a symbolic link to nothing: give the file itself"},
        }) {
      Path path = (Path) c[0];
      UncheckedIOException refused =
          assertTimeoutPreemptively(BOUND, () -> assertThrows(UncheckedIOException.class, () -> YamlReader.standard().read(path)));
      assertEquals("cannot read " + path + ": " + c[1], refused.getMessage());
    }
    // Inside a folder, none of them is read and none blocks: the folder holds no YAML file.
    assertEquals(List.of(), assertTimeoutPreemptively(BOUND, () -> YamlReader.files(dir)));
  }

  @Test
  void printableRandomTextWithAFixedSeed() {
    Random random = new Random(20221014L);
    StringBuilder b = new StringBuilder();
    String alphabet = "ab:- \n\t[]{},&*!|>'\"%@`#?~0.e+<=\\";
    for (int i = 0; i < 1024 * 1024; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    readText(b.toString());
  }

  @Test
  void aLineOfEveryLengthUpToTheFileLimit() {
    // One line as long as a file may be: refused before the parser spends the square of its length on it.
    String text = "a: " + "b".repeat(4 * 1024 * 1024 - 4) + "\n";
    assertEquals(
        "made.yaml:1:200001: error[PK002]: line of 4194303 characters is longer than the limit of 200000 characters;"
            + " the file was not read",
        first(readText(text)));
  }
}
