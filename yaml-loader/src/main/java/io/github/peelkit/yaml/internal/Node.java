package io.github.peelkit.yaml.internal;

/**
 * One node of the located tree the loader reads YAML into: a mapping, a sequence, a scalar, or a
 * value already refused while reading. Every node knows the line and column (1-based) where it
 * starts, so that every problem found later can point at it.
 */
public abstract sealed class Node permits MapNode, SeqNode, ScalarNode, RefusedNode {
  private final int line;
  private final int column;

  Node(int line, int column) {
    this.line = line;
    this.column = column;
  }

  /** {@return the line where the node starts, 1-based} */
  public final int line() {
    return line;
  }

  /** {@return the column where the node starts, 1-based, counted in code points} */
  public final int column() {
    return column;
  }

  /** {@return what the node is, for messages: "a mapping", "a sequence", "text 'x'", ...} */
  public abstract String describe();
}
