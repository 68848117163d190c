package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.yaml.Problem;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The value under one key of an {@link ObjectReader}, read as one of the format's types. Every
 * reading gives an empty value for a key that is absent (reported as missing when the key is
 * required) or a value that is refused (reported); either makes the object unusable, except an
 * optional key that is simply absent.
 */
final class Field {
  /** Whether the format requires the key. */
  enum Presence {
    /** The object must have the key: reading it when absent reports it missing. */
    REQUIRED,
    /** The object may have the key: reading it when absent gives an empty value. */
    OPTIONAL
  }

  private final ObjectReader owner;
  private final String key;
  private final Optional<Node> node;
  private final Presence presence;

  Field(ObjectReader owner, String key, Optional<Node> node, Presence presence) {
    this.owner = owner;
    this.key = key;
    this.node = node;
    this.presence = presence;
  }

  /** {@return the node under the key, reporting it missing when the key is required and absent} */
  Optional<Node> node() {
    if (node.isEmpty() && presence == Presence.REQUIRED) {
      owner.missing(key);
    }
    return node;
  }

  /** {@return the path of the value} */
  DocumentPath path() {
    return owner.path().key(key);
  }

  /** {@return whether the key is there} */
  boolean isPresent() {
    return node.isPresent();
  }

  /** {@return the value as text} */
  Optional<String> text() {
    return node().flatMap(n -> owner.take(owner.scalars().text(n, path(), key)));
  }

  /** {@return the value as text that says something: not only white space} */
  Optional<String> name() {
    return node().flatMap(n -> owner.take(owner.scalars().name(n, path(), key)));
  }

  /** {@return the value as an id, a slug} */
  Optional<String> id() {
    return node().flatMap(n -> owner.take(owner.scalars().id(n, path(), key)));
  }

  /** {@return the value as an integer} */
  Optional<Long> integer() {
    return node().flatMap(n -> owner.take(owner.scalars().integer(n, path(), key)));
  }

  /** {@return the value as an integer that fits an {@code int}} */
  Optional<Integer> smallInteger() {
    return node().flatMap(n -> owner.take(owner.scalars().smallInteger(n, path(), key)));
  }

  /** {@return the value as a number, exactly as written} */
  Optional<BigDecimal> decimal() {
    return node().flatMap(n -> owner.take(owner.scalars().decimal(n, path(), key)));
  }

  /** {@return the value as a finite {@code double}} */
  Optional<Double> real() {
    return node().flatMap(n -> owner.take(owner.scalars().real(n, path(), key)));
  }

  /** {@return the value as {@code true} or {@code false}} */
  Optional<Boolean> bool() {
    return node().flatMap(n -> owner.take(owner.scalars().bool(n, path())));
  }

  /** {@return the value as a date written YYYY-MM-DD} */
  Optional<LocalDate> date() {
    return node().flatMap(n -> owner.take(owner.scalars().date(n, path(), key)));
  }

  /**
   * Reads the value as the id of one of an enumeration's values.
   *
   * @param what what the value is, for the message ("finding kind")
   * @param choices the valid values
   * @param <E> the enumeration
   * @return the value
   */
  <E> Optional<E> choice(String what, Choices<E> choices) {
    return node().flatMap(n -> owner.take(owner.scalars().choice(n, path(), what, choices)));
  }

  /** {@return the value as a sequence (a list of items)} */
  Optional<SeqNode> sequence() {
    Optional<Node> value = node();
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof SeqNode seq) {
      return Optional.of(seq);
    }
    owner.markUnusable();
    Node n = value.get();
    if (!(n instanceof RefusedNode)) {
      Problem.Builder problem =
          owner.report().problem(
              ModelCode.INVALID_VALUE,
              n,
              path(),
              "expected a sequence (a list of items), got " + n.describe()
                  + (n instanceof ScalarNode s ? ": write [" + Texts.abbreviate(s.text()) + "] for a list of one" : ""));
      ScalarReader.shown(n).ifPresent(problem::value);
      owner.report().add(problem);
    }
    return Optional.empty();
  }

  /**
   * Reads the value as a sequence of texts that say something, such as aliases; empty when the key
   * is absent.
   *
   * @return the texts read; a refused one is reported and left out, and makes the object unusable
   */
  List<String> names() {
    return each((item, at) -> owner.scalars().name(item, at, key));
  }

  /**
   * Reads the value as a sequence of ids, such as a finding's evidence links; empty when the key is
   * absent.
   *
   * @return the ids read; a refused one is reported and left out, and makes the object unusable
   */
  List<String> ids() {
    return each((item, at) -> owner.scalars().id(item, at, key));
  }

  /**
   * Reads the value as a sequence, each item with a binder.
   *
   * @param binder binds one item, at its node and path; empty when it was refused
   * @param <T> what the items are bound to
   * @return the items bound, in order; a refused one is left out and makes the object unusable
   */
  <T> List<T> each(BiFunction<Node, DocumentPath, Optional<T>> binder) {
    Optional<SeqNode> sequence = sequence();
    List<T> out = new ArrayList<>();
    if (sequence.isEmpty()) {
      return out;
    }
    DocumentPath at = path();
    for (int i = 0; i < sequence.get().size(); i++) {
      owner.take(binder.apply(sequence.get().get(i), at.index(i))).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Opens the value as an object of the format.
   *
   * @param keys the keys the object may have
   * @param what what the object is, for the message ("a period")
   * @return the object
   */
  Optional<ObjectReader> object(Keys keys, String what) {
    return node().flatMap(n -> owner.take(ObjectReader.open(owner.scalars(), n, path(), keys, what)));
  }
}
