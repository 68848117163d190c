package io.github.peelkit.yaml;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What an assessment refers to by id that the built-in catalogue does not hold, in an order a reader resolves. */
final class Dependencies {
  private Dependencies() {}

  /**
   * The values to write so that an assessment reads on its own.
   *
   * @param assessment the assessment
   * @param mappings the mappings given for its converted judgments
   * @return scales, then the framework, then mappings, then the assessment, each only when not built in
   */
  static List<Object> of(Assessment assessment, List<GradeMapping> mappings) {
    Catalog builtIn = Catalog.builtIn();
    Map<String, GradeScale> scales = new LinkedHashMap<>();
    Framework framework = assessment.framework();
    framework.scale().ifPresent(s -> scales.put(s.id(), s));
    assessment.scale().ifPresent(s -> scales.put(s.id(), s));
    Map<String, GradeMapping> needed = new LinkedHashMap<>();
    for (Judgment judgment : assessment.judgments()) {
      judgment.conversion().ifPresent(c -> {
        String id = c.conversion().mapping();
        if (!id.equals(GradeMapping.IDENTITY) && !builtIn.mappings().containsKey(id)) {
          GradeMapping given = mappings.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow(
              () -> new IllegalArgumentException("the judgment of area " + judgment.area().id() + " was converted by mapping '"
                  + id + "', which is not built in: give it, so that the file reads on its own"));
          needed.put(id, given);
        }
      });
    }
    needed.values().forEach(m -> {
      scales.putIfAbsent(m.from().id(), m.from());
      scales.putIfAbsent(m.to().id(), m.to());
    });
    List<Object> values = new ArrayList<>();
    scales.values().stream().filter(s -> !Objects.equals(builtIn.scales().get(s.id()), s)).forEach(values::add);
    if (!Objects.equals(builtIn.frameworks().get(framework.id()), framework)) {
      values.add(framework);
    }
    values.addAll(needed.values());
    values.add(assessment);
    return values;
  }
}
