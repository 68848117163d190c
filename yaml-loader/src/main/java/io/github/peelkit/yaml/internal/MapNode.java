package io.github.peelkit.yaml.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A mapping from text keys to nodes, in the order written, with the location of every key. Small
 * mappings (the objects of the format) are searched linearly; a large one (free-form extensions)
 * gets a hash index, so that no look-up is quadratic.
 */
public final class MapNode extends Node {
  private static final int INDEX_FROM = 9;
  private static final String[] NO_KEYS = new String[0];
  private static final Node[] NO_VALUES = new Node[0];
  private static final int[] NO_INTS = new int[0];

  private String[] keys = NO_KEYS;
  private Node[] values = NO_VALUES;
  private int[] keyLines = NO_INTS;
  private int[] keyColumns = NO_INTS;
  private int size;
  private Map<String, Integer> index;

  MapNode(int line, int column) {
    super(line, column);
  }

  /**
   * Adds an entry, unless the key is already there.
   *
   * @return -1 when added, else the position of the entry that already has the key
   */
  int put(String key, int keyLine, int keyColumn, Node value) {
    int existing = indexOf(key);
    if (existing >= 0) {
      return existing;
    }
    if (size == keys.length) {
      int capacity = Math.max(4, size * 2);
      keys = Arrays.copyOf(keys, capacity);
      values = Arrays.copyOf(values, capacity);
      keyLines = Arrays.copyOf(keyLines, capacity);
      keyColumns = Arrays.copyOf(keyColumns, capacity);
    }
    keys[size] = key;
    values[size] = value;
    keyLines[size] = keyLine;
    keyColumns[size] = keyColumn;
    if (index != null) {
      index.put(key, size);
    } else if (size + 1 >= INDEX_FROM) {
      index = new HashMap<>(size * 4);
      for (int i = 0; i <= size; i++) {
        index.put(keys[i], i);
      }
    }
    size++;
    return -1;
  }

  /**
   * Finds the position of a key.
   *
   * @param key the key
   * @return its position, or -1
   */
  public int indexOf(String key) {
    if (index != null) {
      Integer at = index.get(key);
      return at == null ? -1 : at;
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key
   * @return the value, or null when the key is absent
   */
  public Node get(String key) {
    int at = indexOf(key);
    return at < 0 ? null : values[at];
  }

  /** {@return the number of entries} */
  public int size() {
    return size;
  }

  /**
   * Returns the key at a position.
   *
   * @param i the position
   * @return the key
   */
  public String key(int i) {
    return keys[i];
  }

  /**
   * Returns the value at a position.
   *
   * @param i the position
   * @return the value
   */
  public Node value(int i) {
    return values[i];
  }

  /**
   * Returns the line of the key at a position.
   *
   * @param i the position
   * @return the line, 1-based
   */
  public int keyLine(int i) {
    return keyLines[i];
  }

  /**
   * Returns the column of the key at a position.
   *
   * @param i the position
   * @return the column, 1-based
   */
  public int keyColumn(int i) {
    return keyColumns[i];
  }

  @Override
  public String describe() {
    return "a mapping";
  }
}
