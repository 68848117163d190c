package io.github.peelkit.internal;

import io.github.peelkit.check.Rule;
import io.github.peelkit.check.TextRules;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The recurring checks of the value types, each adding what it refuses to a check's {@link
 * Violations}: ids, texts that must say something, names that must name one thing.
 *
 * <p>They run on every value built, so each tests first and builds its message (and the attribute's
 * path) only when the check fails.
 */
public final class Checks {
  private Checks() {}

  /**
   * Requires an id to be a slug.
   *
   * @param found where a violation goes
   * @param attribute the attribute holding the id
   * @param id the id
   */
  public static void id(Violations found, String attribute, String id) {
    if (!TextRules.isId(id)) {
      found.add(TextRules.checkId(attribute, id));
    }
  }

  /**
   * Requires every id of a list to be a slug; a refused one is named by its place, {@code
   * evidence[2]}.
   *
   * @param found where violations go
   * @param attribute the attribute holding the list
   * @param ids the ids
   */
  public static void ids(Violations found, String attribute, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      if (!TextRules.isId(ids.get(i))) {
        found.add(TextRules.checkId(attribute + "[" + i + "]", ids.get(i)));
      }
    }
  }

  /**
   * Requires text to hold something other than white space.
   *
   * @param found where a violation goes
   * @param attribute the attribute holding the text
   * @param text the text
   */
  public static void notBlank(Violations found, String attribute, String text) {
    if (text.isBlank()) {
      found.add(TextRules.checkNotBlank(attribute, text));
    }
  }

  /**
   * Requires every element of a collection to hold something other than white space.
   *
   * @param found where violations go
   * @param attribute the attribute holding the collection
   * @param texts the texts
   */
  public static void noneBlank(Violations found, String attribute, Collection<String> texts) {
    int i = 0;
    for (String text : texts) {
      if (text.isBlank()) {
        found.add(TextRules.checkNotBlank(attribute + "[" + i + "]", text));
      }
      i++;
    }
  }

  /**
   * The key under which names are compared: case folded, white space collapsed. White space here
   * is what the regular expression {@code \s} matches (space, tab, line feed, vertical tab, form
   * feed, carriage return) inside the text, and anything {@link String#strip()} removes at its ends.
   *
   * @param text a name, label, alias or id
   * @return the comparison key
   */
  public static String nameKey(String text) {
    String stripped = text.strip();
    int n = stripped.length();
    StringBuilder collapsed = null;
    for (int i = 0; i < n; i++) {
      char c = stripped.charAt(i);
      if (!isSpace(c)) {
        if (collapsed != null) {
          collapsed.append(c);
        }
        continue;
      }
      int end = i + 1;
      while (end < n && isSpace(stripped.charAt(end))) {
        end++;
      }
      // A single space stays as it is; only other white space, or a run, makes a copy.
      if (collapsed == null && (c != ' ' || end > i + 1)) {
        collapsed = new StringBuilder(n).append(stripped, 0, i);
      }
      if (collapsed != null) {
        collapsed.append(' ');
      }
      i = end - 1;
    }
    return (collapsed == null ? stripped : collapsed.toString()).toLowerCase(Locale.ROOT);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  /**
   * Registers a name under its comparison key, refusing a name that already stands for another
   * thing.
   *
   * @param found where a violation goes
   * @param rule the rule that names are unambiguous, of the value checked
   * @param names the names registered so far, by key, with the id of what each stands for
   * @param name the new name
   * @param ownerId the id of what the name stands for
   * @param attribute the attribute that holds the name
   * @param what what kind of thing is named, for the message ("grade", "area")
   */
  public static void registerName(
      Violations found, Rule rule, Map<String, String> names, String name, String ownerId, String attribute, String what) {
    String previous = names.putIfAbsent(nameKey(name), ownerId);
    if (previous != null && !previous.equals(ownerId)) {
      found.add(
          rule.violation(
              attribute,
              name,
              "'"
                  + name
                  + "' names both "
                  + what
                  + " '"
                  + previous
                  + "' and "
                  + what
                  + " '"
                  + ownerId
                  + "': ids, labels and aliases must be unique, ignoring case"));
    }
  }

  /** {@return an empty map for {@link #registerName}} */
  public static Map<String, String> names() {
    return new HashMap<>();
  }
}
