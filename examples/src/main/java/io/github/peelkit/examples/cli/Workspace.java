package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.LoadResult;
import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.ProblemPrinter;
import io.github.peelkit.yaml.YamlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntConsumer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * The one place the commands read YAML: on top of the built-in catalogue and the folders given with
 * {@code --catalog} (as the reader's base catalogue), with every problem printed to standard error
 * in the text form of the loader ({@code file:line:column: error[PK008]: ...}).
 *
 * <p>A path that does not exist is a usage error (exit 2); a file with errors ends a command that
 * needs its content with exit 1.
 */
final class Workspace {
  /** The path {@code -}, which stands for standard input (SPEC §13). */
  static final Path STANDARD_INPUT = Path.of("-");

  /** The name problems in standard input are reported under. */
  static final String STANDARD_INPUT_NAME = "<stdin>";

  private final PrintWriter err;
  /** Makes the exception a usage error (exit 2) is thrown as: picocli's, or {@code peel validate}'s own on its direct path. */
  private final Function<String, RuntimeException> usageError;
  private final YamlReader reader;
  private final List<Problem> catalogProblems;
  /** The catalogue of --catalog, or empty for the built-in one, which the reader then reads on first use. */
  private final Optional<Catalog> catalog;
  private final Limits limits;

  private Workspace(
      PrintWriter err, Function<String, RuntimeException> usageError, Optional<Catalog> catalog, List<Problem> catalogProblems, Limits limits) {
    this.err = err;
    this.usageError = usageError;
    this.catalogProblems = catalogProblems;
    this.catalog = catalog;
    this.limits = limits;
    this.reader = reader(files -> {});
  }

  /** {@return a reader of this workspace's catalogue and limits, telling its progress} */
  private YamlReader reader(IntConsumer progress) {
    YamlReader.Builder builder = YamlReader.builder().limits(limits).progress(progress);
    catalog.ifPresent(builder::catalog);
    return builder.build();
  }

  /**
   * Opens a workspace: reads the catalogue folders, printing their problems.
   *
   * @param spec the command, for its error stream and its usage errors
   * @param catalogs the folders (or files) given with {@code --catalog}
   * @return the workspace
   * @throws ParameterException when a folder does not exist
   * @throws CommandFailure with exit 1 when the catalogue has errors
   */
  static Workspace open(CommandSpec spec, List<Path> catalogs) {
    return open(spec, catalogs, Limits.defaults());
  }

  /**
   * Opens a workspace whose files are read within the limits given.
   *
   * @param spec the command, for its error stream and its usage errors
   * @param catalogs the folders (or files) given with {@code --catalog}
   * @param limits the limits the files (not the catalogue) are read within
   * @return the workspace
   */
  static Workspace open(CommandSpec spec, List<Path> catalogs, Limits limits) {
    PrintWriter err = spec.commandLine().getErr();
    Function<String, RuntimeException> usageError = message -> new ParameterException(spec.commandLine(), message);
    if (catalogs.isEmpty()) {
      return open(err, usageError, limits);
    }
    for (Path folder : catalogs) {
      requireExists(usageError, folder, "--catalog: ");
    }
    LoadResult result = read(usageError, YamlReader.standard(), catalogs);
    err.print(ProblemPrinter.text(result.problems()));
    err.flush();
    if (result.hasErrors()) {
      throw new CommandFailure(
          ExitCodes.PROBLEMS,
          "the catalogue given with --catalog has " + Words.count(result.errors().size(), "error", "errors") + ": fix it first",
          result.problems());
    }
    return new Workspace(err, usageError, Optional.of(result.catalog()), result.problems(), limits);
  }

  /**
   * Opens a workspace on the built-in catalogue without a command line, for {@code peel validate}'s
   * direct path: what would be a usage error is thrown as {@code usageError} makes it.
   *
   * @param err standard error
   * @param usageError makes the exception to throw for a usage error, from its message
   * @param limits the limits the files are read within
   * @return the workspace
   */
  static Workspace open(PrintWriter err, Function<String, RuntimeException> usageError, Limits limits) {
    return new Workspace(err, usageError, Optional.empty(), List.of(), limits);
  }

  /** {@return the warnings of the --catalog folders, printed already; machine-readable output holds them too} */
  List<Problem> catalogProblems() {
    return catalogProblems;
  }

  /** {@return the catalogue references resolve against: the built-in one and the --catalog folders} */
  Catalog base() {
    return reader.base();
  }

  /**
   * Lists the YAML files the paths name, as the reader chooses them in a folder.
   *
   * @throws ParameterException when a path does not exist
   */
  List<Path> files(Collection<Path> paths) {
    List<Path> files = new ArrayList<>();
    for (Path path : paths) {
      if (path.equals(STANDARD_INPUT)) {
        files.add(path);
        continue;
      }
      requireExists(usageError, path, "");
      try {
        files.addAll(YamlReader.files(path));
      } catch (UncheckedIOException e) {
        throw usageError.apply(e.getMessage());
      }
    }
    return files;
  }

  /**
   * Reads files together, so that they may refer to each other, without printing anything.
   *
   * @throws ParameterException when a file cannot be read
   */
  LoadResult read(Collection<Path> files) {
    return read(usageError, reader, files);
  }

  /**
   * Reads files together as {@link #read(Collection)} does, telling how many have been read as it goes.
   *
   * @throws ParameterException when a file cannot be read
   */
  LoadResult read(Collection<Path> files, IntConsumer filesRead) {
    return read(usageError, reader(filesRead), files);
  }

  /** Prints problems to standard error, one line each. */
  void print(LoadResult result) {
    err.print(ProblemPrinter.text(result.problems()));
    // Flushed now, so that on a terminal they come before any output that follows them.
    err.flush();
  }

  /**
   * Reads one file (or folder) for a command that needs its content: prints its problems, and fails
   * when any is an error.
   *
   * @return what was read, without errors
   * @throws CommandFailure with exit 1 when the file has errors
   */
  LoadResult load(Path path) {
    return load(List.of(path));
  }

  /**
   * Reads files and folders together for a command that needs their content: prints their problems,
   * and fails when any is an error.
   *
   * @return what was read, without errors
   * @throws ParameterException when a path does not exist
   * @throws CommandFailure with exit 1 when the files have errors
   */
  LoadResult load(List<Path> paths) {
    paths.forEach(path -> requireExists(usageError, path, ""));
    LoadResult result = read(usageError, reader, paths);
    print(result);
    if (result.hasErrors()) {
      String errors = Words.count(result.errors().size(), "error", "errors");
      throw new CommandFailure(
          ExitCodes.PROBLEMS,
          paths.size() == 1 ? paths.get(0) + " has " + errors : "the files read have " + errors,
          result.problems());
    }
    return result;
  }

  /**
   * The assessments a result read from its files, leaving out those of the base catalogue.
   *
   * @throws CommandFailure with exit 1 when there is none
   */
  List<Assessment> assessments(LoadResult result, Path path) {
    List<Assessment> found = loaded(result);
    if (found.isEmpty()) {
      throw new CommandFailure(ExitCodes.PROBLEMS, path + " holds no assessment (no document of kind Assessment)");
    }
    return found;
  }

  /** {@return the assessments a result read from its files, leaving out those of the base catalogue; perhaps none} */
  List<Assessment> loaded(LoadResult result) {
    return result.catalog().assessments().values().stream().filter(a -> !base().assessments().containsKey(a.id())).toList();
  }

  private static LoadResult read(Function<String, RuntimeException> usageError, YamlReader reader, Collection<Path> paths) {
    try {
      if (paths.contains(STANDARD_INPUT)) {
        // Standard input is read once, after the other paths, together with them.
        List<Path> others = paths.stream().filter(p -> !p.equals(STANDARD_INPUT)).toList();
        return reader.read(others, STANDARD_INPUT_NAME, System.in);
      }
      return reader.read(paths);
    } catch (UncheckedIOException e) {
      throw usageError.apply(e.getMessage());
    }
  }

  /**
   * The bytes of a file, or of standard input for {@code -}, for a command that reads a file other
   * than YAML.
   *
   * @param spec the command, for its usage errors
   * @param file the file, or {@code -}
   * @param most the most bytes read
   * @param option the option that named the file, such as {@code "--table: "}, or empty
   * @return the bytes
   * @throws ParameterException when the file does not exist, is not a file, is larger than {@code most} or cannot be read
   */
  static byte[] bytes(CommandSpec spec, Path file, long most, String option) {
    try {
      if (file.equals(STANDARD_INPUT)) {
        byte[] bytes = System.in.readNBytes((int) most + 1);
        if (bytes.length > most) {
          throw new ParameterException(spec.commandLine(), option + "standard input holds more than " + most / (1024 * 1024) + " MiB, the most " + spec.qualifiedName() + " reads");
        }
        return bytes;
      }
      if (!Files.isRegularFile(file)) {
        throw new ParameterException(spec.commandLine(), option + (Files.exists(file) ? "not a file: " : "no such file: ") + file);
      }
      if (Files.size(file) > most) {
        throw new ParameterException(
            spec.commandLine(), option + file + " is larger than " + most / (1024 * 1024) + " MiB, the most " + spec.qualifiedName() + " reads");
      }
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), option + "cannot read " + file + ": " + e.getMessage());
    }
  }

  /** {@return the name problems of a file are reported under: {@code <stdin>} for {@code -}} */
  static String name(Path file) {
    return file.equals(STANDARD_INPUT) ? STANDARD_INPUT_NAME : file.toString();
  }

  private static void requireExists(Function<String, RuntimeException> usageError, Path path, String option) {
    if (path.equals(STANDARD_INPUT)) {
      return;
    }
    // A link that leads nowhere goes on to the reader, which says whether it is broken or a loop.
    if (!Files.exists(path) && !Files.isSymbolicLink(path)) {
      throw usageError.apply(option + "no such file or folder: " + path);
    }
  }
}
