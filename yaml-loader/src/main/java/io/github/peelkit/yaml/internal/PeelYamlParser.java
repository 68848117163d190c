package io.github.peelkit.yaml.internal;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * Jackson's streaming YAML parser, with two hooks the loader needs and Jackson does not expose.
 *
 * <p>It keeps the last node event (scalar, alias, mapping or sequence start) so that the reader can
 * see, for the token just returned, its exact start, whether it is an alias, and its anchor, tag and
 * scalar style, instead of the anchor Jackson leaves stale on the keys of an anchored mapping.
 *
 * <p>It hands every scalar back as text and leaves typing to {@link ScalarType}: Jackson types plain
 * scalars by YAML 1.1 rules ({@code no} would be false, {@code 0o17} text) with regular expressions
 * on every scalar; the format is typed by YAML 1.2 core rules, more cheaply.
 */
final class PeelYamlParser extends YAMLParser {
  private NodeEvent lastNode;

  PeelYamlParser(IOContext context, int parserFeatures, int formatFeatures, LoaderOptions options, Reader reader) {
    super(context, parserFeatures, formatFeatures, options, null, reader);
  }

  /** {@return the node event behind the token last returned, or null before the first} */
  NodeEvent lastNode() {
    return lastNode;
  }

  @Override
  protected Event getEvent() throws IOException {
    Event event = super.getEvent();
    if (event instanceof NodeEvent node) {
      lastNode = node;
    }
    return event;
  }

  @Override
  protected JsonToken _decodeScalar(ScalarEvent scalar) throws IOException {
    _textValue = scalar.getValue();
    _cleanedTextValue = null;
    return JsonToken.VALUE_STRING;
  }
}
