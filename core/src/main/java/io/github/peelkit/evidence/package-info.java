/**
 * The evidence behind a judgment: samples (a proportion from a reviewed sample, with the figures as
 * published and the confidence interval they imply) and measures (a value held against a standard
 * or a peer figure).
 */
@PeelkitStyle
package io.github.peelkit.evidence;

import io.github.peelkit.internal.PeelkitStyle;
