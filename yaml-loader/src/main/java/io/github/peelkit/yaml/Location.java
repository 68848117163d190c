package io.github.peelkit.yaml;

import java.util.Comparator;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Where a problem is: the file, the line and column where the offending text starts, and where it
 * ends when that is known. Lines and columns are 1-based; columns count Unicode code points, as the
 * reader counts them.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Location implements Comparable<Location> {
  private static final Comparator<Location> ORDER =
      Comparator.comparing(Location::file).thenComparingInt(Location::line).thenComparingInt(Location::column);

  private final String file;
  private final int line;
  private final int column;
  /** The end's line, or 0 when the end is not known; with {@link #endColumn}, both or neither. */
  private final int endLine;
  private final int endColumn;

  private Location(String file, int line, int column, int endLine, int endColumn) {
    this.file = Objects.requireNonNull(file, "file");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
    this.line = line;
    this.column = column;
    this.endLine = endLine;
    this.endColumn = endColumn;
  }

  /**
   * Creates a location whose end is not known.
   *
   * @param file the file, as it was named to the reader, or the source name of a text
   * @param line the line, 1-based
   * @param column the column, 1-based, in code points
   * @return the location
   * @throws IllegalArgumentException when the line or column is below 1
   */
  public static Location of(String file, int line, int column) {
    return new Location(file, line, column, 0, 0);
  }

  /**
   * Creates a location with its end.
   *
   * @param file the file
   * @param line the line where it starts, 1-based
   * @param column the column where it starts, 1-based
   * @param endLine the line where it ends, not before the start
   * @param endColumn the column just after its last character on the end line, 1-based
   * @return the location
   * @throws IllegalArgumentException when a line or column is below 1, or the end is before the start
   */
  public static Location of(String file, int line, int column, int endLine, int endColumn) {
    if (endLine < line || endColumn < 1 || (endLine == line && endColumn < column)) {
      throw new IllegalArgumentException(
          "the end " + endLine + ":" + endColumn + " is before the start " + line + ":" + column);
    }
    return new Location(file, line, column, endLine, endColumn);
  }

  /** {@return the file, as it was named to the reader, or the source name of a text} */
  public String file() {
    return file;
  }

  /** {@return the line where the offending text starts, 1-based} */
  public int line() {
    return line;
  }

  /** {@return the column where the offending text starts, 1-based, in code points} */
  public int column() {
    return column;
  }

  /** {@return the line where the offending text ends, when known} */
  public OptionalInt endLine() {
    return endLine == 0 ? OptionalInt.empty() : OptionalInt.of(endLine);
  }

  /** {@return the column just after the offending text on its end line, when known} */
  public OptionalInt endColumn() {
    return endLine == 0 ? OptionalInt.empty() : OptionalInt.of(endColumn);
  }

  /** Orders locations by file, then line, then column. */
  @Override
  public int compareTo(Location other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Location that
        && file.equals(that.file)
        && line == that.line
        && column == that.column
        && endLine == that.endLine
        && endColumn == that.endColumn;
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, column, endLine, endColumn);
  }

  /** {@return the location as {@code file:line:column}, as compilers print it} */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column;
  }
}
