/**
 * Peer outliers: which subjects' values of one measure are well above or well below their peers',
 * by the method of the inspectorate's "About the data" — a Shapiro–Wilk test, the natural logs when
 * they are more normal, and a band of k standard deviations either side of the unweighted mean.
 * {@link io.github.peelkit.outlier.OutlierAnalysis} is the entry point; {@link
 * io.github.peelkit.outlier.OutlierOptions} holds every choice with its default. Depends on nothing
 * of peelkit's model: the input is subject → value.
 */
package io.github.peelkit.outlier;
