package io.github.peelkit.examples.cli;

import io.github.peelkit.yaml.Schema;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code peel schema}: prints the JSON Schema of the format. */
@Command(
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    name = "schema",
    header = SchemaCommand.HEADER,
    description = {
      "Prints the JSON Schema (draft 2020-12) of the peelkit/v1 format: every key of every kind of document, for"
          + " editors and for validators in other languages."
    })
final class SchemaCommand implements Callable<Integer> {
  /** The line {@code peel --help} lists this command with; a constant, so that listing it loads nothing of it. */
  static final String HEADER = "Prints the JSON Schema of the peelkit/v1 format.";

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    String schema = Schema.text();
    spec.commandLine().getOut().print(schema.endsWith("\n") ? schema : schema + "\n");
    return ExitCodes.OK;
  }
}
