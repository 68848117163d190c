/**
 * The property-testing kit: seeded random generators of peelkit's model (scales, frameworks, assessments, grade mappings,
 * extensions), for property tests and benchmark corpora in any test framework or engine.
 *
 * <p>Plain Java: a {@link io.github.peelkit.testkit.ModelGenerator} is driven by a seed or by a
 * {@link java.util.random.RandomGenerator}, and the same seed with the same calls gives the same
 * values. Every generated value is valid (it was built through the model's own builders) and
 * generated assessments carry no warnings. {@link io.github.peelkit.testkit.TextStyle#HOSTILE}
 * asks for text that tests writers and readers: YAML-special words, white space at the ends, line
 * breaks, astral, combining and right-to-left characters, long texts; {@link
 * io.github.peelkit.testkit.HostileText} lists the samples. {@link
 * io.github.peelkit.testkit.PeerGenerator} makes synthetic peers of one measure, named as such
 * ({@code synthetic-peer-01}), for examples, tests and benchmarks of outlier analyses. {@link
 * io.github.peelkit.testkit.GradingGenerator} makes lawful grading rules and {@link
 * io.github.peelkit.testkit.UnlawfulRules} rules sure to break a named law. The law checks
 * themselves, which return the violations they find, are part of the model: {@link
 * io.github.peelkit.mapping.MappingLaws} (with {@link io.github.peelkit.mapping.LawfulMappings}, every
 * lawful mapping between two scales, enumerated) and {@link io.github.peelkit.grading.GradingLaws}.
 */
@PeelkitStyle
package io.github.peelkit.testkit;

import io.github.peelkit.internal.PeelkitStyle;
