package io.github.peelkit.yaml.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * An unmodifiable map made on first use, once, whichever thread asks first. The built-in grade
 * mappings and grading rules are such maps, and so is every map of a catalogue that holds them: a
 * load that names neither never builds them (their laws are checked as they are built, a twentieth
 * of a one-file {@code peel validate} on a fresh JVM).
 *
 * @param <K> the keys
 * @param <V> the values
 */
public final class LazyMap<K, V> extends AbstractMap<K, V> {
  private final Supplier<Map<K, V>> make;
  private volatile Map<K, V> made;

  private LazyMap(Supplier<Map<K, V>> make) {
    this.make = make;
  }

  /**
   * A map made on first use.
   *
   * @param make makes the map's entries, in order; called once
   * @param <K> the keys
   * @param <V> the values
   * @return the map
   */
  public static <K, V> Map<K, V> of(Supplier<Map<K, V>> make) {
    return new LazyMap<>(make);
  }

  /**
   * An unmodifiable copy of a map, made when first used if the map is itself made on first use,
   * at once otherwise.
   *
   * @param map the map
   * @param <K> the keys
   * @param <V> the values
   * @return the copy, in the map's order
   */
  static <K, V> Map<K, V> copyOf(Map<K, V> map) {
    return map instanceof LazyMap<K, V> ? map : Collections.unmodifiableMap(new LinkedHashMap<>(map));
  }

  /**
   * The entries of one map followed by those of another, whose keys the first lacks, made on first use.
   *
   * @param first the first map
   * @param then the second map
   * @param <K> the keys
   * @param <V> the values
   * @return the map
   */
  static <K, V> Map<K, V> joined(Map<K, V> first, Map<K, V> then) {
    return of(() -> {
      Map<K, V> joined = new LinkedHashMap<>(first);
      joined.putAll(then);
      return joined;
    });
  }

  private Map<K, V> map() {
    Map<K, V> map = made;
    if (map == null) {
      synchronized (this) {
        map = made;
        if (map == null) {
          map = Collections.unmodifiableMap(new LinkedHashMap<>(make.get()));
          made = map;
        }
      }
    }
    return map;
  }

  @Override
  public Set<Entry<K, V>> entrySet() {
    return map().entrySet();
  }

  @Override
  public int size() {
    return map().size();
  }

  @Override
  public boolean containsKey(Object key) {
    return map().containsKey(key);
  }

  @Override
  public V get(Object key) {
    return map().get(key);
  }
}
