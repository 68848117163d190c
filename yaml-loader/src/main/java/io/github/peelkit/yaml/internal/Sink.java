package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the problems of one load, at most a set number per file: the last one it takes for a
 * file says that the file was not read further, so that no input can make the report itself huge.
 */
public final class Sink {
  private final List<Problem> problems = new ArrayList<>();
  private final Map<String, Integer> counts = new HashMap<>();
  private final int max;

  /**
   * Creates a sink.
   *
   * @param maxPerFile the most problems taken for one file
   */
  public Sink(int maxPerFile) {
    this.max = maxPerFile;
  }

  /**
   * Whether a file has reached its problem limit, so that reading it should stop.
   *
   * @param file the file
   * @return whether no more problems are taken for it
   */
  public boolean isFull(String file) {
    return counts.getOrDefault(file, 0) > max;
  }

  /**
   * Takes a problem, unless its file is full; in place of the first problem over the limit, a {@link
   * FileCode#LIMIT_EXCEEDED} problem says that the file was not read further.
   *
   * @param problem the problem
   */
  public void add(Problem problem) {
    int count = counts.merge(problem.file(), 1, Integer::sum);
    if (count <= max) {
      problems.add(problem);
    } else if (count == max + 1) {
      problems.add(
          Problem.builder(
                  FileCode.LIMIT_EXCEEDED,
                  problem.location(),
                  "more than " + max + " problems in this file; stopped reading it: fix these first")
              .value(Integer.toString(max))
              .build());
    }
  }

  /**
   * Takes the problems of another sink, in the order it took them, as if they had been added here.
   *
   * @param other the other sink
   */
  public void addAll(Sink other) {
    other.problems.forEach(this::add);
  }

  /** {@return whether any error has been taken} */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** {@return the problems taken, sorted by file, line and column, ties in the order found} */
  public List<Problem> sorted() {
    List<Problem> copy = new ArrayList<>(problems);
    copy.sort(Problem.ORDER);
    return List.copyOf(copy);
  }
}
