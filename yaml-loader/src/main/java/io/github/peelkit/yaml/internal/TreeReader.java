package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Limits;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads one file's text into located trees, one per document, in a single pass over Jackson's
 * streaming tokens, with an explicit stack so that no nesting can overflow the call stack.
 *
 * <p>While reading it enforces the per-file limits (depth, nodes, documents, scalar, key and number
 * length), refuses duplicate keys, anchors, aliases, tags and merge keys, and turns the parser's
 * exceptions into located problems. A problem that makes the rest of the file unreadable stops the
 * reading; the documents completed before it are kept.
 */
final class TreeReader {
  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

  private final String file;
  private final String text;
  private final Limits limits;
  private final FileReport report;
  private final List<Document> documents = new ArrayList<>();

  private Node[] containers = new Node[16];
  private String[] keys = new String[16];
  private int[] keyLines = new int[16];
  private int[] keyColumns = new int[16];
  private boolean[] skip = new boolean[16];
  private boolean[] refused = new boolean[16];
  /** Per level: whether the collection is in flow style, and the fewest spaces a line of flow content in it needs. */
  private boolean[] flow = new boolean[16];
  private int[] indents = new int[16];
  private int depth;
  private int nodes;
  private int documentLine;
  private int documentColumn;
  private boolean stopped;
  private final Layout layout;
  /** Keys too long for the parser, replaced in the text by short ones, each refused where it stood. */
  private final List<ParseFailure.LongKey> longKeys;

  /** The most keys too long for the parser that one file has replaced (and is read again for); past them it stops. */
  private static final int MAX_LONG_KEYS = 8;

  /** How many nodes the load has left for this file; past them the load's budget is spent. */
  private final long loadRemaining;
  private boolean loadSpent;

  private TreeReader(String file, String text, Limits limits, Sink sink, List<ParseFailure.LongKey> longKeys, long loadRemaining) {
    this.file = file;
    this.loadRemaining = loadRemaining;
    this.longKeys = longKeys;
    this.text = text;
    this.limits = limits;
    this.report = new FileReport(file, sink);
    this.layout = new Layout(text, report, this::here);
  }

  /**
   * Reads the documents of one file.
   *
   * @param factory the parser factory
   * @param file the file, for problems
   * @param text the file's text
   * @param limits the limits
   * @param sink where problems go
   * @return the documents read completely, in order
   */
  static List<Document> read(PeelYamlFactory factory, String file, String text, Limits limits, Sink sink) {
    return read(factory, file, text, limits, sink, Long.MAX_VALUE).documents();
  }

  /**
   * What reading one file gave.
   *
   * @param documents the documents read completely, in order
   * @param nodes the nodes counted
   * @param loadSpent whether the load's budget of nodes ran out in this file (reported)
   */
  record Result(List<Document> documents, long nodes, boolean loadSpent) {}

  /**
   * Reads the documents of one file within what is left of the load's budget of nodes.
   *
   * @param factory the parser factory
   * @param file the file, for problems
   * @param text the file's text
   * @param limits the limits
   * @param sink where problems go
   * @param loadRemaining the nodes the load has left
   * @return the documents and the nodes counted
   */
  static Result read(PeelYamlFactory factory, String file, String text, Limits limits, Sink sink, long loadRemaining) {
    // A key longer than the parser reads stops it. As the limits promise, such an entry is refused and
    // the rest of the file read: the key is replaced by a short one and the file read again from the
    // start, a few times at most, the problems of the stopped attempts dropped.
    List<ParseFailure.LongKey> longKeys = new ArrayList<>();
    String source = text;
    while (true) {
      Sink own = new Sink(limits.maxProblems());
      TreeReader reader = new TreeReader(file, source, limits, own, longKeys, loadRemaining);
      Optional<ParseFailure.LongKey> longKey = reader.readAll(factory, longKeys.size() < MAX_LONG_KEYS);
      if (longKey.isEmpty()) {
        sink.addAll(own);
        return new Result(reader.documents, reader.nodes, reader.loadSpent);
      }
      ParseFailure.LongKey key = longKey.get();
      longKeys.add(key);
      source = source.substring(0, key.from()) + "peelkit-long-key-" + longKeys.size() + source.substring(key.to());
    }
  }

  /**
   * Reads the documents of the text.
   *
   * @param factory the parser factory
   * @param replaceable whether a key too long for the parser may be replaced and the text read again
   * @return the key too long for the parser that stopped the reading when it may be replaced, or empty
   *     when the reading ended otherwise (problems reported)
   */
  private Optional<ParseFailure.LongKey> readAll(PeelYamlFactory factory, boolean replaceable) {
    PeelYamlParser parser = null;
    try {
      parser = (PeelYamlParser) factory.createParser(ObjectReadContext.empty(), new StringReader(text));
      run(parser);
    } catch (RuntimeException e) {
      // Jackson 3's exceptions are unchecked; SnakeYAML Engine's come wrapped in them, or bare.
      stopped = true;
      if (!report.isFull()) {
        ParseFailure failure = new ParseFailure(text, limits, report);
        Optional<ParseFailure.LongKey> longKey = replaceable ? failure.longKeyStop(e) : Optional.empty();
        if (longKey.isPresent()) {
          return longKey;
        }
        failure.report(e, parser, here());
      }
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (RuntimeException ignored) {
          // Closing a parser over a string reader releases buffers only; nothing to report.
        }
      }
    }
    if (documents.isEmpty() && !report.isFull() && !stopped) {
      report.report(
          ModelCode.MISSING_REQUIRED, 1, 1, "",
          "the file holds no document: give it at least one document with apiVersion, kind and id");
    }
    return Optional.empty();
  }

  private void run(PeelYamlParser p) {
    JsonToken token;
    while ((token = p.nextToken()) != null) {
      if (report.isFull()) {
        stopped = true;
        return;
      }
      NodeEvent event = p.lastNode();
      Mark mark = event.getStartMark().orElseThrow();
      int line = mark.getLine() + 1;
      int column = mark.getColumn() + 1;
      switch (token) {
        case PROPERTY_NAME:
          key(p.currentName(), (ScalarEvent) event, line, column);
          break;
        case START_OBJECT:
        case START_ARRAY:
          if (!open(token == JsonToken.START_OBJECT, (CollectionStartEvent) event, line, column)) {
            stopped = true;
            return;
          }
          break;
        case END_OBJECT:
        case END_ARRAY:
          depth--;
          if (flow[depth]) {
            layout.flowEnd(p.lastEvent(), depth > 0 && flow[depth - 1]);
          }
          Node done = refused[depth] ? new RefusedNode(containers[depth].line(), containers[depth].column()) : containers[depth];
          containers[depth] = null;
          if (!attach(done)) {
            stopped = true;
            return;
          }
          break;
        default:
          if (!scalar(p, event, line, column)) {
            stopped = true;
            return;
          }
          break;
      }
    }
  }

  /** {@return the key too long for the parser that was replaced at a place, if one was} */
  private Optional<ParseFailure.LongKey> longKey(int line, int column) {
    for (ParseFailure.LongKey k : longKeys) {
      if (k.line() == line && k.column() == column) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }

  private void key(String key, ScalarEvent event, int line, int column) {
    int at = depth - 1;
    keys[at] = key;
    keyLines[at] = line;
    keyColumns[at] = column;
    skip[at] = false;
    layout.node(event, contentIndent(), flow[at]);
    if (event.getAnchor().isPresent()) {
      anchor(event.getAnchor().get(), pathOf(at), line, column);
    }
    if (event.getTag().isPresent()) {
      tag(event.getTag().get(), pathOf(at), line, column);
      skip[at] = true;
    } else if (event.isPlain() && key.isEmpty()) {
      keys[at] = "";
      report.report(
          ModelCode.INVALID_VALUE, line, column, pathOf(at),
          "the key is empty, which YAML reads as null; peelkit's keys are text: write the key before its ':'");
      skip[at] = true;
    } else if (longKey(line, column).isPresent()) {
      ParseFailure.LongKey replaced = longKey(line, column).get();
      keys[at] = Texts.abbreviate(replaced.key());
      int limit = Math.min(limits.maxKeyLength(), ParseFailure.PARSER_KEY_LIMIT);
      report.report(
          FileCode.LIMIT_EXCEEDED, line, column, pathOf(at),
          "key of " + replaced.length() + " characters is longer than the limit of " + limit + " characters"
              + (limits.maxKeyLength() > ParseFailure.PARSER_KEY_LIMIT ? ", the most the YAML parser reads" : ""),
          Texts.abbreviate(replaced.key()));
      skip[at] = true;
    } else if (key.length() > limits.maxKeyLength() && Texts.codePoints(key) > limits.maxKeyLength()) {
      keys[at] = Texts.abbreviate(key);
      report.report(
          FileCode.LIMIT_EXCEEDED, line, column, pathOf(at),
          "key of " + Texts.codePoints(key) + " characters is longer than the limit of " + limits.maxKeyLength() + " characters",
          Texts.abbreviate(key));
      skip[at] = true;
    } else if (event.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED && loneSurrogate(key, pathOf(at), line, column)) {
      skip[at] = true;
    } else if (event.isPlain() && key.equals("<<")) {
      report.report(
          FileCode.UNSUPPORTED_YAML_FEATURE, line, column, pathOf(at),
          "merge key '<<' is not supported: write the entries out in full",
          "<<");
      skip[at] = true;
    }
  }

  private boolean open(boolean mapping, CollectionStartEvent event, int line, int column) {
    if (!countNode(line, column)) {
      return false;
    }
    if (depth >= limits.maxDepth()) {
      report.report(
          FileCode.LIMIT_EXCEEDED, line, column, pathOf(depth - 1),
          "nesting deeper than the limit of " + limits.maxDepth() + " levels; stopped reading the file",
          Integer.toString(depth + 1));
      return false;
    }
    if (depth == 0 && !startDocument(line, column)) {
      return false;
    }
    if (depth == containers.length) {
      grow();
    }
    int indent = contentIndent();
    layout.node(event, indent, depth > 0 && flow[depth - 1]);
    flow[depth] = event.isFlow();
    // Block content sets the indentation flow content needs: one more than the block's own column.
    indents[depth] = event.isFlow() ? indent : column;
    containers[depth] = mapping ? new MapNode(line, column) : new SeqNode(line, column);
    keys[depth] = null;
    refused[depth] = false;
    skip[depth] = false;
    if (event.getAnchor().isPresent()) {
      anchor(event.getAnchor().get(), here(), line, column);
    }
    if (event.getTag().isPresent()) {
      tag(event.getTag().get(), here(), line, column);
      refused[depth] = true;
    }
    depth++;
    return true;
  }

  private boolean scalar(PeelYamlParser p, NodeEvent event, int line, int column) {
    if (!countNode(line, column)) {
      return false;
    }
    if (depth == 0 && !startDocument(line, column)) {
      return false;
    }
    layout.node(event, contentIndent(), depth > 0 && flow[depth - 1]);
    if (event instanceof AliasEvent) {
      String name = Texts.abbreviate(event.getAnchor().map(Anchor::getValue).orElse(""));
      report.report(
          FileCode.UNSUPPORTED_YAML_FEATURE, line, column, here(),
          "alias '*" + name + "' is not supported: peelkit refuses anchors and aliases; write the value out in full",
          "*" + name);
      return attach(new RefusedNode(line, column));
    }
    ScalarEvent scalar = (ScalarEvent) event;
    if (scalar.getAnchor().isPresent()) {
      anchor(scalar.getAnchor().get(), here(), line, column);
    }
    if (scalar.getTag().isPresent()) {
      tag(scalar.getTag().get(), here(), line, column);
      return attach(new RefusedNode(line, column));
    }
    String value = p.getString();
    if (value.length() > limits.maxScalarLength() && Texts.codePoints(value) > limits.maxScalarLength()) {
      report.report(
          FileCode.LIMIT_EXCEEDED, line, column, here(),
          "value of " + Texts.codePoints(value) + " characters is longer than the limit of " + limits.maxScalarLength()
              + " characters",
          Texts.abbreviate(value));
      return attach(new RefusedNode(line, column));
    }
    if (scalar.getScalarStyle() == ScalarStyle.DOUBLE_QUOTED && loneSurrogate(value, here(), line, column)) {
      return attach(new RefusedNode(line, column));
    }
    ScalarNode node = new ScalarNode(line, column, value, scalar.isPlain());
    if (value.length() > limits.maxNumberLength()
        && (node.type() == ScalarType.INT || node.type() == ScalarType.FLOAT)) {
      report.report(
          FileCode.LIMIT_EXCEEDED, line, column, here(),
          "number of " + value.length() + " characters is longer than the limit of " + limits.maxNumberLength()
              + " characters",
          Texts.abbreviate(value));
      return attach(new RefusedNode(line, column));
    }
    return attach(node);
  }

  /**
   * Refuses a double-quoted text holding half of a surrogate pair on its own, which only an escape such
   * as {@code "\\uD800"} can produce (the reader refuses one among the file's own characters, whatever
   * the style, so other texts are not searched): it is not a Unicode character, and the writer could
   * not write it back.
   *
   * @return whether the text was refused
   */
  private boolean loneSurrogate(String value, String path, int line, int column) {
    int at = Texts.loneSurrogate(value);
    if (at < 0) {
      return false;
    }
    report.report(
        ModelCode.INVALID_VALUE, line, column, path,
        "text holds U+" + String.format("%04X", (int) value.charAt(at)) + ", half of a UTF-16 surrogate pair, on its own: it"
            + " is not a Unicode character; write the character itself, or one escape of its code point such as"
            + " \\U0001F693",
        Texts.abbreviate(value));
    return true;
  }

  private boolean countNode(int line, int column) {
    if (++nodes > loadRemaining) {
      loadSpent = true;
      report.report(
          FileCode.LIMIT_EXCEEDED, line, column, depth == 0 ? "" : pathOf(depth - 1),
          "more than " + limits.maxTotalNodes() + " values in this load, the limit; stopped reading: the rest of this file"
              + " and the files after it were not read",
          Long.toString(limits.maxTotalNodes()));
      return false;
    }
    if (nodes > limits.maxNodes()) {
      report.report(
          FileCode.LIMIT_EXCEEDED, line, column, depth == 0 ? "" : pathOf(depth - 1),
          "more than " + limits.maxNodes() + " values in the file, the limit; stopped reading the file",
          Integer.toString(limits.maxNodes()));
      return false;
    }
    return true;
  }

  /** Notes where a document starts, refusing it when the file already holds the most documents allowed. */
  private boolean startDocument(int line, int column) {
    documentLine = line;
    documentColumn = column;
    if (documents.size() >= limits.maxDocuments()) {
      report.report(
          FileCode.LIMIT_EXCEEDED, line, column, "",
          "more than " + limits.maxDocuments() + " documents in the file, the limit; stopped reading the file",
          Integer.toString(limits.maxDocuments()));
      return false;
    }
    return true;
  }

  private boolean attach(Node node) {
    if (depth == 0) {
      documents.add(new Document(file, documents.size(), node, documentLine, documentColumn));
      return true;
    }
    int at = depth - 1;
    Node container = containers[at];
    if (container instanceof MapNode map) {
      if (!skip[at]) {
        int existing = map.put(keys[at], keyLines[at], keyColumns[at], node);
        if (existing >= 0) {
          String key = keys[at];
          report.report(
              FileCode.MALFORMED_YAML, keyLines[at], keyColumns[at], pathOf(at),
              "duplicate key '" + Texts.abbreviate(key) + "', first given at line " + map.keyLine(existing) + ", column "
                  + map.keyColumn(existing) + ": a mapping holds each key once; remove one",
              Texts.abbreviate(key));
        }
      }
    } else {
      ((SeqNode) container).add(node);
    }
    return true;
  }

  private void anchor(Anchor anchor, String path, int line, int column) {
    String name = Texts.abbreviate(anchor.getValue());
    report.report(
        FileCode.UNSUPPORTED_YAML_FEATURE, line, column, path,
        "anchor '&" + name + "' is not supported: peelkit refuses anchors and aliases; remove it and write values out in"
            + " full",
        "&" + name);
  }

  /** {@return the fewest spaces a line of flow content needs at the current level} */
  private int contentIndent() {
    return depth == 0 ? 0 : indents[depth - 1];
  }

  private void tag(String tag, String path, int line, int column) {
    String shown = tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag.isEmpty() ? "!" : tag;
    report.report(
        FileCode.UNSUPPORTED_YAML_FEATURE, line, column, path,
        "tag '" + Texts.abbreviate(shown) + "' is not supported: remove it; values are read by their plain form",
        Texts.abbreviate(shown));
  }

  /** The path of the value being read; built only for a problem, never on the way of valid input. */
  String here() {
    return depth == 0 ? "" : pathOf(depth - 1);
  }

  /** The path of the value being read at a stack level: its key, or its index in a sequence. */
  private String pathOf(int level) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i <= level; i++) {
      Node c = containers[i];
      if (c instanceof MapNode) {
        String key = keys[i];
        if (key == null) {
          break;
        }
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(key);
      } else if (c instanceof SeqNode seq) {
        b.append('[').append(seq.size()).append(']');
      }
    }
    return b.toString();
  }

  private void grow() {
    int n = containers.length * 2;
    containers = Arrays.copyOf(containers, n);
    keys = Arrays.copyOf(keys, n);
    keyLines = Arrays.copyOf(keyLines, n);
    keyColumns = Arrays.copyOf(keyColumns, n);
    skip = Arrays.copyOf(skip, n);
    refused = Arrays.copyOf(refused, n);
    flow = Arrays.copyOf(flow, n);
    indents = Arrays.copyOf(indents, n);
  }
}
