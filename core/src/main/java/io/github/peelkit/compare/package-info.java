/**
 * Comparing assessments: the {@linkplain io.github.peelkit.compare.DirectionOfTravel direction of
 * travel} of one subject between an earlier and a later assessment, area by area; the {@linkplain
 * io.github.peelkit.compare.TimeSeries series} of a subject's assessments in publication order;
 * the subject × area {@linkplain io.github.peelkit.compare.GradeTable table} of a framework with
 * its grade distribution per area; and the check of published peer distributions against the
 * whole population loaded ({@link io.github.peelkit.compare.PeerDistributions}).
 *
 * <p>Grades of two scales are compared only through a declared grade mapping, chosen by a {@link
 * io.github.peelkit.compare.MappingChoice}; never by position or label. Areas are matched by id.
 * Comparisons work on assessments as published: one whose grades were converted by a mapping is
 * refused (compare the original, and let the comparison apply the mapping).
 */
@PeelkitStyle
package io.github.peelkit.compare;

import io.github.peelkit.internal.PeelkitStyle;
