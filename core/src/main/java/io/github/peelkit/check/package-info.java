/**
 * The stable problem codes of peelkit, the exception thrown when a value would break an invariant,
 * and the warnings a valid model can still carry.
 *
 * <p>Codes never change meaning: tools may match on them. An {@link
 * io.github.peelkit.check.InvariantException} names the invariant, the attribute and the rejected
 * value, so that a loader can point at the exact place in its input.
 */
@PeelkitStyle
package io.github.peelkit.check;

import io.github.peelkit.internal.PeelkitStyle;
