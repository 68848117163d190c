package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.compare.AreaDirection;
import io.github.peelkit.compare.DirectionOfTravel;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A direction of travel as JSON, in the shape of SPEC §12: {@code {"earlier": ID, "later": ID,
 * "mapping": ID|null, "caveat": TEXT|null, "areas": [{"area", "direction", "earlier", "later"}]}}
 * with grade ids or null. {@code caveat} is peelkit's addition: the mapping's caveat, or why no
 * mapping applies, where the grades are not directly comparable. A series is {@code {"series":
 * [{"subject": {"id", "name"}, "assessments": [{"id", "published", "framework"}], "steps": [...]}]}}
 * whose steps have the shape of a direction of travel.
 *
 * <p>Unlike the other JSON of peel, absent values are written as {@code null} here, as the shape asks.
 */
final class DirectionJson {
  private DirectionJson() {}

  /** {@return the direction of travel between two assessments} */
  static ObjectNode of(DirectionOfTravel d) {
    ObjectNode o = Json.object();
    o.put("earlier", d.earlier().id());
    o.put("later", d.later().id());
    putOrNull(o, "mapping", d.mapping().map(GradeMapping::id));
    putOrNull(o, "caveat", d.caveat());
    ArrayNode areas = o.putArray("areas");
    for (AreaDirection a : d.areas()) {
      ObjectNode area = areas.addObject();
      area.put("area", a.areaId());
      area.put("direction", a.direction().id());
      putOrNull(area, "earlier", a.earlierGrade().map(Grade::id));
      putOrNull(area, "later", a.laterGrade().map(Grade::id));
    }
    return o;
  }

  /** {@return the series of every subject} */
  static ObjectNode of(List<TimeSeries> series) {
    ObjectNode o = Json.object();
    ArrayNode all = o.putArray("series");
    for (TimeSeries s : series) {
      ObjectNode one = all.addObject();
      ObjectNode subject = one.putObject("subject");
      subject.put("id", s.subject().id());
      subject.put("name", s.subject().name());
      ArrayNode assessments = one.putArray("assessments");
      for (Assessment a : s.assessments()) {
        assessments.addObject().put("id", a.id()).put("published", a.published().toString()).put("framework", a.framework().id());
      }
      ArrayNode steps = one.putArray("steps");
      s.steps().forEach(step -> steps.add(of(step)));
    }
    return o;
  }

  private static void putOrNull(ObjectNode node, String key, Optional<String> value) {
    if (value.isPresent()) {
      node.put(key, value.get());
    } else {
      node.putNull(key);
    }
  }
}
