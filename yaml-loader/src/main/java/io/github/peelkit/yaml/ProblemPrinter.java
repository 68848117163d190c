package io.github.peelkit.yaml;

import java.io.StringWriter;
import java.util.List;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Prints problems in the two forms tools read: text, one line per problem as compilers print them,
 * and JSON, an array of objects with the fields of {@link Problem}.
 *
 * <p>Text:
 *
 * <pre>{@code essex.yaml:41:12: error[PK008]: judgments[2].grade: unknown grade 'requires improvment' in scale peel-2021; did you mean 'requires-improvement'?}</pre>
 *
 * <p>JSON, one object per line inside the array; absent values are {@code null}, the message is
 * without the "did you mean" and valid values, which have their own fields:
 *
 * <pre>{@code
 * [
 *   {"file":"essex.yaml","line":41,"column":12,"path":"judgments[2].grade","severity":"error","code":"PK008","message":"unknown grade 'requires improvment' in scale peel-2021","value":"requires improvment","validValues":["outstanding","good","adequate","requires-improvement","inadequate"],"suggestion":"requires-improvement"}
 * ]
 * }</pre>
 */
public final class ProblemPrinter {
  // Jackson 3 escapes '/' by default; a path or URL reads better as written, and JSON allows it.
  private static final JsonFactory JSON = JsonFactory.builder().disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES).build();

  private ProblemPrinter() {}

  /**
   * Prints problems as text, one line each, every line ending with a line break.
   *
   * @param problems the problems, in the order to print them
   * @return the text; empty when there are no problems
   */
  public static String text(List<Problem> problems) {
    StringBuilder b = new StringBuilder();
    for (Problem p : problems) {
      b.append(p.toText()).append('\n');
    }
    return b.toString();
  }

  /**
   * Prints problems as a JSON array, ending with a line break.
   *
   * @param problems the problems, in the order to print them
   * @return the JSON text; {@code []} when there are no problems
   */
  public static String json(List<Problem> problems) {
    if (problems.isEmpty()) {
      return "[]\n";
    }
    StringBuilder b = new StringBuilder("[\n");
    for (int i = 0; i < problems.size(); i++) {
      b.append("  ").append(json(problems.get(i))).append(i + 1 < problems.size() ? ",\n" : "\n");
    }
    return b.append("]\n").toString();
  }

  /**
   * Prints one problem as a JSON object on one line.
   *
   * @param p the problem
   * @return the JSON object
   */
  public static String json(Problem p) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeStringProperty("file", p.file());
      g.writeNumberProperty("line", p.line());
      g.writeNumberProperty("column", p.column());
      g.writeStringProperty("path", p.path());
      g.writeStringProperty("severity", p.severity().id());
      g.writeStringProperty("code", p.code().id());
      g.writeStringProperty("message", p.message());
      g.writeStringProperty("value", p.value().orElse(null));
      g.writeArrayPropertyStart("validValues");
      for (String v : p.validValues()) {
        g.writeString(v);
      }
      g.writeEndArray();
      g.writeStringProperty("suggestion", p.suggestion().orElse(null));
      g.writeEndObject();
    }
    return out.toString();
  }
}
