package io.github.peelkit.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.Violation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The violations one check collects, in the order it finds them. A value's check adds every
 * violation it finds and then {@linkplain #throwIfAny() throws} them all at once; the list is made
 * only for the first violation, since almost every value checked has none.
 */
public final class Violations {
  private List<Violation> found;

  /**
   * Adds a violation.
   *
   * @param violation the violation
   */
  public void add(Violation violation) {
    if (found == null) {
      found = new ArrayList<>(2);
    }
    found.add(violation);
  }

  /**
   * Adds a violation, when there is one.
   *
   * @param violation the violation, or empty
   */
  public void add(Optional<Violation> violation) {
    violation.ifPresent(this::add);
  }

  /**
   * Adds violations.
   *
   * @param violations the violations
   */
  public void addAll(Collection<Violation> violations) {
    violations.forEach(this::add);
  }

  /**
   * Adds the violations of a value checked as part of this one, placed under the path that holds it.
   *
   * @param parent the path of the part, such as {@code judgments[2]}
   * @param violations the part's violations, with paths relative to the part
   */
  public void addUnder(String parent, Collection<Violation> violations) {
    violations.forEach(v -> add(v.under(parent)));
  }

  /** {@return whether no violation was found} */
  public boolean isEmpty() {
    return found == null;
  }

  /** {@return the violations found, in order} */
  public List<Violation> toList() {
    return found == null ? List.of() : List.copyOf(found);
  }

  /**
   * Throws the violations found, if any.
   *
   * @throws InvariantException carrying every violation found, its message the first one's
   */
  public void throwIfAny() {
    if (found != null) {
      throw new InvariantException(found);
    }
  }
}
