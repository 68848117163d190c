package io.github.peelkit.yaml.internal;

/**
 * A path into a document, such as {@code judgments[2].grade}, kept as a chain of steps and only
 * rendered when a problem needs it, so that walking a valid document builds no strings.
 */
final class DocumentPath {
  /** The document itself: the empty path. */
  static final DocumentPath ROOT = new DocumentPath(null, null, -1);

  private final DocumentPath parent;
  private final String key;
  private final int index;

  private DocumentPath(DocumentPath parent, String key, int index) {
    this.parent = parent;
    this.key = key;
    this.index = index;
  }

  /** {@return the path of the value under a key of the mapping at this path} */
  DocumentPath key(String k) {
    return new DocumentPath(this, k, -1);
  }

  /** {@return the path of an item of the sequence at this path} */
  DocumentPath index(int i) {
    return new DocumentPath(this, null, i);
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
