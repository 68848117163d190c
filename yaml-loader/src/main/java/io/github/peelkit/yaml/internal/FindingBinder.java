package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.extension.Extensions;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Binds one finding, of an assessment or of a judgment. */
final class FindingBinder {
  private FindingBinder() {}

  /**
   * Binds a finding.
   *
   * @param scalars the reader of the file's scalars
   * @param node the finding's node
   * @param path its path
   * @return the finding, or empty when anything was refused (reported)
   */
  static Optional<Finding> bind(ScalarReader scalars, Node node, DocumentPath path) {
    Optional<ObjectReader> object = ObjectReader.open(scalars, node, path, Keys.FINDING, "a finding");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader o = object.get();
    Optional<FindingKind> kind = o.required("kind").choice("finding kind", Choices.FINDING_KINDS);
    Optional<String> id = o.optional("id").id();
    Optional<Integer> number = o.optional("number").smallInteger();
    Optional<String> title = o.required("title").name();
    Optional<String> text = o.optional("text").text();
    List<String> evidence = o.optional("evidence").ids();
    List<String> recommendations = o.optional("recommendations").ids();
    Extensions extensions = o.extensions();
    return o.build(
        () -> Finding.builder()
            .kind(kind.get())
            .id(id)
            .number(number.map(OptionalInt::of).orElse(OptionalInt.empty()))
            .title(title.get())
            .text(text)
            .evidence(evidence)
            .recommendations(recommendations)
            .extensions(extensions)
            .build());
  }
}
