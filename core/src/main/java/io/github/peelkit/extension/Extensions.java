package io.github.peelkit.extension;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The free-form data attached to one object of the model, as an ordered mapping from keys to
 * {@link ExtensionValue}s. Empty on most objects.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class Extensions {
  private static final Extensions EMPTY = new Extensions(new ExtensionValue.Mapping(Map.of()));

  private final ExtensionValue.Mapping mapping;

  private Extensions(ExtensionValue.Mapping mapping) {
    this.mapping = mapping;
  }

  /** {@return the empty extensions} */
  public static Extensions empty() {
    return EMPTY;
  }

  /**
   * Creates extensions from a mapping, keeping the order of its keys.
   *
   * @param values the entries, in order
   * @return the extensions
   */
  public static Extensions of(Map<String, ExtensionValue> values) {
    return values.isEmpty() ? EMPTY : new Extensions(new ExtensionValue.Mapping(values));
  }

  /** {@return the entries, in order, unmodifiable} */
  public Map<String, ExtensionValue> values() {
    return mapping.values();
  }

  /** {@return the entries as one mapping value} */
  public ExtensionValue.Mapping asMapping() {
    return mapping;
  }

  /** {@return whether there are no entries} */
  public boolean isEmpty() {
    return mapping.values().isEmpty();
  }

  /**
   * Looks up one entry.
   *
   * @param key the key
   * @return the value, or empty when the key is absent
   */
  public Optional<ExtensionValue> get(String key) {
    return Optional.ofNullable(mapping.values().get(key));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Extensions that && mapping.equals(that.mapping);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(mapping);
  }

  @Override
  public String toString() {
    return "Extensions" + mapping.values();
  }
}
