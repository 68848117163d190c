package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensions;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One mapping of the input read as an object of the format: its keys checked against the allowed
 * ones, and typed getters that report what is missing or wrong and remember that the object is not
 * usable, so that the binder builds nothing from it but keeps looking for further problems.
 *
 * <p>A misspelt key that suggests a known key stands in for it: the object is not usable, but the
 * key it probably meant is not reported missing as well. One mistake, one problem.
 */
final class Obj {
  final Ctx ctx;
  final MapNode map;
  final YPath path;
  private boolean ok = true;
  private Set<String> meant;

  Obj(Ctx ctx, MapNode map, YPath path) {
    this.ctx = ctx;
    this.map = map;
    this.path = path;
  }

  /**
   * Reports every key that is not one of the allowed ones, with the closest allowed key.
   *
   * @param keys the allowed keys
   * @param hint gives a sentence to add for a key, or null; may be null itself
   */
  void checkKeys(Keys keys, Function<String, String> hint) {
    for (int i = 0; i < map.size(); i++) {
      String key = map.key(i);
      if (!keys.contains(key)) {
        ok = false;
        String suggestion = Ctx.suggest(key, keys.order());
        if (suggestion != null && map.indexOf(suggestion) < 0) {
          if (meant == null) {
            meant = new HashSet<>();
          }
          meant.add(suggestion);
        } else if (suggestion != null) {
          suggestion = null;
        }
        String extra = hint == null ? null : hint.apply(key);
        ctx.sink.add(
            ctx.file, map.keyLine(i), map.keyColumn(i), path.key(key).toString(), FileCode.UNKNOWN_KEY,
            "unknown key '" + Texts.abbreviate(key) + "'" + (extra == null ? "" : extra), Texts.abbreviate(key),
            keys.order(), suggestion);
      }
    }
  }

  /** {@return whether nothing read from this object so far was refused} */
  boolean ok() {
    return ok;
  }

  /** Marks the object unusable because of a problem reported elsewhere. */
  void fail() {
    ok = false;
  }

  /**
   * Folds in the result of reading a part: a null part makes the object unusable.
   *
   * @return the part
   */
  <T> T take(T part) {
    if (part == null) {
      ok = false;
    }
    return part;
  }

  Node node(String key) {
    return map.get(key);
  }

  boolean has(String key) {
    return map.indexOf(key) >= 0;
  }

  /** {@return whether a misspelt key of this object suggested the key, standing in for it} */
  boolean isMeant(String key) {
    return meant != null && meant.contains(key);
  }

  /** Reports a missing required key at the start of the object, unless a misspelt key stands in for it. */
  void missing(String key) {
    ok = false;
    if (isMeant(key)) {
      return;
    }
    ctx.error(map, path.key(key), ModelCode.MISSING_REQUIRED, "missing required key '" + key + "'", null);
  }

  private Node required(String key, boolean required) {
    Node node = map.get(key);
    if (node == null && required) {
      missing(key);
    }
    return node;
  }

  String text(String key, boolean required, boolean nonBlank) {
    Node node = required(key, required);
    return node == null ? null : take(ctx.text(node, path.key(key), key, nonBlank));
  }

  String slug(String key, boolean required) {
    Node node = required(key, required);
    return node == null ? null : take(ctx.slug(node, path.key(key), key));
  }

  Long integer(String key, boolean required) {
    Node node = required(key, required);
    return node == null ? null : take(ctx.integer(node, path.key(key), key));
  }

  Integer smallInteger(String key, boolean required) {
    Node node = required(key, required);
    return node == null ? null : take(ctx.smallInteger(node, path.key(key), key));
  }

  BigDecimal decimal(String key, boolean required) {
    Node node = required(key, required);
    return node == null ? null : take(ctx.decimal(node, path.key(key), key));
  }

  Double real(String key, boolean required) {
    Node node = required(key, required);
    return node == null ? null : take(ctx.real(node, path.key(key), key));
  }

  Boolean bool(String key) {
    Node node = map.get(key);
    return node == null ? null : take(ctx.bool(node, path.key(key)));
  }

  LocalDate date(String key, boolean required) {
    Node node = required(key, required);
    return node == null ? null : take(ctx.date(node, path.key(key), key));
  }

  <E> E choice(String key, boolean required, String what, Map<String, E> choices, List<String> ids) {
    Node node = required(key, required);
    return node == null ? null : take(ctx.choice(node, path.key(key), what, choices, ids));
  }

  /**
   * Returns the sequence under a key.
   *
   * @return the sequence, null when the key is absent or holds something else (reported)
   */
  SeqNode seq(String key, boolean required) {
    Node node = required(key, required);
    if (node == null) {
      return null;
    }
    if (node instanceof SeqNode seq) {
      return seq;
    }
    ok = false;
    if (!(node instanceof RefusedNode)) {
      ctx.error(
          node, path.key(key), ModelCode.INVALID_VALUE,
          "expected a sequence (a list of items), got " + node.describe()
              + (node instanceof ScalarNode ? ": write [" + Texts.abbreviate(((ScalarNode) node).text()) + "] for a list of one" : ""),
          Ctx.valueOf(node));
    }
    return null;
  }

  /** Reads a sequence of texts (or ids, when {@code slugs}), empty when the key is absent. */
  List<String> texts(String key, boolean nonBlank, boolean slugs) {
    SeqNode seq = seq(key, false);
    if (seq == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>(seq.size());
    YPath at = path.key(key);
    for (int i = 0; i < seq.size(); i++) {
      String value = slugs ? ctx.slug(seq.get(i), at.index(i), key) : ctx.text(seq.get(i), at.index(i), key, nonBlank);
      if (take(value) != null) {
        out.add(value);
      }
    }
    return out;
  }

  /** Opens the object under a key, or returns null when absent or not a mapping (reported). */
  Obj object(String key, boolean required, Keys keys, String what) {
    Node node = required(key, required);
    if (node == null) {
      return null;
    }
    Obj o = ctx.object(node, path.key(key), keys, what);
    if (o == null) {
      ok = false;
    }
    return o;
  }

  /** Reads {@code extensions:}, empty when absent. */
  Extensions extensions() {
    Node node = map.get("extensions");
    if (node == null) {
      return Extensions.empty();
    }
    Extensions ext = ExtensionReader.read(ctx, node, path.key("extensions"));
    return take(ext);
  }
}
