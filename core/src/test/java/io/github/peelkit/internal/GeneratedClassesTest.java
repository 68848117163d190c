package io.github.peelkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Subject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The class files a user's compiler reads carry no annotation whose type the user lacks and whose
 * values it would have to look up: such an annotation makes javac warn ("cannot find annotation
 * method 'generator()'") for every builder called, and a build with {@code -Xlint:all -Werror} fail.
 */
class GeneratedClassesTest {
  /** Annotations of Immutables with values, as a class file names their types. */
  private static final List<String> WITH_VALUES =
      List.of("Lorg/immutables/value/Generated;", "Ljavax/annotation/Generated;", "Ljavax/annotation/processing/Generated;");

  @Test
  void generatedClassesCarryNoGeneratedAnnotation() throws IOException, URISyntaxException {
    Path classes = Path.of(Subject.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Path> files;
    try (Stream<Path> walk = Files.walk(classes)) {
      files = walk.filter(p -> p.toString().endsWith(".class")).toList();
    }
    assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("ImmutableSubject$Builder.class")),
        "the generated builders are among the classes checked");
    List<String> annotated = files.stream().filter(GeneratedClassesTest::carriesGenerated).map(p -> classes.relativize(p).toString()).toList();
    assertEquals(List.of(), annotated);
  }

  private static boolean carriesGenerated(Path file) {
    try {
      // A class file's constant pool holds the descriptors of its annotation types as modified UTF-8,
      // which is ASCII for these names.
      String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
      return WITH_VALUES.stream().anyMatch(bytes::contains);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
