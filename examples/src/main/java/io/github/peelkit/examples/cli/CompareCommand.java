package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.compare.DirectionOfTravel;
import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.DocumentKind;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.Origin;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code peel compare EARLIER LATER}: the direction of travel of one subject between two
 * assessments, area by area; {@code peel compare FOLDER}: the series of every subject's assessments.
 */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "compare",
    header = CompareCommand.HEADER,
    description = {
      "Compares two assessments of one subject, area by area: improved, stable or deteriorated (the words of the PPAF"
          + " direction of travel); not-comparable where the scales differ and no grade mapping is declared between them,"
          + " or the mapping declares them not directly comparable (its caveat is printed); uncertain where the earlier"
          + " grade converts to a range that the later grade lies within; only-earlier, only-later or ungraded otherwise.",
      "",
      "Areas are matched by id, also across frameworks. Grades of two scales are compared only through a declared"
          + " mapping: the one named with --mapping, or the only one between the scales (built in, or given with"
          + " --catalog); on one scale, the identity.",
      "",
      "Given one folder (or file), compares every subject's assessments in publication order, each with the next."
    },
    sortOptions = false)
final class CompareCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Compares assessments of one subject area by area: the direction of travel.";

  /** The output formats. */
  enum Format {
    TEXT, JSON;

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
      index = "0",
      paramLabel = "EARLIER",
      description = "The file of the earlier assessment; or, alone, a folder or file whose assessments are compared as series.")
  private Path earlier;

  @Parameters(index = "1", arity = "0..1", paramLabel = "LATER", description = "The file of the later assessment.")
  private Optional<Path> later = Optional.empty();

  @Option(names = "--mapping", paramLabel = "ID", description = "The id of the grade mapping from the earlier scale to the later.")
  private Optional<String> mapping = Optional.empty();

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
    String out = later.isPresent() ? pair(workspace, later.get()) : series(workspace);
    spec.commandLine().getOut().print(out);
    return ExitCodes.OK;
  }

  private String pair(Workspace workspace, Path laterFile) {
    requireFile(earlier, "EARLIER");
    requireFile(laterFile, "LATER");
    if (isSameFile(earlier, laterFile)) {
      throw new ParameterException(spec.commandLine(), "EARLIER and LATER are the same file, " + earlier + ": give two files");
    }
    LoadResult result = workspace.load(List.of(earlier, laterFile));
    Assessment first = only(result, earlier, "EARLIER");
    Assessment second = only(result, laterFile, "LATER");
    if (!first.subject().id().equals(second.subject().id())) {
      throw new ParameterException(
          spec.commandLine(),
          "EARLIER " + earlier + " is an assessment of " + first.subject().id() + " and LATER " + laterFile + " of "
              + second.subject().id() + ": compare two assessments of one subject");
    }
    if (first.published().isAfter(second.published())) {
      throw new ParameterException(
          spec.commandLine(),
          "EARLIER " + first.id() + " was published on " + first.published() + ", after LATER " + second.id() + " ("
              + second.published() + "): give the earlier first");
    }
    MappingOption option = new MappingOption(spec, result.catalog(), mapping);
    DirectionOfTravel direction = compute(() -> {
      if (mapping.isPresent()) {
        option.findNamed();
        GradeScale from = scale(first);
        GradeScale to = scale(second);
        return DirectionOfTravel.of(first, second, option.namedBetween(from, to));
      }
      MappingChoice choice = option.choice();
      if (first.scale().isPresent() && second.scale().isPresent()) {
        option.requireUnambiguous(choice, first.scale().get(), second.scale().get());
      }
      return DirectionOfTravel.of(first, second, choice);
    });
    return switch (format) {
      case TEXT -> DirectionText.render(direction);
      case JSON -> Json.write(DirectionJson.of(direction));
    };
  }

  private String series(Workspace workspace) {
    LoadResult result = workspace.load(earlier);
    List<Assessment> assessments = workspace.assessments(result, earlier);
    MappingOption option = new MappingOption(spec, result.catalog(), mapping);
    MappingChoice choice = option.choice();
    List<TimeSeries> series = compute(() -> TimeSeries.bySubject(assessments, MappingChoice.identity()));
    boolean used = option.findNamed().isEmpty();
    for (TimeSeries s : series) {
      for (DirectionOfTravel step : s.steps()) {
        if (step.earlier().scale().isPresent() && step.later().scale().isPresent()) {
          GradeScale from = step.earlier().scale().get();
          GradeScale to = step.later().scale().get();
          option.requireUnambiguous(choice, from, to);
          used |= option.findNamed().filter(m -> m.from().equals(from) && m.to().equals(to)).isPresent();
        }
      }
    }
    if (!used) {
      GradeMapping named = option.findNamed().get();
      throw new ParameterException(
          spec.commandLine(),
          "--mapping: mapping " + named.id() + " converts from scale " + named.from().id() + " to scale " + named.to().id()
              + ", but no step of the series of " + earlier + " goes from the one scale to the other");
    }
    List<TimeSeries> compared = compute(() -> TimeSeries.bySubject(assessments, choice));
    return switch (format) {
      case TEXT -> compared.stream().map(DirectionText::render).collect(Collectors.joining("\n"));
      case JSON -> Json.write(DirectionJson.of(compared));
    };
  }

  /** The one assessment of a file given, or a usage error that says how many it holds. */
  private Assessment only(LoadResult result, Path file, String which) {
    List<Assessment> found = new ArrayList<>();
    for (Assessment a : result.catalog().assessments().values()) {
      Optional<Origin> origin = result.catalog().origin(DocumentKind.ASSESSMENT, a.id());
      if (origin.isPresent() && origin.get().file().equals(file.toString())) {
        found.add(a);
      }
    }
    if (found.isEmpty()) {
      throw new CommandFailure(ExitCodes.PROBLEMS, which + " " + file + " holds no assessment (no document of kind Assessment)");
    }
    if (found.size() > 1) {
      throw new ParameterException(
          spec.commandLine(),
          which + " " + file + " holds " + found.size() + " assessments (" + found.stream().map(Assessment::id).collect(Collectors.joining(", "))
              + "): give two files of one assessment each, or one folder or file alone to compare its assessments as series");
    }
    return found.get(0);
  }

  private GradeScale scale(Assessment assessment) {
    return assessment.scale().orElseThrow(() -> new ParameterException(
        spec.commandLine(),
        "--mapping: assessment " + assessment.id() + " has no grades to convert: its framework " + assessment.framework().id()
            + " grades nothing"));
  }

  private void requireFile(Path path, String which) {
    if (Files.isDirectory(path)) {
      throw new ParameterException(
          spec.commandLine(),
          which + " " + path + " is a folder: give two files of one assessment each, or the folder alone to compare its"
              + " assessments as series");
    }
  }

  private static boolean isSameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.exists(b) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /** Runs a comparison; what the comparison refuses (an assessment converted already) is a problem of the input. */
  private static <T> T compute(java.util.function.Supplier<T> comparison) {
    try {
      return comparison.get();
    } catch (IllegalArgumentException e) {
      throw new CommandFailure(ExitCodes.PROBLEMS, e.getMessage());
    }
  }
}
