package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds a {@code GradeScale} document into a {@link GradeScale}. */
final class ScaleBinder {
  private ScaleBinder() {}

  /**
   * Binds a scale document.
   *
   * @param ctx the file's context
   * @param o the document as an object, its keys checked
   * @param id the id, checked by the header, or null when it was refused
   * @return the scale, or null when anything was refused (reported)
   */
  static GradeScale bind(Ctx ctx, Obj o, String id) {
    String name = o.text("name", true, true);
    String description = o.text("description", false, false);
    SeqNode gradeNodes = o.seq("grades", true);
    List<Grade> grades = new ArrayList<>();
    if (gradeNodes != null) {
      YPath at = o.path.key("grades");
      for (int i = 0; i < gradeNodes.size(); i++) {
        Grade grade = grade(ctx, gradeNodes.get(i), at.index(i));
        if (o.take(grade) != null) {
          grades.add(grade);
        }
      }
    }
    Extensions extensions = o.extensions();
    if (!o.ok() || id == null) {
      return null;
    }
    try {
      GradeScale.Builder b = GradeScale.builder().id(id).name(name).grades(grades).extensions(extensions);
      b.description(Optional.ofNullable(description));
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

  private static Grade grade(Ctx ctx, Node node, YPath path) {
    Obj o = ctx.object(node, path, Keys.GRADE, "a grade");
    if (o == null) {
      return null;
    }
    String id = o.slug("id", true);
    String label = o.text("label", true, true);
    String description = o.text("description", false, false);
    List<String> aliases = o.texts("aliases", true, false);
    Double score = o.real("score", false);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      return null;
    }
    try {
      Grade.Builder b = Grade.builder().id(id).label(label).aliases(aliases).extensions(extensions);
      b.description(Optional.ofNullable(description));
      if (score != null) {
        b.score(score);
      }
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }
}
