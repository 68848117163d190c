package io.github.peelkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
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
  void generatedClassesCarryNoGeneratedAnnotation() {
    List<Path> files = ClassFiles.all();
    assertTrue(files.stream().anyMatch(p -> p.getFileName().toString().equals("ImmutableSubject$Builder.class")),
        "the generated builders are among the classes checked");
    Path folder = ClassFiles.folder();
    List<String> annotated =
        files.stream().filter(f -> WITH_VALUES.stream().anyMatch(ClassFiles.text(f)::contains)).map(p -> folder.relativize(p).toString()).toList();
    assertEquals(List.of(), annotated);
  }
}
