package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves references by id, name, label or alias, in any case, and reports those that name
 * nothing, with the valid ids and the one probably meant. A reference to a document that was
 * defined but could not be built resolves to null silently: that document's own problems say why.
 */
final class References {
  private References() {}

  static GradeScale scale(Ctx ctx, Registry registry, String reference, Node node, YPath path) {
    GradeScale scale = registry.scale(reference);
    if (scale == null && !registry.isBrokenScale(reference)) {
      String suggestion = Ctx.suggest(reference, registry.scaleNames());
      GradeScale meant = suggestion == null ? null : registry.scale(suggestion);
      ctx.error(
          node, path.toString(), ModelCode.UNRESOLVED_REFERENCE, "unknown scale '" + Texts.abbreviate(reference) + "'", Texts.abbreviate(reference),
          registry.scaleIds(), meant == null ? null : meant.id());
    }
    return scale;
  }

  static Framework framework(Ctx ctx, Registry registry, String reference, Node node, YPath path) {
    Framework framework = registry.framework(reference);
    if (framework == null && !registry.isBrokenFramework(reference)) {
      String suggestion = Ctx.suggest(reference, registry.frameworkNames());
      Framework meant = suggestion == null ? null : registry.framework(suggestion);
      ctx.error(
          node, path.toString(), ModelCode.UNRESOLVED_REFERENCE, "unknown framework '" + Texts.abbreviate(reference) + "'",
          Texts.abbreviate(reference), registry.frameworkIds(), meant == null ? null : meant.id());
    }
    return framework;
  }

  static Area area(Ctx ctx, Framework framework, String reference, Node node, YPath path) {
    Area area = framework.findArea(reference).orElse(null);
    if (area == null) {
      List<String> names = new ArrayList<>();
      List<String> ids = new ArrayList<>();
      for (Area a : framework.allAreas()) {
        ids.add(a.id());
        names.add(a.id());
        names.add(a.name());
        names.addAll(a.aliases());
      }
      String suggestion = Ctx.suggest(reference, names);
      Area meant = suggestion == null ? null : framework.findArea(suggestion).orElse(null);
      ctx.error(
          node, path.toString(), ModelCode.UNRESOLVED_REFERENCE,
          "unknown area '" + Texts.abbreviate(reference) + "' in framework " + framework.id(), Texts.abbreviate(reference),
          ids, meant == null ? null : meant.id());
    }
    return area;
  }

  static Grade grade(Ctx ctx, GradeScale scale, String reference, Node node, YPath path) {
    Grade grade = scale.findGrade(reference).orElse(null);
    if (grade == null) {
      List<String> names = new ArrayList<>();
      for (Grade g : scale.grades()) {
        names.add(g.id());
        names.add(g.label());
        names.addAll(g.aliases());
      }
      String suggestion = Ctx.suggest(reference, names);
      Grade meant = suggestion == null ? null : scale.findGrade(suggestion).orElse(null);
      ctx.error(
          node, path.toString(), ModelCode.UNRESOLVED_REFERENCE,
          "unknown grade '" + Texts.abbreviate(reference) + "' in scale " + scale.id(), Texts.abbreviate(reference),
          scale.ids(), meant == null ? null : meant.id());
    }
    return grade;
  }
}
