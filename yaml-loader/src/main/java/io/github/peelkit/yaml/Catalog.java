package io.github.peelkit.yaml;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Violation;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.internal.BuiltIns;
import io.github.peelkit.yaml.internal.Entry;
import io.github.peelkit.yaml.internal.LazyMap;
import io.github.peelkit.yaml.internal.Model;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The grade scales, frameworks and assessments a {@link YamlReader} loaded, together with the
 * built-in ones, each by id and with its {@linkplain Origin origin}.
 *
 * <p>{@link #builtIn()} is peelkit's own catalogue, core's built-in items as core builds them: the
 * scales of {@link io.github.peelkit.scale.GradeScales} (such as {@code peel-2021}), the frameworks of
 * {@link io.github.peelkit.framework.Frameworks} (such as {@code peel-2021-22}), the grade mappings
 * of {@link io.github.peelkit.mapping.GradeMappings} ({@code peel-2014-to-peel-2021} and its
 * inverse; the mapping {@value GradeMapping#IDENTITY} of every scale is implied, not listed in {@link
 * #mappings()}) and the grading rules of {@link io.github.peelkit.grading.GradingRuleSets} (such as
 * {@code cqc-adult-social-care-2022}); the mappings and grading rules are made when first asked for.
 * Their ids are fixed: a file may restate a built-in item (as the format's reference example does,
 * and the documents of {@code docs/built-in/} do), but references always name the built-in one, and a
 * restatement that differs from it where references depend on it (a scale's grade ids, a framework's
 * scale and areas, a mapping's scales and rules, grading rules' scales, inputs, points or rules and
 * limits) is an error.
 *
 * <p>Immutable and thread-safe; built once and shared freely.
 */
public final class Catalog {
  /** An item looked up in the catalogue is there. */
  private static final Rule KNOWN_ITEM = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "catalogue item exists");

  private final Model model;
  private final Map<String, GradeScale> scales;
  private final Map<String, Framework> frameworks;
  private final Map<String, GradeMapping> mappings;
  private final Map<String, Assessment> assessments;
  private final Map<String, GradingRules> rules;

  Catalog(Model model) {
    this.model = model;
    this.scales = values(model.scales());
    this.frameworks = values(model.frameworks());
    this.mappings = values(model.mappings());
    this.assessments = values(model.assessments());
    this.rules = values(model.rules());
  }

  /** {@return the built-in catalogue, made once on first use} */
  public static Catalog builtIn() {
    return Holder.BUILT_IN;
  }

  /** Makes the built-in catalogue on first use of {@link #builtIn()}; the JVM makes it once and safely. */
  private static final class Holder {
    static final Catalog BUILT_IN = new Catalog(BuiltIns.model());
  }

  Model model() {
    return model;
  }

  /** {@return the grade scales by id, built-in ones first, then in the order they were loaded} */
  public Map<String, GradeScale> scales() {
    return scales;
  }

  /** {@return the frameworks by id, built-in ones first, then in the order they were loaded} */
  public Map<String, Framework> frameworks() {
    return frameworks;
  }

  /**
   * {@return the grade mappings by id, built-in ones first, then in the order they were loaded; the
   * identity of every scale is not listed: {@link #findMapping(String, GradeScale, GradeScale)} and
   * {@link #mappingsBetween(GradeScale, GradeScale)} give it}
   */
  public Map<String, GradeMapping> mappings() {
    return mappings;
  }

  /**
   * Finds a grade mapping by id between two scales, as a conversion names it: {@value
   * GradeMapping#IDENTITY} for the identity of a scale onto itself, or a mapping of the catalogue.
   *
   * @param id the mapping's id
   * @param from the scale it converts from
   * @param to the scale it converts to
   * @return the mapping, or empty when the catalogue has none with that id between those scales
   */
  public Optional<GradeMapping> findMapping(String id, GradeScale from, GradeScale to) {
    if (id.equals(GradeMapping.IDENTITY)) {
      return from.equals(to) ? Optional.of(GradeMapping.identity(from)) : Optional.empty();
    }
    return Optional.ofNullable(mappings.get(id)).filter(m -> m.from().equals(from) && m.to().equals(to));
  }

  /**
   * The grade mappings from one scale to another: the identity first when the scales are the same,
   * then the catalogue's mappings between them, in catalogue order.
   *
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @return the mappings; empty when there is none
   */
  public List<GradeMapping> mappingsBetween(GradeScale from, GradeScale to) {
    List<GradeMapping> found = new ArrayList<>();
    if (from.equals(to)) {
      found.add(GradeMapping.identity(from));
    }
    mappings.values().stream().filter(m -> m.from().equals(from) && m.to().equals(to)).forEach(found::add);
    return List.copyOf(found);
  }

  /** {@return the grading rules by id, built-in ones first, then in the order they were loaded} */
  public Map<String, GradingRules> gradingRules() {
    return rules;
  }

  /**
   * Finds grading rules by id.
   *
   * @param id the id, such as {@code cqc-adult-social-care-2022}
   * @return the rules, or empty
   */
  public Optional<GradingRules> findGradingRules(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** {@return the assessments by id, in the order they were loaded} */
  public Map<String, Assessment> assessments() {
    return assessments;
  }

  /**
   * Finds a scale by id or name, in any case, as a reference in a file would.
   *
   * @param reference the id or name, such as {@code peel-2021}
   * @return the scale, or empty
   */
  public Optional<GradeScale> findScale(String reference) {
    return find(scales, reference, s -> s.isNamedBy(reference));
  }

  /**
   * Finds a framework by id or name, in any case, as a reference in a file would.
   *
   * @param reference the id or name, such as {@code peel-2021-22}
   * @return the framework, or empty
   */
  public Optional<Framework> findFramework(String reference) {
    return find(frameworks, reference, f -> f.isNamedBy(reference));
  }

  /**
   * Finds an assessment by id.
   *
   * @param id the id, such as {@code essex-peel-2021-22}
   * @return the assessment, or empty
   */
  public Optional<Assessment> findAssessment(String id) {
    return Optional.ofNullable(assessments.get(id));
  }

  /**
   * Returns a scale by id or name, in any case.
   *
   * @param reference the id or name, such as {@code peel-2021}
   * @return the scale
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when the catalogue has no
   *     such scale; it lists the ids and says which was probably meant
   */
  public GradeScale scale(String reference) {
    return get(findScale(reference), "scale", reference, scales);
  }

  /**
   * Returns a framework by id or name, in any case.
   *
   * @param reference the id or name, such as {@code peel-2021-22}
   * @return the framework
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when the catalogue has no
   *     such framework; it lists the ids and says which was probably meant
   */
  public Framework framework(String reference) {
    return get(findFramework(reference), "framework", reference, frameworks);
  }

  /**
   * Returns an assessment by id.
   *
   * @param id the id, such as {@code essex-peel-2021-22}
   * @return the assessment
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when the catalogue has no
   *     such assessment; it lists the ids and says which was probably meant
   */
  public Assessment assessment(String id) {
    return get(findAssessment(id), "assessment", id, assessments);
  }

  /**
   * Returns grading rules by id.
   *
   * @param id the id, such as {@code cqc-adult-social-care-2022}
   * @return the rules
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when the catalogue has no
   *     such rules; it lists the ids and says which were probably meant
   */
  public GradingRules gradingRules(String id) {
    return get(findGradingRules(id), "grading rules", id, rules);
  }

  /**
   * Returns a grade mapping by id, as listed in {@link #mappings()}.
   *
   * @param id the id, such as {@code peel-2014-to-peel-2021}
   * @return the mapping
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when the catalogue has no
   *     such mapping; it lists the ids and says which was probably meant
   */
  public GradeMapping mapping(String id) {
    return get(Optional.ofNullable(mappings.get(id)), "mapping", id, mappings);
  }

  private static <T> T get(Optional<T> found, String what, String reference, Map<String, T> byId) {
    return found.orElseThrow(() -> Violation.unknown(
            KNOWN_ITEM, what, reference, "the catalogue", List.copyOf(byId.keySet()), byId.keySet(), Optional::of)
        .toException());
  }

  /**
   * Where an item was defined.
   *
   * @param kind the kind of item
   * @param id its id
   * @return its origin, or empty when the catalogue has no such item
   */
  public Optional<Origin> origin(DocumentKind kind, String id) {
    Entry<?> entry;
    switch (kind) {
      case GRADE_SCALE:
        entry = model.scales().get(id);
        break;
      case FRAMEWORK:
        entry = model.frameworks().get(id);
        break;
      case ASSESSMENT:
        entry = model.assessments().get(id);
        break;
      case GRADING_RULES:
        entry = model.rules().get(id);
        break;
      default:
        entry = model.mappings().get(id);
        break;
    }
    return Optional.ofNullable(entry).map(Entry::origin);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Catalog that && model.equals(that.model);
  }

  @Override
  public int hashCode() {
    return model.hashCode();
  }

  @Override
  public String toString() {
    return "Catalog{scales=" + scales.keySet() + ", frameworks=" + frameworks.keySet() + ", mappings="
        + mappings.keySet() + ", rules=" + rules.keySet() + ", assessments=" + assessments.keySet() + "}";
  }

  /** {@return the items by id, made on first use: a catalogue's mappings and grading rules may be made only then} */
  private static <T> Map<String, T> values(Map<String, Entry<T>> entries) {
    return LazyMap.of(() -> {
      Map<String, T> values = new LinkedHashMap<>();
      entries.forEach((id, e) -> values.put(id, e.value()));
      return values;
    });
  }

  /** Finds by id as written, then by id in any case (ids are slugs), then by name. */
  private static <T> Optional<T> find(Map<String, T> byId, String reference, Predicate<T> named) {
    T exact = byId.get(reference);
    if (exact == null) {
      exact = byId.get(reference.strip().toLowerCase(Locale.ROOT));
    }
    return exact != null ? Optional.of(exact) : byId.values().stream().filter(named).findFirst();
  }
}
