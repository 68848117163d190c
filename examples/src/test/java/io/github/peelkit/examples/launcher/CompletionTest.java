package io.github.peelkit.examples.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.peelkit.examples.launcher.Installed.Command;
import io.github.peelkit.examples.launcher.Installed.Run;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bash completion shipped in {@code share/bash-completion/completions/peel} (where bash-completion
 * looks for a command's completion beside the {@code bin} folder it is found in): valid bash, and it
 * completes what {@code peel} accepts, as bash asks it to on a tab.
 */
class CompletionTest {
  private static final Path SCRIPT = Installed.home().resolve("share/bash-completion/completions/peel");

  /** {@return the words the completion offers for a command line whose last word is being typed} */
  private static List<String> complete(String... words) {
    StringBuilder array = new StringBuilder();
    for (String word : words) {
      array.append(" '").append(word).append('\'');
    }
    // Outside a real completion, bash's compopt refuses to run; what it sets (no space after a word) is not tested here.
    String script = "source \"$1\"\n"
        + "compopt() { :; }\n"
        + "COMP_WORDS=(" + array + ")\n"
        + "COMP_CWORD=" + (words.length - 1) + "\n"
        + "COMP_LINE=\"${COMP_WORDS[*]}\"\n"
        + "COMP_POINT=${#COMP_LINE}\n"
        + "_complete_peel\n"
        + "printf '%s\\n' \"${COMPREPLY[@]}\" | sort\n";
    Run run = Command.of("bash", "-c", script, "complete", SCRIPT.toString()).run();
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("", run.err(), run.describe());
    return run.out().lines().map(String::strip).filter(word -> !word.isEmpty()).toList();
  }

  @Test
  void isValidBash() {
    Run run = Command.of("bash", "-n", SCRIPT.toString()).run();
    assertEquals(new Run(0, "", ""), run, run.describe());
  }

  @Test
  void completesSubcommands() {
    assertEquals(
        List.of("catalog", "compare", "convert", "grade", "help", "interval", "outliers", "report", "schema", "show", "table", "validate"),
        complete("peel", ""));
    assertEquals(List.of("compare", "convert"), complete("peel", "co"));
    assertEquals(List.of("schema", "show"), complete("peel", "s"));
  }

  @Test
  void completesOptionsAndTheirValues() {
    assertEquals(List.of("--format"), complete("peel", "validate", "--f"));
    assertEquals(List.of("json", "sarif", "text"), complete("peel", "validate", "--format", ""));
    assertEquals(List.of("agresti-coull", "clopper-pearson", "jeffreys", "wald", "wilson", "wilson-cc"),
        complete("peel", "interval", "--method", ""));
    assertEquals(List.of("csv", "json", "text"), complete("peel", "grade", "--format", ""));
    assertEquals(List.of("--out"), complete("peel", "report", "--o"));
  }
}
