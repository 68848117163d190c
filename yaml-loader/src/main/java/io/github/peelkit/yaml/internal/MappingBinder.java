package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.Code;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a {@code GradeMapping} document: its keys, its scales, and that every rule names grades of
 * those scales. The mapping itself, and its laws, are core's; until core's grade mappings are
 * available the document is checked but not built.
 */
final class MappingBinder {
  private MappingBinder() {}

  /**
   * Checks a mapping document.
   *
   * @param ctx the file's context
   * @param o the document as an object, its keys checked
   * @param registry the scales references may name
   * @return whether the document is free of problems
   */
  static boolean check(Ctx ctx, Obj o, Registry registry) {
    o.text("name", false, true);
    GradeScale from = scale(ctx, o, "from", registry);
    GradeScale to = scale(ctx, o, "to", registry);
    o.bool("comparable");
    o.text("note", false, false);
    Node rules = o.node("rules");
    if (rules == null) {
      o.missing("rules");
    } else if (rules instanceof MapNode map) {
      YPath at = o.path.key("rules");
      Map<String, String> seen = new HashMap<>();
      for (int i = 0; i < map.size(); i++) {
        String key = map.key(i);
        YPath path = at.key(key);
        if (from != null) {
          Grade source = from.findGrade(key).orElse(null);
          if (source == null) {
            o.fail();
            References.grade(ctx, from, key, new ScalarNode(map.keyLine(i), map.keyColumn(i), key, false), path);
          } else if (seen.putIfAbsent(source.id(), key) != null) {
            o.fail();
            ctx.sink.add(
                ctx.file, map.keyLine(i), map.keyColumn(i), path.toString(), Code.PK007,
                "grade '" + source.id() + "' has two rules: give each grade of " + from.id() + " one rule", key, List.of(),
                null);
          }
        }
        Node targets = map.value(i);
        if (targets instanceof SeqNode seq) {
          for (int k = 0; k < seq.size(); k++) {
            String ref = o.take(ctx.text(seq.get(k), path.index(k), "target grade", true));
            if (ref != null && to != null) {
              o.take(References.grade(ctx, to, ref, seq.get(k), path.index(k)));
            }
          }
        } else {
          o.fail();
          if (!(targets instanceof RefusedNode)) {
            ctx.error(
                targets, path, Code.PK006,
                "expected a sequence of grades of the target scale, got " + targets.describe(), Ctx.valueOf(targets));
          }
        }
      }
    } else {
      o.fail();
      ctx.object(rules, o.path.key("rules"), Keys.MAPPING, "rules (a mapping of grades to sequences of grades)");
    }
    o.extensions();
    return o.ok();
  }

  private static GradeScale scale(Ctx ctx, Obj o, String key, Registry registry) {
    String ref = o.text(key, true, true);
    return ref == null ? null : o.take(References.scale(ctx, registry, ref, o.node(key), o.path.key(key)));
  }
}
