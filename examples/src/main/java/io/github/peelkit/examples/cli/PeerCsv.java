package io.github.peelkit.examples.cli;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.Violation;
import io.github.peelkit.examples.cli.CsvRecords.Cell;
import io.github.peelkit.examples.cli.CsvRecords.Row;
import io.github.peelkit.examples.cli.PeerMeasure.Place;
import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Problem;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads the CSV file of {@code peel outliers}: UTF-8, a header row naming the columns {@code
 * subject} and {@code value}, and optionally {@code measure}, in any order, then one row per subject
 * (and measure). Blank lines are skipped; see {@link CsvRecords} for quoting and spaces.
 *
 * <p>Every problem is collected with its file, line and column, up to {@value #MAX_PROBLEMS}: a
 * missing or malformed header, a missing or empty cell, a value that is not a finite decimal number,
 * a subject twice in one measure, too many cells; then, when every row could be read, each measure
 * with fewer than three subjects, more than 5000, or all values equal. Nothing is read when anything is
 * wrong: the command prints the problems instead of analysing part of the data.
 */
final class PeerCsv {
  /** Files larger than this are refused before they are read. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** Reading stops after this many problems. */
  static final int MAX_PROBLEMS = 200;

  /** Longest number accepted, in characters (the loader's limit). */
  private static final int MAX_NUMBER_LENGTH = 1000;

  private static final String SUBJECT = "subject";
  private static final String VALUE = "value";
  private static final String MEASURE = "measure";
  private static final List<String> COLUMNS = List.of(SUBJECT, VALUE, MEASURE);
  private static final String HEADER_HINT = "the first row must name the columns subject,value and optionally measure";

  private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern NOT_FINITE = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

  /**
   * What was read: the measures in order of their first row, or the problems.
   *
   * @param measures the measures, empty when there are problems
   * @param problems the problems, sorted by line and column
   */
  record Result(List<PeerMeasure> measures, List<Problem> problems) {}

  private final String file;
  private final List<Problem> problems = new ArrayList<>();

  private PeerCsv(String file) {
    this.file = file;
  }

  /**
   * Reads a CSV file's bytes.
   *
   * @param file the file's name as given, for problems
   * @param bytes its content
   * @return the measures or the problems
   */
  static Result read(String file, byte[] bytes) {
    return new PeerCsv(file).parse(bytes);
  }

  private Result parse(byte[] bytes) {
    Optional<String> text = decode(bytes);
    if (text.isEmpty()) {
      return failed();
    }
    CsvRecords records = new CsvRecords(text.get());
    Row header = nextNonBlank(records);
    if (header == null) {
      if (records.mistake() == null) {
        add(place(1, 1, ""), ModelCode.MISSING_REQUIRED, "the file is empty: " + HEADER_HINT);
      }
      return failedWith(records);
    }
    Map<String, Integer> columns = header(header);
    if (columns.isEmpty()) {
      return failedWith(records);
    }
    Map<String, List<PeerMeasure.Value>> measures = new LinkedHashMap<>();
    Map<String, Map<String, Integer>> firstLines = new HashMap<>();
    Map<String, Place> starts = new HashMap<>();
    int rows = 0;
    for (Row row = nextNonBlank(records); row != null; row = nextNonBlank(records)) {
      if (problems.size() >= MAX_PROBLEMS) {
        problems.add(place(row.line(), 1, "").error(
            FileCode.LIMIT_EXCEEDED, "more than " + MAX_PROBLEMS + " problems: the rest of the file is not read"));
        return failed();
      }
      rows++;
      row(row, columns, measures, firstLines, starts);
    }
    addMistake(records);
    if (!problems.isEmpty()) {
      // Counts of subjects and spreads of values would count what could not be read.
      return failed();
    }
    if (rows == 0) {
      add(place(header.line(), 1, ""), ModelCode.MISSING_REQUIRED, "the file has a header but no rows of values");
    }
    List<PeerMeasure> read = new ArrayList<>();
    measures.forEach((name, values) -> {
      Optional<String> named = columns.containsKey(MEASURE) ? Optional.of(name) : Optional.empty();
      PeerMeasure measure = new PeerMeasure(named, starts.get(name), values);
      measure.problem().ifPresent(problems::add);
      read.add(measure);
    });
    if (!problems.isEmpty()) {
      return failed();
    }
    return new Result(List.copyOf(read), List.of());
  }

  /** The header's columns by name, or empty when it has problems (which are added). */
  private Map<String, Integer> header(Row header) {
    Map<String, Integer> columns = new HashMap<>();
    int before = problems.size();
    for (int i = 0; i < header.cells().size(); i++) {
      Cell cell = header.cells().get(i);
      String name = cell.text();
      Place at = place(cell.line(), cell.column(), "");
      if (!COLUMNS.contains(name)) {
        String hint = Suggestions.closest(name, COLUMNS).map(s -> "; did you mean '" + s + "'?").orElse("");
        add(at, FileCode.UNKNOWN_KEY, (name.isEmpty() ? "a column without a name" : "unknown column '" + name + "'") + ": " + HEADER_HINT + hint);
      } else if (columns.putIfAbsent(name, i) != null) {
        add(at, ModelCode.DUPLICATE_ID, "the column '" + name + "' is named twice");
      }
    }
    for (String required : List.of(SUBJECT, VALUE)) {
      if (problems.size() == before && !columns.containsKey(required)) {
        add(place(header.line(), 1, ""), ModelCode.MISSING_REQUIRED, "the header has no '" + required + "' column: " + HEADER_HINT);
      }
    }
    return problems.size() == before ? columns : Map.of();
  }

  private void row(
      Row row,
      Map<String, Integer> columns,
      Map<String, List<PeerMeasure.Value>> measures,
      Map<String, Map<String, Integer>> firstLines,
      Map<String, Place> starts) {
    int before = problems.size();
    List<Cell> cells = row.cells();
    if (cells.size() > columns.size()) {
      Cell extra = cells.get(columns.size());
      add(place(extra.line(), extra.column(), ""), ModelCode.INVALID_VALUE,
          "this row has " + cells.size() + " cells but the header names " + columns.size()
              + " columns: quote a cell that holds a comma (\"Devon, Cornwall\")");
      return;
    }
    Optional<String> subject = text(row, columns, SUBJECT, "the subject");
    Optional<String> measure = columns.containsKey(MEASURE) ? text(row, columns, MEASURE, "the measure") : Optional.of("");
    Optional<BigDecimal> value = number(row, columns, subject.orElse(""));
    if (measure.isEmpty()) {
      return;
    }
    String key = measure.get();
    if (problems.size() > before) {
      return;
    }
    Cell subjectCell = cells.get(columns.get(SUBJECT));
    Integer first = firstLines.computeIfAbsent(key, k -> new HashMap<>()).putIfAbsent(subject.orElseThrow(), subjectCell.line());
    if (first != null) {
      String where = key.isEmpty() ? "" : " of measure '" + key + "'";
      add(place(subjectCell.line(), subjectCell.column(), SUBJECT), ModelCode.DUPLICATE_ID,
          "the subject '" + subject.get() + "' has a second value" + where + " (the first is on line " + first + ")");
      return;
    }
    Cell valueCell = cells.get(columns.get(VALUE));
    starts.putIfAbsent(key, place(row.line(), 1, ""));
    measures.computeIfAbsent(key, k -> new ArrayList<>())
        .add(new PeerMeasure.Value(subject.get(), value.orElseThrow(), place(valueCell.line(), valueCell.column(), VALUE)));
  }

  /** A non-empty text cell, or empty after adding the problem. */
  private Optional<String> text(Row row, Map<String, Integer> columns, String column, String what) {
    int index = columns.get(column);
    if (index >= row.cells().size()) {
      add(place(row.endLine(), row.endColumn(), column), ModelCode.MISSING_REQUIRED, what + " is missing: the row ends before the '" + column + "' column");
      return Optional.empty();
    }
    Cell cell = row.cells().get(index);
    if (cell.text().isBlank()) {
      add(place(cell.line(), cell.column(), column), ModelCode.MISSING_REQUIRED, what + " is empty");
      return Optional.empty();
    }
    return Optional.of(cell.text());
  }

  /** A finite decimal value, or empty after adding the problem. */
  private Optional<BigDecimal> number(Row row, Map<String, Integer> columns, String subject) {
    int index = columns.get(VALUE);
    String of = subject.isEmpty() ? "the value" : "the value of '" + subject + "'";
    if (index >= row.cells().size()) {
      add(place(row.endLine(), row.endColumn(), VALUE), ModelCode.MISSING_REQUIRED, of + " is missing: the row ends before the 'value' column");
      return Optional.empty();
    }
    Cell cell = row.cells().get(index);
    String text = cell.text().strip();
    Place at = place(cell.line(), cell.column(), VALUE);
    if (text.isEmpty()) {
      add(at, ModelCode.MISSING_REQUIRED, of + " is empty: give a number, such as 0.85");
      return Optional.empty();
    }
    if (text.length() > MAX_NUMBER_LENGTH) {
      add(at, FileCode.LIMIT_EXCEEDED, of + " is " + text.length() + " characters long: numbers are limited to " + MAX_NUMBER_LENGTH);
      return Optional.empty();
    }
    if (!DECIMAL.matcher(text).matches()) {
      add(at, ModelCode.INVALID_VALUE, of + " is '" + Violation.abbreviate(text) + "', " + whyNotANumber(text));
      return Optional.empty();
    }
    BigDecimal decimal;
    try {
      decimal = new BigDecimal(text);
    } catch (NumberFormatException e) {
      add(at, ModelCode.INVALID_VALUE, of + " is '" + Violation.abbreviate(text) + "', whose exponent is out of range");
      return Optional.empty();
    }
    double d = decimal.doubleValue();
    if (Double.isInfinite(d)) {
      add(at, ModelCode.INVALID_VALUE, of + " is '" + Violation.abbreviate(text) + "', too large for a double (at most about 1.8e308)");
      return Optional.empty();
    }
    if (d == 0 && decimal.signum() != 0) {
      add(at, ModelCode.INVALID_VALUE, of + " is '" + Violation.abbreviate(text) + "', too small for a double to tell from zero (at least about 4.9e-324)");
      return Optional.empty();
    }
    return Optional.of(decimal);
  }

  private static String whyNotANumber(String text) {
    if (NOT_FINITE.matcher(text).matches()) {
      return "not a finite number: every value must be a number, such as 0.85";
    }
    if (text.endsWith("%")) {
      return "not a number: write it without the percent sign (85 for 85%, or 0.85 as a proportion)";
    }
    if (text.matches("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?")) {
      return "not a number: write it without thousands separators (1234.5, not 1,234.5)";
    }
    if (text.matches("[+-]?\\d*,\\d+")) {
      return "not a number: write decimals with a point (0.85, not 0,85)";
    }
    return "not a number: give a decimal number, such as 0.85 or 1.2e-3";
  }

  private static Row nextNonBlank(CsvRecords records) {
    Row row = records.next();
    while (row != null && row.isBlank()) {
      row = records.next();
    }
    return row;
  }

  /** Decodes UTF-8 strictly; an invalid byte is a problem at its line and column. */
  private Optional<String> decode(byte[] bytes) {
    CsvRecords.Decoded decoded = CsvRecords.decode(bytes);
    decoded.mistake().ifPresent(m -> add(place(m.line(), m.column(), ""), ModelCode.INVALID_VALUE, m.message()));
    return decoded.text();
  }

  private Place place(int line, int column, String path) {
    return new Place(file, line, column, path);
  }

  private void add(Place at, Code code, String message) {
    problems.add(at.error(code, message));
  }

  private void addMistake(CsvRecords records) {
    CsvRecords.Mistake mistake = records.mistake();
    if (mistake != null) {
      add(place(mistake.line(), mistake.column(), ""), ModelCode.INVALID_VALUE, mistake.message());
    }
  }

  private Result failedWith(CsvRecords records) {
    addMistake(records);
    return failed();
  }

  private Result failed() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Problem.ORDER);
    return new Result(List.of(), List.copyOf(sorted));
  }
}
