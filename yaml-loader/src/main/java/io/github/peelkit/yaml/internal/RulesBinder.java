package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Source;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.grading.Band;
import io.github.peelkit.grading.Basis;
import io.github.peelkit.grading.GradeRule;
import io.github.peelkit.grading.GradingLaws;
import io.github.peelkit.grading.GradingMethod;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.Inputs;
import io.github.peelkit.grading.Limit;
import io.github.peelkit.grading.OrderedRules;
import io.github.peelkit.grading.Points;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds a {@code GradingRules} document into {@link GradingRules}: resolves the scales, reads the
 * inputs, the points or ordered rules with their conditions ({@link ConditionReader}) and the
 * limits. The rules' own laws (well-formed, total, monotone; reachable as a warning) are core's,
 * checked when the rules are built; each breach is reported at the node its path names, the points
 * of a grade under the name the file gave it.
 */
final class RulesBinder {
  private RulesBinder() {}

  /**
   * Binds a rules document.
   *
   * @param o the document as an object, its keys checked
   * @param id the id, read by the header; empty when it was refused
   * @param registry the scales references may name
   * @return the rules, or empty when anything was refused (reported)
   */
  static Optional<GradingRules> bind(ObjectReader o, Optional<String> id, Registry registry) {
    Optional<String> name = o.optional("name").name();
    Optional<GradeScale> inputScale = scale(o, "inputScale", registry);
    Optional<GradeScale> scale = scale(o, "scale", registry);
    Optional<Inputs> inputs = inputs(o);
    Optional<Source> source = o.optional("source").object(Keys.SOURCE, "a source").flatMap(s -> o.take(AssessmentBinder.source(s)));
    Optional<String> note = o.optional("note").text();
    Map<String, String> written = new HashMap<>();
    Optional<GradingMethod> method = method(o, inputScale, scale, inputs, written);
    List<Limit> limits =
        o.optional("limits").each((n, p) -> inputScale.isPresent() && scale.isPresent() && inputs.isPresent()
            ? limit(o.scalars(), n, p, new ConditionReader(o.scalars(), inputScale.get()), scale.get())
            : Optional.empty());
    Extensions extensions = o.extensions();
    if (!o.isUsable() || id.isEmpty() || inputScale.isEmpty() || scale.isEmpty() || inputs.isEmpty() || method.isEmpty()) {
      return Optional.empty();
    }
    GradingRules rules;
    try {
      GradingRules.Builder builder = GradingRules.builder();
      builder.id(id.get()).name(name).inputScale(inputScale.get()).scale(scale.get()).inputs(inputs.get()).source(source).note(note)
          .method(method.get()).limits(limits).extensions(extensions);
      rules = builder.build();
    } catch (InvariantException e) {
      e.violations().forEach(v -> report(o, v, written));
      return Optional.empty();
    }
    rules.warnings().forEach(v -> report(o, v, written));
    return Optional.of(rules);
  }

  /** Reports a violation at its path, the points of a grade at the key the file wrote for it. */
  private static void report(ObjectReader o, Violation v, Map<String, String> written) {
    String path = v.path();
    String prefix = "points.values.";
    if (path.startsWith(prefix) && written.containsKey(path.substring(prefix.length()))) {
      String key = written.get(path.substring(prefix.length()));
      MapNode values = (MapNode) ((MapNode) o.node().get("points")).get("values");
      o.report().violation(v, values.get(key), o.path().key("points").key("values").key(key).toString());
      return;
    }
    o.report().violations(List.of(v), o.node(), o.path());
  }

  private static Optional<GradeScale> scale(ObjectReader o, String key, Registry registry) {
    Field field = o.required(key);
    return field.name().flatMap(ref -> o.take(References.scale(o.report(), registry, ref, field.node().get(), field.path())));
  }

  /** {@code inputs: 12}, or {@code inputs: [safe, effective, ...]}. */
  private static Optional<Inputs> inputs(ObjectReader o) {
    Field field = o.required("inputs");
    Optional<Node> node = field.node();
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (node.get() instanceof SeqNode) {
      List<String> names = field.ids();
      if (!o.isUsable()) {
        return Optional.empty();
      }
      return build(o, "inputs", () -> Inputs.named(names));
    }
    if (node.get() instanceof ScalarNode s && (s.type() == ScalarType.INT || s.type() == ScalarType.FLOAT)) {
      Optional<Integer> size = field.smallInteger();
      return size.flatMap(n -> build(o, "inputs", () -> Inputs.count(n)));
    }
    o.markUnusable();
    if (!(node.get() instanceof RefusedNode)) {
      o.report()
          .report(
              ModelCode.INVALID_VALUE,
              node.get(),
              field.path(),
              "expected the number of inputs or a list of their names, got " + node.get().describe()
                  + ": write inputs: 12, or inputs: [safe, effective]",
              ScalarReader.shown(node.get()).orElse(""));
    }
    return Optional.empty();
  }

  /** Builds a part of the rules, reporting the violations of the model's rules at the part's path. */
  private static <T> Optional<T> build(ObjectReader o, String key, java.util.function.Supplier<T> part) {
    try {
      return Optional.of(part.get());
    } catch (InvariantException e) {
      o.markUnusable();
      o.report().violations(e.violations(), o.node(), o.path());
      return Optional.empty();
    }
  }

  private static Optional<GradingMethod> method(
      ObjectReader o, Optional<GradeScale> inputScale, Optional<GradeScale> scale, Optional<Inputs> inputs, Map<String, String> written) {
    boolean points = o.has("points");
    boolean rules = o.has("rules");
    if (points && rules) {
      o.markUnusable();
      Node second = o.node().get("rules");
      o.report()
          .report(
              ModelCode.INVALID_VALUE, second, o.path().key("rules"), "grading rules have points or rules, not both: keep one");
      return Optional.empty();
    }
    if (!points && !rules) {
      o.markUnusable();
      if (!o.isMeant("points") && !o.isMeant("rules")) {
        o.report()
            .report(
                ModelCode.MISSING_REQUIRED,
                o.node(),
                o.path().key("points"),
                "missing required key 'points' or 'rules': give points and bands, or ordered rules");
      }
      return Optional.empty();
    }
    if (points) {
      return o.optional("points")
          .object(Keys.POINTS, "points and bands")
          .flatMap(p -> o.take(points(p, inputScale, scale, written)));
    }
    List<GradeRule> list =
        o.optional("rules").each((n, p) -> inputScale.isPresent() && scale.isPresent() && inputs.isPresent()
            ? rule(o.scalars(), n, p, new ConditionReader(o.scalars(), inputScale.get()), scale.get())
            : Optional.empty());
    return o.isUsable() ? Optional.of(OrderedRules.of(list)) : Optional.empty();
  }

  private static Optional<GradingMethod> points(
      ObjectReader p, Optional<GradeScale> inputScale, Optional<GradeScale> scale, Map<String, String> written) {
    Map<Grade, BigDecimal> values = new LinkedHashMap<>();
    Field valuesField = p.required("values");
    valuesField.node().ifPresent(node -> {
      if (!(node instanceof MapNode map)) {
        p.markUnusable();
        ObjectReader.open(p.scalars(), node, valuesField.path(), Keys.MAPPING, "values (a mapping of grades to points)");
        return;
      }
      for (int i = 0; i < map.size(); i++) {
        String key = map.key(i);
        DocumentPath at = valuesField.path().key(key);
        Node keyNode = new ScalarNode(map.keyLine(i), map.keyColumn(i), key, false);
        Optional<BigDecimal> value = p.take(p.scalars().decimal(map.value(i), at, "points"));
        Optional<Grade> grade = inputScale.flatMap(s -> p.take(grade(p.report(), s, key, keyNode, at)));
        if (grade.isPresent() && written.putIfAbsent(grade.get().id(), key) != null) {
          p.markUnusable();
          p.report().report(
              ModelCode.DUPLICATE_ID, keyNode, at, "grade '" + grade.get().id() + "' has points twice: give each grade its points once",
              Texts.abbreviate(key));
        } else if (grade.isPresent() && value.isPresent()) {
          values.put(grade.get(), value.get());
        }
      }
    });
    Optional<Basis> basis = p.optional("basis").choice("basis", Choices.BASES);
    List<Band> bands = p.optional("bands").each((n, at) -> scale.isPresent() ? band(p.scalars(), n, at, scale.get()) : Optional.empty());
    Extensions extensions = p.extensions();
    if (!p.isUsable() || inputScale.isEmpty() || scale.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Points.builder().values(values).basis(basis.orElse(Basis.TOTAL)).bands(bands).extensions(extensions).build());
  }

  private static Optional<Band> band(ScalarReader scalars, Node node, DocumentPath path, GradeScale scale) {
    Optional<ObjectReader> object = ObjectReader.open(scalars, node, path, Keys.BAND, "a band");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader o = object.get();
    Optional<Grade> grade = resultGrade(o, "grade", scale);
    Optional<BigDecimal> atLeast = o.required("atLeast").decimal();
    Extensions extensions = o.extensions();
    return o.build(() -> Band.builder().grade(grade.get()).atLeast(atLeast.get()).extensions(extensions).build());
  }

  private static Optional<GradeRule> rule(ScalarReader scalars, Node node, DocumentPath path, ConditionReader conditions, GradeScale scale) {
    Optional<ObjectReader> object = ObjectReader.open(scalars, node, path, Keys.GRADE_RULE, "a rule");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader o = object.get();
    Optional<Grade> grade = resultGrade(o, "grade", scale);
    boolean when = o.has("when");
    Field otherwiseField = o.optional("otherwise");
    Optional<Boolean> otherwise = otherwiseField.bool();
    if (when && otherwiseField.isPresent()) {
      o.markUnusable();
      o.report().report(
          ModelCode.INVALID_VALUE, otherwiseField.node().get(), otherwiseField.path(),
          "a rule has when or otherwise: true, not both: keep one");
    } else if (otherwise.isPresent() && !otherwise.get()) {
      o.markUnusable();
      o.report().report(
          ModelCode.INVALID_VALUE, otherwiseField.node().get(), otherwiseField.path(),
          "otherwise: false says nothing: give the rule a condition under when, or write otherwise: true on the last rule", "false");
    } else if (!when && !otherwiseField.isPresent() && !o.isMeant("when") && !o.isMeant("otherwise")) {
      o.markUnusable();
      o.report().report(
          ModelCode.MISSING_REQUIRED, o.node(), path.key("when"), "missing required key 'when': give the rule a condition, or write"
              + " otherwise: true on the last rule");
    }
    Optional<io.github.peelkit.grading.Condition> condition =
        when ? o.required("when").node().flatMap(n -> o.take(conditions.read(n, path.key("when")))) : Optional.empty();
    Extensions extensions = o.extensions();
    return o.build(() -> GradeRule.builder().grade(grade.get()).when(condition).extensions(extensions).build());
  }

  private static Optional<Limit> limit(ScalarReader scalars, Node node, DocumentPath path, ConditionReader conditions, GradeScale scale) {
    Optional<ObjectReader> object = ObjectReader.open(scalars, node, path, Keys.LIMIT, "a limit");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader o = object.get();
    Optional<io.github.peelkit.grading.Condition> when =
        o.required("when").node().flatMap(n -> o.take(conditions.read(n, path.key("when"))));
    Optional<Grade> atBest = resultGrade(o, "atBest", scale);
    Extensions extensions = o.extensions();
    return o.build(() -> Limit.builder().when(when.get()).atBest(atBest.get()).extensions(extensions).build());
  }

  private static Optional<Grade> resultGrade(ObjectReader o, String key, GradeScale scale) {
    Field field = o.required(key);
    return field.name().flatMap(ref -> o.take(grade(o.report(), scale, ref, field.node().get(), field.path())));
  }

  /**
   * A grade of grading rules by id, label or alias: one that names no grade breaks the rules' law of
   * being well-formed (PK017), with the valid ids and the one probably meant.
   */
  static Optional<Grade> grade(FileReport report, GradeScale scale, String name, Node node, DocumentPath path) {
    Optional<Grade> grade = scale.findGrade(name);
    if (grade.isEmpty()) {
      List<String> names = new ArrayList<>();
      scale.grades().forEach(g -> {
        names.add(g.id());
        names.add(g.label());
        names.addAll(g.aliases());
      });
      String shown = Violation.abbreviate(name);
      report.violation(
          Violation.of(
              GradingLaws.KNOWN_GRADES,
              path.toString(),
              shown,
              "grade '" + shown + "' names no grade of scale " + scale.id(),
              scale.ids(),
              Suggestions.closest(name, names).flatMap(scale::findGrade).map(Grade::id)),
          node,
          path.toString());
    }
    return grade;
  }
}
