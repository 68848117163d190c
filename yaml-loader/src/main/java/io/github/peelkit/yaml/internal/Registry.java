package io.github.peelkit.yaml.internal;

import io.github.peelkit.framework.Framework;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The scales and frameworks references can name during one load: those of the base catalogue and
 * those loaded, by id and by name in any case, plus the ids of documents that were defined but could
 * not be built, so that references to them are not reported as unknown as well.
 */
final class Registry {
  final Map<String, Entry<GradeScale>> scales = new LinkedHashMap<>();
  final Map<String, Entry<Framework>> frameworks = new LinkedHashMap<>();
  final Map<String, Entry<GradeMapping>> mappings = new LinkedHashMap<>();
  private final Set<String> brokenMappings = new HashSet<>();
  private final Map<String, GradeScale> scaleIds = new HashMap<>();
  private final Map<String, GradeScale> scaleNames = new HashMap<>();
  private final Map<String, Framework> frameworkIds = new HashMap<>();
  private final Map<String, Framework> frameworkNames = new HashMap<>();
  private final Set<String> brokenScales = new HashSet<>();
  private final Set<String> brokenFrameworks = new HashSet<>();

  void add(GradeScale scale, Entry<GradeScale> entry) {
    scales.put(scale.id(), entry);
    scaleIds.putIfAbsent(Texts.nameKey(scale.id()), scale);
    scaleNames.putIfAbsent(Texts.nameKey(scale.name()), scale);
  }

  void add(Framework framework, Entry<Framework> entry) {
    frameworks.put(framework.id(), entry);
    frameworkIds.putIfAbsent(Texts.nameKey(framework.id()), framework);
    frameworkNames.putIfAbsent(Texts.nameKey(framework.name()), framework);
  }

  void add(GradeMapping mapping, Entry<GradeMapping> entry) {
    mappings.put(mapping.id(), entry);
  }

  void brokenMapping(String id) {
    brokenMappings.add(id);
  }

  /**
   * The mapping an id names: one of the catalogue, or the identity of a scale.
   *
   * @param id the mapping's id, exactly
   * @param identityOf the scale whose identity {@value GradeMapping#IDENTITY} names, or null
   * @return the mapping, or null
   */
  GradeMapping mapping(String id, GradeScale identityOf) {
    if (id.equals(GradeMapping.IDENTITY) && identityOf != null) {
      return GradeMapping.identity(identityOf);
    }
    Entry<GradeMapping> entry = mappings.get(id);
    return entry == null ? null : entry.value();
  }

  boolean isBrokenMapping(String id) {
    return brokenMappings.contains(id);
  }

  List<String> mappingIds() {
    List<String> ids = new ArrayList<>(mappings.keySet());
    ids.add(GradeMapping.IDENTITY);
    return ids;
  }

  void brokenScale(String id) {
    brokenScales.add(Texts.nameKey(id));
  }

  void brokenFramework(String id) {
    brokenFrameworks.add(Texts.nameKey(id));
  }

  /** {@return the scale an id or name names, in any case, or null} */
  GradeScale scale(String reference) {
    String key = Texts.nameKey(reference);
    GradeScale byId = scaleIds.get(key);
    return byId != null ? byId : scaleNames.get(key);
  }

  boolean isBrokenScale(String reference) {
    return brokenScales.contains(Texts.nameKey(reference));
  }

  /** {@return the framework an id or name names, in any case, or null} */
  Framework framework(String reference) {
    String key = Texts.nameKey(reference);
    Framework byId = frameworkIds.get(key);
    return byId != null ? byId : frameworkNames.get(key);
  }

  boolean isBrokenFramework(String reference) {
    return brokenFrameworks.contains(Texts.nameKey(reference));
  }

  List<String> scaleIds() {
    return new ArrayList<>(scales.keySet());
  }

  List<String> frameworkIds() {
    return new ArrayList<>(frameworks.keySet());
  }

  /** The ids and names of scales, for suggestions. */
  List<String> scaleNames() {
    List<String> names = new ArrayList<>();
    scales.values().forEach(e -> {
      names.add(e.value().id());
      names.add(e.value().name());
    });
    return names;
  }

  /** The ids and names of frameworks, for suggestions. */
  List<String> frameworkNames() {
    List<String> names = new ArrayList<>();
    frameworks.values().forEach(e -> {
      names.add(e.value().id());
      names.add(e.value().name());
    });
    return names;
  }
}
