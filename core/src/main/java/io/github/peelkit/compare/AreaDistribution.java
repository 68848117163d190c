package io.github.peelkit.compare;

import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.framework.Area;
import io.github.peelkit.scale.Grade;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the subjects of a {@link GradeTable} were graded in one area: the number with each grade of
 * the framework's scale, and the numbers whose judgment has no grade and who were not judged in the
 * area at all. {@code graded() + ungraded() + absent()} is the number of rows of the table.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class AreaDistribution {
  private final Area area;
  private final Map<Grade, Integer> counts;
  private final int ungraded;
  private final int absent;

  AreaDistribution(Area area, Map<Grade, Integer> counts, int ungraded, int absent) {
    this.area = Objects.requireNonNull(area, "area");
    this.counts = Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    this.ungraded = ungraded;
    this.absent = absent;
  }

  /** {@return the area} */
  public Area area() {
    return area;
  }

  /**
   * {@return the number of subjects with each grade, every grade of the framework's scale listed
   * best first (0 where none); empty when the framework has no scale}
   */
  public Map<Grade, Integer> counts() {
    return counts;
  }

  /**
   * The number of subjects with a grade.
   *
   * @param grade a grade of the framework's scale
   * @return the count, 0 for a grade no subject has
   */
  public int count(Grade grade) {
    return counts.getOrDefault(grade, 0);
  }

  /** {@return the number of subjects graded in the area} */
  public int graded() {
    int graded = 0;
    for (int count : counts.values()) {
      graded += count;
    }
    return graded;
  }

  /** {@return the number of subjects whose judgment of the area has no grade} */
  public int ungraded() {
    return ungraded;
  }

  /** {@return the number of subjects not judged in the area} */
  public int absent() {
    return absent;
  }

  /**
   * The counts as a peer distribution of the subjects graded, such as an assessment would publish.
   *
   * @return the distribution; empty when no subject was graded in the area
   */
  public Optional<PeerDistribution> toPeerDistribution() {
    int graded = graded();
    return graded == 0 ? Optional.empty() : Optional.of(PeerDistribution.of(graded, counts));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AreaDistribution that
        && area.equals(that.area)
        && counts.equals(that.counts)
        && ungraded == that.ungraded
        && absent == that.absent;
  }

  @Override
  public int hashCode() {
    return Objects.hash(area.id(), counts, ungraded, absent);
  }

  /** {@return the area's id and the counts, such as {@code efficiency: {outstanding=5, good=35, ...}, 0 ungraded, 0 absent}} */
  @Override
  public String toString() {
    Map<String, Integer> byId = new LinkedHashMap<>();
    counts.forEach((g, n) -> byId.put(g.id(), n));
    return area.id() + ": " + byId + ", " + ungraded + " ungraded, " + absent + " absent";
  }
}
