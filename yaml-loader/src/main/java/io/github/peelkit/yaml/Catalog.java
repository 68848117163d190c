package io.github.peelkit.yaml;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.internal.BuiltIns;
import io.github.peelkit.yaml.internal.Entry;
import io.github.peelkit.yaml.internal.Model;
import io.github.peelkit.yaml.internal.Texts;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The grade scales, frameworks and assessments a {@link YamlReader} loaded, together with the
 * built-in ones, each by id and with its {@linkplain Origin origin}.
 *
 * <p>{@link #builtIn()} is peelkit's own catalogue: the scales {@code hmic-2007}, {@code
 * ppaf-direction}, {@code peel-2014} and {@code peel-2021}, and the frameworks {@code hmic-2007},
 * {@code core-business-2014}, {@code peel-2016} and {@code peel-2021-22}. Their ids are fixed: a file
 * may restate a built-in item (as the format's reference example does), but references always name
 * the built-in one, and a restatement that differs from it where references depend on it (a scale's
 * grade ids, a framework's scale and areas) is an error.
 *
 * <p>Immutable and thread-safe; built once and shared freely.
 */
public final class Catalog {
  private final Model model;
  private final Map<String, GradeScale> scales;
  private final Map<String, Framework> frameworks;
  private final Map<String, Assessment> assessments;
  private final Map<String, GradeScale> scaleNames;
  private final Map<String, Framework> frameworkNames;

  Catalog(Model model) {
    this.model = model;
    this.scales = values(model.scales());
    this.frameworks = values(model.frameworks());
    this.assessments = values(model.assessments());
    this.scaleNames = names(model.scales(), GradeScale::id, GradeScale::name);
    this.frameworkNames = names(model.frameworks(), Framework::id, Framework::name);
  }

  /** {@return the built-in catalogue, loaded once on first use} */
  public static Catalog builtIn() {
    return Holder.BUILT_IN;
  }

  /** Loads the built-in catalogue on first use of {@link #builtIn()}; the JVM makes it once and safely. */
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
    return find(scales, scaleNames, reference);
  }

  /**
   * Finds a framework by id or name, in any case, as a reference in a file would.
   *
   * @param reference the id or name, such as {@code peel-2021-22}
   * @return the framework, or empty
   */
  public Optional<Framework> findFramework(String reference) {
    return find(frameworks, frameworkNames, reference);
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
      default:
        entry = null;
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
    return "Catalog{scales=" + scales.keySet() + ", frameworks=" + frameworks.keySet() + ", assessments="
        + assessments.keySet() + "}";
  }

  private static <T> Map<String, T> values(Map<String, Entry<T>> entries) {
    Map<String, T> values = new LinkedHashMap<>();
    entries.forEach((id, e) -> values.put(id, e.value()));
    return Collections.unmodifiableMap(values);
  }

  private static <T> Map<String, T> names(
      Map<String, Entry<T>> entries, Function<T, String> id, Function<T, String> name) {
    Map<String, T> byName = new HashMap<>();
    entries.values().forEach(e -> byName.putIfAbsent(Texts.nameKey(id.apply(e.value())), e.value()));
    entries.values().forEach(e -> byName.putIfAbsent("\u0000" + Texts.nameKey(name.apply(e.value())), e.value()));
    return byName;
  }

  private static <T> Optional<T> find(Map<String, T> byId, Map<String, T> byName, String reference) {
    T exact = byId.get(reference);
    if (exact != null) {
      return Optional.of(exact);
    }
    String key = Texts.nameKey(reference);
    T found = byName.get(key);
    return Optional.ofNullable(found != null ? found : byName.get("\u0000" + key));
  }
}
