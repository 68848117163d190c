package io.github.peelkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Subject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Core's class files concatenate strings with {@code StringBuilder}, as the build compiles them
 * ({@code -XDstringConcat=inline}): an {@code invokedynamic} concatenation generates classes at run
 * time on its first use, which a cold program (a short command, a first read) pays for.
 */
class StringConcatenationTest {
  @Test
  void noClassBootstrapsAConcatenation() throws IOException, URISyntaxException {
    Path classes = Path.of(Subject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    // Concatenations there are: the messages of the model's rules are built of them.
    assertTrue(files.stream().anyMatch(f -> constants(f).contains("java/lang/StringBuilder")), "no class concatenates at all");
    assertEquals(List.of(), files.stream().filter(f -> constants(f).contains("makeConcatWithConstants")).map(classes::relativize).toList());
  }

  /** {@return a class file's bytes as text: its constant pool's names are modified UTF-8, ASCII for these} */
  private static String constants(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
