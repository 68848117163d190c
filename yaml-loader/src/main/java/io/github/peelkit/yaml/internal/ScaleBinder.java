package io.github.peelkit.yaml.internal;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.GradeDefinition;
import io.github.peelkit.scale.GradeScale;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/** Binds a {@code GradeScale} document into a {@link GradeScale}. */
final class ScaleBinder {
  private ScaleBinder() {}

  /**
   * Binds a scale document.
   *
   * @param o the document as an object, its keys checked
   * @param id the id, read by the header; empty when it was refused
   * @return the scale, or empty when anything was refused (reported)
   */
  static Optional<GradeScale> bind(ObjectReader o, Optional<String> id) {
    Optional<String> name = o.required("name").name();
    Optional<String> description = o.optional("description").text();
    List<GradeDefinition> grades = o.required("grades").each((node, path) -> grade(o.scalars(), node, path));
    Extensions extensions = o.extensions();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    return o.build(
        () -> GradeScale.builder()
            .id(id.get())
            .name(name.get())
            .description(description)
            .definitions(grades)
            .extensions(extensions)
            .build());
  }

  private static Optional<GradeDefinition> grade(ScalarReader scalars, Node node, DocumentPath path) {
    Optional<ObjectReader> object = ObjectReader.open(scalars, node, path, Keys.GRADE, "a grade");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader o = object.get();
    Optional<String> id = o.required("id").id();
    Optional<String> label = o.required("label").name();
    Optional<String> description = o.optional("description").text();
    List<String> aliases = o.optional("aliases").names();
    Optional<Double> score = o.optional("score").real();
    Extensions extensions = o.extensions();
    return o.build(
        () -> GradeDefinition.builder()
            .id(id.get())
            .label(label.get())
            .description(description)
            .aliases(aliases)
            .score(score.map(OptionalDouble::of).orElse(OptionalDouble.empty()))
            .extensions(extensions)
            .build());
  }
}
