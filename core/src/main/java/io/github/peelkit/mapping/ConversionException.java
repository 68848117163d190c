package io.github.peelkit.mapping;

import io.github.peelkit.check.PeelkitException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a conversion under {@link Policy#STRICT} meets a grade that the mapping converts to a
 * range of several grades: the message names the grade, the range and, when converting an
 * assessment, the assessment and the area of the judgment.
 *
 * <p>The accessors give the same facts as ids, so that a tool can report them its own way.
 */
public final class ConversionException extends PeelkitException {
  private static final long serialVersionUID = 1L;

  /** The id of the mapping that gives the range. */
  private final String mapping;

  /** The id of the grade converted. */
  private final String grade;

  /** The ids of the grades of the range, best first. */
  private final List<String> targets;

  /** The id of the area of the judgment converted; empty when a single grade was converted. */
  private final String area;

  /**
   * Creates the exception.
   *
   * @param mapping the id of the mapping
   * @param grade the id of the grade converted
   * @param targets the ids of the grades of the range, best first
   * @param area the id of the area of the judgment converted; empty for a single grade
   * @param message the full message
   */
  public ConversionException(String mapping, String grade, List<String> targets, Optional<String> area, String message) {
    super(message);
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    this.grade = Objects.requireNonNull(grade, "grade");
    this.targets = List.copyOf(targets);
    // Kept as a nullable field, not an Optional, so that the exception stays serialisable.
    this.area = area.orElse(null);
  }

  /** {@return the id of the mapping that gives the range} */
  public String mapping() {
    return mapping;
  }

  /** {@return the id of the grade converted} */
  public String grade() {
    return grade;
  }

  /** {@return the ids of the grades of the range, best first} */
  public List<String> targets() {
    return targets;
  }

  /** {@return the id of the area of the judgment converted; empty when a single grade was converted} */
  public Optional<String> area() {
    return Optional.ofNullable(area);
  }
}
