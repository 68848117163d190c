package io.github.peelkit.examples.bench;

import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.ProblemPrinter;

/** What every benchmark checks of its input before measuring: that it reads as meant. */
final class Checks {
  private Checks() {}

  /**
   * Fails unless a result has no problem at all and holds the expected number of assessments.
   *
   * @param result what was read
   * @param assessments the number of assessments expected
   * @return the result
   * @throws IllegalStateException otherwise, with the problems
   */
  static LoadResult clean(LoadResult result, int assessments) {
    if (!result.problems().isEmpty()) {
      throw new IllegalStateException("the benchmark input has problems:\n" + ProblemPrinter.text(result.problems()));
    }
    int read = result.catalog().assessments().size();
    if (read != assessments) {
      throw new IllegalStateException("the benchmark input holds " + read + " assessments, not " + assessments);
    }
    return result;
  }
}
