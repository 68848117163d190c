package io.github.peelkit.evidence;

import io.github.peelkit.internal.EnumIds;
import java.util.Optional;

/**
 * How a published value bounds the true one: reports give figures as bounds ("over 20,000", "in
 * excess of 2,500", "up to six months") as often as exactly, and a bound is a fact to keep, not to
 * print as an exact value.
 */
public enum Qualifier {
  /** The value as it is: {@code 85%}. */
  EXACT("exactly"),
  /** Above the value: "over 50%", "in excess of 20,000". */
  MORE_THAN("more than"),
  /** The value or above: "at least 90%". */
  AT_LEAST("at least"),
  /** Below the value: "under 10%", "fewer than 5". */
  LESS_THAN("less than"),
  /** The value or below: "at most 10 days". */
  AT_MOST("at most"),
  /** The value or below, of a range's worst case: "up to six months in some cases". */
  UP_TO("up to"),
  /** Near the value: "about 3,000", "around a third", "approximately". */
  ABOUT("about");

  private final String words;

  Qualifier(String words) {
    this.words = words;
  }

  /** {@return the id used in the YAML format, such as {@code more-than}} */
  public String id() {
    return EnumIds.id(this);
  }

  /** {@return the qualifier in words before a value, such as {@code more than}; {@code exactly} for {@link #EXACT}} */
  public String words() {
    return words;
  }

  /**
   * Finds a qualifier by id, ignoring case.
   *
   * @param id the id
   * @return the qualifier, or empty
   */
  public static Optional<Qualifier> find(String id) {
    return EnumIds.find(Qualifier.class, id);
  }
}
