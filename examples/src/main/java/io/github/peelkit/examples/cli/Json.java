package io.github.peelkit.examples.cli;

import io.github.peelkit.check.NumberRules;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * The one place the command renders JSON: trees built with Jackson's nodes, printed with two-space
 * indentation, {@code "key": value}, one array element per line, a final line break, and numbers
 * kept as written ({@code 0.10} stays {@code 0.10}, never {@code 1E-1}).
 *
 * <p>Absent optional values are left out rather than written as {@code null}, as the YAML format
 * does.
 *
 * <p>Text from input reaches a terminal only as JSON escapes where it could drive one: besides the
 * control characters JSON escapes anyway, DEL, the C1 controls, format characters (bidirectional
 * overrides, zero-width characters) and the line and paragraph separators are written as
 * <code>&#92;uXXXX</code>, which reads back as the same text.
 */
final class Json {
  // Jackson's nodes keep decimals exact: a published 0.10 stays 0.10 (its precision is part of the figure).
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // Jackson 3 escapes '/' by default; URLs and paths read better as written, and JSON allows it.
  private static final JsonMapper MAPPER =
      JsonMapper.builder()
          .nodeFactory(NODES)
          .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
          .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
          .build();

  private static final ObjectWriter WRITER =
      MAPPER.writer().with(prettyPrinter()).with(new TerminalEscapes());

  private Json() {}

  private static DefaultPrettyPrinter prettyPrinter() {
    Separators separators =
        Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator("");
    // "\n" rather than the platform's separator: output is the same on every system.
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    return new DefaultPrettyPrinter(separators).withArrayIndenter(indenter).withObjectIndenter(indenter);
  }

  /** Escapes what could drive a terminal, beyond the control characters JSON always escapes. */
  private static final class TerminalEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;

    private final int[] ascii;

    TerminalEscapes() {
      ascii = standardAsciiEscapesForJSON();
      ascii[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii;
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      switch (Character.getType(c)) {
        case Character.CONTROL:
        case Character.FORMAT:
        case Character.LINE_SEPARATOR:
        case Character.PARAGRAPH_SEPARATOR:
          return new SerializedString(String.format("\\u%04X", c));
        default:
          return null;
      }
    }
  }

  /** {@return a new empty object} */
  static ObjectNode object() {
    return NODES.objectNode();
  }

  /** {@return a new empty array} */
  static ArrayNode array() {
    return NODES.arrayNode();
  }

  /** {@return an array of texts} */
  static ArrayNode texts(Collection<String> values) {
    ArrayNode array = array();
    values.forEach(array::add);
    return array;
  }

  /** {@return the tree as pretty JSON text, ending with a line break} */
  static String write(JsonNode node) {
    return WRITER.writeValueAsString(node) + "\n";
  }

  /** {@return the tree of a JSON text that peelkit printed itself, such as a problem} */
  static JsonNode parse(String json) {
    return MAPPER.readTree(json);
  }

  /** Puts a text when present. */
  static void put(ObjectNode node, String key, Optional<String> value) {
    value.ifPresent(v -> node.put(key, v));
  }

  /** Puts a whole number when present. */
  static void put(ObjectNode node, String key, OptionalLong value) {
    value.ifPresent(v -> node.put(key, v));
  }

  /** Puts a whole number when present. */
  static void put(ObjectNode node, String key, OptionalInt value) {
    value.ifPresent(v -> node.put(key, v));
  }

  /** Puts a decimal when present, as written. */
  static void putDecimal(ObjectNode node, String key, Optional<BigDecimal> value) {
    value.ifPresent(v -> node.put(key, v));
  }

  /** Puts an array of texts unless it is empty. */
  static void putTexts(ObjectNode node, String key, Collection<String> values) {
    if (!values.isEmpty()) {
      node.set(key, texts(values));
    }
  }

  /** Puts free-form extension data under {@code extensions} unless there is none. */
  static void putExtensions(ObjectNode node, Extensions extensions) {
    if (!extensions.isEmpty()) {
      node.set("extensions", of(extensions.asMapping()));
    }
  }

  private static JsonNode of(ExtensionValue value) {
    if (value instanceof ExtensionValue.Text t) {
      return NODES.stringNode(t.value());
    }
    if (value instanceof ExtensionValue.Decimal d) {
      // Jackson writes a decimal out in full only up to a scale of 9,999, and writing out 1e999999999
      // would build a billion digits: a number beyond the model's range goes in its scientific form,
      // a JSON number all the same, as the YAML writer writes it.
      return NumberRules.isUsable(d.value()) ? NODES.numberNode(d.value()) : NODES.rawValueNode(new RawValue(d.value().toString()));
    }
    if (value instanceof ExtensionValue.Bool b) {
      return NODES.booleanNode(b.value());
    }
    if (value instanceof ExtensionValue.Sequence s) {
      ArrayNode array = array();
      s.values().forEach(v -> array.add(of(v)));
      return array;
    }
    if (value instanceof ExtensionValue.Mapping m) {
      ObjectNode object = object();
      m.values().forEach((k, v) -> object.set(k, of(v)));
      return object;
    }
    return NODES.nullNode();
  }
}
