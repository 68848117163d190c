package io.github.peelkit.examples.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code peel} command: checks, shows and converts graded inspection assessments written in
 * {@code peelkit/v1} YAML, and computes confidence intervals.
 *
 * <p>Output is UTF-8 whatever the platform's default, with {@code \n} line breaks. Exit codes: 0
 * success, 1 problems in the input, 2 usage error, 70 internal error (see {@link ExitCodes}). No
 * stack trace is ever printed: a usage error prints its message, the synopsis and a pointer to
 * {@code --help}; an unexpected exception prints one line.
 */
@Command(
    name = "peel",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "Checks, shows and converts graded inspection assessments written in peelkit/v1 YAML, such as the PEEL"
          + " inspections of police forces in England and Wales, computes confidence intervals, and finds peer outliers."
    },
    subcommands = {
      ValidateCommand.class,
      ShowCommand.class,
      ConvertCommand.class,
      IntervalCommand.class,
      OutliersCommand.class,
      CatalogCommand.class,
      SchemaCommand.class,
      HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      " 0:success: no error (warnings allowed)",
      " 1:the input has errors, or cannot be converted as asked",
      " 2:usage error: unknown option, bad value, missing file, unknown id",
      "70:internal error in peel (please report it)"
    })
public final class Peel implements Runnable {
  @Spec private CommandSpec spec;

  private final boolean interactive;

  private Peel(boolean interactive) {
    this.interactive = interactive;
  }

  /**
   * Runs the command and exits with its exit code.
   *
   * @param args the arguments
   */
  public static void main(String... args) {
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
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
    int code = commandLine(out, err, interactive).execute(args);
    // Standard error first: on a terminal, problems then come before the summary that counts them.
    err.flush();
    out.flush();
    return code;
  }

  /** {@return the command line, configured as {@code peel} runs} */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean interactive) {
    return new CommandLine(new Peel(interactive))
        .setOut(out)
        .setErr(err)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setParameterExceptionHandler(Peel::usageError)
        .setExecutionExceptionHandler(Peel::failure);
  }

  /** {@return whether progress may be drawn on standard error} */
  boolean isInteractive() {
    return interactive;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is needed: validate, show, convert, interval, outliers, catalog or schema");
  }

  private static PrintWriter utf8(FileDescriptor descriptor) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(descriptor), StandardCharsets.UTF_8)));
  }

  /** A usage error: the message, suggestions for a mistyped name, the synopsis and where to read more. */
  private static int usageError(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String name = cmd.getCommandSpec().qualifiedName();
    err.print(name + ": " + ex.getMessage() + "\n");
    UnmatchedArgumentException.printSuggestions(ex, err);
    String usage = "Usage: ";
    err.print(usage + cmd.getHelp().synopsis(usage.length()).stripTrailing() + "\n");
    err.print("Try '" + name + " --help' for more information.\n");
    err.flush();
    return ExitCodes.USAGE;
  }

  /** A failure while running: expected ones print their message, others one line naming the exception. */
  static int failure(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    if (ex instanceof CommandFailure failure) {
      if (!failure.getMessage().isEmpty()) {
        err.print(cmd.getCommandSpec().qualifiedName() + ": " + failure.getMessage() + "\n");
      }
      err.flush();
      return failure.exitCode();
    }
    err.print(internal(ex));
    err.flush();
    return ExitCodes.INTERNAL;
  }

  private static String internal(Throwable t) {
    String message = t.getMessage() == null ? "" : ": " + t.getMessage().lines().findFirst().orElse("");
    return "peel: internal error: " + t.getClass().getName() + message + " (please report it)\n";
  }
}
