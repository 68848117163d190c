package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.Problem;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code peel validate PATH...}: checks files and folders, reporting every problem with its place. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "validate",
    header = ValidateCommand.HEADER,
    description = {
      "Checks peelkit/v1 YAML files and folders together (they may refer to each other), reporting every problem"
          + " with its file, line, column, path and code.",
      "",
      "Problems go to standard error, one per line (file:line:column: error[PK008]: path: message). Standard"
          + " output gets a summary line (text), or the problems as JSON or as a SARIF 2.1.0 log for code-scanning"
          + " tools. On a terminal, a long run shows its progress on standard error."
    },
    sortOptions = false)
final class ValidateCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Checks YAML files and folders, reporting every problem with its file, line and column.";

  /** The output formats. */
  enum Format {
    TEXT, JSON, SARIF;

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
  @ParentCommand private Peel peel;

  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "YAML files, or folders read recursively for *.yaml and *.yml files (hidden ones left out).")
  private List<Path> paths;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Formats.class,
      defaultValue = "text",
      description = "What standard output gets: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Mixin private CatalogOption catalog;

  @Mixin private LimitOptions limitOptions;

  @Override
  public Integer call() {
    Limits limits;
    try {
      limits = limitOptions.limits();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    Workspace workspace = Workspace.open(spec, catalog.folders(), limits);
    return validate(workspace, paths, format, spec.commandLine().getOut(), peel.progressWriter(), peel.isInteractive());
  }

  /**
   * Runs {@code peel validate PATH...} without building picocli's command line, when the arguments
   * are that command and paths alone: the call an editor hook or a pre-commit check makes on every
   * save, of which building the command line from its annotations was about a quarter. The output is what the
   * command prints for the same arguments (a test holds the two equal).
   *
   * <p>Anything else goes through the command line as usual: an option, an {@code @file} of
   * arguments, {@code -} for standard input, and every usage error or failure found before anything is
   * printed (a path that does not exist, a folder without YAML), which the command line then finds
   * again and reports with its synopsis.
   *
   * @param out standard output, as peel prints to it
   * @param err standard error, as peel prints to it
   * @param progressWriter standard error as it is, where the progress line is drawn
   * @param interactive whether progress may be drawn
   * @param args the command line: {@code validate} and what follows it
   * @return the exit code, or empty when the command line must run the command
   */
  static Optional<Integer> direct(PrintWriter out, PrintWriter err, PrintWriter progressWriter, boolean interactive, String... args) {
    List<Path> paths = new ArrayList<>();
    for (int i = 1; i < args.length; i++) {
      String arg = args[i];
      if (arg.isEmpty() || arg.startsWith("-") || arg.startsWith("@")) {
        return Optional.empty();
      }
      try {
        paths.add(Path.of(arg));
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
    Workspace workspace = Workspace.open(err, LeftToCommandLine::new, Limits.defaults());
    try {
      return Optional.of(validate(workspace, paths, Format.TEXT, out, progressWriter, interactive));
    } catch (LeftToCommandLine | CommandFailure e) {
      // Both are thrown before anything is printed.
      return Optional.empty();
    }
  }

  /** What the direct path throws where the command line would report a usage error: it then runs the command itself. */
  private static final class LeftToCommandLine extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LeftToCommandLine(String message) {
      super(message, null, false, false);
    }
  }

  /** Checks the files the paths name and prints their problems and the summary: the command once its options are read. */
  private static int validate(
      Workspace workspace, List<Path> paths, Format format, PrintWriter out, PrintWriter progressWriter, boolean interactive) {
    List<Path> files = workspace.files(paths);
    if (files.isEmpty()) {
      throw new CommandFailure(
          ExitCodes.PROBLEMS,
          "no *.yaml or *.yml file in " + paths.stream().map(Path::toString).collect(Collectors.joining(", ")));
    }
    LoadResult result;
    AtomicInteger done = new AtomicInteger();
    Progress progress = Progress.start(progressWriter, () -> Progress.files(done.get(), files.size()), interactive);
    try {
      result = workspace.read(files, done::set);
    } finally {
      progress.close();
    }
    workspace.print(result);
    // The catalogue's warnings were printed when it was read; the documents hold them too.
    List<Problem> problems = new ArrayList<>(workspace.catalogProblems());
    problems.addAll(result.problems());
    int errors = (int) problems.stream().filter(Problem::isError).count();
    int warnings = problems.size() - errors;
    int exitCode = errors > 0 ? ExitCodes.PROBLEMS : ExitCodes.OK;
    switch (format) {
      case TEXT -> out.print(summary(files.size(), result.filesRead(), errors, warnings) + "\n");
      case JSON -> out.print(Json.write(json(files.size(), result.filesRead(), problems, exitCode)));
      case SARIF -> out.print(Json.write(Sarif.log(problems, Version.number(), Path.of(""), exitCode, Optional.empty())));
    }
    return exitCode;
  }

  /**
   * {@return the summary line: {@code 4 files, 0 errors, 0 warnings}, or when a limit stopped the load
   * early or a file was too large to read, {@code 3 of 4 files read, 1 error, 0 warnings}}
   */
  static String summary(int files, int read, int errors, int warnings) {
    String counted = read == files ? Words.count(files, "file", "files") : read + " of " + Words.count(files, "file", "files") + " read";
    return counted + ", " + Words.count(errors, "error", "errors") + ", " + Words.count(warnings, "warning", "warnings");
  }

  /** The JSON form: the counts, and the problems as the loader's JSON printer writes them. */
  private static ObjectNode json(int files, int read, List<Problem> problems, int exitCode) {
    ObjectNode o = Json.object();
    o.put("files", files);
    o.put("filesRead", read);
    MachineOutput.counts(o, problems);
    o.put("exitCode", exitCode);
    return o;
  }
}
