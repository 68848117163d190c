package io.github.peelkit.examples.cli;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.interval.IntervalMethod;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code peel interval --successes K --size N}: the confidence interval of a sampled proportion. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "interval",
    header = IntervalCommand.HEADER,
    description = {
      "Computes the confidence interval of a proportion from a reviewed sample: K records of N met the test."
          + " Wald is what the inspectorate's published figures match (168 of 196 is 85.7%% ± 4.9%%)."
    },
    sortOptions = false)
final class IntervalCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Computes the confidence interval of a proportion from a reviewed sample.";

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

  @Option(names = "--successes", paramLabel = "K", required = true, description = "The records that met the test, 0 to N.")
  private long successes;

  @Option(names = "--size", paramLabel = "N", required = true, description = "The records reviewed, at least 1.")
  private long size;

  @Option(
      names = "--population",
      paramLabel = "N",
      description = "The size of the population sampled, at least the size: narrows the interval by the finite population correction.")
  private Long population;

  @Option(
      names = "--level",
      paramLabel = "L",
      defaultValue = "0.95",
      description = "The confidence level, strictly between 0 and 1. Default: ${DEFAULT-VALUE}.")
  private double level;

  @Option(
      names = "--method",
      paramLabel = "M",
      defaultValue = "wald",
      converter = Converters.Method.class,
      completionCandidates = Converters.MethodIds.class,
      description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private IntervalMethod method;

  @Option(names = "--format", paramLabel = "FORMAT", converter = Formats.class, defaultValue = "text", description = "${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  private Format format;

  @Override
  public Integer call() {
    ConfidenceInterval ci;
    try {
      ci = population == null
          ? ConfidenceInterval.of(successes, size, level, method)
          : ConfidenceInterval.of(successes, size, population, level, method);
    } catch (InvariantException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    spec.commandLine().getOut().print(format == Format.JSON ? Json.write(AssessmentJson.interval(ci)) : text(ci));
    return ExitCodes.OK;
  }

  /**
   * {@return the interval as two lines: as a report would print it, then the exact figures}
   */
  static String text(ConfidenceInterval ci) {
    String margin = ci.method() == IntervalMethod.WALD ? ", ± " + Figures.percent(ci.margin()) : "";
    String caveat = ci.caveat().map(why -> "Wald is unreliable here: " + why + "\n").orElse("")
        + ci.alternative().map(w -> Figures.interval(w) + ", given beside it\n").orElse("");
    return Figures.interval(ci) + margin + "\n" + caveat
        + String.format(Locale.ROOT, "estimate %.6f, lower %.6f, upper %.6f, margin %.6f", ci.estimate(), ci.lower(), ci.upper(), ci.margin())
        + "\n";
  }
}
