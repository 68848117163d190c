package io.github.peelkit.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** The {@code --catalog} option of the commands that read definitions: folders of shared definitions. */
final class CatalogOption {
  @Option(
      names = "--catalog",
      paramLabel = "DIR",
      description = {
        "Adds the grade scales, frameworks, grade mappings and grading rules of a folder (read recursively) or file to"
            + " the built-in catalogue, so that the input may refer to them. May be repeated."
      })
  private List<Path> folders = new ArrayList<>();

  /** {@return the folders given, in order} */
  List<Path> folders() {
    return List.copyOf(folders);
  }
}
