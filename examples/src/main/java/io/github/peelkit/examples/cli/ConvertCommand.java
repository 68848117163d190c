package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.YamlWriter;
import java.io.PrintWriter;
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

/** {@code peel convert FILE --to SCALE}: the assessments of a file with their grades on another scale. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "convert",
    header = ConvertCommand.HEADER,
    description = {
      "Converts the grades of the assessments of a file to another scale by a declared grade mapping. Every"
          + " converted judgment records the mapping, its original grade, the range of grades it maps to, their"
          + " relation and whether the scales are comparable.",
      "",
      "Without --mapping, the only mapping between the two scales is used (built in, or given with --catalog)."
          + " Under policy strict, a grade that maps to several grades is an error naming the judgment and the"
          + " range; best and worst pick one end of the range; range keeps it (JSON then has no grade)."
    },
    sortOptions = false)
final class ConvertCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Converts the grades of assessments to another scale by a declared grade mapping.";

  /** The output formats. */
  enum Format {
    YAML, JSON, TEXT;

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

  @Option(names = "--to", paramLabel = "SCALE", required = true, description = "The id of the scale to convert to, such as peel-2021.")
  private String to;

  @Option(names = "--mapping", paramLabel = "ID", description = "The id of the grade mapping to use.")
  private String mapping;

  @Option(
      names = "--policy",
      paramLabel = "POLICY",
      defaultValue = "strict",
      converter = Converters.PolicyId.class,
      completionCandidates = Converters.PolicyIds.class,
      description = "How to pick one grade from a range: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Policy policy;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Formats.class,
      defaultValue = "yaml",
      description = {
        "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}: the converted assessments (with the definitions the"
            + " file holds), which load again; json is that of show, with each judgment's conversion."
      })
  private Format format;

  @Mixin private CatalogOption catalog;

  @Override
  public Integer call() {
    Workspace workspace = Workspace.open(spec, catalog.folders());
    LoadResult result = workspace.load(file);
    Catalog loaded = result.catalog();
    GradeScale target = loaded.findScale(to).orElseThrow(() -> unknown("scale", to, List.copyOf(loaded.scales().keySet())));
    List<Assessment> converted = new ArrayList<>();
    List<GradeMapping> used = new ArrayList<>();
    List<String> refused = new ArrayList<>();
    for (Assessment assessment : workspace.assessments(result, file)) {
      GradeMapping chosen = mapping(loaded, source(assessment), target);
      if (policy == Policy.STRICT) {
        refused.addAll(strictRefusals(assessment, chosen));
      }
      if (refused.isEmpty()) {
        converted.add(assessment.convert(chosen, policy));
        used.add(chosen);
      }
    }
    if (!refused.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      refused.forEach(line -> err.print(spec.qualifiedName() + ": " + line + "\n"));
      throw new CommandFailure(
          ExitCodes.PROBLEMS,
          Words.count(refused.size(), "judgment", "judgments")
              + " cannot be converted under policy strict: use --policy best, worst or range");
    }
    spec.commandLine().getOut().print(render(converted, used, result, workspace.base()));
    return ExitCodes.OK;
  }

  private String render(List<Assessment> converted, List<GradeMapping> used, LoadResult result, Catalog base) {
    return switch (format) {
      case JSON -> ShowCommand.render(ShowCommand.views(converted), ShowCommand.Format.JSON);
      case TEXT -> {
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < converted.size(); i++) {
          texts.add(ConversionText.render(converted.get(i), used.get(i)));
        }
        yield String.join("\n", texts);
      }
      case YAML -> {
        // The definitions the file holds come along, so that the output loads again on its own.
        Catalog catalog = result.catalog();
        List<Object> documents = new ArrayList<>();
        catalog.scales().forEach((id, s) -> add(documents, base.scales().containsKey(id), s));
        catalog.frameworks().forEach((id, f) -> add(documents, base.frameworks().containsKey(id), f));
        catalog.mappings().forEach((id, m) -> add(documents, base.mappings().containsKey(id), m));
        documents.addAll(converted);
        yield YamlWriter.standard().write(documents);
      }
    };
  }

  private static void add(List<Object> documents, boolean inBase, Object item) {
    if (!inBase) {
      documents.add(item);
    }
  }

  private GradeScale source(Assessment assessment) {
    GradeScale scale = assessment.scale().orElseThrow(() -> new CommandFailure(
        ExitCodes.PROBLEMS,
        "cannot convert assessment " + assessment.id() + ": its framework " + assessment.framework().id() + " grades nothing"));
    assessment.judgments().stream().flatMap(j -> j.conversion().stream()).findFirst().ifPresent(c -> {
      throw new CommandFailure(
          ExitCodes.PROBLEMS,
          "cannot convert assessment " + assessment.id() + ": it was converted already, from scale "
              + c.conversion().from().scale() + " by mapping " + c.conversion().mapping() + "; convert the original");
    });
    return scale;
  }

  /** Picks the mapping: the one named, or the only one between the scales. */
  private GradeMapping mapping(Catalog catalog, GradeScale from, GradeScale target) {
    if (mapping != null) {
      MappingOption named = new MappingOption(spec, catalog, Optional.of(mapping));
      named.findNamed();
      return named.namedBetween(from, target);
    }
    List<GradeMapping> candidates = catalog.mappingsBetween(from, target);
    String between = "from scale " + from.id() + " to scale " + target.id();
    if (candidates.size() == 1) {
      return candidates.get(0);
    }
    if (candidates.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "no grade mapping " + between + ": write a GradeMapping document and give its folder with --catalog");
    }
    throw new ParameterException(
        spec.commandLine(),
        candidates.size() + " grade mappings " + between + ": "
            + candidates.stream().map(GradeMapping::id).collect(Collectors.joining(", ")) + "; choose one with --mapping ID");
  }

  /** Every graded judgment whose grade maps to several grades, as one line each. */
  private static List<String> strictRefusals(Assessment assessment, GradeMapping mapping) {
    List<String> lines = new ArrayList<>();
    for (Judgment judgment : assessment.judgments()) {
      if (judgment.grade().isEmpty()) {
        continue;
      }
      GradeConversion conversion = mapping.convert(judgment.grade().get());
      if (!conversion.isSingle()) {
        lines.add("assessment " + assessment.id() + ", judgment of area '" + judgment.area().id() + "': mapping "
            + mapping.id() + " converts grade " + conversion.from().id() + " to the range "
            + conversion.targets()
            + ", not to one grade");
      }
    }
    return lines;
  }

  private ParameterException unknown(String what, String value, List<String> valid) {
    String hint = Suggestions.closest(value, valid).map(s -> "; did you mean '" + s + "'?").orElse("");
    return new ParameterException(
        spec.commandLine(), "--to: unknown " + what + " '" + value + "': expected one of " + String.join(", ", valid) + hint);
  }
}
