package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.TerminalText;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import picocli.CommandLine;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code peel} command: checks, shows, converts and compares graded inspection assessments
 * written in {@code peelkit/v1} YAML, grades by grading rules, computes confidence intervals, and
 * finds peer outliers.
 *
 * <p>Output is UTF-8 whatever the platform's default, with {@code \n} line breaks. Exit codes: 0
 * success, 1 problems in the input, 2 usage error, 70 internal error (see {@link ExitCodes}). No
 * stack trace is ever printed: a usage error prints its message, the synopsis and a pointer to
 * {@code --help}; an unexpected exception prints one line.
 */
public final class Peel implements Runnable {
  /** picocli's own header of its {@code help} command, which the top-level help lists (a test holds it to picocli's). */
  static final String HELP_HEADER = "Display help information about the specified command.";

  /**
   * The subcommands, in the order the help lists them, each made by {@link #make} only when its name
   * is among the arguments (see {@link Subcommand}), so that {@code peel --version} and {@code peel
   * validate} load nothing of the others. To add one, add its name and its class's {@code HEADER}
   * constant here, and a case to {@link #make}.
   */
  private static final List<Subcommand> SUBCOMMANDS = List.of(
      new Subcommand("validate", ValidateCommand.HEADER),
      new Subcommand("show", ShowCommand.HEADER),
      new Subcommand("convert", ConvertCommand.HEADER),
      new Subcommand("compare", CompareCommand.HEADER),
      new Subcommand("table", TableCommand.HEADER),
      new Subcommand("grade", GradeCommand.HEADER),
      new Subcommand("report", ReportCommand.HEADER),
      new Subcommand("interval", IntervalCommand.HEADER),
      new Subcommand("outliers", OutliersCommand.HEADER),
      new Subcommand("catalog", CatalogCommand.HEADER),
      new Subcommand("schema", SchemaCommand.HEADER),
      new Subcommand("help", HELP_HEADER));

  /**
   * Makes a subcommand's annotated object. A switch rather than a lambda beside each name: linking a
   * lambda costs a cold JVM about as much as loading a class, and the list of names is made at every
   * start, {@code --version}'s included.
   */
  private static Object make(Subcommand subcommand) {
    return switch (subcommand.name()) {
      case "validate" -> new ValidateCommand();
      case "show" -> new ShowCommand();
      case "convert" -> new ConvertCommand();
      case "compare" -> new CompareCommand();
      case "table" -> new TableCommand();
      case "grade" -> new GradeCommand();
      case "report" -> new ReportCommand();
      case "interval" -> new IntervalCommand();
      case "outliers" -> new OutliersCommand();
      case "catalog" -> new CatalogCommand();
      case "schema" -> new SchemaCommand();
      case "help" -> new HelpCommand();
      default -> throw new IllegalStateException("no command made for " + subcommand.name());
    };
  }

  private static final String DESCRIPTION =
      "Checks, shows, converts and compares graded inspection assessments written in peelkit/v1 YAML, such as the"
          + " PEEL inspections of police forces in England and Wales, grades by an inspectorate's grading rules,"
          + " computes confidence intervals, and finds peer outliers.";

  private final CommandSpec spec;
  private final boolean interactive;
  private final PrintWriter progress;

  /**
   * Describes the top-level command to picocli directly, as its annotations would: reading annotations
   * means reflection and a proxy class per annotation type, a large part of what {@code peel --version}
   * costs. The help it prints is held to the same snapshot as before.
   */
  private Peel(boolean interactive, PrintWriter progress) {
    this.interactive = interactive;
    this.progress = progress;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("peel").versionProvider(new Version());
    spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.").build());
    spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true).description("Print version information and exit.").build());
    Map<String, String> exitCodes = new LinkedHashMap<>();
    exitCodes.put(" 0", "success: no error (warnings allowed)");
    exitCodes.put(" 1", "the input has errors, or cannot be converted as asked");
    exitCodes.put(" 2", "usage error: unknown option, bad value, missing file, unknown id");
    exitCodes.put("70", "internal error in peel (please report it)");
    spec.usageMessage().description(DESCRIPTION).exitCodeListHeading("%nExit codes:%n").exitCodeList(exitCodes);
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String... args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    ReadAhead.start(SUBCOMMANDS, args);
    int code;
    try {
      code = execute(out, err, Terminal.isInteractive(), args);
    } catch (RuntimeException | Error e) {
      // What escapes picocli's own handlers (an error thrown while reporting, a stack overflow) still gets one line.
      err.print(internal(e));
      code = ExitCodes.INTERNAL;
    }
    err.flush();
    out.flush();
    System.exit(code);
  }

  /**
   * Runs the command with its output going to the writers given: how tests and other programs run
   * it in-process.
   *
   * @param out standard output
   * @param err standard error
   * @param interactive whether standard error is a terminal a person watches (progress is drawn then)
   * @param args the arguments
   * @return the exit code
   */
  static int execute(PrintWriter out, PrintWriter err, boolean interactive, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // What picocli prints for the option, without building the command line: a third of the
      // command's start-up, for the call editors and scripts make most to find which peel they have.
      out.print(new Version().getVersion()[0] + "\n");
      out.flush();
      return ExitCodes.OK;
    }
    // Everything printed goes through one writer per stream that makes control characters visible;
    // only the progress line, peel's own drawing, goes to standard error raw.
    PrintWriter shownOut = TerminalWriter.of(out);
    PrintWriter shownErr = TerminalWriter.of(err);
    // Checked here, so that other commands do not load the class.
    Optional<Integer> direct =
        args.length > 1 && args[0].equals("validate") ? ValidateCommand.direct(shownOut, shownErr, err, interactive, args) : Optional.empty();
    int code = direct.isPresent() ? direct.get() : commandLine(shownOut, shownErr, interactive, err, named(args)).execute(args);
    // Standard error first: on a terminal, problems then come before the summary that counts them.
    err.flush();
    out.flush();
    return code;
  }

  /** {@return the command line with every subcommand made, as the completion script and tests see it} */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    return commandLine(out, err, interactive, err, subcommand -> true);
  }

  /** {@return the command line, configured as {@code peel} runs, with the subcommands that {@code made} accepts made} */
  private static CommandLine commandLine(
      PrintWriter out, PrintWriter err, boolean interactive, PrintWriter progress, Predicate<Subcommand> made) {
    CommandLine peel = new CommandLine(new Peel(interactive, progress).spec);
    for (Subcommand subcommand : SUBCOMMANDS) {
      peel.addSubcommand(subcommand.name(), made.test(subcommand) ? make(subcommand) : subcommand.placeholder());
    }
    // Set after the subcommands are added: picocli passes these settings down to the subcommands it has.
    return peel
        .registerConverter(Long.class, new Converters.WholeNumber())
        .registerConverter(Long.TYPE, new Converters.WholeNumber())
        .registerConverter(Integer.class, new Converters.SmallWholeNumber())
        .registerConverter(Integer.TYPE, new Converters.SmallWholeNumber())
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Peel::usageError)
        .setExecutionExceptionHandler(Peel::failure);
  }

  /**
   * {@return which subcommands the arguments may run: those whose name is one of them (a path that
   * happens to be named {@code show} only costs the making of that command), or all of them when an
   * argument is an {@code @file} of arguments, which picocli reads only as it parses}
   */
  private static Predicate<Subcommand> named(String... args) {
    Set<String> words = Set.copyOf(Arrays.asList(args));
    if (words.stream().anyMatch(word -> word.startsWith("@"))) {
      return subcommand -> true;
    }
    return subcommand -> words.contains(subcommand.name());
  }

  /** {@return the subcommands, in the order the help lists them} */
  static List<Subcommand> subcommands() {
    return SUBCOMMANDS;
  }

  /** {@return whether progress may be drawn on standard error} */
  boolean isInteractive() {
    return interactive;
  }

  /** {@return standard error as it is, where the progress line is drawn with its carriage returns} */
  PrintWriter progressWriter() {
    return progress;
  }

  @Override
  public void run() {
    List<String> names = SUBCOMMANDS.stream().map(Subcommand::name).filter(name -> !name.equals("help")).toList();
    String choices = String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
    throw new ParameterException(spec.commandLine(), "a command is needed: " + choices);
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8)));
  }

  /** A usage error: the message, suggestions for a mistyped name, the synopsis and where to read more. */
  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.print(name + ": " + message(ex) + "\n");
    UnmatchedArgumentException.printSuggestions(ex, err);
    String usage = "Usage: ";
    err.print(usage + cmd.getHelp().synopsis(usage.length()).stripTrailing() + "\n");
    err.print("Try '" + name + " --help' for more information.\n");
    err.flush();
    machineOutput(cmd, Arrays.asList(args), ExitCodes.USAGE, name + ": " + message(ex), List.of());
    return ExitCodes.USAGE;
  }

  /** With {@code --format json} or {@code sarif}, still one document on standard output when a command fails. */
  private static void machineOutput(CommandLine cmd, List<String> args, int exitCode, String message, List<Problem> problems) {
    MachineOutput.requested(args)
        .ifPresent(
            format -> {
              String command = cmd.getCommandSpec().parent() == null ? "" : cmd.getCommandName();
              cmd.getOut().print(MachineOutput.failure(format, command, exitCode, message, problems));
              cmd.getOut().flush();
            });
  }

  /**
   * The message of a usage error. An unknown option takes no value, so the value after it fills a
   * positional parameter and the real one is left over ({@code show --fromat json FILE}): picocli
   * then names the file as an unknown option too; only what looks like an option is named.
   */
  private static String message(ParameterException ex) {
    if (ex instanceof UnmatchedArgumentException unmatched) {
      List<String> all = unmatched.getUnmatched();
      List<String> options = all.stream().filter(a -> a.startsWith("-") && !a.equals("-")).toList();
      if (!options.isEmpty() && options.size() < all.size()) {
        return (options.size() == 1 ? "Unknown option: " : "Unknown options: ")
            + String.join(", ", options.stream().map(o -> "'" + o + "'").toList());
      }
    }
    return ex.getMessage();
  }

  /** A failure while running: expected ones print their message, others one line naming the exception. */
  static int failure(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    // Without a parse result (a caller that reports a failure itself) there is no format to honour.
    List<String> args = parseResult == null ? List.of() : parseResult.originalArgs();
    if (ex instanceof CommandFailure failure) {
      if (!failure.getMessage().isEmpty()) {
        err.print(name + ": " + failure.getMessage() + "\n");
      }
      err.flush();
      String message = failure.getMessage().isEmpty() ? "the input has errors" : failure.getMessage();
      machineOutput(cmd, args, failure.exitCode(), name + ": " + message, failure.problems());
      return failure.exitCode();
    }
    err.print(internal(ex));
    err.flush();
    machineOutput(cmd, args, ExitCodes.INTERNAL, internal(ex).strip(), List.of());
    return ExitCodes.INTERNAL;
  }

  private static String internal(Throwable t) {
    // The message may quote input: printed on one line, its control characters visible.
    String message = t.getMessage() == null ? "" : ": " + TerminalText.printable(t.getMessage().lines().findFirst().orElse(""));
    return "peel: internal error: " + t.getClass().getName() + message + " (please report it)\n";
  }
}
