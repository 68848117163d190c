package io.github.peelkit.scale;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One grade of a {@link GradeScale}, such as <em>Good</em> on the PEEL 2021/22 scale: a {@linkplain
 * GradeDefinition definition} placed in its scale.
 *
 * <p>A grade knows the id of its scale and its rank there (0 for the best), so grades of one scale
 * compare by rank while comparing grades of two different scales throws. Only a {@link GradeScale}
 * makes grades: take them from {@link GradeScale#grades()} or {@link GradeScale#grade(String)}.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Grade implements Comparable<Grade> {
  private final String scale;
  private final int rank;
  private final GradeDefinition definition;

  Grade(String scale, int rank, GradeDefinition definition) {
    this.scale = scale;
    this.rank = rank;
    this.definition = definition;
  }

  /** {@return the id of the scale this grade belongs to} */
  public String scale() {
    return scale;
  }

  /** {@return the position of this grade in its scale, 0 for the best} */
  public int rank() {
    return rank;
  }

  /** {@return the definition this grade was placed from} */
  public GradeDefinition definition() {
    return definition;
  }

  /** {@return the id, a lower-case slug such as {@code requires-improvement}} */
  public String id() {
    return definition.id();
  }

  /** {@return the label as the inspectorate prints it, such as {@code Requires improvement}} */
  public String label() {
    return definition.label();
  }

  /** {@return the published definition of the grade, when known} */
  public Optional<String> description() {
    return definition.description();
  }

  /** {@return other labels accepted for this grade on input, ignoring case, such as {@code RI}} */
  public List<String> aliases() {
    return definition.aliases();
  }

  /** {@return a numeric score, when the scale gives its grades scores} */
  public OptionalDouble score() {
    return definition.score();
  }

  /** {@return the free-form data kept with this value, empty when there is none} */
  public Extensions extensions() {
    return definition.extensions();
  }

  /**
   * Whether text names this grade: its id, label or one of its aliases, ignoring case and runs of
   * white space.
   *
   * @param text the text
   * @return whether it names this grade
   */
  public boolean isNamedBy(String text) {
    String key = Checks.nameKey(text);
    return Checks.nameKey(id()).equals(key)
        || Checks.nameKey(label()).equals(key)
        || aliases().stream().anyMatch(a -> Checks.nameKey(a).equals(key));
  }

  /**
   * Whether this grade is better than another grade of the same scale.
   *
   * @param other a grade of the same scale
   * @return whether this grade ranks above the other
   * @throws IllegalArgumentException when the grades belong to different scales
   */
  public boolean isBetterThan(Grade other) {
    return compareTo(other) < 0;
  }

  /**
   * Whether this grade is worse than another grade of the same scale.
   *
   * @param other a grade of the same scale
   * @return whether this grade ranks below the other
   * @throws IllegalArgumentException when the grades belong to different scales
   */
  public boolean isWorseThan(Grade other) {
    return compareTo(other) > 0;
  }

  /**
   * Compares by rank, best first, so that sorting puts grades in the order of their scale.
   *
   * @param other a grade of the same scale
   * @return negative when this grade is better, zero when the same rank, positive when worse
   * @throws IllegalArgumentException when the grades belong to different scales
   */
  @Override
  public int compareTo(Grade other) {
    if (!scale.equals(other.scale)) {
      throw new IllegalArgumentException(
          "cannot compare grade '"
              + id()
              + "' of scale "
              + scale
              + " with grade '"
              + other.id()
              + "' of scale "
              + other.scale
              + ": grades of different scales are not comparable; convert one with a GradeMapping");
    }
    return Integer.compare(rank, other.rank);
  }

  @Override
  public boolean equals(Object other) {
    return this == other
        || other instanceof Grade that && rank == that.rank && scale.equals(that.scale) && definition.equals(that.definition);
  }

  /**
   * {@return a hash of the grade's scale, id and rank} Equal grades agree on all three; the grades
   * of distributions and mappings key hash maps, and hashing every attribute (description,
   * aliases, extensions) each time would cost more than the look-up.
   */
  @Override
  public int hashCode() {
    return (31 * scale.hashCode() + id().hashCode()) * 31 + rank;
  }

  /** {@return the label and the scale: {@code Good (peel-2021)}; the label alone for a grade of no scale} */
  @Override
  public String toString() {
    return scale.isEmpty() ? label() : label() + " (" + scale + ")";
  }
}
