package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.yaml.LoadResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ArrayNode;

/** {@code peel show FILE}: an assessment as a table of areas, grades and findings, with its evidence. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "show",
    header = ShowCommand.HEADER,
    description = {
      "Shows the assessments of a file: a table of areas with their grade (or why there is none) and their"
          + " findings by kind, the counts of grades and findings, the grades that derive from others by grading rules"
          + " beside the grade the rules derive, and the evidence with its figures and confidence intervals.",
      "",
      "JSON has one object per assessment (an array when the file holds several), with the ids of the YAML format."
    },
    sortOptions = false)
final class ShowCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Shows assessments: areas, grades, findings, and evidence with confidence intervals.";

  /** The output formats. */
  enum Format {
    TEXT, JSON, MARKDOWN;

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

  @Parameters(paramLabel = "FILE", description = "A YAML file holding one or more assessments.")
  private Path file;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Formats.class,
      defaultValue = "text",
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = Converters.Date.class,
      description = {
        "Shows and counts only the judgments published by this date (YYYY-MM-DD): a judgment's own published date,"
            + " else its assessment's. An assessment's grades as they were announced on its publication day."
      })
  private LocalDate asOf;

  @Mixin private CatalogOption catalog;

  @Override
  public Integer call() {
    Workspace workspace = Workspace.open(spec, catalog.folders());
    LoadResult result = workspace.load(file);
    List<AssessmentView> views = workspace.assessments(result, file).stream()
        .map(a -> asOf == null ? AssessmentView.of(a, result.catalog().gradingRules()) : AssessmentView.asOf(a, asOf, result.catalog().gradingRules()))
        .toList();
    spec.commandLine().getOut().print(render(views, format));
    return ExitCodes.OK;
  }

  /** {@return assessments in a format: text and Markdown one after the other, JSON an object or an array} */
  static String render(List<AssessmentView> views, Format format) {
    return switch (format) {
      case TEXT -> views.stream().map(AssessmentText::render).collect(Collectors.joining("\n"));
      case MARKDOWN -> views.stream().map(AssessmentMarkdown::render).collect(Collectors.joining("\n"));
      case JSON -> {
        if (views.size() == 1) {
          yield Json.write(AssessmentJson.of(views.get(0)));
        }
        ArrayNode array = Json.array();
        views.forEach(v -> array.add(AssessmentJson.of(v)));
        yield Json.write(array);
      }
    };
  }

  /** {@return the views of assessments, every judgment shown} */
  static List<AssessmentView> views(List<Assessment> assessments) {
    return assessments.stream().map(AssessmentView::of).toList();
  }
}
