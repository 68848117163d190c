package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

class ProblemPrinterTest {
  private static List<Problem> specExample() throws IOException {
    return YamlReader.standard()
        .read("essex.yaml", Files.readString(Path.of("src/test/resources/codes/essex.yaml")))
        .problems();
  }

  @Test
  void printsTextAsCompilersDo() throws IOException {
    assertEquals(
        "essex.yaml:41:12: error[PK008]: judgments[2].grade: unknown grade 'requires improvment' in scale peel-2021;"
            + " did you mean 'requires-improvement'?\n",
        ProblemPrinter.text(specExample()));
    assertEquals("", ProblemPrinter.text(List.of()));
  }

  @Test
  void printsJsonWithEveryField() throws IOException {
    assertEquals(
        "[\n"
            + "  {\"file\":\"essex.yaml\",\"line\":41,\"column\":12,\"path\":\"judgments[2].grade\",\"severity\":\"error\","
            + "\"code\":\"PK008\",\"message\":\"unknown grade 'requires improvment' in scale peel-2021\",\"value\":\"requires"
            + " improvment\",\"validValues\":[\"outstanding\",\"good\",\"adequate\",\"requires-improvement\",\"inadequate\"],"
            + "\"suggestion\":\"requires-improvement\"}\n"
            + "]\n",
        ProblemPrinter.json(specExample()));
    assertEquals("[]\n", ProblemPrinter.json(List.of()));
  }

  @Test
  void printsAbsentValuesAsNullAndEscapesText() throws IOException {
    Problem p =
        Problem.of(ModelCode.INADEQUATE_WITHOUT_CONCERN, Location.of("dir/a \"b\"\t.yaml", 1, 2), "", "line\nbreak and \\ tab\t");
    String json = ProblemPrinter.json(List.of(p));
    assertEquals(
        "[\n  {\"file\":\"dir/a \\\"b\\\"\\t.yaml\",\"line\":1,\"column\":2,\"path\":\"\",\"severity\":\"warning\","
            + "\"code\":\"PK014\",\"message\":\"line\\\\nbreak and \\\\ tab\\\\t\",\"value\":null,\"validValues\":[],"
            + "\"suggestion\":null}\n]\n",
        json);
    JsonNode parsed = new ObjectMapper().readTree(json);
    assertEquals("dir/a \"b\"\t.yaml", parsed.get(0).get("file").asString());
    assertEquals("line\\nbreak and \\ tab\\t", parsed.get(0).get("message").asString());
    assertEquals("dir/a \"b\"\\t.yaml:1:2: warning[PK014]: line\\nbreak and \\ tab\\t", p.toText());
  }

  @Test
  void keepsEveryProblemOnOnePrintableLine() {
    Problem p =
        Problem.builder(
                ModelCode.UNRESOLVED_REFERENCE, Location.of("evil\u001B]0;title\u0007.yaml", 3, 4), "unknown grade 'good\u200B' \u202Eeulav")
            .path("extensions.a\u2028b")
            .value("good\u200B\r\n")
            .validValues(List.of("good", "x\u0085y"))
            .suggestion("good\uD800")
            .build();
    assertEquals("extensions.a\\u2028b", p.path());
    assertEquals("unknown grade 'good\\u200B' \\u202Eeulav", p.message());
    assertEquals(Optional.of("good\\u200B\\r\\n"), p.value());
    assertEquals(List.of("good", "x\\u0085y"), p.validValues());
    assertEquals(Optional.of("good\\uD800"), p.suggestion());
    assertEquals(
        "evil\\e]0;title\\u0007.yaml:3:4: error[PK008]: extensions.a\\u2028b: unknown grade 'good\\u200B' \\u202Eeulav;"
            + " did you mean 'good\\uD800'?",
        p.toText());
    // Astral, combining and right-to-left characters are kept; the joiner of an emoji sequence is a
    // format character, shown as its escape.
    String kept = "\uD83D\uDE93 e\u0301 \u0634\u0631\u0637\u0629 \uD83D\uDC6E\u200D\u2640\uFE0F";
    Problem text = Problem.of(ModelCode.INVALID_VALUE, Location.of("f.yaml", 1, 1), "", kept);
    assertEquals(kept.replace("\u200D", "\\u200D"), text.message());
  }

  @Test
  void listsValidValuesInTheTextWhenThereIsNoSuggestion() {
    String text = Yaml.essex("  - area: fairness-and-respect\n    grade: good\n    evidence: [{description: d, size: 9, method: zzz}]\n");
    assertEquals(
        List.of(
            "t.yaml:11:50: error[PK006]: judgments[0].evidence[0].method: unknown interval method 'zzz'; valid values:"
                + " wald, wilson, wilson-cc, agresti-coull, clopper-pearson, jeffreys"),
        Yaml.lines(text));
  }

  @Test
  void refusesProblemsWithoutALocation() {
    assertThrows(IllegalArgumentException.class, () -> Location.of("f", 0, 1));
    assertThrows(IllegalArgumentException.class, () -> Location.of("f", 1, 0));
    assertThrows(IllegalArgumentException.class, () -> Location.of("f", 2, 5, 1, 9), "an end before the start");
    assertThrows(IllegalArgumentException.class, () -> Location.of("f", 2, 5, 2, 4), "an end before the start");
  }

  @Test
  void aLocationKnowsItsEndWhenGivenOne() {
    Location start = Location.of("f.yaml", 3, 4);
    assertEquals(java.util.OptionalInt.empty(), start.endLine());
    Location both = Location.of("f.yaml", 3, 4, 3, 9);
    assertEquals(java.util.OptionalInt.of(3), both.endLine());
    assertEquals(java.util.OptionalInt.of(9), both.endColumn());
    assertEquals("f.yaml:3:4", both.toString());
    Problem p = Problem.of(FileCode.UNKNOWN_KEY, both, "nmae", "unknown key 'nmae'");
    assertEquals("f.yaml:3:4: error[PK004]: nmae: unknown key 'nmae'", p.toText(), "the text form names the start");
  }

  @Test
  void takesItsSeverityFromItsCodeUnlessGivenOne() {
    Location at = Location.of("f.yaml", 1, 1);
    assertEquals(Severity.WARNING, Problem.of(ModelCode.FIGURES_INCONSISTENT, at, "", "m").severity());
    assertEquals(Severity.ERROR, Problem.of(ModelCode.INVALID_VALUE, at, "", "m").severity());
    assertEquals(
        Severity.ERROR,
        Problem.builder(ModelCode.FIGURES_INCONSISTENT, at, "m").severity(Severity.ERROR).build().severity());
    assertEquals(Problem.of(ModelCode.INVALID_VALUE, at, "", "m"), Problem.builder(ModelCode.INVALID_VALUE, at, "m").build());
  }
}
