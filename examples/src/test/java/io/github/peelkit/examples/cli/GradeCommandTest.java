package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.grading.Evaluation;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.scale.Grade;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code peel grade}: what it prints agrees with the rules' API, and bad rules or input never pass. */
class GradeCommandTest {
  private static final GradingRules CQC = GradingRuleSets.CQC_ADULT_SOCIAL_CARE_2022;

  /** Every assignment of the scale's grades to the rules' inputs, in lexicographic order. */
  private static List<List<Grade>> assignments(GradingRules rules) {
    List<List<Grade>> all = new ArrayList<>();
    all.add(List.of());
    for (int i = 0; i < rules.inputs().size(); i++) {
      List<List<Grade>> longer = new ArrayList<>();
      for (List<Grade> prefix : all) {
        for (Grade g : rules.inputScale().grades()) {
          List<Grade> next = new ArrayList<>(prefix);
          next.add(g);
          longer.add(next);
        }
      }
      all = longer;
    }
    return all;
  }

  @Test
  void aTableOfEveryCombinationGradesAsTheRulesDo(@TempDir Path dir) throws IOException {
    List<List<Grade>> all = assignments(CQC);
    StringBuilder csv = new StringBuilder(String.join(",", CQC.inputs().names())).append('\n');
    for (List<Grade> row : all) {
      csv.append(String.join(",", row.stream().map(Grade::id).toList())).append('\n');
    }
    Path table = Files.writeString(dir.resolve("all.csv"), csv, StandardCharsets.UTF_8);
    PeelRun run = PeelRun.of("grade", "--rules", CQC.id(), "--table", table.toString(), "--format", "csv");
    assertEquals(0, run.exitCode(), run.describe());
    List<String> lines = run.out().lines().toList();
    assertEquals(1 + 1024, lines.size(), "the header and 4^5 rows");
    assertEquals(String.join(",", CQC.inputs().names()) + ",grade,by", lines.get(0));
    for (int i = 0; i < all.size(); i++) {
      Evaluation e = CQC.evaluate(all.get(i));
      String expected = String.join(",", all.get(i).stream().map(Grade::id).toList()) + "," + e.grade().id() + ",rule " + e.rule().getAsInt();
      assertEquals(expected, lines.get(i + 1));
    }
  }

  @Test
  void jsonGivesEachResultWithTheLineItCameFrom() {
    PeelRun run = PeelRun.of("grade", "--rules", CQC.id(), "--table", "src/test/resources/cli/grade/key-questions.csv", "--format", "json");
    assertEquals(0, run.exitCode(), run.describe());
    JsonNode json = Json.parse(run.out());
    assertEquals(5, json.get("inputs").size());
    JsonNode first = json.get("results").get(0);
    assertEquals(2, first.get("line").asInt());
    assertEquals("inadequate", first.get("grade").asString());
    assertEquals(1, first.get("rule").asInt());
    assertEquals("rule 1", first.get("by").asString());
    assertFalse(first.has("band"));
  }

  @Test
  void rulesThatBreakALawAreRefusedWithTheLawAndACounterexample() {
    String file = "../yaml-loader/src/test/resources/corpus/semantic/rules-not-monotone.yaml";
    PeelRun run = PeelRun.of("grade", "--rules", "not-monotone", "--catalog", file, "--inputs", "good,good,good,good,good,good,good,good,good,good,good,good");
    assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.describe());
    assertEquals("", run.out());
    String first = run.err().lines().findFirst().orElseThrow();
    assertTrue(first.startsWith(file + ":11:7: error[PK017]: points.bands[0]: rules not-monotone are not monotone: inputs ["), first);
    assertTrue(first.contains("but with input 7 improved from good to outstanding they give the worse"), first);
  }

  @Test
  void hostileInputIsEscapedNeverPrintedRaw() {
    PeelRun run = PeelRun.of("grade", "--rules", CQC.id(), "--inputs", "good,go\u001b[31mod,good,good,\u202egood");
    assertEquals(ExitCodes.PROBLEMS, run.exitCode(), run.describe());
    assertFalse(run.err().contains("\u001b"), run.err());
    assertFalse(run.err().contains("\u202e"), run.err());
    assertTrue(run.err().contains("unknown grade 'go\\e[31mod'"), run.err());
  }

  @Test
  void gradesAreNamedByIdLabelOrAliasIgnoringCaseAndSpaces() {
    PeelRun byLabel = PeelRun.of("grade", "--rules", CQC.id(), "--inputs", " Requires Improvement ,GOOD,good,Good,outstanding", "--format", "csv");
    assertEquals(0, byLabel.exitCode(), byLabel.describe());
    assertTrue(byLabel.out().endsWith(",good,rule 3\n"), byLabel.out());
    // 14 of 36 is 38 8/9%: below 39%, so Inadequate; the scores are named by their numbers.
    PeelRun byScore = PeelRun.of("grade", "--rules", "cqc-local-authority-2023", "--inputs", "2,2,2,2,2,1,1,1,1", "--format", "csv");
    assertEquals(0, byScore.exitCode(), byScore.describe());
    assertTrue(byScore.out().endsWith("\n2,2,2,2,2,1,1,1,1,inadequate,band 4\n"), byScore.out());
  }
}
