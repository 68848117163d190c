package io.github.peelkit.examples.cli;

import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.DocumentKind;
import io.github.peelkit.yaml.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a catalogue holds, as text or JSON: its grade scales with their grades, its frameworks with
 * their areas, its grade mappings with their rules, its grading rules ({@link RulesReport}), and the
 * ids of any assessments. Items that do not come with peelkit name the file they come from.
 */
final class CatalogReport {
  private static final int WIDTH = AssessmentText.WIDTH;

  private CatalogReport() {}

  /** {@return the catalogue as text, each line ending with a line break} */
  static String text(Catalog catalog) {
    StringBuilder b = new StringBuilder();
    b.append("Grade scales\n");
    for (GradeScale scale : catalog.scales().values()) {
      b.append('\n').append(Wrap.paragraph(scale.name() + origin(catalog, DocumentKind.GRADE_SCALE, scale.id()), scale.id() + ": ", "  ", WIDTH));
      int width = scale.grades().stream().mapToInt(g -> Wrap.width(g.id())).max().orElse(0);
      for (Grade grade : scale.grades()) {
        String aliases = grade.aliases().isEmpty() ? "" : " (also " + String.join(", ", grade.aliases()) + ")";
        b.append(Wrap.paragraph(grade.label() + aliases, "  " + Wrap.pad(grade.id(), width) + "  ", " ".repeat(width + 4), WIDTH));
      }
    }
    b.append("\nFrameworks\n");
    for (Framework framework : catalog.frameworks().values()) {
      String scale = framework.scale().map(s -> "scale " + s.id()).orElse("no scale: nothing graded");
      b.append('\n').append(Wrap.paragraph(
          framework.name() + " (" + scale + ")" + origin(catalog, DocumentKind.FRAMEWORK, framework.id()),
          framework.id() + ": ", "  ", WIDTH));
      int width = idWidth(framework.areas(), 2);
      areas(b, framework.areas(), 2, width);
    }
    b.append("\nGrade mappings\n");
    for (GradeMapping mapping : catalog.mappings().values()) {
      b.append('\n').append(Wrap.paragraph(
          mapping.name().orElse(mapping.from().id() + " to " + mapping.to().id()) + origin(catalog, DocumentKind.GRADE_MAPPING, mapping.id()),
          mapping.id() + ": ", "  ", WIDTH));
      b.append(Wrap.paragraph(
          "from scale " + mapping.from().id() + " to scale " + mapping.to().id()
              + (mapping.comparable() ? "" : "; grades not directly comparable"),
          "  ", "  ", WIDTH));
      int width = mapping.rules().keySet().stream().mapToInt(g -> Wrap.width(g.id())).max().orElse(0);
      mapping.rules().forEach((grade, targets) -> b.append(Wrap.paragraph(
          String.join(", ", targets.ids()) + " (" + mapping.relation(grade).id() + ")",
          "  " + Wrap.pad(grade.id(), width) + " -> ", " ".repeat(width + 6), WIDTH)));
      mapping.note().ifPresent(note -> b.append(Wrap.paragraph(note, "  Note: ", "        ", WIDTH)));
    }
    b.append('\n').append(Wrap.paragraph(
        "every scale onto itself, each grade to itself (exact)", GradeMapping.IDENTITY + ": ", "  ", WIDTH));
    b.append("\nGrading rules\n");
    for (GradingRules rules : catalog.gradingRules().values()) {
      b.append('\n').append(RulesReport.text(rules, origin(catalog, DocumentKind.GRADING_RULES, rules.id())));
    }
    if (!catalog.assessments().isEmpty()) {
      b.append("\nAssessments\n\n");
      catalog.assessments().values().forEach(a -> b.append(Wrap.paragraph(
          a.title() + origin(catalog, DocumentKind.ASSESSMENT, a.id()), a.id() + ": ", "  ", WIDTH)));
    }
    return b.toString();
  }

  private static int idWidth(List<Area> areas, int indent) {
    int width = 0;
    for (Area area : areas) {
      width = Math.max(width, indent + Wrap.width(area.id()));
      width = Math.max(width, idWidth(area.areas(), indent + 2));
    }
    return width;
  }

  private static void areas(StringBuilder b, List<Area> areas, int indent, int width) {
    for (Area area : areas) {
      List<String> notes = new ArrayList<>();
      if (!area.graded()) {
        notes.add("not graded");
      }
      if (!area.aliases().isEmpty()) {
        notes.add("also " + area.aliases().stream().map(a -> "\"" + a + "\"").collect(Collectors.joining(", ")));
      }
      area.derived().ifPresent(d -> notes.add("derived by " + d.rules() + " from " + Words.count(d.from().size(), "area", "areas")));
      String text = area.name() + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ")");
      b.append(Wrap.paragraph(text, Wrap.pad(" ".repeat(indent) + area.id(), width) + "  ", " ".repeat(width + 2), WIDTH));
      areas(b, area.areas(), indent + 2, width);
    }
  }

  private static String origin(Catalog catalog, DocumentKind kind, String id) {
    return catalog.origin(kind, id).filter(o -> !o.builtIn()).map(Origin::toString).map(o -> " [" + o + "]").orElse("");
  }

  /** {@return the catalogue as one JSON object with the ids of the YAML format} */
  static ObjectNode json(Catalog catalog) {
    ObjectNode o = Json.object();
    ArrayNode scales = o.putArray("scales");
    for (GradeScale scale : catalog.scales().values()) {
      ObjectNode s = scales.addObject();
      s.put("id", scale.id());
      s.put("name", scale.name());
      Json.put(s, "description", scale.description());
      origin(s, catalog, DocumentKind.GRADE_SCALE, scale.id());
      ArrayNode grades = s.putArray("grades");
      for (Grade grade : scale.grades()) {
        ObjectNode g = grades.addObject();
        g.put("id", grade.id());
        g.put("label", grade.label());
        Json.put(g, "description", grade.description());
        Json.putTexts(g, "aliases", grade.aliases());
        grade.score().ifPresent(score -> g.put("score", score));
      }
    }
    ArrayNode frameworks = o.putArray("frameworks");
    for (Framework framework : catalog.frameworks().values()) {
      ObjectNode f = frameworks.addObject();
      f.put("id", framework.id());
      f.put("name", framework.name());
      framework.scale().ifPresent(s -> f.put("scale", s.id()));
      Json.put(f, "description", framework.description());
      origin(f, catalog, DocumentKind.FRAMEWORK, framework.id());
      f.set("areas", areas(framework.areas()));
    }
    ArrayNode mappings = o.putArray("mappings");
    for (GradeMapping mapping : catalog.mappings().values()) {
      ObjectNode m = mappings.addObject();
      m.put("id", mapping.id());
      Json.put(m, "name", mapping.name());
      m.put("from", mapping.from().id());
      m.put("to", mapping.to().id());
      m.put("comparable", mapping.comparable());
      Json.put(m, "note", mapping.note());
      origin(m, catalog, DocumentKind.GRADE_MAPPING, mapping.id());
      ObjectNode rules = m.putObject("rules");
      mapping.rules().forEach((grade, targets) -> rules.set(grade.id(), Json.texts(targets.ids())));
      ObjectNode relations = m.putObject("relations");
      mapping.relations().forEach((grade, relation) -> relations.put(grade.id(), relation.id()));
    }
    // Every scale has an identity mapping under this id; it is implied, not listed among the mappings.
    o.put("identityMapping", GradeMapping.IDENTITY);
    ArrayNode gradingRules = o.putArray("gradingRules");
    for (GradingRules rules : catalog.gradingRules().values()) {
      ObjectNode r = RulesReport.json(rules);
      origin(r, catalog, DocumentKind.GRADING_RULES, rules.id());
      gradingRules.add(r);
    }
    ArrayNode assessments = o.putArray("assessments");
    catalog.assessments().values().forEach(a -> {
      ObjectNode x = assessments.addObject();
      x.put("id", a.id());
      x.put("title", a.title());
      origin(x, catalog, DocumentKind.ASSESSMENT, a.id());
    });
    return o;
  }

  private static ArrayNode areas(List<Area> areas) {
    ArrayNode array = Json.array();
    for (Area area : areas) {
      ObjectNode a = array.addObject();
      a.put("id", area.id());
      a.put("name", area.name());
      Json.putTexts(a, "aliases", area.aliases());
      a.put("graded", area.graded());
      area.derived().ifPresent(d -> {
        ObjectNode derived = a.putObject("derived");
        derived.put("rules", d.rules());
        derived.set("from", Json.texts(d.from()));
      });
      if (!area.criteria().isEmpty()) {
        ArrayNode criteria = a.putArray("criteria");
        area.criteria().forEach(c -> criteria.addObject().put("id", c.id()).put("text", c.text()));
      }
      if (!area.areas().isEmpty()) {
        a.set("areas", areas(area.areas()));
      }
    }
    return array;
  }

  private static void origin(ObjectNode node, Catalog catalog, DocumentKind kind, String id) {
    catalog.origin(kind, id).filter(o -> !o.builtIn()).ifPresent(o -> node.put("origin", o.toString()));
  }
}
