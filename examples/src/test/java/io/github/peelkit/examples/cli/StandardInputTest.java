package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;

/** {@code -} as a path reads standard input, in every command that reads a file (SPEC §13). */
@ResourceLock("java.lang.System.in")
class StandardInputTest {
  private static final Path ESSEX = Path.of("data/essex/peel-2021-22.yaml");

  private static PeelRun withInput(byte[] input, String... args) {
    InputStream before = System.in;
    System.setIn(new ByteArrayInputStream(input));
    try {
      return PeelRun.of(args);
    } finally {
      System.setIn(before);
    }
  }

  @Test
  void showAndValidateReadStandardInput() throws Exception {
    byte[] essex = Files.readAllBytes(ESSEX);
    PeelRun fromFile = PeelRun.of("show", ESSEX.toString());
    PeelRun fromInput = withInput(essex, "show", "-");
    assertEquals(0, fromInput.exitCode(), fromInput::describe);
    assertEquals(fromFile.out(), fromInput.out());
    PeelRun valid = withInput(essex, "validate", "-");
    assertEquals(0, valid.exitCode(), valid::describe);
  }

  @Test
  void problemsInStandardInputAreNamedStdin() {
    byte[] broken = "apiVersion: peelkit/v1\nkind: GradeScale\nid: Bad\n".getBytes(StandardCharsets.UTF_8);
    PeelRun run = withInput(broken, "validate", "-");
    assertEquals(1, run.exitCode(), run::describe);
    assertTrue(run.err().contains("<stdin>:3:5: error[PK006]: id: "), run::describe);
  }

  @Test
  void standardInputIsReadTogetherWithOtherPaths() throws Exception {
    // A framework of its own on standard input, and an assessment on it in a file: they resolve together.
    String framework = "apiVersion: peelkit/v1\nkind: Framework\nid: tiny\nname: Tiny\nscale: peel-2021\nareas:\n"
        + "  - {id: only, name: Only}\n";
    Path assessment = Files.writeString(Files.createTempFile("tiny", ".yaml"), "apiVersion: peelkit/v1\nkind: Assessment\nid: t\n"
        + "subject: {id: essex, name: Essex Police}\nframework: tiny\ntitle: T\npublished: 2022-10-14\njudgments:\n"
        + "  - {area: only, grade: good}\n");
    PeelRun run = withInput(framework.getBytes(StandardCharsets.UTF_8), "validate", assessment.toString(), "-");
    assertEquals(0, run.exitCode(), run::describe);
    assertTrue(run.out().startsWith("2 files, 0 errors"), run::describe);
    Files.delete(assessment);
  }

  @Test
  void aCsvOfPeersOrGradesReadsFromStandardInput() {
    PeelRun grade = withInput("safe,effective,caring,responsive,well-led\ninadequate,requires-improvement,requires-improvement,"
        .concat("requires-improvement,inadequate\n").getBytes(StandardCharsets.UTF_8),
        "grade", "--rules", "cqc-adult-social-care-2022", "--table", "-", "--format", "csv");
    assertEquals(0, grade.exitCode(), grade::describe);
    assertTrue(grade.out().contains("inadequate,rule 1"), grade::describe);
  }
}
