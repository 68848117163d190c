package io.github.peelkit.internal;

import io.github.peelkit.assessment.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Core's class files as the build wrote them, for tests of what they hold. */
final class ClassFiles {
  private ClassFiles() {}

  /** {@return the folder of core's class files} */
  static Path folder() {
    try {
      return Path.of(Subject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@return every class file of core} */
  static List<Path> all() {
    try (Stream<Path> walk = Files.walk(folder())) {
      return walk.filter(p -> p.toString().endsWith(".class")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A class file's bytes as text, in which the names of its constant pool can be searched: they are
   * modified UTF-8, which is ASCII for the names these tests look for.
   *
   * @param file the class file
   * @return its bytes, one character each
   */
  static String text(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
