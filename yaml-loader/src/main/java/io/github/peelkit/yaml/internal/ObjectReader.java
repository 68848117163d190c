package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Problem;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * One mapping of the input read as an object of the format: its keys checked against the allowed
 * ones, and its values read through {@link Field}s that report what is missing or wrong. What is
 * refused makes the object unusable, so that a binder builds nothing from it but keeps reading it
 * for further problems.
 *
 * <p>A misspelt key that suggests a known key stands in for it: the object is not usable, but the
 * key it probably meant is not reported missing as well. One mistake, one problem.
 */
final class ObjectReader {
  private final ScalarReader scalars;
  private final MapNode map;
  private final DocumentPath path;
  private boolean usable = true;
  private Set<String> meant = Set.of();

  ObjectReader(ScalarReader scalars, MapNode map, DocumentPath path) {
    this.scalars = scalars;
    this.map = map;
    this.path = path;
  }

  /**
   * Opens an object: the node must be a mapping, and its keys are checked against the allowed ones.
   *
   * @param scalars the reader of the file's scalars
   * @param node the node
   * @param path its path
   * @param keys the keys the object may have
   * @param what what the object is, for the message ("a judgment")
   * @return the object, or empty when the node is not a mapping (reported unless refused already)
   */
  static Optional<ObjectReader> open(ScalarReader scalars, Node node, DocumentPath path, Keys keys, String what) {
    if (node instanceof MapNode map) {
      ObjectReader object = new ObjectReader(scalars, map, path);
      object.checkKeys(keys);
      return Optional.of(object);
    }
    if (!(node instanceof RefusedNode)) {
      Problem.Builder problem =
          scalars.report().problem(
              ModelCode.INVALID_VALUE, node, path, "expected " + what + " (a mapping of keys to values), got " + node.describe());
      ScalarReader.shown(node).ifPresent(problem::value);
      scalars.report().add(problem);
    }
    return Optional.empty();
  }

  /** {@return the mapping node} */
  MapNode node() {
    return map;
  }

  /** {@return the object's path} */
  DocumentPath path() {
    return path;
  }

  /** {@return the reader of the file's scalars} */
  ScalarReader scalars() {
    return scalars;
  }

  /** {@return where the file's problems go} */
  FileReport report() {
    return scalars.report();
  }

  /**
   * Reports every key that is not one of the allowed ones, with the closest allowed key.
   *
   * @param keys the allowed keys
   */
  void checkKeys(Keys keys) {
    checkKeys(keys, key -> Optional.empty());
  }

  /**
   * Reports every key that is not one of the allowed ones, with the closest allowed key and, where
   * one helps, a sentence more.
   *
   * @param keys the allowed keys
   * @param hint the sentence to add for a key, if any
   */
  void checkKeys(Keys keys, Function<String, Optional<String>> hint) {
    for (int i = 0; i < map.size(); i++) {
      String key = map.key(i);
      if (keys.contains(key)) {
        continue;
      }
      usable = false;
      Optional<String> suggestion = report().suggestion(key, keys.order());
      if (suggestion.isPresent() && map.indexOf(suggestion.get()) < 0) {
        if (meant.isEmpty()) {
          meant = new HashSet<>();
        }
        meant.add(suggestion.get());
      } else {
        suggestion = Optional.empty();
      }
      String shown = Texts.abbreviate(key);
      Problem.Builder problem =
          report()
              .problem(
                  FileCode.UNKNOWN_KEY,
                  map.keyLine(i),
                  map.keyColumn(i),
                  path.key(key).toString(),
                  "unknown key '" + shown + "'" + hint.apply(key).orElse(""))
              .value(shown)
              .validValues(keys.order());
      suggestion.ifPresent(problem::suggestion);
      report().add(problem);
    }
  }

  /** {@return whether nothing read from this object so far was refused} */
  boolean isUsable() {
    return usable;
  }

  /** Marks the object unusable because of a problem reported elsewhere. */
  void markUnusable() {
    usable = false;
  }

  /**
   * Folds in the result of reading a part: an empty part makes the object unusable.
   *
   * @param part the part, empty when it was refused
   * @param <T> the part
   * @return the part
   */
  <T> Optional<T> take(Optional<T> part) {
    if (part.isEmpty()) {
      usable = false;
    }
    return part;
  }

  /** {@return whether the object has a key} */
  boolean has(String key) {
    return map.indexOf(key) >= 0;
  }

  /** {@return whether a misspelt key of this object suggested the key, standing in for it} */
  boolean isMeant(String key) {
    return meant.contains(key);
  }

  /**
   * Reports a missing required key at the start of the object, unless a misspelt key stands in for
   * it; the object is unusable either way.
   *
   * @param key the key
   */
  void missing(String key) {
    usable = false;
    if (!isMeant(key)) {
      report().report(ModelCode.MISSING_REQUIRED, map, path.key(key), "missing required key '" + key + "'");
    }
  }

  /**
   * The value of a key the object must have: reading it when the key is absent reports the key
   * missing.
   *
   * @param key the key
   * @return the field
   */
  Field required(String key) {
    return new Field(this, key, Optional.ofNullable(map.get(key)), Field.Presence.REQUIRED);
  }

  /**
   * The value of a key the object may have: reading it when the key is absent gives an empty value.
   *
   * @param key the key
   * @return the field
   */
  Field optional(String key) {
    return new Field(this, key, Optional.ofNullable(map.get(key)), Field.Presence.OPTIONAL);
  }

  /**
   * Builds the value read from this object, when nothing read was refused; every violation of the
   * model's rules the value's check finds is reported at the node its path names.
   *
   * @param value builds the value
   * @param <T> the value
   * @return the value, or empty when the object was unusable or the value breaks a rule
   */
  <T> Optional<T> build(Supplier<T> value) {
    if (!usable) {
      return Optional.empty();
    }
    try {
      return Optional.of(value.get());
    } catch (InvariantException e) {
      usable = false;
      report().violations(e.violations(), map, path);
      return Optional.empty();
    }
  }

  /** {@return the {@code extensions:} of the object, empty when absent or refused (reported)} */
  Extensions extensions() {
    Node node = map.get("extensions");
    if (node == null) {
      return Extensions.empty();
    }
    return take(ExtensionReader.read(scalars, node, path.key("extensions"))).orElse(Extensions.empty());
  }
}
