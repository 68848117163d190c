package io.github.peelkit.grading;

import io.github.peelkit.internal.EnumIds;
import java.util.Optional;

/** What the bands of {@link Points} are compared with. */
public enum Basis {
  /** The total of the inputs' points, such as 24 of HMI Probation's 36. */
  TOTAL,
  /**
   * The total as a percentage of the greatest total the inputs can reach, {@code 100 × total /
   * maximum}, compared exactly as a fraction, never rounded first: 38 8/9% is below a band of 39.
   */
  PERCENT;

  /** {@return the id, {@code total} or {@code percent}, as the format writes it} */
  public String id() {
    return EnumIds.id(this);
  }

  /**
   * Finds a basis by id, ignoring case.
   *
   * @param id the id
   * @return the basis, or empty
   */
  public static Optional<Basis> find(String id) {
    return EnumIds.find(Basis.class, id);
  }
}
