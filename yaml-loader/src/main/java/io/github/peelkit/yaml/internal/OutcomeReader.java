package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Converted;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.Ungraded;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Suggestions;
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
 * Reads a judgment's outcome from the three keys the format writes it with: {@code grade}, {@code
 * ungraded} and {@code conversion}. The model holds one outcome; a file can write keys that
 * contradict each other (a grade and ungraded, a grade beside a range, a grade other than the one
 * the conversion's policy picks), and each such contradiction is refused here, where the keys are.
 * A conversion record is checked against its mapping: the file repeats what the mapping says.
 */
final class OutcomeReader {
  private final ObjectReader o;
  private final AssessmentScope scope;
  private final String area;

  private OutcomeReader(ObjectReader judgment, AssessmentScope scope, String area) {
    this.o = judgment;
    this.scope = scope;
    this.area = area;
  }

  /**
   * Reads the outcome of a judgment.
   *
   * @param judgment the judgment as an object
   * @param scope what the assessment's parts are read against
   * @param area the id of the judgment's area, or the reference as written when it did not resolve
   * @return the outcome, or empty when anything was refused (reported)
   */
  static Optional<Outcome> read(ObjectReader judgment, AssessmentScope scope, String area) {
    return new OutcomeReader(judgment, scope, area).read();
  }

  private Optional<Outcome> read() {
    boolean graded = o.has("grade");
    boolean ungraded = o.has("ungraded");
    if (graded && ungraded) {
      o.markUnusable();
      conflict(o.node().get("ungraded"), "ungraded", "has both a grade and ungraded: keep one");
    } else if (!graded && !ungraded && !holdsRange(o.node().get("conversion"))) {
      o.markUnusable();
      if (!o.isMeant("grade") && !o.isMeant("ungraded")) {
        conflict(o.node(), "grade", "has neither a grade nor ungraded: give one");
      }
    }
    Optional<Grade> grade = grade();
    Optional<Ungraded> reason = o.optional("ungraded").object(Keys.UNGRADED, "the reason for no grade").flatMap(u -> o.take(ungraded(u)));
    Optional<Converted> converted = o.optional("conversion").object(Keys.CONVERSION, "a conversion record").flatMap(c -> o.take(conversion(c)));
    if (!o.isUsable()) {
      return Optional.empty();
    }
    if (converted.isEmpty()) {
      return grade.<Outcome>map(Outcome::graded).or(() -> reason.map(Outcome.class::cast));
    }
    Converted conversion = converted.get();
    String range = conversion.conversion().targets().toString();
    if (reason.isPresent()) {
      return refuse(
          o.node().get("conversion"),
          "conversion",
          conversion.isRange()
              ? "is ungraded, but its conversion under policy range holds " + range + ": keep one"
              : "is ungraded but has a conversion: a conversion records where a grade came from");
    }
    Optional<Grade> picked = conversion.findGrade();
    if (picked.isEmpty()) {
      return grade.isEmpty()
          ? Optional.of(conversion)
          : refuse(
              o.node().get("grade"),
              "grade",
              "has grade '" + grade.get().id() + "', but its conversion under policy range holds " + range
                  + ": give no grade, or convert under another policy");
    }
    if (grade.equals(picked)) {
      return Optional.of(conversion);
    }
    return refuse(
        grade.isPresent() ? o.node().get("grade") : o.node(),
        "grade",
        "has " + grade.map(g -> "grade '" + g.id() + "'").orElse("no grade") + ", but its conversion under policy "
            + conversion.policy().id() + " picks '" + picked.get().id() + "' from " + range);
  }

  private Optional<Outcome> refuse(Node at, String key, String message) {
    o.markUnusable();
    conflict(at, key, message);
    return Optional.empty();
  }

  private void conflict(Node at, String key, String message) {
    o.report().report(ModelCode.JUDGMENT_CONFLICT, at, o.path().key(key), "judgment of area '" + area + "' " + message);
  }

  /**
   * Whether a conversion, as written, leaves a range of several grades in place of a grade (policy
   * {@code range}, several targets): a judgment may then have neither a grade nor ungraded.
   */
  private static boolean holdsRange(Node conversion) {
    return conversion instanceof MapNode map
        && map.get("policy") instanceof ScalarNode policy
        && policy.text().equals(Policy.RANGE.id())
        && map.get("targets") instanceof SeqNode targets
        && targets.size() > 1;
  }

  private Optional<Grade> grade() {
    Field field = o.optional("grade");
    Optional<String> reference = field.name();
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    if (scope.scale().isEmpty()) {
      o.markUnusable();
      scope.scaleless().ifPresent(
          framework ->
              o.report().report(
                  ModelCode.JUDGMENT_CONFLICT,
                  field.node().get(),
                  field.path(),
                  "framework " + framework.id() + " has no scale, so its areas are not graded: use ungraded with a reason",
                  Texts.abbreviate(reference.get())));
      return Optional.empty();
    }
    return o.take(References.grade(o.report(), scope.scale().get(), reference.get(), field.node().get(), field.path()));
  }

  private static Optional<Ungraded> ungraded(ObjectReader u) {
    Optional<UngradedReason> reason = u.required("reason").choice("ungraded reason", Choices.UNGRADED_REASONS);
    Optional<String> note = u.optional("note").text();
    Extensions extensions = u.extensions();
    return u.build(() -> Ungraded.builder().reason(reason.get()).note(note).extensions(extensions).build());
  }

  private Optional<Converted> conversion(ObjectReader c) {
    Optional<GradeMapping> mapping = c.required("mapping").id().flatMap(id -> c.take(mapping(c, id)));
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
  private Optional<GradeMapping> mapping(ObjectReader c, String id) {
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
        Suggestions.closest(id, ids).ifPresent(problem::suggestion);
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
