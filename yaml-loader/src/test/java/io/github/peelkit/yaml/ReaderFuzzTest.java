package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Jazzer fuzz targets of the reader: whatever a file holds, the only outcomes are a catalogue or
 * problems located in that file, and what loads without errors is written and read back equal.
 *
 * <p>In a normal build ({@code mvn verify}) Jazzer runs each target once over every input in its
 * directory under {@code src/test/resources/io/github/peelkit/yaml/ReaderFuzzTestInputs/} (crashes
 * found earlier, kept as regression inputs) and over the seeds the build copies beside them (the test
 * corpus, the hostile corpus and the example data). To fuzz for real, one target at a time:
 *
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl yaml-loader -am test -Dtest='ReaderFuzzTest#readsMutatedFiles' \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Djazzer.max_duration=10m
 * </pre>
 *
 * <p>Both targets use the dictionary {@code ReaderFuzzTest.dict} beside this class's inputs: numbers
 * with huge exponents and control characters, raw and escaped.
 *
 * <p>Jazzer keeps what it learns in {@code yaml-loader/.cifuzz-corpus} (not committed) and writes a
 * crashing input to the target's inputs directory in {@code src/test/resources}: fix the bug and
 * commit the file, which the normal build then runs every time. libFuzzer's own output goes to the
 * test's output file in {@code target/surefire-reports}.
 */
class ReaderFuzzTest {
  private static final Path FILE = tempFile();

  private static Path tempFile() {
    try {
      Path file = Files.createTempFile("peelkit-fuzz-", ".yaml");
      file.toFile().deleteOnExit();
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Any bytes at all, read as a file: the path of decoding, byte limits and UTF-8 checks. */
  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "ReaderFuzzTest.dict")
  void readsAnyBytes(byte[] bytes) throws IOException {
    Files.write(FILE, bytes);
    Outcomes.check(YamlReader.standard().read(FILE), FILE.toString());
  }

  /** Valid files, mutated: the text path, deep into binding and the checks of every kind. */
  @FuzzTest(maxDuration = "30s")
  @DictionaryFile(resourcePath = "ReaderFuzzTest.dict")
  // libFuzzer's dictionary syntax: \x0A is a line break, \" a quote, \\ a backslash.
  @DictionaryEntries({
    "apiVersion: peelkit/v1", "\\x0A---\\x0A", "kind: ", "GradeScale", "Framework", "Assessment", "GradeMapping",
    "id: ", "grades:", "areas:", "judgments:", "evidence:", "findings:", "rules:", "extensions:", "conversion:",
    "ungraded:", "distribution:", "reported:", "standard:", "population:", "successes:", "size:", "level:", "method:",
    "grade:", "area:", "kind: measure", "- ", ": ", "{", "}", "[", "]", ", ", "&a ", "*a", "!!str ", "<<: ", "? ",
    "|\\x0A", ">-\\x0A", "'", "\\\"", "\\\\u", "\\\\uD83D", "\\\\uDE93", "\\\\x", "\\\\e", "\\\\N", "#", "~",
    "null", "0x10", "1e3", ".nan", "-1", "2022-02-30", "\\x09", "\\x0D\\x0A"
  })
  void readsMutatedFiles(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    Outcomes.check(YamlReader.standard().read("mutant.yaml", text), "mutant.yaml");
  }

  /** The build put the seeds where Jazzer looks for them: the corpora and the example data. */
  @Test
  void theSeedsAreWhereJazzerLooksForThem() throws IOException {
    Path inputs = Path.of("target/test-classes/io/github/peelkit/yaml/ReaderFuzzTestInputs");
    assertTrue(count(inputs.resolve("readsAnyBytes")) >= 46);
    assertTrue(count(inputs.resolve("readsMutatedFiles")) >= 80);
    assertTrue(Files.isRegularFile(inputs.resolve("readsMutatedFiles/seeds/essex/peel-2021-22.yaml")));
  }

  private static long count(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
