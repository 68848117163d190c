package io.github.peelkit.yaml;

import java.util.List;
import java.util.Objects;

/**
 * What a {@link YamlReader} read: the catalogue of what loaded, and every problem found, sorted by
 * file, line and column.
 *
 * <p>When there are errors, the catalogue holds the documents that loaded without any, so that a
 * tool can still show what it could; {@link #orThrow()} is the fail-fast way to use a result.
 *
 * <p>Immutable and thread-safe.
 */
public final class LoadResult {
  private final Catalog catalog;
  private final List<Problem> problems;
  private final int filesRead;

  LoadResult(Catalog catalog, List<Problem> problems, int filesRead) {
    this.catalog = Objects.requireNonNull(catalog, "catalog");
    this.problems = List.copyOf(problems);
    this.filesRead = filesRead;
  }

  /**
   * How many files (and texts) were read: every one given, unless a limit stopped the load early (a
   * {@code PK002} problem then says which), or a file was too large to read.
   *
   * @return the count
   */
  public int filesRead() {
    return filesRead;
  }

  /** {@return the catalogue: the base catalogue's items and those that loaded without error} */
  public Catalog catalog() {
    return catalog;
  }

  /** {@return every problem, errors and warnings, sorted by file, line and column} */
  public List<Problem> problems() {
    return problems;
  }

  /** {@return the errors only, in order} */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** {@return the warnings only, in order} */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** {@return whether any problem is an error} */
  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /**
   * Returns the catalogue, or throws when anything was in error: the fail-fast way to read.
   *
   * @return the catalogue, when there are no errors (there may be warnings)
   * @throws LoadException carrying every problem, when there is at least one error
   */
  public Catalog orThrow() {
    if (hasErrors()) {
      throw new LoadException(problems);
    }
    return catalog;
  }

  @Override
  public String toString() {
    return "LoadResult{" + catalog + ", " + problems.size() + " problem(s)}";
  }
}
