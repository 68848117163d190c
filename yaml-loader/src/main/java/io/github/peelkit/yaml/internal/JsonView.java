package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.Problem;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The documents of a YAML text as JSON trees, typed as the loader types them (YAML 1.2 core rules,
 * numbers exact): what the format's JSON Schema validates. Used to prove that the schema and the
 * loader agree; a tool validating with the schema should read YAML the same way.
 */
public final class JsonView {
  // Jackson 3's factory keeps decimals exact: 0.10 stays 0.10.
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private JsonView() {}

  /**
   * What reading a text as JSON trees gave.
   *
   * @param documents the documents, in order
   * @param problems the problems of reading the YAML itself (malformed, limits, unsupported features);
   *     when there are any, the documents cannot be judged by a schema
   */
  public record Result(List<JsonNode> documents, List<Problem> problems) {}

  /**
   * Reads a text's documents as JSON trees.
   *
   * @param name the source name, for problems
   * @param text the YAML text
   * @return the trees, and the problems of reading the YAML
   */
  public static Result of(String name, String text) {
    Limits limits = Limits.defaults();
    Sink sink = new Sink(limits.maxProblems());
    List<Document> documents =
        TreeReader.read(PeelYamlFactory.create(limits.maxFileBytes(), limits.maxDepth()), name, text, limits, sink);
    List<JsonNode> trees = new ArrayList<>();
    for (Document d : documents) {
      trees.add(json(d.root()));
    }
    return new Result(trees, sink.sorted());
  }

  private static JsonNode json(Node node) {
    if (node instanceof MapNode map) {
      ObjectNode o = JSON.objectNode();
      for (int i = 0; i < map.size(); i++) {
        o.set(map.key(i), json(map.value(i)));
      }
      return o;
    }
    if (node instanceof SeqNode seq) {
      ArrayNode a = JSON.arrayNode();
      for (int i = 0; i < seq.size(); i++) {
        a.add(json(seq.get(i)));
      }
      return a;
    }
    if (node instanceof ScalarNode s) {
      switch (s.type()) {
        case NULL:
          return JSON.nullNode();
        case BOOL:
          return JSON.booleanNode(s.text().charAt(0) == 't' || s.text().charAt(0) == 'T');
        case INT:
          return JSON.numberNode(ScalarType.parseInt(s.text()));
        case FLOAT:
          return ScalarType.parseFloat(s.text()).<JsonNode>map(JSON::numberNode).orElseGet(() -> JSON.stringNode(s.text()));
        case NOT_FINITE:
          String t = s.text().toLowerCase(java.util.Locale.ROOT);
          return JSON.numberNode(t.endsWith("nan") ? Double.NaN : t.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
        default:
          return JSON.stringNode(s.text());
      }
    }
    // A refused value has been reported among the problems; the view keeps its place.
    return JSON.missingNode();
  }
}
