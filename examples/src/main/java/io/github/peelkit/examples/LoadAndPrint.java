package io.github.peelkit.examples;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.ProblemPrinter;
import io.github.peelkit.yaml.YamlReader;
import java.nio.file.Path;

/** Loads the example data, prints any problem, then every assessment with its grades. */
public final class LoadAndPrint {
  public static void main(String[] args) {
    Path data = Path.of(args.length > 0 ? args[0] : "examples/data");
    LoadResult result = YamlReader.standard().read(data);
    System.err.print(ProblemPrinter.text(result.problems()));    // file:line:column: error[PK008]: ...
    for (Assessment assessment : result.orThrow().assessments().values()) {
      System.out.println(assessment.title() + " (" + assessment.published() + ")");
      for (Judgment judgment : assessment.judgments()) {
        String grade = judgment.grade().map(g -> g.label())
            .orElseGet(() -> "not graded: " + judgment.ungraded().orElseThrow().reason().id());
        System.out.println("  " + judgment.area().name() + ": " + grade);
      }
    }
  }
}
