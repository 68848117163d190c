package io.github.peelkit.evidence;

import io.github.peelkit.check.Violation;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.internal.Violations;
import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.interval.FiguresCheck;
import io.github.peelkit.interval.IntervalMethod;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A proportion from a reviewed sample: "85.7 percent, with a confidence interval of +/- 4.9
 * percent, of 196 records". It holds the size {@code n} and the successes {@code k} where they are
 * known, the size of the population sampled {@code N} when given, the confidence level and interval
 * method the figures were computed with, and the figures as published.
 *
 * <p>Invariants checked when a sample is built: {@code n > 0}; {@code 0 <= k <= n}, and {@code k}
 * only with {@code n}; {@code N >= n}; a level strictly between 0 and 1; and a sample has {@code n},
 * or a published estimate and margin from which the sizes that fit can be worked out.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract non-sealed class Sample extends Evidence {
  /** A sample holds at least one record. */
  public static final Rule POSITIVE_SIZE = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "size > 0");
  /** Successes are counted out of a size. */
  public static final Rule SUCCESSES_WITH_SIZE = Rule.of(ModelCode.MISSING_REQUIRED, "successes come with a size");
  /** Successes are not negative. */
  public static final Rule NON_NEGATIVE_SUCCESSES = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "successes >= 0");
  /** A sample has no more successes than records. */
  public static final Rule SUCCESSES_AT_MOST_SIZE = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "successes <= size");
  /** A population holds at least one record. */
  public static final Rule POSITIVE_POPULATION = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "population > 0");
  /** A sample is no larger than its population. */
  public static final Rule POPULATION_AT_LEAST_SIZE = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "population >= size");
  /** A confidence level lies strictly between 0 and 1. */
  public static final Rule LEVEL_BETWEEN_0_AND_1 = Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "0 < level < 1");
  /** A sample has a size, or published figures from which the sizes that fit can be worked out. */
  public static final Rule SIZE_OR_PUBLISHED_FIGURES =
      Rule.of(ModelCode.MISSING_REQUIRED, "a sample has a size, or a published estimate and margin");

  /** The confidence level used when none is given: 95%. */
  public static final double DEFAULT_LEVEL = 0.95;

  Sample() {}

  /** {@return the number of successes {@code k}, the records that met the test, when known} */
  public abstract OptionalLong successes();

  /** {@return the sample size {@code n}, the records reviewed, when known} */
  public abstract OptionalLong size();

  /** {@return the size {@code N} of the population sampled, when given; enables the finite population correction} */
  public abstract OptionalLong population();

  /** {@return the confidence level, 0.95 unless given} */
  @Value.Default
  public double level() {
    return DEFAULT_LEVEL;
  }

  /** {@return the interval method, {@link IntervalMethod#WALD} unless given} */
  @Value.Default
  public IntervalMethod method() {
    return IntervalMethod.WALD;
  }

  /** {@return the figures as the report published them, when given} */
  public abstract Optional<Reported> reported();

  /** {@return a builder for a sample} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a sample of known size and successes, at 95% with the Wald method.
   *
   * @param description what was sampled
   * @param successes the successes {@code k}
   * @param size the size {@code n}
   * @return the sample
   */
  public static Sample of(String description, long successes, long size) {
    return builder().description(description).successes(successes).size(size).build();
  }

  /**
   * The confidence interval of the sample at its own level and method, with the population
   * correction when the population is given.
   *
   * @return the interval, or empty when the successes or the size are not known
   */
  public Optional<ConfidenceInterval> interval() {
    return interval(method(), level());
  }

  /**
   * The confidence interval of the sample at another level or method, with the population
   * correction when the population is given.
   *
   * @param method the interval method
   * @param level the confidence level, strictly between 0 and 1
   * @return the interval, or empty when the successes or the size are not known
   */
  public Optional<ConfidenceInterval> interval(IntervalMethod method, double level) {
    if (successes().isEmpty() || size().isEmpty()) {
      return Optional.empty();
    }
    long k = successes().getAsLong();
    long n = size().getAsLong();
    return Optional.of(
        population().isPresent()
            ? ConfidenceInterval.of(k, n, population().getAsLong(), level, method)
            : ConfidenceInterval.of(k, n, level, method));
  }

  /**
   * Checks the published figures against the successes and size, allowing for the precision they
   * were published at.
   *
   * @return the check, or empty unless the figures, the successes and the size are all known
   */
  public Optional<FiguresCheck> figuresCheck() {
    return reported().flatMap(r -> interval().map(i -> r.toPublishedFigures().check(i)));
  }

  /**
   * The sample sizes that fit the published estimate and margin, for a sample whose size was not
   * published: "85.5 percent, with a confidence interval of +/- 4.9 percent" fits 200 records.
   *
   * @param maxSize the largest size to consider
   * @return the sizes that fit, ascending; empty when no estimate and margin were published
   */
  public List<Long> fittingSizes(long maxSize) {
    if (reported().flatMap(Reported::margin).isEmpty()) {
      return List.of();
    }
    var figures = reported().get().toPublishedFigures();
    return population().isPresent()
        ? figures.fittingSizes(population().getAsLong(), level(), method(), maxSize)
        : figures.fittingSizes(level(), method(), maxSize);
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    checkCommon(found);
    if (size().isPresent() && size().getAsLong() <= 0) {
      long n = size().getAsLong();
      found.add(POSITIVE_SIZE.violation("size", n, "size " + n + " is not positive: a sample holds at least one record"));
    }
    if (successes().isPresent()) {
      long k = successes().getAsLong();
      if (size().isEmpty()) {
        found.add(
            SUCCESSES_WITH_SIZE.violation(
                "size", k, "successes " + k + " given without a size: give the number of records reviewed as size"));
      }
      if (k < 0) {
        found.add(NON_NEGATIVE_SUCCESSES.violation("successes", k, "successes " + k + " is negative"));
      }
      if (size().isPresent() && k > size().getAsLong()) {
        long n = size().getAsLong();
        found.add(
            SUCCESSES_AT_MOST_SIZE.violation(
                "successes",
                k,
                "successes " + k + " is greater than size " + n + ": a sample cannot have more successes than records"));
      }
    }
    if (population().isPresent()) {
      long big = population().getAsLong();
      if (big <= 0) {
        found.add(POSITIVE_POPULATION.violation("population", big, "population " + big + " is not positive"));
      }
      if (size().isPresent() && big < size().getAsLong()) {
        long n = size().getAsLong();
        found.add(
            POPULATION_AT_LEAST_SIZE.violation(
                "population",
                big,
                "population " + big + " is smaller than size " + n + ": a sample cannot be larger than its population"));
      }
    }
    double level = level();
    if (!(level > 0 && level < 1)) {
      found.add(
          LEVEL_BETWEEN_0_AND_1.violation(
              "level", level, "level " + level + " is not strictly between 0 and 1: write 95% as 0.95"));
    }
    if (size().isEmpty() && reported().flatMap(Reported::margin).isEmpty()) {
      found.add(
          SIZE_OR_PUBLISHED_FIGURES.violation(
              "size",
              description(),
              "sample has no size: give size (and successes, if known), or the published estimate and margin under"
                  + " reported"));
    }
    found.throwIfAny();
  }

  /** {@return the id (or the description, shortened) and the figures: {@code stop-search-grounds-2021: 168 of 196}, {@code …: size 200, published 0.855 ± 0.049}} */
  @Override
  public String toString() {
    String figures = successes().isPresent() ? successes().getAsLong() + " of " + size().getAsLong()
        : size().isPresent() ? "size " + size().getAsLong() : "size not published";
    String published = reported().map(r -> ", published " + r).orElse("");
    return id().orElse(Violation.abbreviate(description())) + ": " + figures + (successes().isPresent() ? "" : published);
  }

  /** Builds a sample. */
  public static final class Builder extends ImmutableSample.Builder {
    Builder() {}
  }
}
