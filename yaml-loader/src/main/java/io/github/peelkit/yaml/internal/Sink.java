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
  private final int maxTotal;
  private int total;

  /**
   * Creates a sink for one file, or for a load without a limit of its own.
   *
   * @param maxPerFile the most problems taken for one file
   */
  public Sink(int maxPerFile) {
    this(maxPerFile, Integer.MAX_VALUE);
  }

  /**
   * Creates a sink for a load.
   *
   * @param maxPerFile the most problems taken for one file
   * @param maxTotal the most problems taken for the whole load
   */
  public Sink(int maxPerFile, int maxTotal) {
    this.max = maxPerFile;
    this.maxTotal = maxTotal;
  }

  /** {@return whether the load has reached its problem limit, so that no further file should be read} */
  public boolean isLoadFull() {
    return total > maxTotal;
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
    if (total > maxTotal) {
      return;
    }
    int count = counts.merge(problem.file(), 1, Integer::sum);
    if (count > max + 1) {
      return;
    }
    if (++total > maxTotal) {
      // Kept in memory, problems cost memory too: past the load's limit, one says so and no more are taken.
      problems.add(
          Problem.builder(
                  FileCode.LIMIT_EXCEEDED,
                  problem.location(),
                  "more than " + maxTotal + " problems in this load, the limit; no more are reported: fix these first")
              .value(Integer.toString(maxTotal))
              .build());
      return;
    }
    if (count <= max) {
      problems.add(problem);
    } else {
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
