package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.peelkit.framework.Framework;
import io.github.peelkit.framework.Frameworks;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.yaml.internal.BuiltIns;
import io.github.peelkit.yaml.internal.Model;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The built-in items written as peelkit/v1 documents, {@code docs/built-in/}: they load without a
 * problem and hold exactly what the built-in catalogue holds, which core builds in code. Loaded on an
 * empty base, so that each document defines its item rather than restating the built-in one.
 */
class BuiltInDocumentsTest {
  /** The documents, from the module's folder as the build runs its tests. */
  static final Path FOLDER = Path.of("../docs/built-in");

  private static List<Path> files() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      assertEquals(6, yaml.size(), yaml.toString());
      return yaml;
    }
  }

  @Test
  void holdTheBuiltInFrameworksMappingsAndGradingRules() throws IOException {
    // A base with the built-in scales only: the documents refer to them, and define the rest.
    Model scales = BuiltIns.model();
    Catalog base = new Catalog(new Model(scales.scales(), Map.of(), Map.of(), Map.of(), Map.of()));
    Catalog documents = YamlReader.builder().catalog(base).build().read(files()).orThrow();
    // Compared by id: the files are read in the order of their names, not the catalogue's.
    assertEquals(byId(Frameworks.all(), Framework::id), documents.frameworks());
    assertEquals(
        byId(List.of(GradeMappings.PEEL_2014_TO_PEEL_2021, GradeMappings.PEEL_2021_TO_PEEL_2014), GradeMapping::id), documents.mappings());
    assertEquals(byId(GradingRuleSets.all(), GradingRules::id), documents.gradingRules());
    Catalog builtIn = Catalog.builtIn();
    assertEquals(builtIn.frameworks(), documents.frameworks());
    assertEquals(builtIn.mappings(), documents.mappings());
    assertEquals(builtIn.gradingRules(), documents.gradingRules());
  }

  private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
    return items.stream().collect(Collectors.toMap(id, item -> item));
  }

  @Test
  void restateTheBuiltInItemsWithoutAProblem() throws IOException {
    assertEquals(List.of(), YamlReader.standard().read(files()).problems());
  }
}
