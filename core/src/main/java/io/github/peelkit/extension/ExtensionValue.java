package io.github.peelkit.extension;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One value of free-form extension data: text, a number, a boolean, null, a sequence or a mapping.
 *
 * <p>Numbers are kept as {@link BigDecimal} so that {@code 1.50} stays {@code 1.50}; mappings keep
 * the order of their keys. All implementations are immutable, thread-safe value types.
 */
public sealed interface ExtensionValue
    permits ExtensionValue.Text,
        ExtensionValue.Decimal,
        ExtensionValue.Bool,
        ExtensionValue.Null,
        ExtensionValue.Sequence,
        ExtensionValue.Mapping {

  /**
   * Text.
   *
   * @param value the text
   */
  record Text(String value) implements ExtensionValue {
    /**
     * Creates a text value.
     *
     * @param value the text
     */
    public Text {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A number, exactly as written.
   *
   * @param value the number
   */
  record Decimal(BigDecimal value) implements ExtensionValue {
    /**
     * Creates a number value.
     *
     * @param value the number
     */
    public Decimal {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * A boolean.
   *
   * @param value the boolean
   */
  record Bool(boolean value) implements ExtensionValue {}

  /** The null value, written {@code null} or {@code ~}. */
  enum Null implements ExtensionValue {
    /** The only null value. */
    NULL
  }

  /**
   * An ordered sequence of values.
   *
   * @param values the values, in order
   */
  record Sequence(List<ExtensionValue> values) implements ExtensionValue {
    /**
     * Creates a sequence, copying the list.
     *
     * @param values the values, in order
     */
    public Sequence {
      values = List.copyOf(values);
    }
  }

  /**
   * A mapping from text keys to values, in the order the keys were given.
   *
   * @param values the entries, in order
   */
  record Mapping(Map<String, ExtensionValue> values) implements ExtensionValue {
    /**
     * Creates a mapping, copying the entries and keeping their order.
     *
     * @param values the entries, in order
     */
    public Mapping {
      Map<String, ExtensionValue> copy = new LinkedHashMap<>();
      values.forEach(
          (k, v) -> copy.put(Objects.requireNonNull(k, "key"), Objects.requireNonNull(v, "value")));
      values = Collections.unmodifiableMap(copy);
    }
  }

  /**
   * Creates a text value.
   *
   * @param value the text
   * @return the value
   */
  static ExtensionValue of(String value) {
    return new Text(value);
  }

  /**
   * Creates a number value.
   *
   * @param value the number, as written
   * @return the value
   */
  static ExtensionValue of(BigDecimal value) {
    return new Decimal(value);
  }

  /**
   * Creates a boolean value.
   *
   * @param value the boolean
   * @return the value
   */
  static ExtensionValue of(boolean value) {
    return new Bool(value);
  }
}
