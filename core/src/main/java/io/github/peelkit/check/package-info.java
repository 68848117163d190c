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
 *   <li>Declare it as a {@code public static final Rule} of the class of the value it checks, with
 *       its code: {@code Rule.of(ModelCode.IMPOSSIBLE_EVIDENCE, "successes <= size")}. A rule with a
 *       new meaning gets a new code: add a constant at the end of {@link
 *       io.github.peelkit.check.ModelCode} with the next free id; never reuse one.
 *   <li>Check it where the value is checked: in its {@code @Value.Check} method, add a violation of
 *       the rule (the path of the offending attribute relative to the value, as the YAML format
 *       writes it, and the value) to the {@code Violations} the check collects. The check reports
 *       every violation it finds; the builder throws one {@link
 *       io.github.peelkit.check.InvariantException} carrying all of them. A warning (a code of
 *       severity warning) does not stop a value being built: return its violations from a method
 *       such as {@code Assessment.warnings()}. A rule across an assessment's parts that must hold
 *       while parts of a file cannot be read belongs in {@code AssessmentOutline}.
 *   <li>The YAML reader needs no change: it reports every violation at the node its path names,
 *       with file, line and column, and names the rule ({@code Problem.rule()}); {@code
 *       YamlReader.codes()} lists a new code. Its {@code RuleLocationTest} finds every rule in
 *       core's class files and fails until the new rule has a row in {@code RuleRows}: a YAML text
 *       that breaks it and the problem expected (or, where no file can break it, a row that says
 *       why).
 * </ol>
 *
 * <p>{@code docs/rules.md} says the same with an example.
 */
package io.github.peelkit.check;
