package io.github.peelkit.grading;

import java.util.List;
import java.util.Objects;

/**
 * Ordered rules: the first {@linkplain GradeRule rule} whose condition holds gives the grade; only
 * the last may apply {@linkplain GradeRule#isOtherwise() otherwise}. CQC's aggregation of its five
 * key-question ratings: two or more Inadequate give Inadequate; at least two Outstanding and the
 * rest Good give Outstanding; no Inadequate and at most one Requires improvement give Good;
 * otherwise Requires improvement.
 *
 * <p>That the list is not empty and {@code otherwise} comes last is checked by the {@link
 * GradingRules} that holds it.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class OrderedRules implements GradingMethod {
  private final List<GradeRule> rules;

  private OrderedRules(List<GradeRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /**
   * Ordered rules.
   *
   * @param rules the rules, in the order they are tried
   * @return the rules
   */
  public static OrderedRules of(List<GradeRule> rules) {
    return new OrderedRules(rules);
  }

  /**
   * Ordered rules.
   *
   * @param rules the rules, in the order they are tried
   * @return the rules
   */
  public static OrderedRules of(GradeRule... rules) {
    return of(List.of(rules));
  }

  /** {@return the rules, in the order they are tried} */
  public List<GradeRule> rules() {
    return rules;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrderedRules that && rules.equals(that.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rules);
  }

  @Override
  public String toString() {
    return "rules " + rules;
  }
}
