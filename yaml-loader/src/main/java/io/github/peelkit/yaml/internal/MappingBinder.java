package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.LawViolation;
import io.github.peelkit.mapping.MappingLaws;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a {@code GradeMapping} document into a {@link GradeMapping}: resolves its scales and the
 * grades of its rules, and checks the laws (total, contiguous, monotone) with core's {@link
 * MappingLaws}, which returns every violation, so that each broken rule is reported at its place.
 */
final class MappingBinder {
  private MappingBinder() {}

  /**
   * Binds a mapping document.
   *
   * @param ctx the file's context
   * @param o the document as an object, its keys checked
   * @param id the id, or null when it was refused
   * @param registry the scales references may name
   * @return the mapping, or null when anything was refused (reported)
   */
  static GradeMapping bind(Ctx ctx, Obj o, String id, Registry registry) {
    String name = o.text("name", false, true);
    GradeScale from = scale(ctx, o, "from", registry);
    GradeScale to = scale(ctx, o, "to", registry);
    Boolean comparable = o.bool("comparable");
    String note = o.text("note", false, true);
    Map<Grade, List<Grade>> rules = new LinkedHashMap<>();
    // Where each rule was written, by source grade id, to report law violations and core's refusals there.
    Map<String, Integer> written = new HashMap<>();
    MapNode ruleNodes = null;
    Node node = o.node("rules");
    if (node == null) {
      o.missing("rules");
    } else if (node instanceof MapNode map) {
      ruleNodes = map;
      rules(ctx, o, map, from, to, rules, written);
    } else {
      o.fail();
      ctx.object(node, o.path.key("rules"), Keys.MAPPING, "rules (a mapping of grades to sequences of grades)");
    }
    Extensions extensions = o.extensions();
    if (!o.ok() || id == null || from == null || to == null) {
      return null;
    }
    boolean lawful = true;
    for (LawViolation violation : MappingLaws.check(id, from, to, rules::get)) {
      lawful = false;
      Integer at = written.get(violation.grade().id());
      Node where = at == null ? ruleNodes : ruleNodes.value(at);
      String path = at == null ? o.path.key("rules").toString() : o.path.key("rules").key(ruleNodes.key(at)).toString();
      ctx.error(where, path, ModelCode.MAPPING_LAW_VIOLATED, violation.message(), Ctx.format(violation.targets()), List.of(), null);
    }
    if (!lawful) {
      return null;
    }
    try {
      GradeMapping.Builder b =
          GradeMapping.builder()
              .id(id)
              .name(Optional.ofNullable(name))
              .from(from)
              .to(to)
              .note(Optional.ofNullable(note))
              .rules(rules)
              .extensions(extensions);
      if (comparable != null) {
        b.comparable(comparable);
      }
      return b.build();
    } catch (InvariantException e) {
      report(ctx, e, o, ruleNodes, written);
      return null;
    }
  }

  private static void rules(
      Ctx ctx, Obj o, MapNode map, GradeScale from, GradeScale to, Map<Grade, List<Grade>> rules, Map<String, Integer> written) {
    YPath at = o.path.key("rules");
    for (int i = 0; i < map.size(); i++) {
      String key = map.key(i);
      YPath path = at.key(key);
      Grade source = null;
      if (from != null) {
        source = from.findGrade(key).orElse(null);
        if (source == null) {
          o.fail();
          References.grade(ctx, from, key, new ScalarNode(map.keyLine(i), map.keyColumn(i), key, false), path);
        } else if (written.putIfAbsent(source.id(), i) != null) {
          o.fail();
          ctx.sink.add(
              ctx.file, map.keyLine(i), map.keyColumn(i), path.toString(), ModelCode.DUPLICATE_ID,
              "grade '" + source.id() + "' has two rules: give each grade of " + from.id() + " one rule",
              Texts.abbreviate(key), List.of(), null);
          source = null;
        }
      }
      Node targets = map.value(i);
      List<Grade> grades = new ArrayList<>();
      if (targets instanceof SeqNode seq) {
        for (int k = 0; k < seq.size(); k++) {
          String ref = o.take(ctx.text(seq.get(k), path.index(k), "target grade", true));
          if (ref != null && to != null) {
            Grade target = o.take(References.grade(ctx, to, ref, seq.get(k), path.index(k)));
            if (target != null) {
              grades.add(target);
            }
          }
        }
      } else {
        o.fail();
        if (!(targets instanceof RefusedNode)) {
          ctx.error(
              targets, path, ModelCode.INVALID_VALUE,
              "expected a sequence of grades of the target scale, got " + targets.describe()
                  + (targets instanceof ScalarNode s && s.type() == ScalarType.TEXT
                      ? ": write [" + Texts.abbreviate(s.text()) + "] for a rule of one grade"
                      : ""),
              Ctx.valueOf(targets));
        }
      }
      if (source != null) {
        rules.put(source, grades);
      }
    }
  }

  /** Reports core's refusal at the rule it names ({@code rules.<grade-id>}), written under whatever name. */
  private static void report(Ctx ctx, InvariantException e, Obj o, MapNode ruleNodes, Map<String, Integer> written) {
    String attribute = e.attribute();
    if (ruleNodes != null && attribute.startsWith("rules.")) {
      String rest = attribute.substring("rules.".length());
      int bracket = rest.indexOf('[');
      String gradeId = bracket < 0 ? rest : rest.substring(0, bracket);
      Integer at = written.get(gradeId);
      if (at != null) {
        String renamed = "rules." + ruleNodes.key(at) + (bracket < 0 ? "" : rest.substring(bracket));
        Node where = Locator.find(ruleNodes.value(at), bracket < 0 ? "" : rest.substring(bracket));
        ctx.error(where, o.path.join(renamed), e.code(), e.getMessage(), e.value(), List.of(), null);
        return;
      }
    }
    ctx.invariant(e, o.map, o.path);
  }

  private static GradeScale scale(Ctx ctx, Obj o, String key, Registry registry) {
    String ref = o.text(key, true, true);
    return ref == null ? null : o.take(References.scale(ctx, registry, ref, o.node(key), o.path.key(key)));
  }
}
