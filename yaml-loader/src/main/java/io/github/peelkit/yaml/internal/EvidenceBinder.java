package io.github.peelkit.yaml.internal;

import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Qualifier;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.interval.IntervalMethod;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Binds one piece of evidence: a sample, unless {@code kind: measure}. */
final class EvidenceBinder {
  private static final Set<String> MEASURE_ONLY = Set.of("value", "qualifier", "unit", "standard", "comparison");
  private static final Set<String> SAMPLE_ONLY = Set.of("successes", "size", "population", "level", "method", "reported");

  private EvidenceBinder() {}

  /**
   * Binds a piece of evidence.
   *
   * @param scalars the reader of the file's scalars
   * @param node the evidence's node
   * @param path its path
   * @return the evidence, or empty when anything was refused (reported)
   */
  static Optional<Evidence> bind(ScalarReader scalars, Node node, DocumentPath path) {
    if (!(node instanceof MapNode map)) {
      ObjectReader.open(scalars, node, path, Keys.SAMPLE, "evidence");
      return Optional.empty();
    }
    Node kindNode = map.get("kind");
    String kind = "sample";
    if (kindNode != null) {
      Optional<String> chosen = scalars.choice(kindNode, path.key("kind"), "evidence kind", Choices.EVIDENCE_KINDS);
      if (chosen.isEmpty()) {
        return Optional.empty();
      }
      kind = chosen.get();
    }
    ObjectReader o = new ObjectReader(scalars, map, path);
    if (kind.equals("measure")) {
      o.checkKeys(
          Keys.MEASURE,
          key -> SAMPLE_ONLY.contains(key) ? Optional.of(": a measure has no " + key + "; leave out kind: measure for a sample") : Optional.empty());
      return measure(o).map(Evidence.class::cast);
    }
    o.checkKeys(
        Keys.SAMPLE,
        key -> MEASURE_ONLY.contains(key) ? Optional.of(": a sample has no " + key + "; write kind: measure for a measure") : Optional.empty());
    return sample(o).map(Evidence.class::cast);
  }

  private static Optional<Sample> sample(ObjectReader o) {
    Optional<String> id = o.optional("id").id();
    Optional<String> description = o.required("description").name();
    Optional<Long> successes = o.optional("successes").integer();
    Optional<Long> size = o.optional("size").integer();
    Optional<Long> population = o.optional("population").integer();
    Optional<Double> level = o.optional("level").real();
    Optional<IntervalMethod> method = o.optional("method").choice("interval method", Choices.METHODS);
    Optional<Reported> reported = o.optional("reported").object(Keys.REPORTED, "published figures").flatMap(r -> o.take(reported(r)));
    Optional<String> note = o.optional("note").text();
    Extensions extensions = o.extensions();
    return o.build(
        () -> {
          Sample.Builder sample =
              Sample.builder()
                  .id(id)
                  .description(description.get())
                  .successes(optional(successes))
                  .size(optional(size))
                  .population(optional(population))
                  .reported(reported)
                  .note(note)
                  .extensions(extensions);
          level.ifPresent(sample::level);
          method.ifPresent(sample::method);
          return sample.build();
        });
  }

  private static Optional<Reported> reported(ObjectReader r) {
    Optional<BigDecimal> estimate = r.required("estimate").decimal();
    Optional<BigDecimal> margin = r.optional("margin").decimal();
    Extensions extensions = r.extensions();
    return r.build(() -> Reported.builder().estimate(estimate.get()).margin(margin).extensions(extensions).build());
  }

  private static Optional<Measure> measure(ObjectReader o) {
    Optional<String> id = o.optional("id").id();
    Optional<String> description = o.required("description").name();
    Optional<BigDecimal> value = o.required("value").decimal();
    Optional<Qualifier> qualifier = o.optional("qualifier").choice("qualifier", Choices.QUALIFIERS);
    Optional<String> unit = o.required("unit").name();
    Optional<Standard> standard = o.optional("standard").object(Keys.STANDARD, "a standard").flatMap(r -> o.take(standard(r)));
    Optional<Comparison> comparison =
        o.optional("comparison").object(Keys.COMPARISON, "a peer comparison").flatMap(r -> o.take(comparison(r)));
    Optional<String> note = o.optional("note").text();
    Extensions extensions = o.extensions();
    return o.build(
        () -> Measure.builder()
            .id(id)
            .description(description.get())
            .value(value.get())
            .unit(unit.get())
            .qualifier(qualifier.orElse(Qualifier.EXACT))
            .standard(standard)
            .comparison(comparison)
            .note(note)
            .extensions(extensions)
            .build());
  }

  private static Optional<Standard> standard(ObjectReader s) {
    Optional<String> name = s.required("name").name();
    Optional<BigDecimal> atLeast = s.optional("atLeast").decimal();
    Optional<BigDecimal> atMost = s.optional("atMost").decimal();
    Extensions extensions = s.extensions();
    return s.build(() -> Standard.builder().name(name.get()).atLeast(atLeast).atMost(atMost).extensions(extensions).build());
  }

  private static Optional<Comparison> comparison(ObjectReader c) {
    Optional<String> name = c.required("name").name();
    Optional<BigDecimal> value = c.required("value").decimal();
    Extensions extensions = c.extensions();
    return c.build(() -> Comparison.builder().name(name.get()).value(value.get()).extensions(extensions).build());
  }

  private static OptionalLong optional(Optional<Long> value) {
    return value.map(OptionalLong::of).orElse(OptionalLong.empty());
  }
}
