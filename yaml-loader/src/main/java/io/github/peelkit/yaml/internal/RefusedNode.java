package io.github.peelkit.yaml.internal;

/**
 * A value that was refused while reading (an alias, a tagged value, a scalar over the length limit)
 * and already reported. Binding skips it silently, so that one mistake gives one problem.
 */
public final class RefusedNode extends Node {
  RefusedNode(int line, int column) {
    super(line, column);
  }

  @Override
  public String describe() {
    return "a refused value";
  }
}
