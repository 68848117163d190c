package io.github.peelkit.assessment;

import io.github.peelkit.internal.EnumIds;
import java.util.Optional;

/** What a finding is: something done well, something to improve, a concern, a recommendation. */
public enum FindingKind {
  /** Something the subject does well. */
  STRENGTH,
  /** Something the subject should improve; no recommendation is made. */
  AREA_FOR_IMPROVEMENT,
  /** A serious or critical shortcoming; always accompanied by recommendations. */
  CAUSE_OF_CONCERN,
  /** What the inspectorate recommends the subject does, often to address a cause of concern. */
  RECOMMENDATION,
  /** Practice the inspectorate calls innovative. */
  INNOVATIVE_PRACTICE,
  /** Practice the inspectorate calls promising. */
  PROMISING_PRACTICE,
  /** Work under way, as the 2007 reports list it. */
  WORK_IN_PROGRESS,
  /** An observation, such as those of HM Inspector's summary. */
  OBSERVATION;

  /** {@return the id used in the YAML format, such as {@code area-for-improvement}} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Finds a kind by id, ignoring case.
   *
   * @param id the id
   * @return the kind, or empty
   */
  public static Optional<FindingKind> find(String id) {
    return EnumIds.find(FindingKind.class, id);
  }

  /**
   * Returns the kind with an id, ignoring case.
   *
   * @param id the id
   * @return the kind
   * @throws IllegalArgumentException when no kind has that id; the message lists the valid ids
   */
  public static FindingKind parse(String id) {
    return EnumIds.parse(FindingKind.class, id, "finding kind");
  }
}
