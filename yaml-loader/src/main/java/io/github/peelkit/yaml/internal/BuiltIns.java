package io.github.peelkit.yaml.internal;

import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.Origin;
import io.github.peelkit.yaml.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The built-in catalogue: core's scales, and the frameworks, mappings and grading rules this module ships as
 * YAML resources, read by the loader itself. A problem in a resource is a packaging bug, thrown as such.
 */
public final class BuiltIns {
  /** The resources, frameworks in the order the catalogue lists them, then the mappings, then the grading rules. */
  public static final List<String> RESOURCES =
      List.of("hmic-2007.yaml", "core-business-2014.yaml", "peel-2016.yaml", "peel-2021-22.yaml", "mappings.yaml", "grading-rules.yaml");

  private static final String FOLDER = "/io/github/peelkit/yaml/internal/builtin/";

  private BuiltIns() {}

  /** {@return the built-in items, read anew: call it once and keep the result} */
  public static Model model() {
    Map<String, Entry<GradeScale>> scales = new LinkedHashMap<>();
    for (GradeScale scale : GradeScales.all()) {
      scales.put(scale.id(), new Entry<>(scale, new Origin("built-in:GradeScales", 1, 1, true)));
    }
    Model base = new Model(scales, Map.of(), Map.of(), Map.of(), Map.of());
    List<Loader.Input> inputs = new ArrayList<>();
    for (String name : RESOURCES) {
      inputs.add(new Loader.TextInput("built-in:" + name, resource(name)));
    }
    Loader.Outcome outcome = new Loader(Limits.defaults()).load(inputs, () -> base);
    List<Problem> problems = outcome.problems();
    if (!problems.isEmpty()) {
      throw new IllegalStateException("the built-in catalogue does not load: " + problems);
    }
    return new Model(
        scales, builtIn(outcome.model().frameworks()), builtIn(outcome.model().mappings()), Map.of(), builtIn(outcome.model().rules()));
  }

  private static <T> Map<String, Entry<T>> builtIn(Map<String, Entry<T>> loaded) {
    Map<String, Entry<T>> marked = new LinkedHashMap<>();
    loaded.forEach((id, e) -> {
      Origin o = e.origin();
      marked.put(id, new Entry<>(e.value(), new Origin(o.file(), o.line(), o.column(), true)));
    });
    return marked;
  }

  /**
   * Reads one built-in resource.
   *
   * @param name the resource's file name, such as {@code peel-2021-22.yaml}
   * @return its text
   */
  public static String resource(String name) {
    try (InputStream in = BuiltIns.class.getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        throw new IllegalStateException("built-in resource " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
