package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  static Extensions read(Ctx ctx, Node node, YPath path) {
    if (node instanceof MapNode map) {
      ExtensionValue.Mapping mapping = (ExtensionValue.Mapping) value(ctx, map, path);
      return mapping == null ? null : Extensions.of(mapping.values());
    }
    if (!(node instanceof RefusedNode)) {
      ctx.error(node, path, ModelCode.INVALID_VALUE, "extensions must be a mapping of keys to values, got " + node.describe(), Ctx.valueOf(node));
    }
    return null;
  }

  private static ExtensionValue value(Ctx ctx, Node node, YPath path) {
    if (node instanceof MapNode map) {
      Map<String, ExtensionValue> values = new LinkedHashMap<>();
      boolean ok = true;
      for (int i = 0; i < map.size(); i++) {
        ExtensionValue v = value(ctx, map.value(i), path.key(map.key(i)));
        if (v == null) {
          ok = false;
        } else {
          values.put(map.key(i), v);
        }
      }
      return ok ? new ExtensionValue.Mapping(values) : null;
    }
    if (node instanceof SeqNode seq) {
      List<ExtensionValue> values = new ArrayList<>(seq.size());
      boolean ok = true;
      for (int i = 0; i < seq.size(); i++) {
        ExtensionValue v = value(ctx, seq.get(i), path.index(i));
        if (v == null) {
          ok = false;
        } else {
          values.add(v);
        }
      }
      return ok ? new ExtensionValue.Sequence(values) : null;
    }
    if (node instanceof ScalarNode s) {
      switch (s.type()) {
        case NULL:
          return ExtensionValue.Null.NULL;
        case BOOL:
          return ExtensionValue.of(s.text().charAt(0) == 't' || s.text().charAt(0) == 'T');
        case INT:
          return ExtensionValue.of(new BigDecimal(Ctx.parseInt(s.text())));
        case FLOAT:
          BigDecimal d = Ctx.decimalOf(s.text());
          if (d == null) {
            ctx.error(node, path, ModelCode.INVALID_VALUE, "number " + Texts.abbreviate(s.text()) + " is out of range", s.text());
          }
          return d == null ? null : ExtensionValue.of(d);
        case NOT_FINITE:
          ctx.error(
              node, path, ModelCode.INVALID_VALUE,
              s.text() + " is not a finite number: write '" + s.text() + "' in quotes to keep it as text", s.text());
          return null;
        default:
          return ExtensionValue.of(s.text());
      }
    }
    return null;
  }
}
