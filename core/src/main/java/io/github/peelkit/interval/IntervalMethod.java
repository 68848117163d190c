package io.github.peelkit.interval;

import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A method of computing a confidence interval for a binomial proportion, with the id the YAML
 * format and the command line use for it.
 *
 * <p>Every method gives bounds in [0, 1] for every valid sample, including no successes and all
 * successes, at any level strictly between 0 and 1. {@link ConfidenceInterval} says which methods
 * always contain the estimate and how a finite population narrows each of them.
 */
public enum IntervalMethod {
  /**
   * The normal approximation (Wald) interval, estimate ± z·sqrt(p(1 − p)/n), with bounds clipped to
   * [0, 1]. The inspectorate's published figures match it (168 of 196 gives 85.7% ± 4.9%). It has
   * zero width at no successes and at all successes: [0, 0] and [1, 1].
   */
  WALD("wald"),
  /** The Wilson score interval. */
  WILSON("wilson"),
  /** The Wilson score interval with continuity correction (Newcombe 1998, method 4). */
  WILSON_CC("wilson-cc"),
  /**
   * The Agresti–Coull interval: a Wald interval after adding z²/2 successes and z²/2 failures, with
   * bounds clipped to [0, 1].
   */
  AGRESTI_COULL("agresti-coull"),
  /** The Clopper–Pearson (exact) interval, from beta quantiles. */
  CLOPPER_PEARSON("clopper-pearson"),
  /**
   * The Jeffreys interval: the equal-tailed interval of the Beta(k + 1/2, n − k + 1/2) posterior,
   * with lower bound 0 at no successes and upper bound 1 at all successes.
   */
  JEFFREYS("jeffreys");

  private final String id;

  IntervalMethod(String id) {
    this.id = id;
  }

  /** {@return the id of this method, such as {@code wilson-cc}, as the YAML format writes it} */
  public String id() {
    return id;
  }

  /**
   * Finds a method by its id, ignoring case.
   *
   * @param id an id such as {@code wald} or {@code Clopper-Pearson}
   * @return the method, or empty when no method has that id
   */
  public static Optional<IntervalMethod> find(String id) {
    Objects.requireNonNull(id, "id");
    String wanted = id.toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(method -> method.id.equals(wanted)).findFirst();
  }

  /**
   * Obtains the method with an id, ignoring case.
   *
   * @param id an id such as {@code wald} or {@code Clopper-Pearson}
   * @return the method
   * @throws IllegalArgumentException if no method has that id; the message lists the valid ids
   */
  public static IntervalMethod parse(String id) {
    return find(id)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "unknown interval method '" + id + "'; valid methods are " + ids()));
  }

  /**
   * Computes the interval of a sample by this method.
   *
   * @param successes the number of successes k in the sample, 0 to size
   * @param size the size n of the sample, at least 1
   * @param level the confidence level, strictly between 0 and 1, such as 0.95
   * @return the interval
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid
   */
  public ConfidenceInterval interval(long successes, long size, double level) {
    return ConfidenceInterval.of(successes, size, level, this);
  }

  /**
   * Computes the interval of a sample drawn from a finite population by this method.
   *
   * @param successes the number of successes k in the sample, 0 to size
   * @param size the size n of the sample, at least 1
   * @param population the size N of the population sampled, at least size
   * @param level the confidence level, strictly between 0 and 1, such as 0.95
   * @return the interval, narrowed by the finite population correction
   * @throws io.github.peelkit.check.InvariantException with code PK009 if an argument is invalid
   */
  public ConfidenceInterval interval(long successes, long size, long population, double level) {
    return ConfidenceInterval.of(successes, size, population, level, this);
  }

  private static String ids() {
    return Arrays.stream(values()).map(IntervalMethod::id).collect(Collectors.joining(", "));
  }
}
