package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Binds the counts of a judgment: its {@code findingCounts}, by finding kind, and its peer {@code
 * distribution}, by grade, whose keys a file may write as a grade's id, label or alias.
 */
final class DistributionBinder {
  private DistributionBinder() {}

  /**
   * Binds finding counts; unknown keys are refused by the key check.
   *
   * @param o the counts as an object, its keys checked
   * @return the counts, or empty when anything was refused (reported)
   */
  static Optional<FindingCounts> findingCounts(ObjectReader o) {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (int i = 0; i < o.node().size(); i++) {
      String key = o.node().key(i);
      FindingKind kind = Choices.FINDING_KINDS.byId().get(key);
      if (kind != null) {
        o.required(key).smallInteger().ifPresent(count -> counts.put(kind, count));
      }
    }
    Extensions extensions = o.extensions();
    return o.build(() -> FindingCounts.builder().counts(counts).extensions(extensions).build());
  }

  /**
   * Binds a peer distribution.
   *
   * @param o the distribution as an object, its keys checked
   * @param scale the scale its grades are of, when the assessment has one
   * @return the distribution, or empty when anything was refused (reported)
   */
  static Optional<PeerDistribution> distribution(ObjectReader o, Optional<GradeScale> scale) {
    Optional<Integer> population = o.required("population").smallInteger();
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    Field countsField = o.required("counts");
    Optional<Node> countsNode = countsField.node();
    if (countsNode.isPresent() && countsNode.get() instanceof MapNode map) {
      counts(o, map, countsField.path(), scale, counts);
    } else if (countsNode.isPresent()) {
      o.markUnusable();
      ObjectReader.open(o.scalars(), countsNode.get(), countsField.path(), Keys.FINDING_COUNTS, "counts by grade");
    }
    Optional<String> description = o.optional("description").text();
    Extensions extensions = o.extensions();
    return o.build(
        () -> PeerDistribution.builder()
            .population(population.get())
            .counts(counts)
            .description(description)
            .extensions(extensions)
            .build());
  }

  private static void counts(ObjectReader o, MapNode map, DocumentPath at, Optional<GradeScale> scale, Map<Grade, Integer> counts) {
    Map<String, String> seen = new HashMap<>();
    for (int i = 0; i < map.size(); i++) {
      String key = map.key(i);
      DocumentPath path = at.key(key);
      Optional<Integer> count = o.take(o.scalars().smallInteger(map.value(i), path, "count"));
      if (scale.isEmpty()) {
        o.markUnusable();
        continue;
      }
      Node keyNode = new ScalarNode(map.keyLine(i), map.keyColumn(i), key, false);
      Optional<Grade> grade = o.take(References.grade(o.report(), scale.get(), key, keyNode, path));
      if (grade.isEmpty()) {
        continue;
      }
      String before = seen.putIfAbsent(grade.get().id(), key);
      if (before != null) {
        o.markUnusable();
        o.report().report(
            ModelCode.DUPLICATE_ID,
            keyNode,
            path,
            "grade '" + grade.get().id() + "' is counted twice, as '" + Texts.abbreviate(before) + "' and as '"
                + Texts.abbreviate(key) + "': count each grade once",
            Texts.abbreviate(key));
        continue;
      }
      count.ifPresent(c -> counts.put(grade.get(), c));
    }
  }
}
