/**
 * Confidence intervals for a proportion estimated from a reviewed sample, and checks of the
 * figures a report published for one.
 *
 * <p>{@link io.github.peelkit.interval.IntervalMethod} names the six methods (Wald, Wilson, Wilson
 * with continuity correction, Agresti–Coull, Clopper–Pearson, Jeffreys); {@link
 * io.github.peelkit.interval.ConfidenceInterval} is the interval of k successes out of n, with an
 * optional finite population correction; {@link io.github.peelkit.interval.PublishedFigures} checks
 * a published estimate and margin against a sample, allowing for the rounding they were published
 * at, and finds the sample sizes that fit figures published without one. The distributions, and the
 * methods Apache Commons Statistics provides, come from Commons Statistics.
 *
 * <p>Invalid arguments (a size that is not positive, successes outside 0 to size, a population
 * below the size, a level not strictly between 0 and 1) are refused with an {@link
 * io.github.peelkit.check.InvariantException} of code {@link io.github.peelkit.check.ModelCode#IMPOSSIBLE_EVIDENCE}.
 */
@PeelkitStyle
package io.github.peelkit.interval;

import io.github.peelkit.internal.PeelkitStyle;
