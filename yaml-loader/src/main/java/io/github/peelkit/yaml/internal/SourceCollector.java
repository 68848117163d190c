package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the inputs of a load into the sources to parse: walks folders for their YAML files, in a
 * stable order, and reads files and texts within the budgets of the limits (files per load, bytes
 * per file, bytes per load), reporting each budget crossed where it was crossed.
 */
final class SourceCollector {
  private final Limits limits;

  SourceCollector(Limits limits) {
    this.limits = limits;
  }

  /**
   * One file or text to parse: its name, and its bytes (a file) or its text (a text given to the
   * reader, already without a byte order mark). Exactly one of the two is set.
   */
  record Source(String name, byte[] bytes, String text) {}

  /** The sources of the inputs, in reading order, up to the limits on files and bytes. */
  List<Source> collect(List<Loader.Input> inputs, Sink sink) {
    List<Source> collected = new ArrayList<>();
    long total = 0;
    int files = 0;
    for (Loader.Input input : inputs) {
      List<Object[]> sources = new ArrayList<>();
      if (input instanceof Loader.PathInput p) {
        for (Path file : files(p.path())) {
          sources.add(new Object[] {file.toString(), file});
        }
      } else {
        Loader.TextInput t = (Loader.TextInput) input;
        sources.add(new Object[] {t.name(), t.text()});
      }
      for (Object[] source : sources) {
        String name = (String) source[0];
        if (++files > limits.maxFiles()) {
          sink.add(
              name, 1, 1, "", FileCode.LIMIT_EXCEEDED,
              "more than " + limits.maxFiles() + " files in one load, the limit: this file and those after it were not read",
              Integer.toString(limits.maxFiles()), List.of(), null);
          return collected;
        }
        if (source[1] instanceof Path path) {
          byte[] content = bytes(path, name, sink);
          if (content == null) {
            continue;
          }
          total += content.length;
          if (total > limits.maxTotalBytes()) {
            tooMuch(name, sink);
            return collected;
          }
          collected.add(new Source(name, content, null));
        } else {
          String text = (String) source[1];
          long bytes = utf8Length(text);
          if (bytes > limits.maxFileBytes()) {
            tooBig(name, bytes, sink);
            continue;
          }
          total += bytes;
          if (total > limits.maxTotalBytes()) {
            tooMuch(name, sink);
            return collected;
          }
          if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
          }
          collected.add(new Source(name, null, text));
        }
      }
    }
    return collected;
  }

  private byte[] bytes(Path path, String name, Sink sink) {
    try {
      long size = Files.size(path);
      if (size > limits.maxFileBytes()) {
        tooBig(name, size, sink);
        return null;
      }
      byte[] content;
      try (InputStream in = Files.newInputStream(path)) {
        content = in.readNBytes((int) limits.maxFileBytes() + 1);
      }
      if (content.length > limits.maxFileBytes()) {
        tooBig(name, content.length, sink);
        return null;
      }
      return content;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + ": " + e.getMessage(), e);
    }
  }

  private void tooBig(String name, long size, Sink sink) {
    sink.add(
        name, 1, 1, "", FileCode.LIMIT_EXCEEDED,
        "file of " + size + " bytes is larger than the limit of " + limits.maxFileBytes() + " bytes; it was not read",
        Long.toString(size), List.of(), null);
  }

  private void tooMuch(String name, Sink sink) {
    sink.add(
        name, 1, 1, "", FileCode.LIMIT_EXCEEDED,
        "the files of this load hold more than " + limits.maxTotalBytes() + " bytes, the limit: this file and those after"
            + " it were not read",
        Long.toString(limits.maxTotalBytes()), List.of(), null);
  }

  private static long utf8Length(String text) {
    // The JDK encodes an ASCII text at memory speed; a lone surrogate counts as the one byte it becomes.
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  /**
   * The files a path stands for: itself, or for a folder every {@code *.yaml} and {@code *.yml} file
   * under it (any case), skipping names that start with a dot, sorted by their path relative to the
   * folder, so that the order is the same on every machine.
   *
   * @param path a file or folder
   * @return the files, in reading order
   * @throws UncheckedIOException when the path does not exist or a folder cannot be read
   */
  static List<Path> files(Path path) {
    try {
      if (!Files.isDirectory(path)) {
        if (!Files.exists(path)) {
          throw new NoSuchFileException(path.toString());
        }
        return List.of(path);
      }
      List<Path> found = new ArrayList<>();
      Files.walkFileTree(
          path,
          new SimpleFileVisitor<>() {
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
      Map<Path, String> keys = new HashMap<>();
      for (Path file : found) {
        keys.put(file, path.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"));
      }
      found.sort((a, b) -> keys.get(a).compareTo(keys.get(b)));
      return found;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
