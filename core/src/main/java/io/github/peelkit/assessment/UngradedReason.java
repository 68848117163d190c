package io.github.peelkit.assessment;

import io.github.peelkit.internal.EnumIds;
import java.util.Optional;

/** Why a judgment carries no grade. */
public enum UngradedReason {
  /** Not graded by design, such as the PEEL victim service assessment. */
  NOT_GRADED,
  /** Assessed and described in words, with no grade, such as leadership in PEEL 2016. */
  NARRATIVE,
  /** Not yet graded; a grade is to follow. */
  PENDING,
  /** The inspection of the area was postponed. */
  POSTPONED,
  /** The area was not inspected in this assessment. */
  NOT_INSPECTED,
  /** The inspectorate found too little evidence to grade. */
  INSUFFICIENT_EVIDENCE,
  /** Graded, but reported elsewhere, such as in a separate inspection report. */
  GRADED_SEPARATELY;

  /** {@return the id used in the YAML format, such as {@code not-graded}} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Finds a reason by id, ignoring case.
   *
   * @param id the id
   * @return the reason, or empty
   */
  public static Optional<UngradedReason> find(String id) {
    return EnumIds.find(UngradedReason.class, id);
  }

  /**
   * Returns the reason with an id, ignoring case.
   *
   * @param id the id
   * @return the reason
   * @throws IllegalArgumentException when no reason has that id; the message lists the valid ids
   */
  public static UngradedReason parse(String id) {
    return EnumIds.parse(UngradedReason.class, id, "ungraded reason");
  }
}
