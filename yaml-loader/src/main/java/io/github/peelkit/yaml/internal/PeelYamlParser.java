package io.github.peelkit.yaml.internal;

import java.io.Reader;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.io.IOContext;
import tools.jackson.core.util.BufferRecycler;
import tools.jackson.dataformat.yaml.YAMLParser;

/**
 * Jackson's streaming YAML parser over SnakeYAML Engine, with two hooks the loader needs and Jackson
 * does not expose.
 *
 * <p>It keeps the event behind the token just returned, and the last node event (scalar, alias,
 * mapping or sequence start), so that the reader can see a token's exact start and end, whether it
 * is an alias, and its anchor, tag and scalar style, instead of the anchor Jackson leaves stale on
 * the keys of an anchored mapping.
 *
 * <p>It hands every scalar back as text and leaves typing to {@link ScalarType}: Jackson would type
 * plain scalars by its own resolver, with regular expressions on every scalar; the format is typed
 * by YAML 1.2 core rules, more cheaply.
 */
final class PeelYamlParser extends YAMLParser {
  private NodeEvent lastNode;

  PeelYamlParser(
      ObjectReadContext readContext,
      IOContext context,
      BufferRecycler recycler,
      int parserFeatures,
      int formatFeatures,
      LoadSettings settings,
      Reader reader) {
    super(readContext, context, recycler, parserFeatures, formatFeatures, settings, reader, false);
  }

  /** {@return the node event behind the token last returned, or null before the first} */
  NodeEvent lastNode() {
    return lastNode;
  }

  /** {@return the event behind the token last returned (an end event for an end token), or null before the first} */
  Event lastEvent() {
    return _lastEvent;
  }

  @Override
  protected Event nextEvent() {
    Event event = super.nextEvent();
    if (event instanceof NodeEvent node) {
      lastNode = node;
    }
    return event;
  }

  @Override
  protected JsonToken _decodeScalar(ScalarEvent scalar) {
    _textValue = scalar.getValue();
    _cleanedTextValue = null;
    return JsonToken.VALUE_STRING;
  }
}
