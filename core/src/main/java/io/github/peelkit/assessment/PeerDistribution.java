package io.github.peelkit.assessment;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Violations;
import io.github.peelkit.scale.Grade;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * How many peers received each grade in the same area, such as the 2007 national summary for
 * neighbourhood policing: Excellent 6, Good 14, Fair 21, Poor 2 of 43 forces.
 *
 * <p>Invariants checked when a distribution is built: every grade is of one scale; counts are not
 * negative; they add up to the population. Grades not listed count 0.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class PeerDistribution {
  /** A distribution is over at least one peer. */
  public static final Rule POSITIVE_POPULATION = Rule.of(ModelCode.INVALID_VALUE, "population > 0");
  /** The grades of a distribution are of one scale. */
  public static final Rule ONE_SCALE = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "grades are of one scale");
  /** A count of peers is not negative. */
  public static final Rule NON_NEGATIVE_COUNTS = Rule.of(ModelCode.INVALID_VALUE, "count >= 0");
  /** The counts add up to the population. */
  public static final Rule COUNTS_ADD_UP = Rule.of(ModelCode.DISTRIBUTION_DOES_NOT_ADD_UP, "counts add up to the population");

  PeerDistribution() {}

  /** {@return the number of peers graded, such as 43 forces} */
  public abstract int population();

  /** {@return the number of peers with each grade, best grade first} */
  public abstract Map<Grade, Integer> counts();

  /** {@return who the peers are, such as {@code forces in England and Wales}, when given} */
  public abstract Optional<String> description();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /**
   * Creates a distribution.
   *
   * @param population the number of peers
   * @param counts the number of peers with each grade
   * @return the distribution
   */
  public static PeerDistribution of(int population, Map<Grade, Integer> counts) {
    return builder().population(population).counts(counts).build();
  }

  /** {@return a builder for a distribution} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The number of peers with a grade.
   *
   * @param grade the grade
   * @return the count, 0 when the grade is not listed
   */
  public int count(Grade grade) {
    return counts().getOrDefault(grade, 0);
  }

  /**
   * The number of peers with a better grade than the one given: where a subject with that grade
   * stands.
   *
   * @param grade a grade of the distribution's scale
   * @return the number of peers graded better
   */
  public int countBetterThan(Grade grade) {
    return counts().entrySet().stream().filter(e -> e.getKey().isBetterThan(grade)).mapToInt(Map.Entry::getValue).sum();
  }

  /**
   * The number of peers with a worse grade than the one given.
   *
   * @param grade a grade of the distribution's scale
   * @return the number of peers graded worse
   */
  public int countWorseThan(Grade grade) {
    return counts().entrySet().stream().filter(e -> e.getKey().isWorseThan(grade)).mapToInt(Map.Entry::getValue).sum();
  }

  /** {@return the id of the scale the grades are of, or empty when no grade is listed} */
  public Optional<String> scale() {
    // Asked by every check of a judgment that holds the distribution: no stream.
    Iterator<Grade> grades = counts().keySet().iterator();
    return grades.hasNext() ? Optional.of(grades.next().scale()) : Optional.empty();
  }

  @Value.Check
  PeerDistribution check() {
    Violations found = new Violations();
    if (population() <= 0) {
      found.add(POSITIVE_POPULATION.violation("population", population(), "population " + population() + " is not positive"));
    }
    String scale = null;
    long sum = 0;
    Grade previous = null;
    boolean bestFirst = true;
    // Tested first: the path and message of a count are written only for a refusal.
    for (Map.Entry<Grade, Integer> entry : counts().entrySet()) {
      Grade grade = entry.getKey();
      if (scale == null) {
        scale = grade.scale();
      }
      if (!grade.scale().equals(scale)) {
        found.add(
            ONE_SCALE.violation(
                "counts." + grade.id(),
                grade.id(),
                "grade '" + grade.id() + "' of scale " + grade.scale() + " is not of scale " + scale
                    + " like the other grades of the distribution"));
        continue;
      }
      if (entry.getValue() < 0) {
        found.add(
            NON_NEGATIVE_COUNTS.violation(
                "counts." + grade.id(), entry.getValue(), "count " + entry.getValue() + " of grade '" + grade.id() + "' is negative"));
      }
      sum += entry.getValue();
      bestFirst &= previous == null || previous.rank() < grade.rank();
      previous = grade;
    }
    if (sum != population() && found.isEmpty()) {
      long total = sum;
      found.add(
          COUNTS_ADD_UP.violation(
              "counts",
              sum,
              "counts add up to " + total + ", not to the population of " + population() + ": correct a count or the population"));
    }
    found.throwIfAny();
    if (bestFirst) {
      return this;
    }
    // Keep grades best first, whatever order they were given in.
    Map<Grade, Integer> ordered = new LinkedHashMap<>();
    counts().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.naturalOrder()))
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return builder().from(this).counts(ordered).build();
  }

  /** {@return the population and each count: {@code 43 peers: excellent 6, good 14, fair 21, poor 2}} */
  @Override
  public String toString() {
    return population() + (population() == 1 ? " peer: " : " peers: ") + counts().entrySet().stream().map(e -> e.getKey().id() + " " + e.getValue()).collect(Collectors.joining(", "));
  }

  /** Builds a distribution. */
  public static final class Builder extends ImmutablePeerDistribution.Builder {
    Builder() {}
  }
}
