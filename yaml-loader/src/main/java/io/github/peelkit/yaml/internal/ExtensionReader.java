package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.yaml.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code extensions:}, the free-form data allowed on every object, into {@link
 * ExtensionValue}s: plain scalars typed by YAML 1.2 core rules (numbers kept exactly as written),
 * quoted and block scalars as text, mappings with their keys in order.
 *
 * <p>Recursion is bounded by the reader's nesting limit, which cannot be set above {@link
 * io.github.peelkit.yaml.Limits#DEPTH_CEILING}.
 */
final class ExtensionReader {
  private ExtensionReader() {}

  /**
   * Reads the extensions of an object.
   *
   * @param scalars the reader of the file's scalars
   * @param node the value of {@code extensions:}
   * @param path its path
   * @return the extensions, or empty when any part was refused (reported)
   */
  static Optional<Extensions> read(ScalarReader scalars, Node node, DocumentPath path) {
    if (node instanceof MapNode map) {
      return value(scalars, map, path).map(mapping -> Extensions.of(((ExtensionValue.Mapping) mapping).values()));
    }
    if (!(node instanceof RefusedNode)) {
      Problem.Builder problem =
          scalars.report().problem(
              ModelCode.INVALID_VALUE, node, path, "extensions must be a mapping of keys to values, got " + node.describe());
      ScalarReader.shown(node).ifPresent(problem::value);
      scalars.report().add(problem);
    }
    return Optional.empty();
  }

  private static Optional<ExtensionValue> value(ScalarReader scalars, Node node, DocumentPath path) {
    if (node instanceof MapNode map) {
      Map<String, ExtensionValue> values = new LinkedHashMap<>();
      boolean complete = true;
      for (int i = 0; i < map.size(); i++) {
        Optional<ExtensionValue> v = value(scalars, map.value(i), path.key(map.key(i)));
        complete &= v.isPresent();
        String key = map.key(i);
        v.ifPresent(value -> values.put(key, value));
      }
      return complete ? Optional.of(new ExtensionValue.Mapping(values)) : Optional.empty();
    }
    if (node instanceof SeqNode seq) {
      List<ExtensionValue> values = new ArrayList<>(seq.size());
      boolean complete = true;
      for (int i = 0; i < seq.size(); i++) {
        Optional<ExtensionValue> v = value(scalars, seq.get(i), path.index(i));
        complete &= v.isPresent();
        v.ifPresent(values::add);
      }
      return complete ? Optional.of(new ExtensionValue.Sequence(values)) : Optional.empty();
    }
    if (node instanceof ScalarNode s) {
      switch (s.type()) {
        case NULL:
          return Optional.of(ExtensionValue.Null.NULL);
        case BOOL:
          return Optional.of(ExtensionValue.of(s.text().charAt(0) == 't' || s.text().charAt(0) == 'T'));
        case INT:
          return Optional.of(ExtensionValue.of(new BigDecimal(ScalarType.parseInt(s.text()))));
        case FLOAT:
          Optional<BigDecimal> d = ScalarType.parseFloat(s.text());
          if (d.isEmpty()) {
            scalars.report().report(
                ModelCode.INVALID_VALUE, node, path, "number " + Texts.abbreviate(s.text()) + " is out of range", s.text());
          }
          return d.map(ExtensionValue::of);
        case NOT_FINITE:
          scalars.report().report(
              ModelCode.INVALID_VALUE,
              node,
              path,
              s.text() + " is not a finite number: write '" + s.text() + "' in quotes to keep it as text",
              s.text());
          return Optional.empty();
        default:
          return Optional.of(ExtensionValue.of(s.text()));
      }
    }
    return Optional.empty();
  }
}
