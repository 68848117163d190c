package io.github.peelkit.yaml;

import io.github.peelkit.check.PeelkitException;
import java.util.List;

/**
 * Thrown by {@link LoadResult#orThrow()} when the input has errors: one exception carrying every
 * problem found, errors and warnings, sorted by file, line and column. Its message lists the first
 * twenty errors in their text form.
 */
public final class LoadException extends PeelkitException {
  private static final long serialVersionUID = 1L;
  private static final int LISTED = 20;

  /** The problems; a list of immutable values, serialisable as the records it holds. */
  private final transient List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems every problem found, at least one of them an error
   */
  public LoadException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  /** {@return every problem found, errors and warnings, sorted by file, line and column} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the errors only} */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  private static String message(List<Problem> problems) {
    List<Problem> errors = problems.stream().filter(Problem::isError).toList();
    StringBuilder b = new StringBuilder();
    b.append(errors.size()).append(errors.size() == 1 ? " error" : " errors").append(" in the input:");
    for (int i = 0; i < Math.min(LISTED, errors.size()); i++) {
      b.append('\n').append(errors.get(i).toText());
    }
    if (errors.size() > LISTED) {
      b.append("\n... and ").append(errors.size() - LISTED).append(" more");
    }
    return b.toString();
  }
}
