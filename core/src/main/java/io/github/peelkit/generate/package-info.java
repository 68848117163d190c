/**
 * Seeded random generators of peelkit's model (scales, frameworks, assessments, grade mappings,
 * extensions), for property tests and benchmark corpora in any test framework or engine.
 *
 * <p>Plain Java: a {@link io.github.peelkit.generate.ModelGenerator} is driven by a seed or by a
 * {@link java.util.random.RandomGenerator}, and the same seed with the same calls gives the same
 * values. Every generated value is valid (it was built through the model's own builders) and
 * generated assessments carry no warnings. {@link io.github.peelkit.generate.TextStyle#HOSTILE}
 * asks for text that tests writers and readers: YAML-special words, white space at the ends, line
 * breaks, astral, combining and right-to-left characters, long texts; {@link
 * io.github.peelkit.generate.HostileText} lists the samples. {@link
 * io.github.peelkit.generate.PeerGenerator} makes synthetic peers of one measure, named as such
 * ({@code synthetic-peer-01}), for examples, tests and benchmarks of outlier analyses.
 */
@PeelkitStyle
package io.github.peelkit.generate;

import io.github.peelkit.internal.PeelkitStyle;
