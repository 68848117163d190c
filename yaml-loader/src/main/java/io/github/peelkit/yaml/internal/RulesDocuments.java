package io.github.peelkit.yaml.internal;

import io.github.peelkit.grading.AllCondition;
import io.github.peelkit.grading.AnyCondition;
import io.github.peelkit.grading.Band;
import io.github.peelkit.grading.Basis;
import io.github.peelkit.grading.Condition;
import io.github.peelkit.grading.CountCondition;
import io.github.peelkit.grading.GradeRule;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.InputCondition;
import io.github.peelkit.grading.Limit;
import io.github.peelkit.grading.NotCondition;
import io.github.peelkit.grading.OrderedRules;
import io.github.peelkit.grading.Points;
import io.github.peelkit.yaml.internal.Emitter.Raw;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns grading rules into the ordered tree {@link Emitter} writes, in the key order of the format's
 * reference; the basis {@code total} and the empty list of limits are left out as defaults.
 */
public final class RulesDocuments {
  private RulesDocuments() {}

  /**
   * The tree of a grading rules document.
   *
   * @param rules the rules
   * @return the document
   */
  public static Map<String, Object> of(GradingRules rules) {
    Map<String, Object> m = Documents.header("GradingRules", rules.id());
    Documents.put(m, "name", rules.name());
    m.put("inputScale", rules.inputScale().id());
    m.put("scale", rules.scale().id());
    m.put("inputs", rules.inputs().isNamed() ? new ArrayList<Object>(rules.inputs().names()) : new Raw(Integer.toString(rules.inputs().size())));
    rules.source().ifPresent(s -> m.put("source", Documents.source(s)));
    Documents.put(m, "note", rules.note());
    if (rules.method() instanceof Points points) {
      m.put("points", points(points));
    } else {
      List<Object> list = new ArrayList<>();
      for (GradeRule rule : ((OrderedRules) rules.method()).rules()) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("grade", rule.grade().id());
        if (rule.isOtherwise()) {
          r.put("otherwise", new Raw("true"));
        } else {
          r.put("when", condition(rule.when().get()));
        }
        Documents.extensions(r, rule.extensions());
        list.add(r);
      }
      m.put("rules", list);
    }
    List<Object> limits = new ArrayList<>();
    for (Limit limit : rules.limits()) {
      Map<String, Object> l = new LinkedHashMap<>();
      l.put("when", condition(limit.when()));
      l.put("atBest", limit.atBest().id());
      Documents.extensions(l, limit.extensions());
      limits.add(l);
    }
    Documents.putList(m, "limits", limits);
    Documents.extensions(m, rules.extensions());
    return m;
  }

  private static Map<String, Object> points(Points points) {
    Map<String, Object> m = new LinkedHashMap<>();
    Map<String, Object> values = new LinkedHashMap<>();
    points.values().forEach((grade, value) -> values.put(grade.id(), Documents.number(value)));
    m.put("values", values);
    if (points.basis() != Basis.TOTAL) {
      m.put("basis", points.basis().id());
    }
    List<Object> bands = new ArrayList<>();
    for (Band band : points.bands()) {
      Map<String, Object> b = new LinkedHashMap<>();
      b.put("grade", band.grade().id());
      b.put("atLeast", Documents.number(band.atLeast()));
      Documents.extensions(b, band.extensions());
      bands.add(b);
    }
    m.put("bands", bands);
    Documents.extensions(m, points.extensions());
    return m;
  }

  private static Map<String, Object> condition(Condition condition) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (condition instanceof CountCondition c) {
      m.put("count", c.selector().id());
      c.atLeast().ifPresent(n -> m.put("atLeast", new Raw(Integer.toString(n))));
      c.atMost().ifPresent(n -> m.put("atMost", new Raw(Integer.toString(n))));
    } else if (condition instanceof InputCondition c) {
      m.put("input", c.input());
      m.put("is", c.is().id());
    } else if (condition instanceof AllCondition c) {
      m.put("all", conditions(c.conditions()));
    } else if (condition instanceof AnyCondition c) {
      m.put("any", conditions(c.conditions()));
    } else {
      m.put("not", condition(((NotCondition) condition).condition()));
    }
    Documents.extensions(m, condition.extensions());
    return m;
  }

  private static List<Object> conditions(List<Condition> conditions) {
    List<Object> out = new ArrayList<>();
    conditions.forEach(c -> out.add(condition(c)));
    return out;
  }
}
