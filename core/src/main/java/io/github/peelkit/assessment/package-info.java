/**
 * Assessments: one published inspection of one subject against a framework, its judgments area by
 * area (a grade, or ungraded with a reason), its findings and its evidence.
 */
@PeelkitStyle
package io.github.peelkit.assessment;

import io.github.peelkit.internal.PeelkitStyle;
