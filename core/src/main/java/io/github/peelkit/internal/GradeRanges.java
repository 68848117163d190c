package io.github.peelkit.internal;

import io.github.peelkit.scale.Grade;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

/** Ranges of grades as conversions hold them: written as ids in brackets, checked for gaps. */
public final class GradeRanges {
  private GradeRanges() {}

  /**
   * Writes grades as messages show them: their ids in brackets, {@code [good, adequate]}.
   *
   * @param grades the grades, in the order to write them
   * @return the text
   */
  public static String format(Collection<Grade> grades) {
    return grades.stream().map(Grade::id).collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * Whether grades form a range: at least one, all placed in one scale, best first, each the next
   * rank after the one before.
   *
   * @param grades the grades
   * @return whether they are a range of their scale
   */
  public static boolean isRange(List<Grade> grades) {
    if (grades.isEmpty() || !grades.get(0).isPlaced()) {
      return false;
    }
    Grade first = grades.get(0);
    for (int i = 1; i < grades.size(); i++) {
      Grade grade = grades.get(i);
      if (!grade.scale().equals(first.scale()) || grade.rank() != first.rank() + i) {
        return false;
      }
    }
    return true;
  }
}
