package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Criterion;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.Derivations;
import io.github.peelkit.scale.GradeScale;
import java.util.List;
import java.util.Optional;

/**
 * Binds a {@code Framework} document into a {@link Framework}, resolving its scale; the derivations
 * its areas state are checked against the grading rules of the load.
 */
final class FrameworkBinder {
  private FrameworkBinder() {}

  /**
   * Binds a framework document.
   *
   * @param o the document as an object, its keys checked
   * @param id the id, read by the header; empty when it was refused
   * @param registry the scales references may name
   * @return the framework, or empty when anything was refused (reported)
   */
  static Optional<Framework> bind(ObjectReader o, Optional<String> id, Registry registry) {
    Optional<String> name = o.required("name").name();
    Optional<String> description = o.optional("description").text();
    Field scaleField = o.optional("scale");
    Optional<GradeScale> scale =
        scaleField.name().flatMap(ref -> o.take(References.scale(o.report(), registry, ref, scaleField.node().get(), scaleField.path())));
    List<Area> areas = o.optional("areas").each((node, path) -> area(o.scalars(), node, path));
    Extensions extensions = o.extensions();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Optional<Framework> framework =
        o.build(
            () -> Framework.builder()
                .id(id.get())
                .name(name.get())
                .description(description)
                .scale(scale)
                .areas(areas)
                .extensions(extensions)
                .build());
    if (framework.isPresent()) {
      List<Violation> misfits = Derivations.check(framework.get(), registry.rules());
      if (!misfits.isEmpty()) {
        o.report().violations(misfits, o.node(), o.path());
        return Optional.empty();
      }
    }
    return framework;
  }

  /** {@code derived: {rules: ID, from: [AREA-ID, ...]}}, on an area or a judgment whose areas are read as ids. */
  static Optional<Derivation> derivation(ObjectReader o) {
    Optional<String> rules = o.required("rules").id();
    List<String> from = o.required("from").ids();
    Extensions extensions = o.extensions();
    return o.build(() -> Derivation.builder().rules(rules.get()).from(from).extensions(extensions).build());
  }

  private static Optional<Area> area(ScalarReader scalars, Node node, DocumentPath path) {
    Optional<ObjectReader> object = ObjectReader.open(scalars, node, path, Keys.AREA, "an area");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader o = object.get();
    Optional<String> id = o.required("id").id();
    Optional<String> name = o.required("name").name();
    Optional<String> description = o.optional("description").text();
    List<String> aliases = o.optional("aliases").names();
    Optional<Boolean> graded = o.optional("graded").bool();
    Optional<Derivation> derived = o.optional("derived").object(Keys.DERIVED, "a derivation").flatMap(d -> o.take(derivation(d)));
    List<Criterion> criteria = o.optional("criteria").each((n, p) -> criterion(scalars, n, p));
    List<Area> areas = o.optional("areas").each((n, p) -> area(scalars, n, p));
    Extensions extensions = o.extensions();
    return o.build(
        () -> {
          Area.Builder area =
              Area.builder()
                  .id(id.get())
                  .name(name.get())
                  .description(description)
                  .aliases(aliases)
                  .derived(derived)
                  .criteria(criteria)
                  .areas(areas)
                  .extensions(extensions);
          graded.ifPresent(area::graded);
          return area.build();
        });
  }

  private static Optional<Criterion> criterion(ScalarReader scalars, Node node, DocumentPath path) {
    Optional<ObjectReader> object = ObjectReader.open(scalars, node, path, Keys.CRITERION, "a criterion");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader o = object.get();
    Optional<String> id = o.required("id").id();
    Optional<String> text = o.required("text").name();
    Extensions extensions = o.extensions();
    return o.build(() -> Criterion.builder().id(id.get()).text(text.get()).extensions(extensions).build());
  }
}
