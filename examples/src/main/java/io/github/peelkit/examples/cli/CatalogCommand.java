package io.github.peelkit.examples.cli;

import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code peel catalog}: the built-in scales, frameworks and mappings, and those given with --catalog. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "catalog",
    header = CatalogCommand.HEADER,
    description = {
      "Lists the built-in grade scales with their grades, frameworks with their areas (and the short labels"
          + " accepted for them), grade mappings with their rules, and grading rules with their points or rules and"
          + " their source; with --catalog, the definitions of those folders too, each with the file it comes from."
    },
    sortOptions = false)
final class CatalogCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Lists the built-in grade scales, frameworks, grade mappings and grading rules.";

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

  @Option(names = "--format", paramLabel = "FORMAT", converter = Formats.class, defaultValue = "text", description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Mixin private CatalogOption catalog;

  @Override
  public Integer call() {
    Workspace workspace = Workspace.open(spec, catalog.folders());
    spec.commandLine().getOut().print(
        format == Format.JSON ? Json.write(CatalogReport.json(workspace.base())) : CatalogReport.text(workspace.base()));
    return ExitCodes.OK;
  }
}
