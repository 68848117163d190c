package io.github.peelkit.yaml.internal;

import java.util.Arrays;

/** A sequence of nodes, in order. */
public final class SeqNode extends Node {
  private static final Node[] EMPTY = new Node[0];

  private Node[] items = EMPTY;
  private int size;

  SeqNode(int line, int column) {
    super(line, column);
  }

  void add(Node item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, Math.max(4, size * 2));
    }
    items[size++] = item;
  }

  /** {@return the number of items} */
  public int size() {
    return size;
  }

  /**
   * Returns one item.
   *
   * @param index the position, from 0
   * @return the item
   */
  public Node get(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return items[index];
  }

  @Override
  public String describe() {
    return "a sequence";
  }
}
