package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Converted;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.mapping.Relation;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.yaml.Problem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a converted judgment's conversion record: its mapping (one of the load, or the identity,
 * converting to the assessment's scale), the original grade, and what the file repeats of what the
 * mapping says (targets, relation, comparability), which must agree with the mapping; the
 * conversion itself is the mapping's, with the record's extensions.
 */
final class ConversionReader {
  private ConversionReader() {}

  /**
   * Reads a conversion record.
   *
   * @param c the record as an object, its keys checked
   * @param scope what the assessment's parts are read against
   * @return the converted outcome, or empty when anything was refused (reported)
   */
  static Optional<Converted> read(ObjectReader c, AssessmentScope scope) {
    Optional<GradeMapping> mapping = c.required("mapping").id().flatMap(id -> c.take(mapping(c, id, scope)));
    Field fromField = c.required("from");
    Optional<Grade> from =
        fromField.name().flatMap(ref -> mapping.flatMap(m -> c.take(References.grade(c.report(), m.from(), ref, fromField.node().get(), fromField.path()))));
    List<Grade> targets = targets(c, mapping);
    Optional<Relation> relation = c.required("relation").choice("relation", Choices.RELATIONS);
    Optional<Boolean> comparable = c.optional("comparable").bool();
    Optional<Policy> policy = c.required("policy").choice("policy", Choices.POLICIES);
    Extensions extensions = c.extensions();
    if (!c.isUsable() || mapping.isEmpty() || from.isEmpty()) {
      return Optional.empty();
    }
    GradeConversion conversion = mapping.get().convert(from.get());
    Optional<String> mismatch = mismatch(mapping.get(), conversion, targets, relation.get(), comparable.orElse(true));
    if (mismatch.isPresent()) {
      c.markUnusable();
      c.report().report(ModelCode.INVALID_VALUE, c.node(), c.path(), mismatch.get());
      return Optional.empty();
    }
    return c.build(() -> new Converted(conversion.withExtensions(extensions), policy.get()));
  }

  /** The mapping a conversion record names: one of the load, or the identity, converting to the assessment's scale. */
  private static Optional<GradeMapping> mapping(ObjectReader c, String id, AssessmentScope scope) {
    if (scope.scale().isEmpty()) {
      return Optional.empty();
    }
    Node node = c.node().get("mapping");
    DocumentPath path = c.path().key("mapping");
    Optional<GradeMapping> mapping = scope.registry().mapping(id, scope.scale().get());
    if (mapping.isEmpty()) {
      if (!scope.registry().isBrokenMapping(id)) {
        List<String> ids = scope.registry().mappingIds();
        Problem.Builder problem =
            c.report().problem(ModelCode.UNRESOLVED_REFERENCE, node, path, "unknown mapping '" + id + "'").value(id).validValues(ids);
        c.report().suggestion(id, ids).ifPresent(problem::suggestion);
        c.report().add(problem);
      }
      return Optional.empty();
    }
    if (!mapping.get().to().equals(scope.scale().get())) {
      c.report().report(
          ModelCode.UNRESOLVED_REFERENCE,
          node,
          path,
          "mapping " + id + " converts to scale " + mapping.get().to().id() + ", but the grades of this assessment are on"
              + " scale " + scope.scale().get().id(),
          id);
      return Optional.empty();
    }
    return mapping;
  }

  private static List<Grade> targets(ObjectReader c, Optional<GradeMapping> mapping) {
    List<Grade> targets = new ArrayList<>();
    Optional<SeqNode> nodes = c.required("targets").sequence();
    if (nodes.isEmpty()) {
      return targets;
    }
    DocumentPath at = c.path().key("targets");
    for (int i = 0; i < nodes.get().size(); i++) {
      Node node = nodes.get().get(i);
      DocumentPath path = at.index(i);
      c.take(c.scalars().name(node, path, "target grade"))
          .flatMap(ref -> mapping.flatMap(m -> c.take(References.grade(c.report(), m.to(), ref, node, path))))
          .ifPresent(targets::add);
    }
    return targets;
  }

  /** What a conversion record says that its mapping does not; empty when they agree. */
  private static Optional<String> mismatch(
      GradeMapping mapping, GradeConversion conversion, List<Grade> targets, Relation relation, boolean comparable) {
    List<String> written = targets.stream().map(Grade::id).toList();
    String from = conversion.from().id();
    if (!conversion.targets().ids().equals(written)) {
      return Optional.of(
          "mapping " + mapping.id() + " maps " + from + " to " + conversion.targets() + ", not to " + written
              + ": write the targets the mapping gives");
    }
    if (conversion.relation() != relation) {
      return Optional.of(
          "mapping " + mapping.id() + " relates " + from + " to its targets as " + conversion.relation().id() + ", not "
              + relation.id());
    }
    if (mapping.comparable() != comparable) {
      return Optional.of(
          "mapping " + mapping.id() + " says its scales are " + (mapping.comparable() ? "" : "not ")
              + "comparable: write comparable: " + mapping.comparable());
    }
    return Optional.empty();
  }
}
