package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.compare.AreaDistribution;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.TableRow;
import io.github.peelkit.framework.Area;
import io.github.peelkit.scale.Grade;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A grade table as JSON: {@code framework}, {@code scale} (or null), {@code areas} (the ids, in the
 * framework's order), {@code rows} (each {@code subject}, {@code assessment}, {@code published} and
 * {@code grades}: area id to grade id, {@code "-"} when ungraded, null when not judged, as the CSV's
 * cells), {@code distribution} (each {@code area}, {@code counts} by grade id, {@code graded}, {@code
 * ungraded}, {@code absent}) and {@code superseded} (each {@code assessment}, {@code subject}, {@code
 * published} and the {@code latest} assessment that the table shows instead).
 */
final class TableJson {
  private TableJson() {}

  /** {@return the table with its distribution} */
  static ObjectNode table(GradeTable table) {
    ObjectNode o = head(table);
    ArrayNode areas = o.putArray("areas");
    table.areas().forEach(a -> areas.add(a.id()));
    ArrayNode rows = o.putArray("rows");
    for (TableRow row : table.rows()) {
      ObjectNode r = rows.addObject();
      r.put("subject", row.subject().id());
      r.put("assessment", row.assessment().id());
      r.put("published", row.assessment().published().toString());
      ObjectNode grades = r.putObject("grades");
      for (Area area : table.areas()) {
        String cell = TableCells.cell(row, area.id());
        if (cell.isEmpty()) {
          grades.putNull(area.id());
        } else {
          grades.put(area.id(), cell);
        }
      }
    }
    distribution(o, table);
    ArrayNode superseded = o.putArray("superseded");
    for (Assessment a : table.superseded()) {
      superseded.addObject()
          .put("assessment", a.id())
          .put("subject", a.subject().id())
          .put("published", a.published().toString())
          .put("latest", table.row(a.subject().id()).orElseThrow().assessment().id());
    }
    return o;
  }

  /** {@return the distribution alone} */
  static ObjectNode distribution(GradeTable table) {
    ObjectNode o = head(table);
    o.put("subjects", table.rows().size());
    distribution(o, table);
    return o;
  }

  private static ObjectNode head(GradeTable table) {
    ObjectNode o = Json.object();
    o.put("framework", table.framework().id());
    if (table.framework().scale().isPresent()) {
      o.put("scale", table.framework().scale().get().id());
    } else {
      o.putNull("scale");
    }
    return o;
  }

  private static void distribution(ObjectNode o, GradeTable table) {
    ArrayNode all = o.putArray("distribution");
    for (AreaDistribution d : table.distributions()) {
      ObjectNode area = all.addObject();
      area.put("area", d.area().id());
      ObjectNode counts = area.putObject("counts");
      for (Grade grade : d.counts().keySet()) {
        counts.put(grade.id(), d.count(grade));
      }
      area.put("graded", d.graded());
      area.put("ungraded", d.ungraded());
      area.put("absent", d.absent());
    }
  }
}
