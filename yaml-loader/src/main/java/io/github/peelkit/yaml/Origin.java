package io.github.peelkit.yaml;

import java.util.Objects;

/**
 * Where an item of a {@link Catalog} was defined: the file and the line and column where its
 * document starts, or the built-in catalogue.
 *
 * <p>Immutable, thread-safe, a value type.
 *
 * @param file the file as it was named to the reader, the source name of a text, or for a built-in
 *     item a name starting with {@code built-in:}
 * @param line the line where the document starts, 1-based
 * @param column the column where the document starts, 1-based
 * @param builtIn whether the item is one of peelkit's built-in items
 */
public record Origin(String file, int line, int column, boolean builtIn) {
  /**
   * Creates an origin.
   *
   * @param file the file
   * @param line the line, 1-based
   * @param column the column, 1-based
   * @param builtIn whether the item is built in
   */
  public Origin {
    Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** {@return the origin as {@code file:line:column}} */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
