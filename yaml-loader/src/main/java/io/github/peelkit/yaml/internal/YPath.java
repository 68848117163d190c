package io.github.peelkit.yaml.internal;

/**
 * A path into a document, such as {@code judgments[2].grade}, kept as a chain of steps and only
 * rendered when a problem needs it, so that walking a valid document builds no strings.
 */
final class YPath {
  static final YPath ROOT = new YPath(null, null, -1);

  private final YPath parent;
  private final String key;
  private final int index;

  private YPath(YPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  YPath key(String k) {
    return new YPath(this, k, -1);
  }

  YPath index(int i) {
    return new YPath(this, null, i);
  }

  /**
   * Appends an attribute path relative to this one, as core's invariants name them ({@code
   * grades[1].id}, {@code [2]}, or empty for this path itself).
   */
  String join(String attribute) {
    String here = toString();
    if (attribute.isEmpty()) {
      return here;
    }
    if (here.isEmpty()) {
      return attribute;
    }
    return attribute.startsWith("[") ? here + attribute : here + "." + attribute;
  }

  @Override
  public String toString() {
    if (parent == null) {
      return "";
    }
    String before = parent.toString();
    if (key == null) {
      return before + "[" + index + "]";
    }
    return before.isEmpty() ? key : before + "." + key;
  }
}
