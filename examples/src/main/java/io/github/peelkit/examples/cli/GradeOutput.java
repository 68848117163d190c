package io.github.peelkit.examples.cli;

import io.github.peelkit.examples.cli.GradeInputs.Combination;
import io.github.peelkit.grading.Evaluation;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.grading.Score;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.yaml.TerminalText;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The output of {@code peel grade}: each combination of inputs with its grade and what produced it,
 * as text, JSON or CSV. Text from input (a table's column names and cells, the names of rules given
 * with {@code --catalog}) is escaped as {@link TerminalText#printable} escapes it.
 *
 * @param rules the rules
 * @param columns the names of the columns, as the table's header or the inputs' names
 * @param results each combination with its evaluation
 */
record GradeOutput(GradingRules rules, List<String> columns, List<Result> results) {
  /**
   * One combination and what the rules made of it.
   *
   * @param combination the combination as read
   * @param evaluation the evaluation
   */
  record Result(Combination combination, Evaluation evaluation) {}

  GradeOutput {
    columns = List.copyOf(columns);
    results = List.copyOf(results);
  }

  /** {@return how the grade was decided, in a few words: {@code rule 1}, {@code band 2, capped by limit 1}} */
  static String by(Evaluation e) {
    StringBuilder by = new StringBuilder(e.decidedBy());
    if (!e.caps().isEmpty()) {
      by.append(", capped by limit").append(e.caps().size() == 1 ? " " : "s ");
      by.append(String.join(" and ", e.caps().stream().map(String::valueOf).toList()));
    }
    return by.toString();
  }

  /** {@return the results as text: the rules, then each combination with its grade, inputs and explanation} */
  String text() {
    StringBuilder b = new StringBuilder();
    b.append(Wrap.paragraph(rules.id() + rules.name().map(n -> ", " + TerminalText.printable(n)).orElse(""), "Rules:  ", "        ",
        AssessmentText.WIDTH));
    String inputs = Words.count(rules.inputs().size(), "grade", "grades") + " of " + rules.inputScale().id()
        + (rules.inputs().isNamed() ? ": " + String.join(", ", rules.inputs().names()) : ", counted");
    b.append(Wrap.paragraph(inputs, "Inputs: ", "        ", AssessmentText.WIDTH));
    b.append(Wrap.paragraph("a grade of " + rules.scale().id(), "Result: ", "        ", AssessmentText.WIDTH));
    for (Result r : results) {
      Evaluation e = r.evaluation();
      b.append('\n');
      String heading = e.grade().id() + " (" + TerminalText.printable(e.grade().label()) + "), by " + by(e);
      b.append(Wrap.paragraph(heading, r.combination().line().isPresent() ? "line " + r.combination().line().getAsInt() + ": " : "", "  ",
          AssessmentText.WIDTH));
      b.append(Wrap.paragraph(inputs(e), "  ", "    ", AssessmentText.WIDTH));
      b.append(Wrap.paragraph(e.explanation(), "  ", "    ", AssessmentText.WIDTH));
    }
    return b.toString();
  }

  /** The inputs as {@code safe good, effective outstanding}, or for counted inputs the grades in order. */
  private String inputs(Evaluation e) {
    List<String> parts = new ArrayList<>();
    List<Grade> grades = e.inputs();
    for (int i = 0; i < grades.size(); i++) {
      parts.add(rules.inputs().isNamed() ? rules.inputs().names().get(i) + " " + grades.get(i).id() : grades.get(i).id());
    }
    return String.join(", ", parts);
  }

  /** {@return the results as JSON: the rules, the inputs' names, and each result with every figure} */
  String json() {
    ObjectNode root = Json.object();
    root.put("rules", rules.id());
    root.put("inputScale", rules.inputScale().id());
    root.put("scale", rules.scale().id());
    // As the YAML format writes them: the names, or how many for counted inputs.
    if (rules.inputs().isNamed()) {
      root.set("inputs", Json.texts(rules.inputs().names()));
    } else {
      root.put("inputs", rules.inputs().size());
    }
    ArrayNode list = Json.array();
    for (Result r : results) {
      Evaluation e = r.evaluation();
      ObjectNode o = Json.object();
      r.combination().line().ifPresent(line -> o.put("line", line));
      ArrayNode grades = Json.array();
      e.inputs().forEach(g -> grades.add(g.id()));
      o.set("inputs", grades);
      o.put("grade", e.grade().id());
      o.put("by", by(e));
      o.put("uncapped", e.uncapped().id());
      e.rule().ifPresent(n -> o.put("rule", n));
      e.band().ifPresent(n -> o.put("band", n));
      e.score().ifPresent(s -> o.set("score", score(s)));
      ArrayNode caps = Json.array();
      e.caps().forEach(caps::add);
      o.set("caps", caps);
      o.put("explanation", e.explanation());
      list.add(o);
    }
    root.set("results", list);
    return Json.write(root);
  }

  /** {@return a score as JSON: its basis, total and maximum as numbers, its percentage as an exact fraction} */
  static ObjectNode score(Score s) {
    ObjectNode score = Json.object();
    score.put("basis", s.basis().id());
    score.put("total", s.total());
    score.put("maximum", s.maximum());
    score.put("percent", s.percent());
    return score;
  }

  /** {@return the results as CSV: each row as read, then grade and by} */
  String csv() {
    StringBuilder b = new StringBuilder();
    List<String> header = new ArrayList<>(columns.stream().map(GradeOutput::cell).toList());
    header.add("grade");
    header.add("by");
    b.append(String.join(",", header)).append('\n');
    for (Result r : results) {
      List<String> row = new ArrayList<>(r.combination().cells().stream().map(GradeOutput::cell).toList());
      row.add(r.evaluation().grade().id());
      row.add(cell(by(r.evaluation())));
      b.append(String.join(",", row)).append('\n');
    }
    return b.toString();
  }

  private static String cell(String text) {
    String printable = TerminalText.printable(text);
    boolean quote = printable.contains(",") || printable.contains("\"") || !printable.equals(printable.strip());
    return quote ? '"' + printable.replace("\"", "\"\"") + '"' : printable;
  }
}
