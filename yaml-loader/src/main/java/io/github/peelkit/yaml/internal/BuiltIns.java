package io.github.peelkit.yaml.internal;

import io.github.peelkit.framework.Framework;
import io.github.peelkit.framework.Frameworks;
import io.github.peelkit.grading.GradingRuleSets;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.GradeMappings;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import io.github.peelkit.yaml.Origin;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The built-in catalogue: core's scales, frameworks, grade mappings and grading rules, as core builds
 * them, the mappings and rules when first asked for. Nothing is parsed: on a cold JVM, reading the same items from YAML took longer than reading a
 * user's file, and a one-file {@code peel validate} waited for it. The same items written as {@code
 * peelkit/v1} documents are in the project's {@code docs/built-in/}, and a test holds them equal.
 */
public final class BuiltIns {
  private BuiltIns() {}

  /** {@return the built-in items, each with its origin naming the class of core that holds it} */
  public static Model model() {
    return new Model(
        entries(GradeScales.all(), GradeScale::id, "GradeScales"),
        entries(Frameworks.all(), Framework::id, "Frameworks"),
        // Made on first use: most loads name no mapping or grading rules, and building them checks their laws.
        // The identities are implied for every scale, not listed.
        LazyMap.of(() -> entries(List.of(GradeMappings.PEEL_2014_TO_PEEL_2021, GradeMappings.PEEL_2021_TO_PEEL_2014), GradeMapping::id, "GradeMappings")),
        Map.of(),
        LazyMap.of(() -> entries(GradingRuleSets.all(), GradingRules::id, "GradingRuleSets")));
  }

  private static <T> Map<String, Entry<T>> entries(List<T> items, Function<T, String> id, String holder) {
    Origin origin = new Origin("built-in:" + holder, 1, 1, true);
    Map<String, Entry<T>> entries = new LinkedHashMap<>();
    for (T item : items) {
      entries.put(id.apply(item), new Entry<>(item, origin));
    }
    return entries;
  }
}
