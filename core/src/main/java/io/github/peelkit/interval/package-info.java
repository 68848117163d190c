/** Confidence intervals of proportions, and the consistency of published figures with their samples. */
@PeelkitStyle
package io.github.peelkit.interval;

import io.github.peelkit.internal.PeelkitStyle;
