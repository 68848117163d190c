/**
 * Tests of normality: {@link io.github.peelkit.normality.ShapiroWilk}, the Shapiro–Wilk test by
 * Royston's algorithm AS R94, as SciPy computes it. Depends on nothing of peelkit's model.
 */
package io.github.peelkit.normality;
