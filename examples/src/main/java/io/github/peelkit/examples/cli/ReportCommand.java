package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.examples.report.ReportSite;
import io.github.peelkit.yaml.LoadResult;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code peel report PATH... --out DIR}: a static HTML site of grade cards, grade tables and peer charts. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "report",
    header = ReportCommand.HEADER,
    description = {
      "Writes a static site into DIR: index.html with the subject by area grades of everything read, grouped by"
          + " framework; a grade card per assessment (assessments/ID.html: grades with statements, findings by kind,"
          + " derived grades, the direction of travel from the subject's previous assessment read, peer distributions,"
          + " and evidence with its confidence intervals drawn as error bars beside the published figures); and a page"
          + " per framework (frameworks/ID.html) with the distribution of grades per area.",
      "",
      "Plain HTML and inline SVG with one style sheet, peel.css: nothing to run and nothing fetched, readable offline"
          + " and printable on A4. Files of the same names in DIR are replaced; others are left alone."
    },
    sortOptions = false)
final class ReportCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Writes a static HTML report: grade cards, grade tables and peer charts.";

  @Spec private CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "PATH", description = "YAML files or folders, read together.")
  private List<Path> paths = new ArrayList<>();

  @Option(names = "--out", paramLabel = "DIR", required = true, description = "The folder to write the report into; made if missing.")
  private Path out;

  @Option(names = "--mapping", paramLabel = "ID", description = "The grade mapping for the direction of travel, where several are declared between two scales.")
  private Optional<String> mapping = Optional.empty();

  @Mixin private CatalogOption catalog;

  @Override
  public Integer call() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      throw new ParameterException(spec.commandLine(), "--out: " + out + " is a file, not a folder");
    }
    Workspace workspace = Workspace.open(spec, catalog.folders());
    LoadResult result = workspace.load(paths);
    List<Assessment> assessments = workspace.loaded(result);
    if (assessments.isEmpty()) {
      throw new CommandFailure(ExitCodes.PROBLEMS, "the files read hold no assessment (no document of kind Assessment)");
    }
    MappingOption mappings = new MappingOption(spec, result.catalog(), mapping);
    ReportSite site;
    try {
      site = ReportSite.of(assessments, result.catalog().gradingRules(), mappings.choice());
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCodes.PROBLEMS, e.getMessage());
    }
    try {
      site.write(out);
    } catch (UncheckedIOException e) {
      throw new CommandFailure(ExitCodes.PROBLEMS, e.getMessage());
    }
    spec.commandLine().getOut().print("peel report: wrote " + Words.count(site.pages(), "page", "pages") + " to " + out
        + " (" + Words.count(assessments.size(), "assessment", "assessments") + "); open " + out.resolve("index.html") + "\n");
    return ExitCodes.OK;
  }
}
