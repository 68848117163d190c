package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.LoadResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peel table PATH... --framework ID}: the subject × area grade table of a framework, and its distribution per area. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "table",
    header = TableCommand.HEADER,
    description = {
      "Prints the grades of the assessments of one framework as a table: a row per subject (its latest assessment of the"
          + " framework, where it has several; the others are named on standard error), a column per area id in the"
          + " framework's order. A cell is the grade id, - when the judgment has no grade, empty when the area was not"
          + " judged.",
      "",
      "Markdown and JSON add the distribution of grades per area computed from the rows; --distribution prints it alone."
          + " The files are read together, so that published distributions are checked against the whole population"
          + " read (warning PK020)."
    },
    sortOptions = false)
final class TableCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Tabulates the grades of a framework's assessments, subject by area, and their distribution.";

  /** The output formats. */
  enum Format {
    CSV, MARKDOWN, JSON;

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

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "YAML files or folders, read together.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--framework", paramLabel = "ID", required = true, description = "The id (or name) of the framework to tabulate, such as peel-2021-22.")
  private String framework;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Formats.class,
      defaultValue = "csv",
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(names = "--distribution", description = "Prints the distribution of grades per area instead of the table.")
  private boolean distribution;

  @Mixin private CatalogOption catalog;

  @Override
  public Integer call() {
    Workspace workspace = Workspace.open(spec, catalog.folders());
    LoadResult result = workspace.load(paths);
    Catalog loaded = result.catalog();
    Framework chosen = loaded.findFramework(framework).orElseThrow(() -> unknown(loaded));
    List<Assessment> assessments = workspace.loaded(result);
    GradeTable table;
    try {
      table = GradeTable.of(chosen, assessments);
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCodes.PROBLEMS, e.getMessage());
    }
    if (table.rows().isEmpty()) {
      throw new CommandFailure(ExitCodes.PROBLEMS, "no assessment of framework " + chosen.id() + " in the files read" + held(assessments));
    }
    PrintWriter err = spec.commandLine().getErr();
    for (Assessment a : table.superseded()) {
      Assessment latest = table.row(a.subject().id()).orElseThrow().assessment();
      err.print(spec.qualifiedName() + ": note: " + a.id() + " (" + a.published() + ") is left out: " + latest.id() + " ("
          + latest.published() + ") is the latest assessment of " + a.subject().id() + " of framework " + chosen.id() + "\n");
    }
    err.flush();
    spec.commandLine().getOut().print(render(table));
    return ExitCodes.OK;
  }

  private String render(GradeTable table) {
    return switch (format) {
      case CSV -> distribution ? TableCsv.distribution(table) : TableCsv.table(table);
      case MARKDOWN -> distribution ? TableMarkdown.distribution(table) : TableMarkdown.table(table);
      case JSON -> Json.write(distribution ? TableJson.distribution(table) : TableJson.table(table));
    };
  }

  /** {@return the frameworks the assessments read are of, with how many, for a message} */
  private static String held(List<Assessment> assessments) {
    if (assessments.isEmpty()) {
      return ", which hold no assessment";
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    assessments.forEach(a -> counts.merge(a.framework().id(), 1, Integer::sum));
    List<String> parts = new ArrayList<>();
    counts.forEach((id, n) -> parts.add(id + " (" + n + ")"));
    return "; they hold assessments of " + String.join(", ", parts);
  }

  private ParameterException unknown(Catalog catalog) {
    List<String> ids = List.copyOf(catalog.frameworks().keySet());
    String hint = Suggestions.closest(framework, ids).map(s -> "; did you mean '" + s + "'?").orElse("");
    return new ParameterException(
        spec.commandLine(), "--framework: unknown framework '" + framework + "': expected one of " + String.join(", ", ids) + hint);
  }
}
