package io.github.peelkit.grading;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.Violation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which input grades a condition matches: one grade ({@code inadequate}), a grade or any better one
 * ({@code good-or-better}), or a grade or any worse one ({@code requires-improvement-or-worse}), on
 * the input scale of the rules.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Selector {
  private static final String OR_BETTER = "-or-better";
  private static final String OR_WORSE = "-or-worse";

  /** Which grades besides its own a selector matches. */
  public enum Direction {
    /** The grade alone. */
    EXACTLY,
    /** The grade and every better one. */
    OR_BETTER,
    /** The grade and every worse one. */
    OR_WORSE
  }

  private final Grade grade;
  private final Direction direction;

  private Selector(Grade grade, Direction direction) {
    this.grade = Objects.requireNonNull(grade, "grade");
    this.direction = Objects.requireNonNull(direction, "direction");
  }

  /**
   * A selector of one grade alone.
   *
   * @param grade the grade
   * @return the selector
   */
  public static Selector of(Grade grade) {
    return new Selector(grade, Direction.EXACTLY);
  }

  /**
   * A selector of a grade and every better one.
   *
   * @param grade the grade
   * @return the selector, written {@code <id>-or-better}
   */
  public static Selector orBetter(Grade grade) {
    return new Selector(grade, Direction.OR_BETTER);
  }

  /**
   * A selector of a grade and every worse one.
   *
   * @param grade the grade
   * @return the selector, written {@code <id>-or-worse}
   */
  public static Selector orWorse(Grade grade) {
    return new Selector(grade, Direction.OR_WORSE);
  }

  /**
   * Reads a selector as the format writes it: a grade of the scale by id, label or alias, in any
   * case; or a grade's id, label or alias followed by {@code -or-better} or {@code -or-worse}. A name
   * that is a grade itself is that grade, even if it ends like a selector.
   *
   * @param scale the scale whose grades the selector names
   * @param text the selector, such as {@code good-or-better}
   * @return the selector
   * @throws InvariantException with {@link GradingLaws#KNOWN_GRADES} (path {@code selector}) when the
   *     text names no grade; it lists the valid selectors and says which one was probably meant
   */
  public static Selector parse(GradeScale scale, String text) {
    return find(scale, text).orElseThrow(() -> unknown(scale, text).toException());
  }

  /**
   * Finds a selector as {@link #parse(GradeScale, String)} reads it.
   *
   * @param scale the scale whose grades the selector names
   * @param text the selector
   * @return the selector, or empty when the text names no grade
   */
  public static Optional<Selector> find(GradeScale scale, String text) {
    Optional<Grade> exact = scale.findGrade(text);
    if (exact.isPresent()) {
      return Optional.of(of(exact.get()));
    }
    String lower = text.strip().toLowerCase(Locale.ROOT);
    if (lower.endsWith(OR_BETTER)) {
      return scale.findGrade(lower.substring(0, lower.length() - OR_BETTER.length())).map(Selector::orBetter);
    }
    if (lower.endsWith(OR_WORSE)) {
      return scale.findGrade(lower.substring(0, lower.length() - OR_WORSE.length())).map(Selector::orWorse);
    }
    return Optional.empty();
  }

  private static Violation unknown(GradeScale scale, String text) {
    List<String> valid = new ArrayList<>();
    for (Grade g : scale.grades()) {
      valid.add(g.id());
      valid.add(g.id() + OR_BETTER);
      valid.add(g.id() + OR_WORSE);
    }
    String shown = Violation.abbreviate(text);
    return Violation.of(
        GradingLaws.KNOWN_GRADES,
        "selector",
        shown,
        "selector '" + shown + "' names no grade of scale " + scale.id() + ": write a grade id, or one followed by -or-better"
            + " or -or-worse",
        valid,
        Suggestions.closest(text, valid));
  }

  /** {@return the grade named} */
  public Grade grade() {
    return grade;
  }

  /** {@return which grades besides its own the selector matches} */
  public Direction direction() {
    return direction;
  }

  /**
   * Whether a grade of the same scale is selected.
   *
   * @param other a grade of the selector's scale
   * @return whether it is selected
   * @throws IllegalArgumentException when the grade is of another scale
   */
  public boolean matches(Grade other) {
    int compared = other.compareTo(grade);
    return switch (direction) {
      case EXACTLY -> compared == 0;
      case OR_BETTER -> compared <= 0;
      case OR_WORSE -> compared >= 0;
    };
  }

  /** The best rank selected, on a scale of {@code size} grades. */
  int best() {
    return direction == Direction.OR_BETTER ? 0 : grade.rank();
  }

  /** The worst rank selected. */
  int worst(int size) {
    return direction == Direction.OR_WORSE ? size - 1 : grade.rank();
  }

  /** {@return the selector as the format writes it: {@code good}, {@code good-or-better}} */
  public String id() {
    return switch (direction) {
      case EXACTLY -> grade.id();
      case OR_BETTER -> grade.id() + OR_BETTER;
      case OR_WORSE -> grade.id() + OR_WORSE;
    };
  }

  /** {@return the selector in words: {@code good}, {@code good or better}} */
  public String words() {
    return switch (direction) {
      case EXACTLY -> grade.id();
      case OR_BETTER -> grade.id() + " or better";
      case OR_WORSE -> grade.id() + " or worse";
    };
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Selector that && grade.equals(that.grade) && direction == that.direction;
  }

  @Override
  public int hashCode() {
    return Objects.hash(grade, direction);
  }

  /** {@return {@link #id()}} */
  @Override
  public String toString() {
    return id();
  }
}
