/**
 * Assessment frameworks: the tree of areas an inspection judges, which of them are graded, the
 * criteria of each, and the scale grades are given on.
 */
@PeelkitStyle
package io.github.peelkit.framework;

import io.github.peelkit.internal.PeelkitStyle;
