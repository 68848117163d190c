package io.github.peelkit.grading;

import io.github.peelkit.scale.GradeScale;
import java.util.List;

/**
 * What grading rules are made of, before they are checked: the scales, the inputs, the method and
 * the limits. {@link GradingRules} adds the id, name, source and the rest.
 *
 * @param inputScale the scale of the grades combined
 * @param scale the scale of the result
 * @param inputs the inputs
 * @param method points and bands, or ordered rules
 * @param limits the caps applied after, in order
 */
record Parts(GradeScale inputScale, GradeScale scale, Inputs inputs, GradingMethod method, List<Limit> limits) {
  Parts {
    limits = List.copyOf(limits);
  }
}
