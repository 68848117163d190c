package io.github.peelkit.examples.cli;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.Violation;
import io.github.peelkit.examples.cli.CsvRecords.Cell;
import io.github.peelkit.examples.cli.CsvRecords.Row;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Location;
import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.TerminalText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the combinations of input grades {@code peel grade} evaluates: one from {@code --inputs
 * G,G,...}, or one per row of a {@code --table} CSV file whose header row names the inputs.
 *
 * <p>A grade is written by its id, label or alias, in any case, as in YAML. With named inputs the
 * header names each input once, in any order; with counted inputs it has one column per input, each
 * with a name of its own. Every problem is collected with its file, line and column (for {@code
 * --inputs} the file is {@code --inputs} and the line 1), up to {@value #MAX_PROBLEMS}: a header that
 * does not name the inputs, a missing or extra cell, a grade that names no grade of the rules' input
 * scale (with a "did you mean"), a file that is not UTF-8 or has an unterminated quote. Nothing is
 * evaluated when anything is wrong.
 */
final class GradeInputs {
  /** Reading stops after this many problems. */
  static final int MAX_PROBLEMS = 200;

  /** What {@code --inputs} problems name as their file. */
  static final String OPTION = "--inputs";

  /**
   * One combination: the cells as written, in the order of the columns, and the grades in the order
   * of the rules' inputs.
   *
   * @param line the line of a table's row; empty for {@code --inputs}
   * @param cells the cells as written
   * @param grades the grades, in the order of the rules' inputs
   */
  record Combination(OptionalInt line, List<String> cells, List<Grade> grades) {
    Combination {
      cells = List.copyOf(cells);
      grades = List.copyOf(grades);
    }
  }

  /**
   * What was read.
   *
   * @param columns the names of the columns, in their order: a table's header, or the inputs' names
   * @param combinations the combinations, empty when there are problems
   * @param problems the problems, sorted by line and column
   */
  record Result(List<String> columns, List<Combination> combinations, List<Problem> problems) {}

  private final GradingRules rules;
  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private GradeInputs(GradingRules rules, String file) {
    this.rules = rules;
    this.file = file;
  }

  /** {@return the names the inputs go by: their names, or input-1, input-2, ... when counted} */
  static List<String> names(GradingRules rules) {
    if (rules.inputs().isNamed()) {
      return rules.inputs().names();
    }
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= rules.inputs().size(); i++) {
      names.add("input-" + i);
    }
    return names;
  }

  /**
   * Reads {@code --inputs}: grades separated by commas, in the order of the rules' inputs.
   *
   * @param rules the rules
   * @param value the option's value
   * @return the combination, or the problems
   */
  static Result option(GradingRules rules, String value) {
    return new GradeInputs(rules, OPTION).parseOption(value);
  }

  /**
   * Reads a {@code --table} CSV file.
   *
   * @param rules the rules
   * @param file the file as named on the command line
   * @param bytes its content
   * @return the combinations, or the problems
   */
  static Result table(GradingRules rules, String file, byte[] bytes) {
    return new GradeInputs(rules, file).parseTable(bytes);
  }

  private Result parseOption(String value) {
    List<String> names = names(rules);
    List<String> cells = new ArrayList<>();
    List<Grade> grades = new ArrayList<>();
    int column = 1;
    for (String item : value.split(",", -1)) {
      int leading = item.length() - item.stripLeading().length();
      int at = column + item.codePointCount(0, leading);
      int index = cells.size();
      cells.add(item.strip());
      if (index < names.size()) {
        grade(item.strip(), 1, at, names.get(index)).ifPresent(grades::add);
      }
      column += item.codePointCount(0, item.length()) + 1;
    }
    if (cells.size() != names.size()) {
      add(1, 1, "", ModelCode.INVALID_VALUE,
          "--inputs gives " + Words.count(cells.size(), "grade", "grades") + ", but rules " + rules.id() + " combine "
              + rules.inputs().size() + (rules.inputs().isNamed() ? ": " + String.join(", ", names) + ", in that order" : "")
              + "; separate the grades with commas");
    }
    if (!problems.isEmpty()) {
      return failed(names);
    }
    return new Result(names, List.of(new Combination(OptionalInt.empty(), cells, grades)), List.of());
  }

  private Result parseTable(byte[] bytes) {
    CsvRecords.Decoded decoded = CsvRecords.decode(bytes);
    if (decoded.text().isEmpty()) {
      CsvRecords.Mistake m = decoded.mistake().orElseThrow();
      add(m.line(), m.column(), "", ModelCode.INVALID_VALUE, m.message());
      return failed(List.of());
    }
    CsvRecords records = new CsvRecords(decoded.text().get());
    Row header = nextNonBlank(records);
    if (header == null) {
      if (records.mistake() == null) {
        add(1, 1, "", ModelCode.MISSING_REQUIRED, "the file is empty: " + headerHint());
      }
      return failedWith(records, List.of());
    }
    List<String> columns = header.cells().stream().map(c -> c.text().strip()).toList();
    Optional<int[]> order = header(header);
    if (order.isEmpty()) {
      return failedWith(records, columns);
    }
    List<Combination> combinations = new ArrayList<>();
    for (Row row = nextNonBlank(records); row != null; row = nextNonBlank(records)) {
      if (problems.size() >= MAX_PROBLEMS) {
        problems.add(problem(row.line(), 1, "", FileCode.LIMIT_EXCEEDED,
            "more than " + MAX_PROBLEMS + " problems: the rest of the file is not read"));
        return failed(columns);
      }
      row(row, columns, order.get()).ifPresent(combinations::add);
    }
    CsvRecords.Mistake mistake = records.mistake();
    if (mistake != null) {
      add(mistake.line(), mistake.column(), "", ModelCode.INVALID_VALUE, mistake.message());
    }
    if (problems.isEmpty() && combinations.isEmpty()) {
      add(header.line(), 1, "", ModelCode.MISSING_REQUIRED, "the file has a header but no rows of grades");
    }
    if (!problems.isEmpty()) {
      return failed(columns);
    }
    return new Result(columns, List.copyOf(combinations), List.of());
  }

  private String headerHint() {
    return rules.inputs().isNamed()
        ? "the first row must name the inputs of rules " + rules.id() + ": " + String.join(",", rules.inputs().names())
        : "the first row must name the " + rules.inputs().size() + " inputs of rules " + rules.id() + ", one column each";
  }

  /**
   * The position among the rules' inputs of each column, or empty when the header has problems
   * (which are added).
   */
  private Optional<int[]> header(Row header) {
    int before = problems.size();
    List<Cell> cells = header.cells();
    int[] order = new int[cells.size()];
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < cells.size(); i++) {
      Cell cell = cells.get(i);
      String name = cell.text().strip();
      if (name.isEmpty()) {
        add(cell.line(), cell.column(), "", ModelCode.MISSING_REQUIRED, "a column without a name: " + headerHint());
        continue;
      }
      Integer first = seen.putIfAbsent(name, cell.column());
      if (first != null) {
        add(cell.line(), cell.column(), shown(name), ModelCode.DUPLICATE_ID,
            "the column '" + shown(name) + "' is named twice (first in column " + first + ")");
        continue;
      }
      if (rules.inputs().isNamed()) {
        OptionalInt index = rules.inputs().indexOf(name);
        if (index.isEmpty()) {
          String hint = Suggestions.closest(name, rules.inputs().names()).map(s -> "; did you mean '" + s + "'?").orElse("");
          add(cell.line(), cell.column(), shown(name), FileCode.UNKNOWN_KEY,
              "unknown column '" + shown(name) + "': " + headerHint() + hint);
          continue;
        }
        order[i] = index.getAsInt();
      } else {
        order[i] = i;
      }
    }
    if (problems.size() == before) {
      if (rules.inputs().isNamed()) {
        for (String name : rules.inputs().names()) {
          if (!seen.containsKey(name)) {
            add(header.line(), 1, name, ModelCode.MISSING_REQUIRED, "the header has no '" + name + "' column: " + headerHint());
          }
        }
      } else if (cells.size() != rules.inputs().size()) {
        add(header.line(), 1, "", ModelCode.INVALID_VALUE,
            "the header has " + Words.count(cells.size(), "column", "columns") + ": " + headerHint());
      }
    }
    return problems.size() == before ? Optional.of(order) : Optional.empty();
  }

  private Optional<Combination> row(Row row, List<String> columns, int[] order) {
    int before = problems.size();
    List<Cell> cells = row.cells();
    if (cells.size() > columns.size()) {
      Cell extra = cells.get(columns.size());
      add(extra.line(), extra.column(), "", ModelCode.INVALID_VALUE,
          "this row has " + cells.size() + " cells but the header names " + Words.count(columns.size(), "column", "columns"));
      return Optional.empty();
    }
    Grade[] grades = new Grade[columns.size()];
    List<String> written = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (i >= cells.size()) {
        add(row.endLine(), row.endColumn(), shown(columns.get(i)), ModelCode.MISSING_REQUIRED,
            "the grade of '" + shown(columns.get(i)) + "' is missing: the row ends before its column");
        continue;
      }
      Cell cell = cells.get(i);
      written.add(cell.text().strip());
      int position = order[i];
      grade(cell.text().strip(), cell.line(), cell.column(), columns.get(i)).ifPresent(g -> grades[position] = g);
    }
    if (problems.size() > before) {
      return Optional.empty();
    }
    return Optional.of(new Combination(OptionalInt.of(row.line()), written, List.of(grades)));
  }

  /** A grade of the rules' input scale, or empty after adding the problem. */
  private Optional<Grade> grade(String text, int line, int column, String input) {
    GradeScale scale = rules.inputScale();
    if (text.isEmpty()) {
      add(line, column, shown(input), ModelCode.MISSING_REQUIRED,
          "the grade of '" + shown(input) + "' is empty: give a grade of " + scale.id() + ", such as " + scale.best().id());
      return Optional.empty();
    }
    try {
      return Optional.of(scale.grade(text));
    } catch (InvariantException e) {
      Violation v = e.violations().get(0);
      Problem.Builder problem =
          Problem.builder(v.code(), Location.of(file, line, column), v.message())
              .path(shown(input))
              .value(v.value())
              .validValues(v.validValues())
              .rule(v.rule());
      v.suggestion().ifPresent(problem::suggestion);
      problems.add(problem.build());
      return Optional.empty();
    }
  }

  private static String shown(String text) {
    return TerminalText.printable(Violation.abbreviate(text));
  }

  private static Row nextNonBlank(CsvRecords records) {
    Row row = records.next();
    while (row != null && row.isBlank()) {
      row = records.next();
    }
    return row;
  }

  private Problem problem(int line, int column, String path, Code code, String message) {
    return Problem.of(code, Location.of(file, line, column), path, message);
  }

  private void add(int line, int column, String path, Code code, String message) {
    problems.add(problem(line, column, path, code, message));
  }

  private Result failedWith(CsvRecords records, List<String> columns) {
    CsvRecords.Mistake mistake = records.mistake();
    if (mistake != null) {
      add(mistake.line(), mistake.column(), "", ModelCode.INVALID_VALUE, mistake.message());
    }
    return failed(columns);
  }

  private Result failed(List<String> columns) {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Problem.ORDER);
    return new Result(columns, List.of(), List.copyOf(sorted));
  }
}
