package io.github.peelkit.examples.cli;

import io.github.peelkit.check.Suggestions;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.yaml.ProblemPrinter;
import io.github.peelkit.yaml.TerminalText;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code peel grade --rules ID (--inputs G,G,... | --table FILE.csv)}: the grade grading rules give
 * combinations of input grades, with what produced each (SPEC §11 and §12).
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "grade",
    header = GradeCommand.HEADER,
    description = {
      "Grades combinations of input grades by grading rules (built in, or given with --catalog) and says what produced"
          + " each grade: the rule that held and why, or the band the score reached, and any limit that capped it.",
      "",
      "--inputs gives one combination, its grades separated by commas in the order of the rules' inputs. FILE.csv has a"
          + " header row naming the inputs (for rules with named inputs, each once in any order; for counted inputs, one"
          + " column each) and one row of grades per combination. A grade is its id, label or alias, in any case.",
      "",
      "Text shows each combination with its grade, inputs and explanation; json has every figure (rule or band, the"
          + " score with its exact percentage, the limits that capped it); csv repeats each row with the columns grade"
          + " and by."
    },
    sortOptions = false)
final class GradeCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Grades combinations of grades by grading rules, saying what produced each grade.";

  /** Files larger than this are refused before they are read. */
  static final long MAX_BYTES = 16L * 1024 * 1024;

  /** The output formats. */
  enum Format {
    TEXT, JSON, CSV;

    @Override
    public String toString() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Reads a format by its name. */
  static final class Formats extends Converters.Choice<Format> {
    Formats() {
      super(Format.class, "format");
    }
  }

  /** Where the combinations come from: the command line, or a table. */
  static final class Source {
    @Option(names = "--inputs", paramLabel = "G,G,...", required = true, description = "One combination: the grades of the inputs, in order.")
    private String inputs;

    @Option(names = "--table", paramLabel = "FILE.csv", required = true, description = "A CSV file: a header naming the inputs, a row per combination.")
    private Path table;
  }

  @Spec private CommandSpec spec;

  @Option(names = "--rules", paramLabel = "ID", required = true, description = "The id of the grading rules.")
  private String rules;

  @ArgGroup(exclusive = true, multiplicity = "1")
  private Source source;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Formats.class,
      defaultValue = "text",
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Mixin private CatalogOption catalog;

  @Override
  public Integer call() {
    Workspace workspace = Workspace.open(spec, catalog.folders());
    GradingRules applied = workspace.base().findGradingRules(rules).orElseThrow(() -> unknown(workspace));
    GradeInputs.Result read = source.inputs != null ? GradeInputs.option(applied, source.inputs) : GradeInputs.table(applied, Workspace.name(source.table), bytes(source.table));
    if (!read.problems().isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.print(ProblemPrinter.text(read.problems()));
      err.flush();
      String what = source.inputs != null ? "--inputs" : Workspace.name(source.table);
      throw new CommandFailure(ExitCodes.PROBLEMS, what + " has " + Words.count(read.problems().size(), "error", "errors"));
    }
    List<GradeOutput.Result> results = new ArrayList<>();
    for (GradeInputs.Combination c : read.combinations()) {
      results.add(new GradeOutput.Result(c, applied.evaluate(c.grades())));
    }
    GradeOutput output = new GradeOutput(applied, read.columns(), results);
    spec.commandLine().getOut().print(switch (format) {
      case TEXT -> output.text();
      case JSON -> output.json();
      case CSV -> output.csv();
    });
    return ExitCodes.OK;
  }

  private ParameterException unknown(Workspace workspace) {
    List<String> known = List.copyOf(workspace.base().gradingRules().keySet());
    String hint = Suggestions.closest(rules, known).map(s -> "; did you mean '" + s + "'?").orElse("");
    return new ParameterException(
        spec.commandLine(),
        "--rules: unknown grading rules '" + TerminalText.printable(rules) + "': expected one of " + String.join(", ", known) + hint);
  }

  private byte[] bytes(Path file) {
    return Workspace.bytes(spec, file, MAX_BYTES, "--table: ");
  }

}
