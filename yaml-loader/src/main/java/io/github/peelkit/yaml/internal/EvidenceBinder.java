package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.interval.IntervalMethod;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/** Binds one piece of evidence: a sample, unless {@code kind: measure}. */
final class EvidenceBinder {
  private static final Set<String> MEASURE_ONLY = Set.of("value", "unit", "standard", "comparison");
  private static final Set<String> SAMPLE_ONLY = Set.of("successes", "size", "population", "level", "method", "reported");

  private EvidenceBinder() {}

  static Evidence bind(Ctx ctx, Node node, YPath path) {
    if (!(node instanceof MapNode map)) {
      ctx.object(node, path, Keys.SAMPLE, "evidence");
      return null;
    }
    Node kindNode = map.get("kind");
    String kind = "sample";
    if (kindNode != null) {
      kind = ctx.choice(kindNode, path.key("kind"), "evidence kind", Choices.EVIDENCE_KINDS.byId(), Choices.EVIDENCE_KINDS.ids());
      if (kind == null) {
        return null;
      }
    }
    Obj o = new Obj(ctx, map, path);
    if (kind.equals("measure")) {
      o.checkKeys(Keys.MEASURE, key -> SAMPLE_ONLY.contains(key) ? ": a measure has no " + key + "; leave out kind: measure for a sample" : null);
      return measure(ctx, o);
    }
    o.checkKeys(Keys.SAMPLE, key -> MEASURE_ONLY.contains(key) ? ": a sample has no " + key + "; write kind: measure for a measure" : null);
    return sample(ctx, o);
  }

  private static Sample sample(Ctx ctx, Obj o) {
    String id = o.slug("id", false);
    String description = o.text("description", true, true);
    Long successes = o.integer("successes", false);
    Long size = o.integer("size", false);
    Long population = o.integer("population", false);
    Double level = o.real("level", false);
    IntervalMethod method = o.choice("method", false, "interval method", Choices.METHODS.byId(), Choices.METHODS.ids());
    Reported reported = null;
    Obj r = o.object("reported", false, Keys.REPORTED, "published figures");
    if (r != null) {
      BigDecimal estimate = r.decimal("estimate", true);
      BigDecimal margin = r.decimal("margin", false);
      Extensions extensions = r.extensions();
      if (r.ok()) {
        try {
          Reported.Builder b = Reported.builder().estimate(estimate).extensions(extensions);
          b.margin(Optional.ofNullable(margin));
          reported = b.build();
        } catch (InvariantException e) {
          ctx.invariant(e, r.map, r.path);
        }
      }
      o.take(reported);
    }
    String note = o.text("note", false, false);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      return null;
    }
    try {
      Sample.Builder b = Sample.builder().description(description).extensions(extensions);
      b.id(Optional.ofNullable(id));
      if (successes != null) {
        b.successes(successes);
      }
      if (size != null) {
        b.size(size);
      }
      if (population != null) {
        b.population(population);
      }
      if (level != null) {
        b.level(level);
      }
      if (method != null) {
        b.method(method);
      }
      b.reported(Optional.ofNullable(reported));
      b.note(Optional.ofNullable(note));
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

  private static Measure measure(Ctx ctx, Obj o) {
    String id = o.slug("id", false);
    String description = o.text("description", true, true);
    BigDecimal value = o.decimal("value", true);
    String unit = o.text("unit", true, true);
    Standard standard = null;
    Obj s = o.object("standard", false, Keys.STANDARD, "a standard");
    if (s != null) {
      String name = s.text("name", true, true);
      BigDecimal atLeast = s.decimal("atLeast", false);
      BigDecimal atMost = s.decimal("atMost", false);
      Extensions extensions = s.extensions();
      if (s.ok()) {
        try {
          Standard.Builder b = Standard.builder().name(name).extensions(extensions);
          b.atLeast(Optional.ofNullable(atLeast));
          b.atMost(Optional.ofNullable(atMost));
          standard = b.build();
        } catch (InvariantException e) {
          ctx.invariant(e, s.map, s.path);
        }
      }
      o.take(standard);
    }
    Comparison comparison = null;
    Obj c = o.object("comparison", false, Keys.COMPARISON, "a peer comparison");
    if (c != null) {
      String name = c.text("name", true, true);
      BigDecimal peer = c.decimal("value", true);
      Extensions extensions = c.extensions();
      if (c.ok()) {
        try {
          comparison = Comparison.builder().name(name).value(peer).extensions(extensions).build();
        } catch (InvariantException e) {
          ctx.invariant(e, c.map, c.path);
        }
      }
      o.take(comparison);
    }
    String note = o.text("note", false, false);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      return null;
    }
    try {
      Measure.Builder b = Measure.builder().description(description).value(value).unit(unit).extensions(extensions);
      b.id(Optional.ofNullable(id));
      b.standard(Optional.ofNullable(standard));
      b.comparison(Optional.ofNullable(comparison));
      b.note(Optional.ofNullable(note));
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

}
