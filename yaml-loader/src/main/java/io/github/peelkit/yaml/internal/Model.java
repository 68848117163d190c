package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import java.util.Map;

/**
 * The items of a catalogue by id, each with its origin, in the order they were defined: what a load
 * produces and what the public {@code Catalog} wraps.
 *
 * @param scales the grade scales
 * @param frameworks the frameworks
 * @param mappings the grade mappings, by id (the identity of every scale is implied, not listed)
 * @param assessments the assessments
 * @param rules the grading rules
 */
public record Model(
    Map<String, Entry<GradeScale>> scales,
    Map<String, Entry<Framework>> frameworks,
    Map<String, Entry<GradeMapping>> mappings,
    Map<String, Entry<Assessment>> assessments,
    Map<String, Entry<GradingRules>> rules) {

  /** The empty model. */
  public static final Model EMPTY = new Model(Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

  /**
   * Creates a model, copying the maps and keeping their order; a map made on first use (as the
   * built-in mappings and grading rules are) stays so.
   *
   * @param scales the grade scales
   * @param frameworks the frameworks
   * @param mappings the grade mappings
   * @param assessments the assessments
   * @param rules the grading rules
   */
  public Model {
    scales = LazyMap.copyOf(scales);
    frameworks = LazyMap.copyOf(frameworks);
    mappings = LazyMap.copyOf(mappings);
    assessments = LazyMap.copyOf(assessments);
    rules = LazyMap.copyOf(rules);
  }
}
