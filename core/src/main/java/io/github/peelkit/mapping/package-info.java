/**
 * Grade mappings: declared, law-checked rules that convert grades of one scale into ranges of grades
 * of another, such as the built-in {@code peel-2014-to-peel-2021}; the conversion of grades and
 * whole assessments under a {@linkplain io.github.peelkit.mapping.Policy policy}; and the kit for
 * users who property-test their own rules: {@link io.github.peelkit.mapping.MappingLaws} checks any
 * rule against the laws and returns the violations as values, {@link
 * io.github.peelkit.mapping.LawfulMappings} enumerates (and counts) every lawful mapping between
 * two scales.
 *
 * <p>The laws of a mapping from scale A to scale B: <em>total</em> (every grade of A maps to at
 * least one grade of B), <em>contiguous</em> (the grades it maps to are a range of B with no gap),
 * <em>monotone</em> (a better grade of A never maps to a range whose best or worst grade is worse
 * than those of a worse grade of A).
 */
@PeelkitStyle
package io.github.peelkit.mapping;

import io.github.peelkit.internal.PeelkitStyle;
