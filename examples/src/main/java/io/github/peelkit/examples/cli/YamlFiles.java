package io.github.peelkit.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The YAML files a path names, chosen as the reader chooses them in a folder: every {@code *.yaml}
 * and {@code *.yml} file below it, hidden files and folders (named with a leading dot) left out,
 * sorted by their path within the folder. {@code peel validate} lists them itself to count them and
 * to show progress, and hands the list to the reader.
 */
final class YamlFiles {
  private YamlFiles() {}

  /**
   * Lists the files of a path.
   *
   * @param path a file (listed as it is, whatever its name) or a folder
   * @return the files, each named as the path was plus its place in the folder
   * @throws UncheckedIOException when a folder cannot be read
   */
  static List<Path> of(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    List<Path> found = new ArrayList<>();
    try {
      Files.walkFileTree(path, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
          return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
          String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
          if (attrs.isRegularFile() && !hidden(file) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
            found.add(file);
          }
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    String separator = path.getFileSystem().getSeparator();
    found.sort(Comparator.comparing(file -> path.relativize(file).toString().replace(separator, "/")));
    return found;
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
