package io.github.peelkit.yaml;

import static io.github.peelkit.yaml.Yaml.doc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.check.ModelCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Grading rules meant to hurt: numbers that would take gigabytes to scale, and rules whose law check
 * would decide billions of combinations. Each is refused with a located problem (PK017), never by
 * running out of time or memory.
 */
class HostileRulesTest {
  private static final String HEAD = doc("GradingRules", "hostile") + "inputScale: cqc-2014\nscale: cqc-2014\n";

  private static List<String> lines(String text) {
    return Yaml.lines(text);
  }

  @Test
  void pointsAndBoundsWithHugeExponentsAreRefusedBeforeAnythingIsScaled() {
    List<String> problems =
        lines(HEAD + "inputs: 12\npoints:\n  values: {outstanding: 3, good: 2, requires-improvement: 1e-2000000000, inadequate: 0}\n"
            + "  bands: [{grade: good, atLeast: 1e999999999}, {grade: inadequate, atLeast: 0}]\n");
    assertEquals(
        List.of(
            // Refused as every number of the model is, by its exponent alone, before the rules' own checks.
            "t.yaml:8:59: error[PK006]: points.values.requires-improvement: points 1e-2000000000 is not a number peelkit can"
                + " use: written out it has 2000000001 digits, more than 1000; give a number of ordinary size",
            "t.yaml:9:34: error[PK006]: points.bands[0].atLeast: atLeast 1e999999999 is not a number peelkit can use:"
                + " written out it has 1000000000 digits, more than 1000; give a number of ordinary size"),
        problems);
  }

  @Test
  void twoBillionCountedInputsAreRefused() {
    List<String> problems = lines(HEAD + "inputs: 2147483647\nrules: [{grade: good, otherwise: true}]\n");
    assertEquals(
        List.of(
            "t.yaml:6:9: error[PK017]: inputs: the laws of rules hostile cannot be checked: with 2147483647 inputs over 4 grades, 0 of"
                + " them named in conditions, the check would decide 1,650,586,721,353,016,709,795,020,800 combinations of inputs, more"
                + " than 1,000,000: name fewer inputs in conditions (counts of grades are cheap), or combine fewer inputs"),
        problems);
  }

  @Test
  void thirtyInputsEachNamedInAConditionAreRefused() {
    StringBuilder names = new StringBuilder();
    StringBuilder each = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      names.append(i == 1 ? "" : ", ").append("q").append(i);
      each.append("      - {input: q").append(i).append(", is: good-or-better}\n");
    }
    List<String> problems =
        lines(HEAD + "inputs: [" + names + "]\nrules:\n  - grade: good\n    when:\n     all:\n" + each + "  - {grade: inadequate, otherwise: true}\n");
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("the check would decide 1,152,921,504,606,846,976 combinations of inputs, more than 1,000,000"));
  }

  @Test
  void aScaleOfThreeHundredGradesOverFewInputsIsRefusedForItsSize() {
    StringBuilder grades = new StringBuilder();
    for (int i = 1; i <= 300; i++) {
      grades.append("  - {id: g").append(i).append(", label: G").append(i).append("}\n");
    }
    String scale = doc("GradeScale", "wide") + "name: Wide\ngrades:\n" + grades;
    String rules = doc("GradingRules", "hostile") + "inputScale: wide\nscale: wide\ninputs: 3\nrules: [{grade: g300, otherwise: true}]\n";
    List<String> problems = lines(scale + "---\n" + rules);
    assertEquals(1, problems.size(), problems::toString);
    assertTrue(problems.get(0).contains("[PK017]: inputs: the laws of rules hostile cannot be checked: with 3 inputs over 300 grades"), problems.get(0));
  }

  @Test
  void aThousandRulesAreCheckedOverTheirFiftySixClasses() {
    StringBuilder rules = new StringBuilder("inputs: 5\nrules:\n");
    for (int i = 0; i < 1_000; i++) {
      rules.append("  - {grade: inadequate, when: {count: inadequate, atLeast: 5}}\n");
    }
    rules.append("  - {grade: good, otherwise: true}\n");
    LoadResult result = YamlReader.builder().limits(Limits.builder().maxProblems(2_000).build()).build().read("t.yaml", HEAD + rules);
    assertEquals(List.of(), result.errors());
    assertEquals(999, result.warnings().size(), "every repeat of the first rule decides nothing");
    assertTrue(result.warnings().stream().allMatch(p -> p.code() == ModelCode.GRADING_RULE_UNREACHABLE));
  }

  @Test
  void conditionsNestedToTheDepthLimitAreChecked() {
    String condition = "{count: inadequate, atLeast: 2}";
    for (int i = 0; i < 28; i++) {
      condition = "{not: {not: " + condition + "}}";
    }
    LoadResult deep = Yaml.read(HEAD + "inputs: 5\nrules:\n  - {grade: inadequate, when: " + condition + "}\n  - {grade: good, otherwise: true}\n");
    assertEquals(List.of(), deep.problems());
    String deeper = condition;
    for (int i = 0; i < 10; i++) {
      deeper = "{not: {not: " + deeper + "}}";
    }
    LoadResult refused = Yaml.read(HEAD + "inputs: 5\nrules:\n  - {grade: inadequate, when: " + deeper + "}\n  - {grade: good, otherwise: true}\n");
    assertEquals(List.of(FileCode.LIMIT_EXCEEDED), refused.problems().stream().map(Problem::code).distinct().toList());
  }
}
