package io.github.peelkit.yaml.internal;

/**
 * Finds the node an attribute path names, such as {@code grades[1].id} or {@code
 * judgments[2].findings[0]}, relative to an object's node: the path core's invariants and warnings
 * use. Where the path leaves the tree (a missing key), the deepest node found stands for it, so a
 * missing value is reported at the start of the object that lacks it.
 */
final class Locator {
  private Locator() {}

  static Node find(Node root, String attribute) {
    Node at = root;
    int i = 0;
    int n = attribute.length();
    while (i < n) {
      char c = attribute.charAt(i);
      if (c == '.') {
        i++;
        continue;
      }
      if (c == '[') {
        int close = attribute.indexOf(']', i);
        if (close < 0 || !(at instanceof SeqNode seq)) {
          return at;
        }
        int index;
        try {
          index = Integer.parseInt(attribute, i + 1, close, 10);
        } catch (NumberFormatException e) {
          return at;
        }
        if (index < 0 || index >= seq.size()) {
          return at;
        }
        at = seq.get(index);
        i = close + 1;
        continue;
      }
      int end = i;
      while (end < n && attribute.charAt(end) != '.' && attribute.charAt(end) != '[') {
        end++;
      }
      if (!(at instanceof MapNode map)) {
        return at;
      }
      Node next = map.get(attribute.substring(i, end));
      if (next == null) {
        return at;
      }
      at = next;
      i = end;
    }
    return at;
  }
}
