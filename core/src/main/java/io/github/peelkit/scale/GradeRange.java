package io.github.peelkit.scale;

import java.util.ArrayList;
import java.util.List;

/**
 * A range of grades of one scale, best first, with no gap: {@code [good, adequate]} of the PEEL
 * 2021/22 scale, or one grade on its own. What a grade mapping gives a grade, and what a judgment
 * converted under policy {@code range} stands for.
 *
 * <p>A range is made by its scale ({@link GradeScale#range(Grade, Grade)}) or from one grade
 * ({@link #of(Grade)}), so every range holds at least one grade, all of one scale, each the next
 * rank after the one before.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class GradeRange {
  private final List<Grade> grades;

  /** Wraps grades its scale vouches for: consecutive grades of the scale, best first, at least one. */
  GradeRange(List<Grade> grades) {
    this.grades = List.copyOf(grades);
  }

  /**
   * The range of one grade.
   *
   * @param grade the grade
   * @return the range that holds it alone
   */
  public static GradeRange of(Grade grade) {
    return new GradeRange(List.of(grade));
  }

  /** {@return the grades, best first} */
  public List<Grade> grades() {
    return grades;
  }

  /** {@return the best grade of the range} */
  public Grade best() {
    return grades.get(0);
  }

  /** {@return the worst grade of the range} */
  public Grade worst() {
    return grades.get(grades.size() - 1);
  }

  /** {@return the number of grades} */
  public int size() {
    return grades.size();
  }

  /** {@return whether the range holds exactly one grade} */
  public boolean isSingle() {
    return grades.size() == 1;
  }

  /**
   * Whether a grade lies in the range.
   *
   * @param grade a grade
   * @return whether it is one of the range's grades
   */
  public boolean contains(Grade grade) {
    return grade.scale().equals(scale()) && grade.rank() >= best().rank() && grade.rank() <= worst().rank()
        && grades.get(grade.rank() - best().rank()).equals(grade);
  }

  /** {@return the id of the scale the grades are of} */
  public String scale() {
    return best().scale();
  }

  /** {@return the ids of the grades, best first} */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(grades.size());
    grades.forEach(g -> ids.add(g.id()));
    return ids;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GradeRange that && grades.equals(that.grades);
  }

  @Override
  public int hashCode() {
    return grades.hashCode();
  }

  /** {@return the ids in brackets, as messages show a range: {@code [good, adequate]}} */
  @Override
  public String toString() {
    return ids().toString();
  }
}
