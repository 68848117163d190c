package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.YamlReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs every command of {@code peel} once, in one JVM, on a folder of data and a folder of synthetic
 * peers, with the output discarded: the representative run that the build records the loaded classes of
 * ({@code -XX:DumpLoadedClassList}) to make the launcher's class-data-sharing archive, so that the
 * archive holds what each command loads, usage errors included.
 *
 * <p>{@code java -XX:DumpLoadedClassList=peel.classlist -cp ... io.github.peelkit.examples.cli.Rehearsal DIR PEERS}
 *
 * <p>{@code PEERS} is a folder such as {@code examples/synthetic}: a {@code peers.csv} and
 * assessments of peers with the measure {@code outcome-17-rate}, which {@code peel outliers}
 * analyses with the assessments of {@code DIR}. {@code peel report} writes into a temporary folder,
 * deleted after.
 */
public final class Rehearsal {
  private Rehearsal() {}

  /** {@return the command lines rehearsed on a folder of YAML files and a folder of peers, with a folder for a report} */
  static List<List<String>> commands(Path folder, Path peers, Path report) {
    String data = folder.toString();
    List<List<String>> commands = new ArrayList<>();
    commands.add(List.of("--version"));
    // The call made most, first: paths alone, which peel runs without building its command line.
    commands.add(List.of("validate", data));
    commands.add(List.of("--help"));
    commands.add(List.of("help", "validate"));
    for (String format : List.of("text", "json", "sarif")) {
      commands.add(List.of("validate", data, "--format", format));
    }
    for (Path file : YamlReader.files(folder)) {
      for (String format : List.of("text", "json", "markdown")) {
        commands.add(List.of("show", file.toString(), "--format", format));
      }
      commands.add(List.of("convert", file.toString(), "--to", "peel-2021", "--policy", "worst"));
    }
    for (String format : List.of("text", "json")) {
      commands.add(List.of("compare", data, "--format", format));
    }
    for (String format : List.of("csv", "markdown", "json")) {
      commands.add(List.of("table", data, "--framework", "peel-2021-22", "--format", format));
    }
    commands.add(List.of("interval", "--successes", "168", "--size", "196"));
    commands.add(List.of("interval", "--successes", "168", "--size", "196", "--method", "wilson", "--format", "json"));
    String csv = peers.resolve("peers.csv").toString();
    for (String format : List.of("text", "json", "csv")) {
      commands.add(List.of("outliers", csv, "--format", format));
    }
    commands.add(List.of("outliers", "--evidence", "outcome-17-rate", data, peers.toString()));
    commands.add(List.of("outliers", csv, "--log-when", "more-normal", "--sd", "population", "-k", "1.5"));
    for (String format : List.of("text", "json", "csv")) {
      commands.add(List.of("grade", "--rules", "cqc-adult-social-care-2022", "--inputs", "good,good,outstanding,good,good", "--format", format));
    }
    commands.add(List.of("grade", "--rules", "cqc-adult-social-care-2022", "--inputs", "good,goood"));
    commands.add(List.of("report", data, "--out", report.toString()));
    commands.add(List.of("catalog"));
    commands.add(List.of("schema"));
    commands.add(List.of("show", data + "/no-such-file.yaml"));
    commands.add(List.of("validate", data, "--colour"));
    return commands;
  }

  /**
   * Runs the commands.
   *
   * @param args the folder of data and the folder of peers
   * @throws IOException when the report's temporary folder cannot be made or deleted
   */
  public static void main(String... args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: Rehearsal DIR PEERS");
    }
    // As main writes: UTF-8 through a buffer, here into nothing.
    PrintWriter discard = new PrintWriter(new BufferedWriter(new OutputStreamWriter(OutputStream.nullOutputStream(), StandardCharsets.UTF_8)));
    boolean interactive = Terminal.isInteractive();
    // As main starts every command that reads: the built-in catalogue made on a second thread.
    ReadAhead.start(Peel.subcommands(), "validate", args[0]);
    Path report = Files.createTempDirectory("peel-rehearsal-");
    try {
      for (List<String> command : commands(Path.of(args[0]), Path.of(args[1]), report)) {
        Peel.execute(discard, discard, interactive, command.toArray(String[]::new));
      }
    } finally {
      try (Stream<Path> files = Files.walk(report)) {
        for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(file);
        }
      }
    }
  }
}
