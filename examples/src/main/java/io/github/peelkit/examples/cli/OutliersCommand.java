package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.outlier.LogRule;
import io.github.peelkit.outlier.OutlierOptions;
import io.github.peelkit.outlier.StandardDeviation;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.ProblemPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peel outliers FILE.csv} and {@code peel outliers --evidence ID PATH...}: which subjects'
 * values of a measure are well above or well below their peers', by the method of the
 * inspectorate's "About the data" ({@link io.github.peelkit.outlier.OutlierAnalysis}).
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "outliers",
    header = OutliersCommand.HEADER,
    description = {
      "Finds the subjects whose value of a measure is well above or well below their peers', by the method of the"
          + " inspectorate's \"About the data\": a Shapiro–Wilk test of the values; if they fail it and are all positive,"
          + " a test of their natural logs, used when they pass; then the unweighted mean and standard deviation on that"
          + " scale, and a flag for each subject whose z-score is beyond ±k (the band mean ± k sd).",
      "",
      "FILE.csv has a header row naming the columns subject,value and optionally measure (one analysis per measure),"
          + " then one row per subject: 3 to 5000 subjects per measure, finite numbers, not all equal.",
      "With --evidence ID, the PATHs are YAML files or folders of assessments, and the measure is the evidence with"
          + " that id in each of them (subject: the assessment's subject).",
      "",
      "Text shows each measure's tests, band and a table of subjects (the flag blank when within the band); csv is"
          + " measure,subject,value,z,flag; json has every figure with all its digits."
    },
    sortOptions = false)
final class OutliersCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Finds the subjects well above or well below their peers on a measure.";

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

  @Spec private CommandSpec spec;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "A CSV file of subject,value[,measure]; with --evidence, YAML files or folders of assessments.")
  private List<Path> paths = new ArrayList<>();

  @Option(
      names = "--evidence",
      paramLabel = "ID",
      description = "Analyses the measure with this evidence id in the assessments of the PATHs.")
  private String evidence;

  @Option(
      names = "--alpha",
      paramLabel = "A",
      defaultValue = "0.05",
      description = "The significance level of the Shapiro–Wilk tests, strictly between 0 and 1. Default: ${DEFAULT-VALUE}.")
  private double alpha;

  @Option(
      names = "--log-when",
      paramLabel = "RULE",
      converter = Converters.LogRuleId.class,
      defaultValue = "at-least-alpha",
      description = {
        "When the logs are used, if tested: at-least-alpha (their p-value is at least the level) or more-normal (it"
            + " exceeds the values' p-value). Default: ${DEFAULT-VALUE}."
      })
  private LogRule logWhen;

  @Option(
      names = "--sd",
      paramLabel = "SD",
      converter = Converters.DeviationId.class,
      defaultValue = "sample",
      description = "sample (n - 1) or population (n). Default: ${DEFAULT-VALUE}.")
  private StandardDeviation sd;

  @Option(
      names = {"-k", "--k"},
      paramLabel = "K",
      defaultValue = "1",
      description = "Flags a subject whose z-score is beyond ±K; the band is the mean ± K standard deviations. Default: ${DEFAULT-VALUE}.")
  private double k;

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
    OutlierOptions options = options();
    List<PeerMeasure> measures;
    String unnamed;
    if (evidence == null) {
      measures = fromCsv();
      unnamed = paths.get(0).toString();
    } else {
      measures = fromEvidence();
      unnamed = evidence;
    }
    List<MeasureOutliers> analyses = measures.stream().map(m -> new MeasureOutliers(m, m.analyse(options))).toList();
    PrintWriter out = spec.commandLine().getOut();
    out.print(switch (format) {
      case TEXT -> OutlierText.render(analyses, unnamed);
      case JSON -> Json.write(OutlierJson.of(analyses));
      case CSV -> OutlierCsv.render(analyses);
    });
    return ExitCodes.OK;
  }

  private OutlierOptions options() {
    try {
      return OutlierOptions.of(alpha, logWhen, sd, k);
    } catch (IllegalArgumentException e) {
      String option = e.getMessage().startsWith("alpha") ? "--alpha: " : "-k: ";
      throw new ParameterException(spec.commandLine(), option + e.getMessage());
    }
  }

  private List<PeerMeasure> fromCsv() {
    if (paths.size() != 1) {
      throw new ParameterException(
          spec.commandLine(), "give one CSV file, not " + paths.size() + " paths; to analyse a measure of YAML assessments, use --evidence ID PATH...");
    }
    if (!catalog.folders().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--catalog applies only with --evidence, which reads YAML");
    }
    Path file = paths.get(0);
    byte[] bytes = Workspace.bytes(spec, file, PeerCsv.MAX_BYTES, "");
    PeerCsv.Result result = PeerCsv.read(Workspace.name(file), bytes);
    failOn(result.problems(), Workspace.name(file));
    return result.measures();
  }

  private List<PeerMeasure> fromEvidence() {
    Workspace workspace = Workspace.open(spec, catalog.folders());
    List<Path> files = workspace.files(paths);
    LoadResult loaded = workspace.read(files);
    workspace.print(loaded);
    if (loaded.hasErrors()) {
      throw new CommandFailure(ExitCodes.PROBLEMS, "the input has " + Words.count(loaded.errors().size(), "error", "errors"));
    }
    List<Assessment> assessments = loaded.catalog().assessments().values().stream()
        .filter(a -> !workspace.base().assessments().containsKey(a.id()))
        .toList();
    PeerEvidence.Result result = PeerEvidence.collect(loaded.catalog(), assessments, evidence);
    if (!result.found()) {
      String hint = Suggestions.closest(evidence, PeerEvidence.measureIds(assessments)).map(s -> "; did you mean '" + s + "'?").orElse("");
      throw new ParameterException(
          spec.commandLine(),
          "--evidence: none of the " + Words.count(assessments.size(), "assessment", "assessments") + " read holds evidence '"
              + evidence + "'" + hint);
    }
    failOn(result.problems(), "the input");
    return List.of(result.measure().orElseThrow());
  }

  private void failOn(List<Problem> problems, String what) {
    if (problems.isEmpty()) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    err.print(ProblemPrinter.text(problems));
    err.flush();
    throw new CommandFailure(ExitCodes.PROBLEMS, what + " has " + Words.count(problems.size(), "error", "errors"), problems);
  }
}
