package io.github.peelkit.examples.cli;

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
import io.github.peelkit.yaml.TerminalText;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Grading rules as {@code peel catalog} lists them: in words for text ({@code 1. inadequate when at
 * least 2 inadequate}), and in JSON with the keys of the YAML format.
 */
final class RulesReport {
  private static final int WIDTH = AssessmentText.WIDTH;

  private RulesReport() {}

  /**
   * {@return grading rules as lines of text: the inputs and result, the points and bands or the
   * rules, the limits, and the source}
   *
   * @param rules the rules
   * @param origin where they come from, as {@code [file:1:1]}, or empty for built-in rules
   */
  static String text(GradingRules rules, String origin) {
    StringBuilder b = new StringBuilder();
    b.append(Wrap.paragraph(rules.name().map(TerminalText::printable).orElse("grading rules") + origin, rules.id() + ": ", "  ", WIDTH));
    String inputs = Words.count(rules.inputs().size(), "input", "inputs") + " of scale " + rules.inputScale().id()
        + (rules.inputs().isNamed() ? " (" + String.join(", ", rules.inputs().names()) + ")" : "") + ", a grade of scale " + rules.scale().id();
    b.append(Wrap.paragraph(inputs, "  ", "  ", WIDTH));
    if (rules.method() instanceof Points points) {
      List<String> values = new ArrayList<>();
      points.values().forEach((grade, value) -> values.add(grade.id() + " " + value.toPlainString()));
      b.append(Wrap.paragraph(String.join(", ", values), "  points: ", "    ", WIDTH));
      String unit = points.basis() == Basis.PERCENT ? "%" : "";
      List<String> bands = new ArrayList<>();
      for (Band band : points.bands()) {
        bands.add(band.grade().id() + " from " + band.atLeast().toPlainString() + unit);
      }
      String basis = points.basis() == Basis.PERCENT ? "the percentage of the maximum" : "the total";
      b.append(Wrap.paragraph(basis + " banded: " + String.join(", ", bands), "  ", "    ", WIDTH));
    } else {
      List<GradeRule> list = ((OrderedRules) rules.method()).rules();
      for (int i = 0; i < list.size(); i++) {
        GradeRule rule = list.get(i);
        String text = rule.grade().id() + (rule.isOtherwise() ? " otherwise" : " when " + words(rule.when().get()));
        b.append(Wrap.paragraph(text, "  " + (i + 1) + ". ", "     ", WIDTH));
      }
    }
    for (int l = 0; l < rules.limits().size(); l++) {
      Limit limit = rules.limits().get(l);
      b.append(Wrap.paragraph("at best " + limit.atBest().id() + " when " + words(limit.when()), "  limit " + (l + 1) + ": ", "    ", WIDTH));
    }
    rules.source().ifPresent(s -> b.append(Wrap.paragraph(
        TerminalText.printable(s.title()) + s.publisher().map(p -> ", " + TerminalText.printable(p)).orElse("")
            + s.url().map(u -> ", " + TerminalText.printable(u)).orElse(""),
        "  Source: ", "    ", WIDTH)));
    return b.toString();
  }

  /** {@return a condition in words: {@code at least 2 inadequate}, {@code no inadequate}, {@code safe is good or better}} */
  static String words(Condition condition) {
    if (condition instanceof CountCondition c) {
      String bounds;
      if (c.atLeast().isPresent() && c.atMost().isPresent()) {
        bounds = "from " + c.atLeast().getAsInt() + " to " + c.atMost().getAsInt();
      } else if (c.atLeast().isPresent()) {
        bounds = "at least " + c.atLeast().getAsInt();
      } else if (c.atMost().getAsInt() == 0) {
        bounds = "no";
      } else {
        bounds = "at most " + c.atMost().getAsInt();
      }
      return bounds + " " + c.selector().words();
    }
    if (condition instanceof InputCondition c) {
      return TerminalText.printable(c.input()) + " is " + c.is().words();
    }
    if (condition instanceof AllCondition c) {
      return "all of (" + String.join("; ", c.conditions().stream().map(RulesReport::words).toList()) + ")";
    }
    if (condition instanceof AnyCondition c) {
      return "any of (" + String.join("; ", c.conditions().stream().map(RulesReport::words).toList()) + ")";
    }
    return "not (" + words(((NotCondition) condition).condition()) + ")";
  }

  /** {@return grading rules as JSON, with the keys of the YAML format} */
  static ObjectNode json(GradingRules rules) {
    ObjectNode r = Json.object();
    r.put("id", rules.id());
    Json.put(r, "name", rules.name());
    r.put("inputScale", rules.inputScale().id());
    r.put("scale", rules.scale().id());
    if (rules.inputs().isNamed()) {
      r.set("inputs", Json.texts(rules.inputs().names()));
    } else {
      r.put("inputs", rules.inputs().size());
    }
    rules.source().ifPresent(s -> {
      ObjectNode source = r.putObject("source");
      source.put("title", s.title());
      Json.put(source, "publisher", s.publisher());
      Json.put(source, "url", s.url());
      s.published().ifPresent(d -> source.put("published", d.toString()));
    });
    Json.put(r, "note", rules.note());
    if (rules.method() instanceof Points points) {
      ObjectNode p = r.putObject("points");
      ObjectNode values = p.putObject("values");
      points.values().forEach((grade, value) -> values.put(grade.id(), value));
      p.put("basis", points.basis().id());
      ArrayNode bands = p.putArray("bands");
      points.bands().forEach(band -> bands.addObject().put("grade", band.grade().id()).put("atLeast", band.atLeast()));
    } else {
      ArrayNode list = r.putArray("rules");
      for (GradeRule rule : ((OrderedRules) rules.method()).rules()) {
        ObjectNode o = list.addObject();
        o.put("grade", rule.grade().id());
        if (rule.isOtherwise()) {
          o.put("otherwise", true);
        } else {
          o.set("when", json(rule.when().get()));
        }
      }
    }
    ArrayNode limits = r.putArray("limits");
    rules.limits().forEach(limit -> {
      ObjectNode l = limits.addObject();
      l.set("when", json(limit.when()));
      l.put("atBest", limit.atBest().id());
    });
    return r;
  }

  private static ObjectNode json(Condition condition) {
    ObjectNode o = Json.object();
    if (condition instanceof CountCondition c) {
      o.put("count", c.selector().id());
      c.atLeast().ifPresent(n -> o.put("atLeast", n));
      c.atMost().ifPresent(n -> o.put("atMost", n));
    } else if (condition instanceof InputCondition c) {
      o.put("input", c.input());
      o.put("is", c.is().id());
    } else if (condition instanceof AllCondition c) {
      ArrayNode all = o.putArray("all");
      c.conditions().forEach(x -> all.add(json(x)));
    } else if (condition instanceof AnyCondition c) {
      ArrayNode any = o.putArray("any");
      c.conditions().forEach(x -> any.add(json(x)));
    } else {
      o.set("not", json(((NotCondition) condition).condition()));
    }
    return o;
  }
}
