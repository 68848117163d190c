package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** {@code peel show --format json} (and {@code convert --format json}) keeps to its own JSON Schema, docs/show.schema.json. */
class ShowJsonSchemaTest {
  private static final Schema SCHEMA;

  static {
    try {
      SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
          .getSchema(Files.readString(Path.of("../docs/show.schema.json")), InputFormat.JSON);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static List<String> errors(String json) {
    return SCHEMA.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }

  @Test
  void everyAssessmentOfTheExampleDataShowsAsTheSchemaSays() throws Exception {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.walk(Path.of("data"))) {
      s.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
    }
    int shown = 0;
    for (Path file : files) {
      PeelRun run = PeelRun.of("show", file.toString(), "--format", "json");
      if (run.exitCode() != 0) {
        continue; // a file of definitions only: no assessment to show
      }
      assertEquals(List.of(), errors(run.out()), file.toString());
      shown++;
    }
    assertEquals(true, shown >= 9, "assessments shown: " + shown);
    PeelRun asOf = PeelRun.of("show", "data/essex/peel-2021-22.yaml", "--format", "json", "--as-of", "2022-10-14");
    assertEquals(List.of(), errors(asOf.out()));
  }

  @Test
  void convertedAssessmentsShowAsTheSchemaSays() {
    for (String policy : List.of("best", "worst", "range")) {
      PeelRun run = PeelRun.of("convert", "data/essex/peel-2016.yaml", "--to", "peel-2021", "--policy", policy, "--format", "json");
      assertEquals(0, run.exitCode(), run::describe);
      assertEquals(List.of(), errors(run.out()), policy);
    }
  }

  @Test
  void theSchemaRefusesAKeyItDoesNotName() {
    String shown = PeelRun.of("show", "data/essex/peel-2021-22.yaml", "--format", "json").out();
    assertFalse(errors(shown.replaceFirst("\"title\"", "\"titel\"")).isEmpty());
  }
}
