package io.github.peelkit.yaml.internal;

import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The scales, frameworks, mappings and grading rules references can name during one load: those of
 * the base catalogue and those loaded, by id (in any case) and by name, plus the ids of documents that
 * were defined but could not be built, so that references to them are not reported as unknown as well.
 * The base catalogue's mappings and grading rules are looked in only when a reference needs them, so
 * that a load that names none does not make the built-in ones.
 */
final class Registry {
  private final Map<String, GradeScale> scales = new LinkedHashMap<>();
  private final Map<String, Framework> frameworks = new LinkedHashMap<>();
  private final Map<String, Entry<GradeMapping>> baseMappings;
  private final Map<String, GradeMapping> mappings = new LinkedHashMap<>();
  private final Map<String, Entry<GradingRules>> baseRules;
  private final Map<String, GradingRules> rules = new LinkedHashMap<>();
  private final Set<String> brokenScales = new HashSet<>();
  private final Set<String> brokenFrameworks = new HashSet<>();
  private final Set<String> brokenMappings = new HashSet<>();
  private final Set<String> brokenRules = new HashSet<>();

  /**
   * A registry of a base catalogue's scales and frameworks, looking in its mappings and grading rules
   * when asked.
   *
   * @param base the base catalogue
   */
  Registry(Model base) {
    base.scales().forEach((id, e) -> add(e.value()));
    base.frameworks().forEach((id, e) -> add(e.value()));
    this.baseMappings = base.mappings();
    this.baseRules = base.rules();
  }

  void add(GradeScale scale) {
    scales.put(scale.id(), scale);
  }

  void add(Framework framework) {
    frameworks.put(framework.id(), framework);
  }

  void add(GradeMapping mapping) {
    mappings.put(mapping.id(), mapping);
  }

  void add(GradingRules r) {
    rules.put(r.id(), r);
  }

  void brokenRules(String id) {
    brokenRules.add(id);
  }

  /** {@return the grading rules of the base catalogue and of the load by id, for derivations to name; made when first used} */
  Map<String, GradingRules> rules() {
    Map<String, GradingRules> loaded = new LinkedHashMap<>(rules);
    return LazyMap.of(() -> {
      Map<String, GradingRules> all = new LinkedHashMap<>();
      baseRules.forEach((id, e) -> all.put(id, e.value()));
      all.putAll(loaded);
      return all;
    });
  }

  /** {@return whether grading rules with this id were defined but could not be built} */
  boolean isBrokenRules(String id) {
    return brokenRules.contains(id);
  }

  void brokenScale(String id) {
    brokenScales.add(id);
  }

  void brokenFramework(String id) {
    brokenFrameworks.add(id);
  }

  void brokenMapping(String id) {
    brokenMappings.add(id);
  }

  /** {@return the scale a reference names: by id in any case, else by name} */
  Optional<GradeScale> scale(String reference) {
    GradeScale byId = scales.get(idOf(reference));
    return byId != null ? Optional.of(byId) : scales.values().stream().filter(s -> s.isNamedBy(reference)).findFirst();
  }

  /** {@return the framework a reference names: by id in any case, else by name} */
  Optional<Framework> framework(String reference) {
    Framework byId = frameworks.get(idOf(reference));
    return byId != null ? Optional.of(byId) : frameworks.values().stream().filter(f -> f.isNamedBy(reference)).findFirst();
  }

  /**
   * The mapping an id names: one of the catalogue, or the identity of a scale.
   *
   * @param id the mapping's id, exactly
   * @param identityOf the scale whose identity {@value GradeMapping#IDENTITY} names
   * @return the mapping, or empty
   */
  Optional<GradeMapping> mapping(String id, GradeScale identityOf) {
    if (id.equals(GradeMapping.IDENTITY)) {
      return Optional.of(GradeMapping.identity(identityOf));
    }
    GradeMapping loaded = mappings.get(id);
    return loaded != null ? Optional.of(loaded) : Optional.ofNullable(baseMappings.get(id)).map(Entry::value);
  }

  /** An id as a reference may write it, in any case and with white space at its ends: ids are slugs. */
  private static String idOf(String reference) {
    return reference.strip().toLowerCase(Locale.ROOT);
  }

  boolean isBrokenScale(String reference) {
    return brokenScales.contains(idOf(reference));
  }

  boolean isBrokenFramework(String reference) {
    return brokenFrameworks.contains(idOf(reference));
  }

  boolean isBrokenMapping(String id) {
    return brokenMappings.contains(id);
  }

  List<String> scaleIds() {
    return new ArrayList<>(scales.keySet());
  }

  List<String> frameworkIds() {
    return new ArrayList<>(frameworks.keySet());
  }

  List<String> mappingIds() {
    List<String> ids = new ArrayList<>(baseMappings.keySet());
    ids.addAll(mappings.keySet());
    ids.add(GradeMapping.IDENTITY);
    return ids;
  }

  /** The ids and names of scales, for suggestions. */
  List<String> scaleNames() {
    List<String> names = new ArrayList<>();
    scales.values().forEach(s -> {
      names.add(s.id());
      names.add(s.name());
    });
    return names;
  }

  /** The ids and names of frameworks, for suggestions. */
  List<String> frameworkNames() {
    List<String> names = new ArrayList<>();
    frameworks.values().forEach(f -> {
      names.add(f.id());
      names.add(f.name());
    });
    return names;
  }
}
