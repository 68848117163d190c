package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.grading.AllCondition;
import io.github.peelkit.grading.AnyCondition;
import io.github.peelkit.grading.Condition;
import io.github.peelkit.grading.CountCondition;
import io.github.peelkit.grading.InputCondition;
import io.github.peelkit.grading.NotCondition;
import io.github.peelkit.grading.Selector;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the conditions of grading rules: {@code {count: SELECTOR, atLeast: N, atMost: M}}, {@code
 * {input: NAME, is: SELECTOR}}, {@code {all: [...]}}, {@code {any: [...]}}, {@code {not: {...}}}.
 * Which kind a condition is, its keys say; one with none of them, or more than one, is refused where
 * it is. Selectors are read against the rules' input scale; a selector that names no grade breaks the
 * rules' law of being well-formed (PK017), as core says.
 */
final class ConditionReader {
  private static final List<String> KINDS = List.of("count", "input", "all", "any", "not");

  private final ScalarReader scalars;
  private final GradeScale scale;

  ConditionReader(ScalarReader scalars, GradeScale scale) {
    this.scalars = scalars;
    this.scale = scale;
  }

  /**
   * Reads a condition.
   *
   * @param node the condition's node
   * @param path its path
   * @return the condition, or empty when anything was refused (reported)
   */
  Optional<Condition> read(Node node, DocumentPath path) {
    if (!(node instanceof MapNode map)) {
      ObjectReader.open(scalars, node, path, Keys.CONDITION, "a condition");
      return Optional.empty();
    }
    List<String> kinds = new ArrayList<>();
    for (String kind : KINDS) {
      if (map.indexOf(kind) >= 0) {
        kinds.add(kind);
      }
    }
    if (kinds.isEmpty()) {
      Optional<ObjectReader> o = ObjectReader.open(scalars, node, path, Keys.CONDITION, "a condition");
      if (o.isPresent() && o.get().isUsable()) {
        scalars.report().report(
            ModelCode.MISSING_REQUIRED, node, path, "a condition needs one of count, input, all, any or not: say what it tests");
      }
      return Optional.empty();
    }
    if (kinds.size() > 1) {
      Node second = map.get(kinds.get(1));
      scalars.report().report(
          ModelCode.INVALID_VALUE, second, path.key(kinds.get(1)), "a condition is one of count, input, all, any or not, but this one has "
              + String.join(" and ", kinds) + ": write each as its own condition, joined by all or any");
      return Optional.empty();
    }
    return switch (kinds.get(0)) {
      case "count" -> ObjectReader.open(scalars, node, path, Keys.COUNT, "a count condition").flatMap(this::count);
      case "input" -> ObjectReader.open(scalars, node, path, Keys.INPUT, "an input condition").flatMap(this::input);
      case "all" -> ObjectReader.open(scalars, node, path, Keys.ALL, "an all condition").flatMap(o -> list(o, "all"));
      case "any" -> ObjectReader.open(scalars, node, path, Keys.ANY, "an any condition").flatMap(o -> list(o, "any"));
      default -> ObjectReader.open(scalars, node, path, Keys.NOT, "a not condition").flatMap(this::not);
    };
  }

  private Optional<Condition> count(ObjectReader o) {
    Optional<Selector> selector = selector(o, "count");
    Optional<Integer> atLeast = o.optional("atLeast").smallInteger();
    Optional<Integer> atMost = o.optional("atMost").smallInteger();
    Extensions extensions = o.extensions();
    return o.build(
        () -> {
          CountCondition.Builder count = CountCondition.builder().selector(selector.get()).extensions(extensions);
          atLeast.ifPresent(count::atLeast);
          atMost.ifPresent(count::atMost);
          return count.build();
        });
  }

  private Optional<Condition> input(ObjectReader o) {
    Optional<String> input = o.required("input").name();
    Optional<Selector> is = selector(o, "is");
    Extensions extensions = o.extensions();
    return o.build(() -> InputCondition.builder().input(input.get()).is(is.get()).extensions(extensions).build());
  }

  private Optional<Condition> list(ObjectReader o, String key) {
    List<Condition> parts = o.required(key).each(this::read);
    Extensions extensions = o.extensions();
    return o.build(
        () -> key.equals("all")
            ? AllCondition.builder().conditions(parts).extensions(extensions).build()
            : AnyCondition.builder().conditions(parts).extensions(extensions).build());
  }

  private Optional<Condition> not(ObjectReader o) {
    Field field = o.required("not");
    Optional<Condition> part = field.node().flatMap(n -> o.take(read(n, field.path())));
    Extensions extensions = o.extensions();
    return o.build(() -> NotCondition.builder().condition(part.get()).extensions(extensions).build());
  }

  private Optional<Selector> selector(ObjectReader o, String key) {
    Field field = o.required(key);
    Optional<String> text = field.name();
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Selector.parse(scale, text.get()));
    } catch (InvariantException e) {
      o.markUnusable();
      for (Violation v : e.violations()) {
        o.report().violation(v, field.node().get(), field.path().toString());
      }
      return Optional.empty();
    }
  }
}
