/**
 * The rules of the model as values: the stable problem {@linkplain io.github.peelkit.check.Code
 * codes} ({@link io.github.peelkit.check.ModelCode} for the model's), the {@linkplain
 * io.github.peelkit.check.Rule rules} each value checks, the {@linkplain
 * io.github.peelkit.check.Violation violations} a check finds, and the exception a builder throws
 * with all of them.
 *
 * <p>Codes never change meaning: tools may match on them. A violation names its rule, the attribute
 * path and the rejected value, so that a loader can point at the exact place in its input.
 *
 * <h2>How to add a rule of the model</h2>
 *
 * <ol>
 *   <li>Declare it as a {@code static final Rule} in the class of the value it checks, with its code
 *       ({@code Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "successes <= size")}). A rule with a new
 *       meaning gets a new code: add a constant at the end of {@link io.github.peelkit.check.ModelCode}
 *       with the next free id; never reuse one.
 *   <li>Check it in the value's {@code @Value.Check} method: add a violation of the rule (with the
 *       path of the offending attribute, relative to the value, and the value) to the violations the
 *       check collects. The check reports every violation it finds; the builder throws an {@link
 *       io.github.peelkit.check.InvariantException} carrying all of them, its message the first's. A
 *       warning (a code of severity warning) is not checked when building: it belongs in a method
 *       that returns violations, such as {@code Assessment.warnings()}.
 *   <li>Nothing more is needed for the YAML reader: it turns every violation into a problem located
 *       at the node its path names, with file, line and column, and {@code YamlReader.codes()} lists
 *       a new code. Its test {@code RuleLocationTest} finds every rule declared in core and fails
 *       until the new rule has a row: a YAML text that breaks the rule and the problem expected.
 * </ol>
 */
package io.github.peelkit.check;
