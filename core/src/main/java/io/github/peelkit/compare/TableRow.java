package io.github.peelkit.compare;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Subject;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One subject's row of a {@link GradeTable}: the assessment the row shows (the subject's latest of
 * the framework) and its judgment of each area.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class TableRow {
  private final Assessment assessment;
  private final Map<String, Judgment> judgments;

  TableRow(Assessment assessment) {
    this.assessment = assessment;
    Map<String, Judgment> byArea = new HashMap<>();
    assessment.judgments().forEach(j -> byArea.put(j.area().id(), j));
    this.judgments = Map.copyOf(byArea);
  }

  /** {@return the subject} */
  public Subject subject() {
    return assessment.subject();
  }

  /** {@return the assessment the row shows} */
  public Assessment assessment() {
    return assessment;
  }

  /**
   * The judgment of an area.
   *
   * @param areaId the area's id
   * @return the judgment; empty when the assessment did not judge the area (the table's cell is absent)
   */
  public Optional<Judgment> judgment(String areaId) {
    return Optional.ofNullable(judgments.get(areaId));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TableRow that && assessment.equals(that.assessment);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assessment.id());
  }

  /** {@return the subject's id and the assessment's, such as {@code essex: essex-peel-2021-22}} */
  @Override
  public String toString() {
    return subject().id() + ": " + assessment.id();
  }
}
