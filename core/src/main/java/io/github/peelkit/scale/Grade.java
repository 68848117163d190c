package io.github.peelkit.scale;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Invariants;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * One grade of a {@link GradeScale}, such as <em>Good</em> on the PEEL 2021/22 scale.
 *
 * <p>A grade knows the id of its scale and its rank there (0 for the best), so grades of one scale
 * compare by rank while comparing grades of two different scales throws. A grade built on its own
 * with {@link #of(String, String)} or {@link #builder()} is a definition not yet placed in a scale
 * ({@link #scale()} is empty text); {@link GradeScale} places the definitions it is given.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class Grade implements Comparable<Grade>, Extensible {
  Grade() {}

  /** {@return the id of the scale this grade belongs to, or empty text for a definition not yet placed} */
  @Value.Default
  public String scale() {
    return "";
  }

  /** {@return the position of this grade in its scale, 0 for the best} */
  @Value.Default
  public int rank() {
    return 0;
  }

  /** {@return the id, a lower-case slug such as {@code requires-improvement}} */
  public abstract String id();

  /** {@return the label as the inspectorate prints it, such as {@code Requires improvement}} */
  public abstract String label();

  /** {@return the published definition of the grade, when known} */
  public abstract Optional<String> description();

  /** {@return other labels accepted for this grade on input, ignoring case, such as {@code RI}} */
  public abstract List<String> aliases();

  /** {@return a numeric score, when the scale gives its grades scores} */
  public abstract OptionalDouble score();

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a grade definition, to be placed in a scale.
   *
   * @param id the id, a slug
   * @param label the label
   * @return the grade definition
   */
  public static Grade of(String id, String label) {
    return builder().id(id).label(label).build();
  }

  /** {@return a builder for a grade definition} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether this grade has been placed in a scale} */
  public boolean isPlaced() {
    return !scale().isEmpty();
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
   * @throws IllegalArgumentException when the grades belong to different scales, or either has not
   *     been placed in a scale
   */
  /**
   * {@return a hash of the grade's scale, id and rank} Equal grades agree on all three; the grades
   * of distributions and mappings key hash maps, and hashing every attribute (description,
   * aliases, extensions) each time would cost more than the look-up.
   */
  @Override
  public int hashCode() {
    return (31 * scale().hashCode() + id().hashCode()) * 31 + rank();
  }

  @Override
  public int compareTo(Grade other) {
    if (!isPlaced() || !other.isPlaced()) {
      Grade loose = isPlaced() ? other : this;
      throw new IllegalArgumentException(
          "grade '" + loose.id() + "' is not placed in a scale: take grades from a GradeScale to compare them");
    }
    if (!scale().equals(other.scale())) {
      throw new IllegalArgumentException(
          "cannot compare grade '"
              + id()
              + "' of scale "
              + scale()
              + " with grade '"
              + other.id()
              + "' of scale "
              + other.scale()
              + ": grades of different scales are not comparable; convert one with a GradeMapping");
    }
    return Integer.compare(rank(), other.rank());
  }

  @Value.Check
  void check() {
    Checks.slug("id", id());
    Checks.notBlank("label", label());
    Checks.noneBlank("aliases", aliases());
    if (score().isPresent()) {
      double s = score().getAsDouble();
      Invariants.require(
          Double.isFinite(s), ModelCode.INVALID_VALUE, "score is finite", "score", s, "score " + s + " is not a finite number");
    }
    Invariants.require(rank() >= 0, ModelCode.INVALID_VALUE, "rank >= 0", "rank", rank(), "rank " + rank() + " is negative");
    if (isPlaced()) {
      Checks.slug("scale", scale());
    }
  }

  /** Builds a grade definition; {@link GradeScale} places it in the scale. */
  public static final class Builder extends ImmutableGrade.Builder {
    Builder() {}
  }
}
