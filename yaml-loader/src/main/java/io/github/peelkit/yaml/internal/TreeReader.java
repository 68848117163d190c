package io.github.peelkit.yaml.internal;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Limits;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.reader.ReaderException;

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
  /** The longest key the YAML parser reads, whatever the configured limit. */
  static final int PARSER_KEY_LIMIT = 1024;

  private static final String CORE_TAG_PREFIX = "tag:yaml.org,2002:";

  private final String file;
  private final String text;
  private final Limits limits;
  private final Sink sink;
  private final List<Document> documents = new ArrayList<>();

  private Node[] containers = new Node[16];
  private String[] keys = new String[16];
  private int[] keyLines = new int[16];
  private int[] keyColumns = new int[16];
  private boolean[] skip = new boolean[16];
  private boolean[] refused = new boolean[16];
  private int depth;
  private int nodes;
  private int documentLine;
  private int documentColumn;
  private boolean stopped;

  private TreeReader(String file, String text, Limits limits, Sink sink) {
    this.file = file;
    this.text = text;
    this.limits = limits;
    this.sink = sink;
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
    TreeReader reader = new TreeReader(file, text, limits, sink);
    PeelYamlParser parser = null;
    try {
      parser = (PeelYamlParser) factory.createParser(new StringReader(text));
      reader.run(parser);
    } catch (IOException | RuntimeException e) {
      reader.failed(e, parser);
    } finally {
      if (parser != null) {
        try {
          parser.close();
        } catch (IOException | RuntimeException ignored) {
          // Closing a parser over a string reader releases buffers only; nothing to report.
        }
      }
    }
    if (reader.documents.isEmpty() && !sink.isFull(file) && !reader.stopped) {
      sink.add(
          file, 1, 1, "", ModelCode.MISSING_REQUIRED,
          "the file holds no document: give it at least one document with apiVersion, kind and id", null, List.of(),
          null);
    }
    return reader.documents;
  }

  private void run(PeelYamlParser p) throws IOException {
    JsonToken token;
    while ((token = p.nextToken()) != null) {
      if (sink.isFull(file)) {
        stopped = true;
        return;
      }
      NodeEvent event = p.lastNode();
      Mark mark = event.getStartMark();
      int line = mark.getLine() + 1;
      int column = mark.getColumn() + 1;
      switch (token) {
        case FIELD_NAME:
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

  private void key(String key, ScalarEvent event, int line, int column) {
    int at = depth - 1;
    keys[at] = key;
    keyLines[at] = line;
    keyColumns[at] = column;
    skip[at] = false;
    if (event.getAnchor() != null) {
      anchor(event.getAnchor(), pathOf(at), line, column);
    }
    if (event.getTag() != null) {
      tag(event.getTag(), pathOf(at), line, column);
      skip[at] = true;
    } else if (key.length() > limits.maxKeyLength()) {
      keys[at] = Texts.abbreviate(key);
      sink.add(
          file, line, column, pathOf(at), FileCode.LIMIT_EXCEEDED,
          "key of " + key.length() + " characters is longer than the limit of " + limits.maxKeyLength() + " characters",
          Texts.abbreviate(key), List.of(), null);
      skip[at] = true;
    } else if (!event.isPlain() && loneSurrogate(key, pathOf(at), line, column)) {
      skip[at] = true;
    } else if (event.isPlain() && key.equals("<<")) {
      sink.add(
          file, line, column, pathOf(at), FileCode.UNSUPPORTED_YAML_FEATURE,
          "merge key '<<' is not supported: write the entries out in full", "<<", List.of(), null);
      skip[at] = true;
    }
  }

  private boolean open(boolean mapping, CollectionStartEvent event, int line, int column) {
    if (!countNode(line, column)) {
      return false;
    }
    if (depth >= limits.maxDepth()) {
      sink.add(
          file, line, column, pathOf(depth - 1), FileCode.LIMIT_EXCEEDED,
          "nesting deeper than the limit of " + limits.maxDepth() + " levels; stopped reading the file",
          Integer.toString(depth + 1), List.of(), null);
      return false;
    }
    if (depth == 0 && !startDocument(line, column)) {
      return false;
    }
    if (depth == containers.length) {
      grow();
    }
    containers[depth] = mapping ? new MapNode(line, column) : new SeqNode(line, column);
    keys[depth] = null;
    refused[depth] = false;
    skip[depth] = false;
    if (event.getAnchor() != null) {
      anchor(event.getAnchor(), here(), line, column);
    }
    if (event.getTag() != null) {
      tag(event.getTag(), here(), line, column);
      refused[depth] = true;
    }
    depth++;
    return true;
  }

  private boolean scalar(PeelYamlParser p, NodeEvent event, int line, int column) throws IOException {
    if (!countNode(line, column)) {
      return false;
    }
    if (depth == 0 && !startDocument(line, column)) {
      return false;
    }
    if (event instanceof AliasEvent) {
      sink.add(
          file, line, column, here(), FileCode.UNSUPPORTED_YAML_FEATURE,
          "alias '*" + Texts.abbreviate(event.getAnchor()) + "' is not supported: peelkit refuses anchors and aliases;"
              + " write the value out in full",
          "*" + Texts.abbreviate(event.getAnchor()), List.of(), null);
      return attach(new RefusedNode(line, column));
    }
    ScalarEvent scalar = (ScalarEvent) event;
    if (scalar.getAnchor() != null) {
      anchor(scalar.getAnchor(), here(), line, column);
    }
    if (scalar.getTag() != null) {
      tag(scalar.getTag(), here(), line, column);
      return attach(new RefusedNode(line, column));
    }
    String value = p.getText();
    if (value.length() > limits.maxScalarLength()) {
      sink.add(
          file, line, column, here(), FileCode.LIMIT_EXCEEDED,
          "value of " + value.length() + " characters is longer than the limit of " + limits.maxScalarLength()
              + " characters",
          Texts.abbreviate(value), List.of(), null);
      return attach(new RefusedNode(line, column));
    }
    if (!scalar.isPlain() && loneSurrogate(value, here(), line, column)) {
      return attach(new RefusedNode(line, column));
    }
    ScalarNode node = new ScalarNode(line, column, value, scalar.isPlain());
    if (value.length() > limits.maxNumberLength()
        && (node.type() == ScalarType.INT || node.type() == ScalarType.FLOAT)) {
      sink.add(
          file, line, column, here(), FileCode.LIMIT_EXCEEDED,
          "number of " + value.length() + " characters is longer than the limit of " + limits.maxNumberLength()
              + " characters",
          Texts.abbreviate(value), List.of(), null);
      return attach(new RefusedNode(line, column));
    }
    return attach(node);
  }

  /**
   * Refuses a quoted text holding half of a surrogate pair on its own, which only an escape such as
   * {@code "\\uD800"} can produce (the reader refuses one in the file's own characters): it is not a
   * Unicode character, and the writer could not write it back.
   *
   * @return whether the text was refused
   */
  private boolean loneSurrogate(String value, String path, int line, int column) {
    int at = Texts.loneSurrogate(value);
    if (at < 0) {
      return false;
    }
    sink.add(
        file, line, column, path, ModelCode.INVALID_VALUE,
        "text holds U+" + String.format("%04X", (int) value.charAt(at)) + ", half of a UTF-16 surrogate pair, on its own: it"
            + " is not a Unicode character; write the character itself, or one escape of its code point such as"
            + " \\U0001F693",
        Texts.abbreviate(value), List.of(), null);
    return true;
  }

  private boolean countNode(int line, int column) {
    if (++nodes > limits.maxNodes()) {
      sink.add(
          file, line, column, depth == 0 ? "" : pathOf(depth - 1), FileCode.LIMIT_EXCEEDED,
          "more than " + limits.maxNodes() + " values in the file, the limit; stopped reading the file",
          Integer.toString(limits.maxNodes()), List.of(), null);
      return false;
    }
    return true;
  }

  /** Notes where a document starts, refusing it when the file already holds the most documents allowed. */
  private boolean startDocument(int line, int column) {
    documentLine = line;
    documentColumn = column;
    if (documents.size() >= limits.maxDocuments()) {
      sink.add(
          file, line, column, "", FileCode.LIMIT_EXCEEDED,
          "more than " + limits.maxDocuments() + " documents in the file, the limit; stopped reading the file",
          Integer.toString(limits.maxDocuments()), List.of(), null);
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
          sink.add(
              file, keyLines[at], keyColumns[at], pathOf(at), FileCode.MALFORMED_YAML,
              "duplicate key '" + Texts.abbreviate(key) + "', first given at line " + map.keyLine(existing) + ", column "
                  + map.keyColumn(existing) + ": a mapping holds each key once; remove one",
              Texts.abbreviate(key), List.of(), null);
        }
      }
    } else {
      ((SeqNode) container).add(node);
    }
    return true;
  }

  private void anchor(String anchor, String path, int line, int column) {
    sink.add(
        file, line, column, path, FileCode.UNSUPPORTED_YAML_FEATURE,
        "anchor '&" + Texts.abbreviate(anchor) + "' is not supported: peelkit refuses anchors and aliases; remove it and"
            + " write values out in full",
        "&" + Texts.abbreviate(anchor), List.of(), null);
  }

  private void tag(String tag, String path, int line, int column) {
    String shown = tag.startsWith(CORE_TAG_PREFIX) ? "!!" + tag.substring(CORE_TAG_PREFIX.length()) : tag.isEmpty() ? "!" : tag;
    sink.add(
        file, line, column, path, FileCode.UNSUPPORTED_YAML_FEATURE,
        "tag '" + Texts.abbreviate(shown) + "' is not supported: remove it; values are read by their plain form",
        Texts.abbreviate(shown), List.of(), null);
  }

  /** The path of the value being read; built only for a problem, never on the way of valid input. */
  private String here() {
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
    containers = java.util.Arrays.copyOf(containers, n);
    keys = java.util.Arrays.copyOf(keys, n);
    keyLines = java.util.Arrays.copyOf(keyLines, n);
    keyColumns = java.util.Arrays.copyOf(keyColumns, n);
    skip = java.util.Arrays.copyOf(skip, n);
    refused = java.util.Arrays.copyOf(refused, n);
  }

  /** Reports what stopped the parser, at the place the YAML parser itself points to. */
  private void failed(Exception e, PeelYamlParser p) {
    stopped = true;
    if (sink.isFull(file)) {
      return;
    }
    String path = depth == 0 ? "" : pathOf(depth - 1);
    for (Throwable c = e; c != null; c = c.getCause()) {
      if (c instanceof MarkedYAMLException marked) {
        syntax(marked, path);
        return;
      }
      if (c instanceof ReaderException reader) {
        int[] at = SourceText.positionOfCodePoint(text, reader.getPosition());
        sink.add(
            file, at[0], at[1], "", FileCode.MALFORMED_YAML,
            "character U+" + String.format("%04X", reader.getCodePoint()) + " is not allowed in YAML: remove it or write it"
                + " as an escape in a double-quoted text",
            String.format("U+%04X", reader.getCodePoint()), List.of(), null);
        return;
      }
      if (c instanceof StreamConstraintsException limit) {
        int[] at = lastPosition(p);
        sink.add(file, at[0], at[1], path, FileCode.LIMIT_EXCEEDED, "the YAML parser's limit was exceeded: " + limit.getOriginalMessage(), null,
            List.of(), null);
        return;
      }
      if (c == e && e instanceof JsonParseException jpe && jpe.getOriginalMessage() != null
          && jpe.getOriginalMessage().startsWith("Expected a field name")) {
        int[] at = lastPosition(p);
        if (p != null && p.lastNode() instanceof AliasEvent alias) {
          sink.add(
              file, at[0], at[1], path, FileCode.UNSUPPORTED_YAML_FEATURE,
              "alias '*" + Texts.abbreviate(alias.getAnchor()) + "' used as a key is not supported: write the key out in full",
              "*" + Texts.abbreviate(alias.getAnchor()), List.of(), null);
        } else {
          sink.add(
              file, at[0], at[1], path, FileCode.MALFORMED_YAML,
              "a mapping key must be text, not a mapping or sequence; stopped reading the file", null, List.of(), null);
        }
        return;
      }
    }
    int[] at = lastPosition(p);
    String message = e instanceof JsonProcessingException jpe ? jpe.getOriginalMessage() : e.toString();
    sink.add(file, at[0], at[1], path, FileCode.MALFORMED_YAML, "malformed YAML: " + oneLine(String.valueOf(message)), null, List.of(), null);
  }

  private void syntax(MarkedYAMLException e, String path) {
    Mark mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    int line = mark == null ? 1 : mark.getLine() + 1;
    int column = mark == null ? 1 : mark.getColumn() + 1;
    String problem = e.getProblem() == null ? "" : oneLine(e.getProblem());
    if (problem.startsWith("mapping values are not allowed") || problem.startsWith("could not find expected ':'")) {
      int[] key = longKey(line, column);
      if (key != null) {
        int limit = Math.min(limits.maxKeyLength(), PARSER_KEY_LIMIT);
        sink.add(
            file, line, key[0], "", FileCode.LIMIT_EXCEEDED,
            "key of " + key[1] + " characters is longer than the limit of " + limit + " characters"
                + (limits.maxKeyLength() > PARSER_KEY_LIMIT ? ", the most the YAML parser reads" : "")
                + "; stopped reading the file",
            null, List.of(), null);
        return;
      }
    }
    StringBuilder message = new StringBuilder("malformed YAML: ").append(problem);
    if (e.getContext() != null) {
      message.append(" (").append(oneLine(e.getContext()));
      Mark context = e.getContextMark();
      if (context != null && context != mark) {
        message.append(" that starts at line ").append(context.getLine() + 1).append(", column ").append(context.getColumn() + 1);
      }
      message.append(')');
    }
    sink.add(file, line, column, "", FileCode.MALFORMED_YAML, message.toString(), null, List.of(), null);
  }

  /**
   * Tells a key too long for the parser from other syntax errors: the text before the problem's
   * column, less indentation and sequence dashes, is a key of more than {@value #PARSER_KEY_LIMIT}
   * characters.
   *
   * @return the key's start column and length, or null
   */
  private int[] longKey(int line, int column) {
    String lineText = SourceText.line(text, line);
    int end = Math.min(lineText.length(), lineText.offsetByCodePoints(0, Math.min(column - 1, lineText.codePointCount(0, lineText.length()))));
    int start = 0;
    while (start < end) {
      char c = lineText.charAt(start);
      if (c == ' ' || c == '\t' || c == '{' || c == ',') {
        start++;
      } else if (c == '-' && start + 1 < end && lineText.charAt(start + 1) == ' ') {
        start += 2;
      } else if (c == '?' && start + 1 < end && lineText.charAt(start + 1) == ' ') {
        start += 2;
      } else {
        break;
      }
    }
    String key = lineText.substring(start, end).strip();
    if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'') && key.charAt(key.length() - 1) == key.charAt(0)) {
      key = key.substring(1, key.length() - 1);
    }
    if (key.length() <= PARSER_KEY_LIMIT) {
      return null;
    }
    return new int[] {lineText.codePointCount(0, start) + 1, key.length()};
  }

  private int[] lastPosition(PeelYamlParser p) {
    if (p != null && p.lastNode() != null && p.lastNode().getStartMark() != null) {
      Mark m = p.lastNode().getStartMark();
      return new int[] {m.getLine() + 1, m.getColumn() + 1};
    }
    return new int[] {1, 1};
  }

  private static String oneLine(String text) {
    return text.replace('\n', ' ').replace('\r', ' ').strip();
  }
}
