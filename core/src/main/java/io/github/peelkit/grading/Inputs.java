package io.github.peelkit.grading;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The grades grading rules combine: a number of them ({@code inputs: 12}, the twelve standards of
 * an HMI Probation inspection), or a list of names ({@code inputs: [safe, effective, caring,
 * responsive, well-led]}, CQC's key questions), in which case conditions may name one input.
 *
 * <p>Invariants: at least one input; names are ids (slugs) and unique.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Inputs {
  private final int size;
  private final List<String> names;

  private Inputs(int size, List<String> names) {
    this.size = size;
    this.names = names;
  }

  /**
   * Inputs counted, not named: conditions can count them but not name one.
   *
   * @param size the number of inputs, at least 1
   * @return the inputs
   * @throws InvariantException with {@link GradingLaws#INPUTS} when the number is below 1
   */
  public static Inputs count(int size) {
    if (size < 1) {
      throw GradingLaws.INPUTS
          .violation("inputs", size, "inputs is " + size + ": grading rules combine at least one grade")
          .toException();
    }
    return new Inputs(size, List.of());
  }

  /**
   * Named inputs, in the order their grades are given.
   *
   * @param names the names, ids unique among them, at least one
   * @return the inputs
   * @throws InvariantException with {@link GradingLaws#INPUTS} for no name or a name given twice, and
   *     the id rule for a name that is not a slug; it carries every violation
   */
  public static Inputs named(List<String> names) {
    List<String> copy = List.copyOf(names);
    Violations found = new Violations();
    if (copy.isEmpty()) {
      found.add(GradingLaws.INPUTS.violation("inputs", "[]", "inputs is an empty list: name at least one input"));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      Checks.id(found, "inputs[" + i + "]", copy.get(i));
      if (!seen.add(copy.get(i))) {
        found.add(
            GradingLaws.INPUTS.violation(
                "inputs[" + i + "]", copy.get(i), "input '" + copy.get(i) + "' is named twice: give each input its own name"));
      }
    }
    found.throwIfAny();
    return new Inputs(copy.size(), copy);
  }

  /** {@return the number of inputs} */
  public int size() {
    return size;
  }

  /** {@return whether the inputs have names, which conditions may use} */
  public boolean isNamed() {
    return !names.isEmpty();
  }

  /** {@return the names in order; empty when the inputs are only counted} */
  public List<String> names() {
    return names;
  }

  /**
   * Finds the position of a named input.
   *
   * @param name the name
   * @return its position, from 0; empty when no input has that name (or the inputs are counted)
   */
  public OptionalInt indexOf(String name) {
    int i = names.indexOf(name);
    return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
  }

  /**
   * How input {@code i} is named in messages: its name, or its number from 1.
   *
   * @param i the position, from 0
   * @return the name, or {@code input 3}
   */
  public String label(int i) {
    return isNamed() ? names.get(i) : "input " + (i + 1);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Inputs that && size == that.size && names.equals(that.names);
  }

  @Override
  public int hashCode() {
    return Objects.hash(size, names);
  }

  /** {@return the inputs as the format writes them: {@code 12} or {@code [safe, effective]}} */
  @Override
  public String toString() {
    return isNamed() ? "[" + String.join(", ", names) + "]" : Integer.toString(size);
  }
}
