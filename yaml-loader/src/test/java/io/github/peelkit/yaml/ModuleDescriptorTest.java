package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.scale.GradeScale;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleDescriptor.Requires;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The published modules' names are stable, they export their API packages and nothing internal, and
 * they open nothing: no part of peelkit needs reflection from outside.
 */
class ModuleDescriptorTest {
  private static Set<String> exports(ModuleDescriptor d) {
    return d.exports().stream()
        .map(e -> e.source() + (e.isQualified() ? " to " + e.targets() : ""))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void theLoaderIsTheModuleIoGithubPeelkitYamlExportingOnlyItsApi() {
    Module module = YamlReader.class.getModule();
    assertTrue(module.isNamed(), "the tests run on the module path");
    ModuleDescriptor d = module.getDescriptor();
    assertEquals("io.github.peelkit.yaml", d.name());
    assertEquals(Set.of("io.github.peelkit.yaml"), exports(d));
    assertEquals(Set.of(), d.opens());
    assertTrue(!d.isOpen());
    assertTrue(
        d.requires().stream()
            .anyMatch(r -> r.name().equals("io.github.peelkit.core") && r.modifiers().contains(Requires.Modifier.TRANSITIVE)),
        "users of the loader read core's types without requiring it");
  }

  @Test
  void coreIsTheModuleIoGithubPeelkitCoreExportingNoInternalPackage() {
    ModuleDescriptor d = GradeScale.class.getModule().getDescriptor();
    assertEquals("io.github.peelkit.core", d.name());
    assertEquals(
        new TreeSet<>(
            Set.of(
                "io.github.peelkit.assessment", "io.github.peelkit.check", "io.github.peelkit.compare", "io.github.peelkit.evidence",
                "io.github.peelkit.extension", "io.github.peelkit.framework", "io.github.peelkit.testkit",
                "io.github.peelkit.grading", "io.github.peelkit.interval", "io.github.peelkit.mapping",
                "io.github.peelkit.normality", "io.github.peelkit.outlier", "io.github.peelkit.scale")),
        exports(d));
    assertTrue(d.packages().contains("io.github.peelkit.internal"));
    assertEquals(Set.of(), d.opens());
    // Immutables' annotations are for compiling only: nothing of them is needed at run time.
    assertTrue(
        d.requires().stream()
            .filter(r -> r.name().startsWith("org.immutables"))
            .allMatch(r -> r.modifiers().contains(Requires.Modifier.STATIC)));
  }
}
