package io.github.peelkit.internal;

import io.github.peelkit.check.Code;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** The recurring checks of the value types, each naming the attribute and the value it refused. */
public final class Checks {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private Checks() {}

  /**
   * Whether text is a valid id: lower-case letters and digits in groups joined by single hyphens.
   *
   * @param text the text
   * @return whether it is a slug
   */
  public static boolean isSlug(String text) {
    return SLUG.matcher(text).matches();
  }

  /**
   * Requires an id to be a slug.
   *
   * @param attribute the attribute holding the id
   * @param id the id
   */
  public static void slug(String attribute, String id) {
    Invariants.require(
        isSlug(id),
        Code.PK006,
        "id is a slug",
        attribute,
        id,
        attribute
            + " '"
            + id
            + "' is not a valid id: use lower-case letters and digits joined by single hyphens,"
            + " such as 'peel-2021'");
  }

  /**
   * Requires text to hold something other than white space.
   *
   * @param attribute the attribute holding the text
   * @param text the text
   */
  public static void notBlank(String attribute, String text) {
    Invariants.require(
        !text.isBlank(),
        Code.PK006,
        "text is not blank",
        attribute,
        text,
        attribute + " is blank: give it some text");
  }

  /**
   * Requires every element of a collection to hold something other than white space.
   *
   * @param attribute the attribute holding the collection
   * @param texts the texts
   */
  public static void noneBlank(String attribute, Collection<String> texts) {
    int i = 0;
    for (String text : texts) {
      notBlank(attribute + "[" + i++ + "]", text);
    }
  }

  /**
   * The key under which names are compared: case folded, white space collapsed.
   *
   * @param text a name, label, alias or id
   * @return the comparison key
   */
  public static String nameKey(String text) {
    return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * Registers a name under its comparison key, refusing a name that already stands for another
   * thing.
   *
   * @param names the names registered so far, by key, with the id of what each stands for
   * @param name the new name
   * @param ownerId the id of what the name stands for
   * @param attribute the attribute that holds the name
   * @param what what kind of thing is named, for the message ("grade", "area")
   */
  public static void registerName(
      Map<String, String> names, String name, String ownerId, String attribute, String what) {
    String previous = names.putIfAbsent(nameKey(name), ownerId);
    Invariants.require(
        previous == null || previous.equals(ownerId),
        Code.PK007,
        "names are unambiguous",
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
            + "': ids, labels and aliases must be unique, ignoring case");
  }

  /** {@return an empty map for {@link #registerName}} */
  public static Map<String, String> names() {
    return new HashMap<>();
  }
}
