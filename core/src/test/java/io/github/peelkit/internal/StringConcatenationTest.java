package io.github.peelkit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Core's class files concatenate strings with {@code StringBuilder}, as the build compiles them
 * ({@code -XDstringConcat=inline}, which core's own compiler arguments must repeat): an {@code
 * invokedynamic} concatenation generates classes at run time on its first use, which a cold program
 * (a short command, a first read) pays for.
 */
class StringConcatenationTest {
  @Test
  void noClassBootstrapsAConcatenation() {
    List<Path> files = ClassFiles.all();
    // Concatenations there are: the messages of the model's rules are built of them.
    assertTrue(files.stream().anyMatch(f -> ClassFiles.text(f).contains("java/lang/StringBuilder")), "no class concatenates at all");
    Path folder = ClassFiles.folder();
    assertEquals(List.of(), files.stream().filter(f -> ClassFiles.text(f).contains("makeConcatWithConstants")).map(folder::relativize).toList());
  }
}
