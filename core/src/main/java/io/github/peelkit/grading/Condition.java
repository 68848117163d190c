package io.github.peelkit.grading;

import io.github.peelkit.extension.Extensions;
import java.util.List;
import java.util.OptionalInt;

/**
 * A condition on the input grades of grading rules, as the format writes it: {@code {count:
 * SELECTOR, atLeast: N}} and/or {@code atMost: N} ({@link CountCondition}), {@code {input: NAME,
 * is: SELECTOR}} ({@link InputCondition}, named inputs only), {@code all: [...]}, {@code any: [...]}
 * and {@code not: {...}}.
 *
 * <p>Conditions are values; whether one holds depends on the inputs, and {@link
 * GradingRules#evaluate(java.util.List)} says which held in words. That a condition's selectors name
 * grades of the input scale and its inputs are inputs of the rules is checked by the {@link
 * GradingRules} that holds it.
 */
public sealed interface Condition
    permits CountCondition, InputCondition, AllCondition, AnyCondition, NotCondition {
  /** {@return the free-form data kept with this condition, empty when there is none} */
  Extensions extensions();

  /**
   * Holds when at least {@code n} inputs are selected.
   *
   * @param selector the grades counted
   * @param n the least number
   * @return the condition {@code {count: selector, atLeast: n}}
   */
  static CountCondition atLeast(Selector selector, int n) {
    return CountCondition.builder().selector(selector).atLeast(n).build();
  }

  /**
   * Holds when at most {@code n} inputs are selected.
   *
   * @param selector the grades counted
   * @param n the greatest number
   * @return the condition {@code {count: selector, atMost: n}}
   */
  static CountCondition atMost(Selector selector, int n) {
    return CountCondition.builder().selector(selector).atMost(n).build();
  }

  /**
   * Holds when the number of inputs selected is within bounds.
   *
   * @param selector the grades counted
   * @param atLeast the least number, if any
   * @param atMost the greatest number, if any
   * @return the condition
   */
  static CountCondition count(Selector selector, OptionalInt atLeast, OptionalInt atMost) {
    return CountCondition.builder().selector(selector).atLeast(atLeast).atMost(atMost).build();
  }

  /**
   * Holds when the named input is selected.
   *
   * @param input the input's name
   * @param is the grades it may have
   * @return the condition {@code {input: input, is: selector}}
   */
  static InputCondition input(String input, Selector is) {
    return InputCondition.builder().input(input).is(is).build();
  }

  /**
   * Holds when every condition holds.
   *
   * @param conditions the conditions, at least one
   * @return the condition {@code {all: [...]}}
   */
  static AllCondition all(Condition... conditions) {
    return all(List.of(conditions));
  }

  /**
   * Holds when every condition holds.
   *
   * @param conditions the conditions, at least one
   * @return the condition {@code {all: [...]}}
   */
  static AllCondition all(List<? extends Condition> conditions) {
    return AllCondition.builder().conditions(conditions).build();
  }

  /**
   * Holds when some condition holds.
   *
   * @param conditions the conditions, at least one
   * @return the condition {@code {any: [...]}}
   */
  static AnyCondition any(Condition... conditions) {
    return any(List.of(conditions));
  }

  /**
   * Holds when some condition holds.
   *
   * @param conditions the conditions, at least one
   * @return the condition {@code {any: [...]}}
   */
  static AnyCondition any(List<? extends Condition> conditions) {
    return AnyCondition.builder().conditions(conditions).build();
  }

  /**
   * Holds when the condition does not.
   *
   * @param condition the condition
   * @return the condition {@code {not: {...}}}
   */
  static NotCondition not(Condition condition) {
    return NotCondition.builder().condition(condition).build();
  }
}
