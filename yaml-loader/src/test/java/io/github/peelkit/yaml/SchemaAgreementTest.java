package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.peelkit.check.Code;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.internal.JsonView;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema and the loader agree on every file of the test corpus.
 *
 * <p>Each corpus file names in its first line the error codes the loader must report ({@code #
 * expect: PK008}, or {@code none}); its folder says what the schema must say:
 *
 * <ul>
 *   <li>{@code valid}: no errors; the schema accepts every document.
 *   <li>{@code invalid}: errors the schema can express; the schema rejects a document.
 *   <li>{@code semantic}: errors only of what the schema cannot express (references, unique ids,
 *       comparisons of two values, sums, area-dependent judgment rules; see {@link
 *       io.github.peelkit.yaml.Schema}); the schema accepts every document.
 *   <li>{@code unreadable}: not YAML a schema can judge (malformed, refused features, no document);
 *       reading it as JSON trees reports the same problem.
 * </ul>
 *
 * <p>So, over the files a schema can judge, the schema accepts exactly the files whose only errors
 * are semantic. The example data of the {@code examples} module is part of the valid corpus.
 */
class SchemaAgreementTest {
  private static final Path CORPUS = Path.of("src/test/resources/corpus");
  private static final Set<Code> SEMANTIC_CODES =
      Set.of(ModelCode.INVALID_VALUE, ModelCode.DUPLICATE_ID, ModelCode.UNRESOLVED_REFERENCE, ModelCode.IMPOSSIBLE_EVIDENCE, ModelCode.MAPPING_LAW_VIOLATED, ModelCode.JUDGMENT_CONFLICT, ModelCode.DISTRIBUTION_DOES_NOT_ADD_UP, ModelCode.GRADING_LAW_VIOLATED);

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_2020_12,
              b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()))
          .getSchema(io.github.peelkit.yaml.Schema.text(), InputFormat.JSON);

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> files = new ArrayList<>();
    for (String folder : List.of("valid", "invalid", "semantic", "unreadable")) {
      try (Stream<Path> s = Files.list(CORPUS.resolve(folder))) {
        s.sorted().forEach(p -> files.add(Arguments.of(folder, p)));
      }
    }
    try (Stream<Path> s = Files.walk(Path.of("../examples/data"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(p -> files.add(Arguments.of("valid", p)));
    }
    return files.stream();
  }

  private static Set<String> expected(String text) {
    String first = text.lines().findFirst().orElse("");
    if (first.startsWith("# expect:")) {
      String codes = first.substring("# expect:".length()).strip();
      return codes.equals("none") ? Set.of() : new TreeSet<>(Arrays.asList(codes.split(" ")));
    }
    // Files of the example data carry no expectation: they are valid.
    return Set.of();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("corpus")
  void schemaAndLoaderAgree(String folder, Path file) {
    String text = read(file);
    LoadResult loaded = YamlReader.standard().read(file.getFileName().toString(), text);
    Set<String> codes = new TreeSet<>();
    loaded.errors().forEach(p -> codes.add(p.code().id()));
    assertEquals(expected(text), codes, () -> "loader problems: " + loaded.problems());

    JsonView.Result view = JsonView.of(file.getFileName().toString(), text);
    if (folder.equals("unreadable")) {
      assertFalse(view.problems().isEmpty(), "a file the schema cannot judge");
      assertEquals(codes, new TreeSet<>(view.problems().stream().map(p -> p.code().id()).toList()));
      return;
    }
    assertEquals(List.of(), view.problems());
    List<Error> errors = new ArrayList<>();
    for (JsonNode document : view.documents()) {
      errors.addAll(SCHEMA.validate(document));
    }
    switch (folder) {
      case "valid":
        assertEquals(List.of(), errors);
        assertFalse(loaded.hasErrors());
        break;
      case "semantic":
        assertEquals(List.of(), errors, "the schema cannot see these errors");
        assertTrue(loaded.hasErrors());
        assertTrue(loaded.errors().stream().allMatch(p -> SEMANTIC_CODES.contains(p.code())));
        break;
      default:
        assertFalse(errors.isEmpty(), "the schema rejects the file");
        assertTrue(loaded.hasErrors());
    }
  }

  @Test
  void theSchemaIsDraft202012AndNamesEveryKind() {
    String text = io.github.peelkit.yaml.Schema.text();
    assertTrue(text.contains("\"$schema\": \"https://json-schema.org/draft/2020-12/schema\""));
    for (DocumentKind kind : DocumentKind.values()) {
      assertTrue(text.contains("\"" + kind.id() + "\""), kind.id());
    }
  }
}
