package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "Did you mean" in the loader: the one meant by its words, and bounded time whatever the lengths. */
class SuggestionCostTest {
  @Test
  void aFrameworkNamedByItsFirstWordsSuggestsTheOneItStarts() {
    String text = Yaml.essex("").replace("framework: peel-2021-22", "framework: peel-2021").replace("judgments:\n", "");
    assertEquals(
        List.of(
            "t.yaml:5:12: error[PK008]: framework: unknown framework 'peel-2021'; did you mean 'peel-2021-22'?"),
        Yaml.lines(text));
  }

  @Test
  void unknownAreasAgainstAFrameworkOfHugeAreaNamesAreQuick() {
    // 38 area names of 99,000 characters each, and ten unknown areas of 100: over 30 seconds before.
    StringBuilder framework = new StringBuilder(Yaml.doc("Framework", "f")).append("name: F\nscale: peel-2021\nareas:\n");
    for (int i = 0; i < 38; i++) {
      framework.append("  - {id: a").append(i).append(", name: ").append((char) ('a' + i % 26)).append("x".repeat(98_999 - i)).append("}\n");
    }
    StringBuilder judgments = new StringBuilder();
    for (int i = 0; i < 10; i++) {
      judgments.append("  - {area: ").append("q".repeat(99)).append(i).append(", grade: good}\n");
    }
    String assessment =
        Yaml.doc("Assessment", "e") + "subject: {id: s, name: S}\nframework: f\ntitle: T\npublished: 2022-10-14\njudgments:\n"
            + judgments;
    YamlReader reader = YamlReader.builder().limits(Limits.builder().maxFileBytes(8L * 1024 * 1024).build()).build();
    LoadResult result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(10),
            () -> reader.read("t.yaml", framework + "---\n" + assessment));
    assertEquals(10, result.errors().size(), result.problems().toString());
    assertTrue(result.errors().stream().allMatch(p -> p.suggestion().isEmpty()));
  }
}
