package io.github.peelkit.examples.cli;

import picocli.CommandLine.Model.CommandSpec;

/**
 * A subcommand of {@code peel} as the top-level help lists it, made only when it is needed: the
 * command's object, and with it its classes, its options and what they load, come into being only
 * when its name is among the arguments.
 *
 * <p>Until then a placeholder stands in with the same name and header, which is all the top-level
 * help, the suggestions for a mistyped name and the list of commands read. Building the picocli
 * model of a command reflects on its class and its options' converters (which load peelkit's model
 * and Jackson's trees), and was most of what {@code peel --version} cost.
 *
 * @param name the name typed on the command line
 * @param header the line the top-level help lists it with: the command's own {@code HEADER} constant,
 *     which javac copies here, so that naming it loads nothing of the command
 */
record Subcommand(String name, String header) {
  /** {@return a stand-in with this command's name and header, and nothing else} */
  CommandSpec placeholder() {
    CommandSpec spec = CommandSpec.create().name(name);
    spec.usageMessage().header(header);
    return spec;
  }
}
