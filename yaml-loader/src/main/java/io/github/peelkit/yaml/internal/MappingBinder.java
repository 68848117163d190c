package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a {@code GradeMapping} document into a {@link GradeMapping}: resolves its scales and the
 * grades of its rules, which a file may name by id, label or alias. The mapping's own rules (the
 * laws: total, contiguous, monotone; targets best first) are core's, checked when the mapping is
 * built from the rules as written; each violation is reported at the rule it names, under the name
 * the file gave its grade.
 */
final class MappingBinder {
  private MappingBinder() {}

  /**
   * Binds a mapping document.
   *
   * @param o the document as an object, its keys checked
   * @param id the id, read by the header; empty when it was refused
   * @param registry the scales references may name
   * @return the mapping, or empty when anything was refused (reported)
   */
  static Optional<GradeMapping> bind(ObjectReader o, Optional<String> id, Registry registry) {
    Optional<String> name = o.optional("name").name();
    Optional<GradeScale> from = scale(o, "from", registry);
    Optional<GradeScale> to = scale(o, "to", registry);
    Optional<Boolean> comparable = o.optional("comparable").bool();
    Optional<String> note = o.optional("note").name();
    Field rulesField = o.required("rules");
    Optional<Rules> rules = rulesField.node().flatMap(node -> rules(o, node, from, to));
    Extensions extensions = o.extensions();
    if (!o.isUsable() || id.isEmpty() || from.isEmpty() || to.isEmpty() || rules.isEmpty()) {
      return Optional.empty();
    }
    Rules written = rules.get();
    try {
      GradeMapping.Builder mapping = GradeMapping.builder(id.get(), from.get(), to.get(), written.grades);
      mapping.name(name).note(note).extensions(extensions);
      comparable.ifPresent(mapping::comparable);
      return Optional.of(mapping.build());
    } catch (InvariantException e) {
      e.violations().forEach(v -> report(o, v, written));
      return Optional.empty();
    }
  }

  /**
   * The rules as written: the grades of each, and where each source grade's rule was written, so
   * that a violation naming a grade is reported where the file wrote it, under the name it used.
   */
  private record Rules(MapNode node, Map<Grade, List<Grade>> grades, Map<String, Integer> written) {}

  private static Optional<Rules> rules(ObjectReader o, Node node, Optional<GradeScale> from, Optional<GradeScale> to) {
    DocumentPath at = o.path().key("rules");
    if (!(node instanceof MapNode map)) {
      o.markUnusable();
      ObjectReader.open(o.scalars(), node, at, Keys.MAPPING, "rules (a mapping of grades to sequences of grades)");
      return Optional.empty();
    }
    Map<Grade, List<Grade>> grades = new LinkedHashMap<>();
    Map<String, Integer> written = new HashMap<>();
    for (int i = 0; i < map.size(); i++) {
      int entry = i;
      DocumentPath path = at.key(map.key(i));
      Optional<Grade> source = from.flatMap(scale -> source(o, map, entry, scale, path, written));
      List<Grade> targets = targets(o, map.value(i), path, to);
      source.ifPresent(s -> grades.put(s, targets));
    }
    return Optional.of(new Rules(map, grades, written));
  }

  /** The grade a rule's key names, once: a key that names no grade, or a grade named twice, is reported. */
  private static Optional<Grade> source(
      ObjectReader o, MapNode map, int i, GradeScale from, DocumentPath path, Map<String, Integer> written) {
    String key = map.key(i);
    Node keyNode = new ScalarNode(map.keyLine(i), map.keyColumn(i), key, false);
    Optional<Grade> source = o.take(References.grade(o.report(), from, key, keyNode, path));
    if (source.isPresent() && written.putIfAbsent(source.get().id(), i) != null) {
      o.markUnusable();
      o.report()
          .report(
              ModelCode.DUPLICATE_ID,
              keyNode,
              path,
              "grade '" + source.get().id() + "' has two rules: give each grade of " + from.id() + " one rule",
              Texts.abbreviate(key));
      return Optional.empty();
    }
    return source;
  }

  private static List<Grade> targets(ObjectReader o, Node node, DocumentPath path, Optional<GradeScale> to) {
    List<Grade> grades = new ArrayList<>();
    if (node instanceof SeqNode seq) {
      for (int k = 0; k < seq.size(); k++) {
        Node item = seq.get(k);
        DocumentPath at = path.index(k);
        o.take(o.scalars().name(item, at, "target grade"))
            .flatMap(ref -> to.flatMap(scale -> o.take(References.grade(o.report(), scale, ref, item, at))))
            .ifPresent(grades::add);
      }
      return grades;
    }
    o.markUnusable();
    if (!(node instanceof RefusedNode)) {
      Problem.Builder problem =
          o.report()
              .problem(
                  ModelCode.INVALID_VALUE,
                  node,
                  path,
                  "expected a sequence of grades of the target scale, got " + node.describe()
                      + (node instanceof ScalarNode s && s.type() == ScalarType.TEXT
                          ? ": write [" + Texts.abbreviate(s.text()) + "] for a rule of one grade"
                          : ""));
      ScalarReader.shown(node).ifPresent(problem::value);
      o.report().add(problem);
    }
    return grades;
  }

  /** Reports a violation at the rule it names ({@code rules.<grade-id>}), written under whatever name. */
  private static void report(ObjectReader o, Violation v, Rules rules) {
    String path = v.path();
    if (path.startsWith("rules.")) {
      String rest = path.substring("rules.".length());
      int bracket = rest.indexOf('[');
      String gradeId = bracket < 0 ? rest : rest.substring(0, bracket);
      String index = bracket < 0 ? "" : rest.substring(bracket);
      Integer at = rules.written().get(gradeId);
      if (at == null) {
        // A grade of the source scale the file gives no rule: the rules as a whole are at fault.
        o.report().violation(v, rules.node(), o.path().key("rules").toString());
      } else {
        String written = o.path().key("rules").key(rules.node().key(at)) + index;
        o.report().violation(v, Locator.find(rules.node().value(at), index), written);
      }
      return;
    }
    o.report().violations(List.of(v), o.node(), o.path());
  }

  private static Optional<GradeScale> scale(ObjectReader o, String key, Registry registry) {
    Field field = o.required(key);
    return field.name().flatMap(ref -> o.take(References.scale(o.report(), registry, ref, field.node().get(), field.path())));
  }
}
