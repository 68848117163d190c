package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Criterion;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds a {@code Framework} document into a {@link Framework}, resolving its scale. */
final class FrameworkBinder {
  private FrameworkBinder() {}

  /**
   * Binds a framework document.
   *
   * @param ctx the file's context
   * @param o the document as an object, its keys checked
   * @param id the id, or null when it was refused
   * @param registry the scales references may name
   * @return the framework, or null when anything was refused (reported)
   */
  static Framework bind(Ctx ctx, Obj o, String id, Registry registry) {
    String name = o.text("name", true, true);
    String description = o.text("description", false, false);
    GradeScale scale = null;
    String scaleRef = o.text("scale", false, true);
    if (scaleRef != null) {
      scale = o.take(References.scale(ctx, registry, scaleRef, o.node("scale"), o.path.key("scale")));
    }
    List<Area> areas = areas(ctx, o, "areas");
    Extensions extensions = o.extensions();
    if (!o.ok() || id == null) {
      return null;
    }
    try {
      Framework.Builder b = Framework.builder().id(id).name(name).areas(areas).extensions(extensions);
      b.description(Optional.ofNullable(description));
      if (scale != null) {
        b.scale(scale);
      }
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

  private static List<Area> areas(Ctx ctx, Obj parent, String key) {
    SeqNode nodes = parent.seq(key, false);
    List<Area> areas = new ArrayList<>();
    if (nodes == null) {
      return areas;
    }
    YPath at = parent.path.key(key);
    for (int i = 0; i < nodes.size(); i++) {
      Area area = area(ctx, nodes.get(i), at.index(i));
      if (parent.take(area) != null) {
        areas.add(area);
      }
    }
    return areas;
  }

  private static Area area(Ctx ctx, Node node, YPath path) {
    Obj o = ctx.object(node, path, Keys.AREA, "an area");
    if (o == null) {
      return null;
    }
    String id = o.slug("id", true);
    String name = o.text("name", true, true);
    String description = o.text("description", false, false);
    List<String> aliases = o.texts("aliases", true, false);
    Boolean graded = o.bool("graded");
    List<Criterion> criteria = new ArrayList<>();
    SeqNode criterionNodes = o.seq("criteria", false);
    if (criterionNodes != null) {
      YPath at = path.key("criteria");
      for (int i = 0; i < criterionNodes.size(); i++) {
        Criterion c = criterion(ctx, criterionNodes.get(i), at.index(i));
        if (o.take(c) != null) {
          criteria.add(c);
        }
      }
    }
    List<Area> areas = areas(ctx, o, "areas");
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      return null;
    }
    try {
      Area.Builder b =
          Area.builder().id(id).name(name).aliases(aliases).criteria(criteria).areas(areas).extensions(extensions);
      b.description(Optional.ofNullable(description));
      if (graded != null) {
        b.graded(graded);
      }
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

  private static Criterion criterion(Ctx ctx, Node node, YPath path) {
    Obj o = ctx.object(node, path, Keys.CRITERION, "a criterion");
    if (o == null) {
      return null;
    }
    String id = o.slug("id", true);
    String text = o.text("text", true, true);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      return null;
    }
    try {
      return Criterion.builder().id(id).text(text).extensions(extensions).build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

}
