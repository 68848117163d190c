package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.AssessmentOutline;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.GradeScale;
import java.util.Optional;

/**
 * What the parts of one assessment document are read against: its framework and scale as resolved,
 * the registry of the load for the mappings of conversions, and the outline its parts are added to.
 *
 * @param framework the assessment's framework, when it resolved
 * @param scale the scale its grades are on (its own, or its framework's), when there is one
 * @param scaleless the framework, when it grades nothing and the assessment names no scale: a grade
 *     is then refused with a message that says so
 * @param registry the items of the load
 * @param outline the outline the parts' ids and links are added to
 */
record AssessmentScope(
    Optional<Framework> framework,
    Optional<GradeScale> scale,
    Optional<Framework> scaleless,
    Registry registry,
    AssessmentOutline.Builder outline) {}
