package io.github.peelkit.yaml.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The keys one object of the format may have, in the order of the format's reference (which is also
 * the order the writer writes them in), with a hash set for the look-up of every key read.
 */
public final class Keys {
  /** Keys of a grade scale document. */
  public static final Keys SCALE = of("apiVersion", "kind", "id", "name", "description", "grades", "extensions");
  /** Keys of a grade. */
  public static final Keys GRADE = of("id", "label", "description", "aliases", "score", "extensions");
  /** Keys of a framework document. */
  public static final Keys FRAMEWORK = of("apiVersion", "kind", "id", "name", "description", "scale", "areas", "extensions");
  /** Keys of an area. */
  public static final Keys AREA =
      of("id", "name", "description", "aliases", "graded", "derived", "criteria", "areas", "extensions");
  /** Keys of a criterion. */
  public static final Keys CRITERION = of("id", "text", "extensions");
  /** Keys of an assessment document. */
  public static final Keys ASSESSMENT =
      of(
          "apiVersion", "kind", "id", "subject", "framework", "scale", "title", "published", "period", "source", "note",
          "findings", "judgments", "extensions");
  /** Keys of a subject. */
  public static final Keys SUBJECT = of("id", "name", "extensions");
  /** Keys of a period. */
  public static final Keys PERIOD = of("from", "to", "extensions");
  /** Keys of a source. */
  public static final Keys SOURCE = of("title", "publisher", "url", "published", "note", "extensions");
  /** Keys of a judgment. */
  public static final Keys JUDGMENT =
      of(
          "area", "grade", "ungraded", "derived", "override", "statement", "published", "note", "findings", "findingCounts",
          "evidence", "distribution", "conversion", "extensions");
  /** Keys of a derivation: {@code derived: {rules, from}}. */
  public static final Keys DERIVED = of("rules", "from", "extensions");
  /** Keys of an override: {@code override: {reason}}. */
  public static final Keys OVERRIDE = of("reason", "extensions");
  /** Keys of a conversion record. */
  public static final Keys CONVERSION =
      of("mapping", "from", "targets", "relation", "comparable", "policy", "extensions");
  /** Keys of an ungraded state. */
  public static final Keys UNGRADED = of("reason", "note", "extensions");
  /** Keys of a finding. */
  public static final Keys FINDING =
      of("kind", "id", "number", "title", "text", "evidence", "recommendations", "extensions");
  /** Keys of finding counts: the finding kinds, and extensions. */
  public static final Keys FINDING_COUNTS =
      of(
          "strength", "area-for-improvement", "cause-of-concern", "recommendation", "innovative-practice",
          "promising-practice", "work-in-progress", "observation", "extensions");
  /** Keys of a peer distribution. */
  public static final Keys DISTRIBUTION = of("population", "counts", "description", "extensions");
  /** Keys of a sample. */
  public static final Keys SAMPLE =
      of(
          "kind", "id", "description", "successes", "size", "population", "level", "method", "reported", "note",
          "extensions");
  /** Keys of published figures. */
  public static final Keys REPORTED = of("estimate", "margin", "extensions");
  /** Keys of a measure. */
  public static final Keys MEASURE =
      of("kind", "id", "description", "value", "qualifier", "unit", "standard", "comparison", "note", "extensions");
  /** Keys of a standard. */
  public static final Keys STANDARD = of("name", "atLeast", "atMost", "extensions");
  /** Keys of a peer comparison. */
  public static final Keys COMPARISON = of("name", "value", "extensions");
  /** Keys of a grade mapping document. */
  public static final Keys MAPPING =
      of("apiVersion", "kind", "id", "name", "from", "to", "comparable", "note", "rules", "extensions");

  /** Keys of a grading rules document. */
  public static final Keys RULES =
      of(
          "apiVersion", "kind", "id", "name", "inputScale", "scale", "inputs", "source", "note", "points", "rules", "limits",
          "extensions");
  /** Keys of points and bands. */
  public static final Keys POINTS = of("values", "basis", "bands", "extensions");
  /** Keys of a band. */
  public static final Keys BAND = of("grade", "atLeast", "extensions");
  /** Keys of one of ordered rules. */
  public static final Keys GRADE_RULE = of("grade", "when", "otherwise", "extensions");
  /** Keys of a limit. */
  public static final Keys LIMIT = of("when", "atBest", "extensions");
  /** Keys of any condition: the kind is told by which of count, input, all, any and not it has. */
  public static final Keys CONDITION = of("count", "atLeast", "atMost", "input", "is", "all", "any", "not", "extensions");
  /** Keys of a count condition. */
  public static final Keys COUNT = of("count", "atLeast", "atMost", "extensions");
  /** Keys of an input condition. */
  public static final Keys INPUT = of("input", "is", "extensions");
  /** Keys of an all condition. */
  public static final Keys ALL = of("all", "extensions");
  /** Keys of an any condition. */
  public static final Keys ANY = of("any", "extensions");
  /** Keys of a not condition. */
  public static final Keys NOT = of("not", "extensions");

  private final List<String> order;
  private final Set<String> set;

  private Keys(List<String> order) {
    this.order = order;
    this.set = new HashSet<>(order);
  }

  private static Keys of(String... keys) {
    return new Keys(List.of(keys));
  }

  static Keys of(List<String> keys) {
    return new Keys(List.copyOf(keys));
  }

  /** {@return the keys, in the format's order} */
  public List<String> order() {
    return order;
  }

  /**
   * Whether a key is one of these.
   *
   * @param key the key
   * @return whether it is allowed
   */
  public boolean contains(String key) {
    return set.contains(key);
  }
}
