package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A file may restate a built-in item, but references resolve to the built-in one: a restatement that
 * would resolve an id, name, alias or label elsewhere, or order things otherwise, is PK007, never a
 * silent rename.
 */
class RestatedBuiltInTest {
  private static String builtIn(String name) throws IOException {
    return Files.readString(BuiltInDocumentsTest.FOLDER.resolve(name));
  }

  private static String framework() throws IOException {
    String all = builtIn("peel-2021-22.yaml");
    return all.substring(all.indexOf("apiVersion"));
  }

  @Test
  void theBuiltInFrameworkRestatedWordForWordIsAccepted() throws IOException {
    assertEquals(List.of(), Yaml.lines(framework()));
  }

  @Test
  void twoAreasWithTheirNamesSwappedArePk007() throws IOException {
    String swapped =
        framework()
            .replace("name: Investigating crime\n", "name: @\n")
            .replace("name: Protecting vulnerable people\n", "name: Investigating crime\n")
            .replace("name: @\n", "name: Protecting vulnerable people\n");
    assertEquals(
        List.of(
            "t.yaml:3:5: error[PK007]: id: Framework 'peel-2021-22' is built in, and this definition conflicts with it:"
                + " 'Protecting vulnerable people' names area 'investigating-crime' here, area"
                + " 'protecting-vulnerable-people' in the built-in; give yours another id"),
        Yaml.lines(swapped));
  }

  @Test
  void anAliasMovedToAnotherAreaIsPk007() throws IOException {
    String moved = framework().replace("aliases: [Treatment of the public]", "aliases: []")
        .replace("aliases: [Preventing crime]", "aliases: [Preventing crime, Treatment of the public]");
    assertEquals(
        List.of(
            "t.yaml:3:5: error[PK007]: id: Framework 'peel-2021-22' is built in, and this definition conflicts with it:"
                + " 'Treatment of the public' names area 'preventing-crime' here, area 'fairness-and-respect' in the"
                + " built-in; give yours another id"),
        Yaml.lines(moved));
  }

  @Test
  void areasInAnotherOrderArePk007() throws IOException {
    String text = framework();
    String crime = text.substring(text.indexOf("  - id: crime-data-integrity"), text.indexOf("  - id: fairness-and-respect"));
    String reordered = text.replace(crime, "").replace("  - id: value-for-money", crime + "  - id: value-for-money");
    List<String> lines = Yaml.lines(reordered);
    assertEquals(1, lines.size(), lines.toString());
    assertEquals(
        "t.yaml:3:5: error[PK007]: id: Framework 'peel-2021-22' is built in, and this definition conflicts with it: its"
            + " areas are in another order: 'crime-data-integrity' comes after 'vetting-and-counter-corruption' in the built-in; give"
            + " yours another id",
        lines.get(0));
  }

  @Test
  void aScaleWhoseLabelTheBuiltInGivesAnotherGradeIsPk007() {
    String scale =
        Yaml.doc("GradeScale", "peel-2014")
            + "name: PEEL 2014\ngrades:\n  - {id: outstanding, label: Outstanding}\n  - {id: good, label: Good}\n"
            + "  - {id: requires-improvement, label: RI}\n  - {id: inadequate, label: Requires improvement}\n";
    assertEquals(
        List.of(
            "t.yaml:3:5: error[PK007]: id: GradeScale 'peel-2014' is built in, and this definition conflicts with it:"
                + " 'Requires improvement' names grade 'inadequate' here, grade 'requires-improvement' in the built-in; give"
                + " yours another id"),
        Yaml.lines(scale));
  }

  @Test
  void aPartialRestatementThatResolvesEveryNameAsTheBuiltInDoesIsAccepted() {
    // As the specification's own example: a few areas, an alias the built-in lacks, in the built-in's order.
    String text =
        Yaml.doc("Framework", "peel-2021-22")
            + "name: PEEL Assessment Framework 2021/22\nscale: peel-2021\nareas:\n"
            + "  - {id: victim-service-assessment, name: Providing a service to the victims of crime, graded: false}\n"
            + "  - {id: value-for-money, name: Value for money, aliases: [VfM]}\n";
    assertEquals(List.of(), Yaml.lines(text));
  }
}
