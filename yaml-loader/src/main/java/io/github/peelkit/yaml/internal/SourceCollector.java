package io.github.peelkit.yaml.internal;

import io.github.peelkit.yaml.FileCode;
import io.github.peelkit.yaml.Limits;
import io.github.peelkit.yaml.Location;
import io.github.peelkit.yaml.Problem;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

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

  /** One file or text to parse, with the name its problems are reported under. */
  sealed interface Source permits FileSource, BytesSource, TextSource {
    /** {@return the name problems are reported under} */
    String name();
  }

  /**
   * A file, not yet read: its bytes are read when it is parsed, so that a load holds the bytes of
   * the files being parsed only, not of every file at once.
   *
   * @param name the file, as named to the reader
   * @param path the file
   */
  record FileSource(String name, Path path) implements Source {}

  /**
   * The bytes of a stream, read already, not yet decoded: parsed as a file's.
   *
   * @param name the name it was given
   * @param bytes its content
   */
  record BytesSource(String name, byte[] bytes) implements Source {}

  /**
   * A text given to the reader, without a byte order mark.
   *
   * @param name the name it was given
   * @param text the text
   */
  record TextSource(String name, String text) implements Source {}

  /** The sources of the inputs, in reading order, up to the limits on files and bytes. */
  List<Source> collect(List<Loader.Input> inputs, Sink sink) {
    Budget budget = new Budget(sink);
    for (Loader.Input input : inputs) {
      if (input instanceof Loader.PathInput p) {
        for (Path file : files(p.path())) {
          if (!budget.takeFile(file)) {
            return budget.collected;
          }
        }
      } else if (input instanceof Loader.BytesInput b) {
        if (!budget.takeBytes(b)) {
          return budget.collected;
        }
      } else if (!budget.takeText((Loader.TextInput) input)) {
        return budget.collected;
      }
    }
    return budget.collected;
  }

  /** What one collection has taken so far, against the limits on files and bytes per load. */
  private final class Budget {
    private final Sink sink;
    private final List<Source> collected = new ArrayList<>();
    private long total;
    private int files;

    Budget(Sink sink) {
      this.sink = sink;
    }

    /** Takes a file; {@return whether collecting goes on} */
    boolean takeFile(Path path) {
      String name = path.toString();
      long size;
      try {
        size = Files.size(path);
      } catch (IOException e) {
        throw IoFailure.reading(name, e);
      }
      return take(name, size, () -> new FileSource(name, path));
    }

    /** Takes the bytes of a stream as a file's; {@return whether collecting goes on} */
    boolean takeBytes(Loader.BytesInput input) {
      return take(input.name(), input.bytes().length, () -> new BytesSource(input.name(), input.bytes()));
    }

    /** Takes a text; {@return whether collecting goes on} */
    boolean takeText(Loader.TextInput input) {
      String text = input.text();
      return take(input.name(), utf8Length(text),
          () -> new TextSource(input.name(), !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text));
    }

    /** Takes a source of a size in bytes, within the limits; {@return whether collecting goes on} */
    private boolean take(String name, long bytes, Supplier<Source> source) {
      if (!counted(name)) {
        return false;
      }
      if (bytes > limits.maxFileBytes()) {
        tooBig(name, bytes, sink);
        return true;
      }
      total += bytes;
      if (total > limits.maxTotalBytes()) {
        tooMuch(name, sink);
        return false;
      }
      collected.add(source.get());
      return true;
    }

    /** Counts a file against the limit on files; {@return whether it is within the limit} */
    private boolean counted(String name) {
      if (++files > limits.maxFiles()) {
        limit(
            sink,
            name,
            "more than " + limits.maxFiles() + " files in one load, the limit: this file and those after it were not read",
            Integer.toString(limits.maxFiles()));
        return false;
      }
      return true;
    }
  }

  /**
   * The bytes of a file within the limit on bytes per file; empty when it is larger (reported): it
   * may have grown since it was listed.
   */
  Optional<byte[]> bytes(FileSource file, Sink sink) {
    Path path = file.path();
    String name = file.name();
    try {
      byte[] content;
      try (InputStream in = Files.newInputStream(path)) {
        content = in.readNBytes((int) limits.maxFileBytes() + 1);
      }
      if (content.length > limits.maxFileBytes()) {
        tooBig(name, content.length, sink);
        return Optional.empty();
      }
      return Optional.of(content);
    } catch (IOException e) {
      throw IoFailure.reading(name, e);
    }
  }

  private void tooBig(String name, long size, Sink sink) {
    limit(
        sink,
        name,
        "file of " + size + " bytes is larger than the limit of " + limits.maxFileBytes() + " bytes; it was not read",
        Long.toString(size));
  }

  private void tooMuch(String name, Sink sink) {
    limit(
        sink,
        name,
        "the files of this load hold more than " + limits.maxTotalBytes() + " bytes, the limit: this file and those after"
            + " it were not read",
        Long.toString(limits.maxTotalBytes()));
  }

  /** Reports a limit crossed by a file, at its start. */
  private static void limit(Sink sink, String file, String message, String value) {
    sink.add(Problem.builder(FileCode.LIMIT_EXCEEDED, Location.of(file, 1, 1), message).value(value).build());
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
        requireRegularFile(path);
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
      throw IoFailure.reading(path, e);
    }
  }

  /**
   * Requires a path named directly to be a regular file (or a link to one): a FIFO would block the
   * read forever, a device like {@code /dev/zero} never ends, and a loop of links resolves to nothing;
   * each is named as what it is.
   */
  private static void requireRegularFile(Path path) throws IOException {
    if (!Files.exists(path)) {
      if (Files.isSymbolicLink(path)) {
        throw new IOException("it is a symbolic link " + (isLoop(path) ? "in a loop of links" : "to nothing")
            + ": give the file itself");
      }
      throw new NoSuchFileException(path.toString());
    }
    if (!Files.isRegularFile(path)) {
      throw new IOException("it is " + kind(path) + ", not a regular file: give a YAML file or a folder");
    }
  }

  /** Whether following a link's targets comes back to a link already followed. */
  private static boolean isLoop(Path link) throws IOException {
    Set<Path> seen = new HashSet<>();
    Path at = link.toAbsolutePath().normalize();
    while (Files.isSymbolicLink(at)) {
      if (!seen.add(at) || seen.size() > 64) {
        return true;
      }
      Path parent = at.getParent();
      Path target = Files.readSymbolicLink(at);
      at = (parent == null ? target : parent.resolve(target)).toAbsolutePath().normalize();
    }
    return false;
  }

  /** What kind of file a path that is neither a regular file nor a folder is, as far as the system tells. */
  private static String kind(Path path) {
    try {
      // The POSIX file type bits of st_mode, where the platform has the "unix" view (Linux, macOS).
      int type = ((Integer) Files.getAttribute(path, "unix:mode")) & 0170000;
      switch (type) {
        case 0010000:
          return "a FIFO (named pipe)";
        case 0020000:
          return "a character device";
        case 0060000:
          return "a block device";
        case 0140000:
          return "a socket";
        default:
          return "a special file";
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
      return "a special file";
    }
  }

  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
