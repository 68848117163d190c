package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a read may end in, whatever the input: problems located in the file read, printable in every
 * form, and for input without errors, a catalogue whose items the writer writes and the reader reads
 * back equal (nothing lost).
 */
final class Outcomes {
  private Outcomes() {}

  /**
   * Checks one result.
   *
   * @param result what the reader returned
   * @param file the name every problem must be located in
   */
  static void check(LoadResult result, String file) {
    for (Problem p : result.problems()) {
      assertEquals(file, p.file(), p::toText);
      assertTrue(p.line() >= 1 && p.column() >= 1, p::toText);
    }
    ProblemPrinter.text(result.problems());
    ProblemPrinter.json(result.problems());
    if (!result.hasErrors()) {
      readsBackEqual(result.catalog());
    }
  }

  /** The items of a catalogue that were read rather than built in, written and read back equal. */
  static void readsBackEqual(Catalog catalog) {
    List<Object> loaded = new ArrayList<>();
    loaded.addAll(read(catalog, DocumentKind.GRADE_SCALE, catalog.scales()));
    loaded.addAll(read(catalog, DocumentKind.FRAMEWORK, catalog.frameworks()));
    loaded.addAll(read(catalog, DocumentKind.GRADE_MAPPING, catalog.mappings()));
    loaded.addAll(read(catalog, DocumentKind.ASSESSMENT, catalog.assessments()));
    if (loaded.isEmpty()) {
      return;
    }
    String yaml = YamlWriter.standard().write(loaded);
    // The reader with its default limits: what it accepted, written, it accepts again.
    LoadResult back = YamlReader.standard().read("written.yaml", yaml);
    assertEquals(List.of(), back.errors(), () -> "errors reading back:\n" + yaml);
    Catalog again = back.catalog();
    assertEquals(catalog.scales(), again.scales(), yaml);
    assertEquals(catalog.frameworks(), again.frameworks(), yaml);
    assertEquals(catalog.mappings(), again.mappings(), yaml);
    assertEquals(catalog.assessments(), again.assessments(), yaml);
  }

  private static <T> List<T> read(Catalog catalog, DocumentKind kind, Map<String, T> items) {
    List<T> read = new ArrayList<>();
    items.forEach((id, item) -> {
      if (!catalog.origin(kind, id).orElseThrow().builtIn()) {
        read.add(item);
      }
    });
    return read;
  }
}
