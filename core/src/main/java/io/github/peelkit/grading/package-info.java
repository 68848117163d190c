/**
 * Grading rules: how an inspectorate combines grades into a grade, as law-checked values. HMI
 * Probation scores twelve standards and bands the total ({@linkplain
 * io.github.peelkit.grading.Points points and bands}); the Care Quality Commission derives a
 * service's overall rating from its five key-question ratings by count rules ({@linkplain
 * io.github.peelkit.grading.OrderedRules ordered rules}); either may be capped by {@linkplain
 * io.github.peelkit.grading.Limit limits}. {@link io.github.peelkit.grading.GradingRules} holds one
 * such set of rules and {@linkplain io.github.peelkit.grading.GradingRules#evaluate(java.util.List)
 * evaluates} it with an explanation a reader can check; {@link
 * io.github.peelkit.grading.GradingRuleSets} holds the built-in ones.
 *
 * <p>The laws (total, monotone, reachable, well-formed) are checked exhaustively when rules are
 * built; {@link io.github.peelkit.grading.GradingLaws} checks them for any rules, or any function of
 * grades, and returns what it finds as values, for users who property-test their own rules. {@link
 * io.github.peelkit.grading.Derivations} checks the judgments of an assessment whose grades derive
 * from other judgments by rules.
 */
@PeelkitStyle
package io.github.peelkit.grading;

import io.github.peelkit.internal.PeelkitStyle;
