package io.github.peelkit.examples.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.examples.launcher.Installed.Command;
import io.github.peelkit.examples.launcher.Installed.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The layout's jars are exactly the launcher's class path, and the archives hold the same installed
 * peel, without the class-data archive (which serves only the build's JDK at the build's path), to
 * unpack and run anywhere.
 */
class ArchivesTest {
  @TempDir Path temp;

  /** {@return the file names of the jars on the launcher's class path, as written into bin/peel} */
  private static List<String> classPath() throws IOException {
    String line = Files.readAllLines(Installed.home().resolve("bin/peel")).stream()
        .filter(l -> l.startsWith("classpath=\""))
        .findFirst()
        .orElseThrow();
    return Arrays.stream(line.substring("classpath=\"".length(), line.length() - 1).split(":"))
        .map(entry -> {
          assertTrue(entry.startsWith("$lib/"), entry);
          return entry.substring("$lib/".length());
        })
        .toList();
  }

  private static Set<String> jars(Path lib) throws IOException {
    try (Stream<Path> files = Files.list(lib)) {
      return files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".jar")).collect(Collectors.toCollection(TreeSet::new));
    }
  }

  @Test
  void theLibFolderHoldsExactlyTheClassPath() throws IOException {
    List<String> classPath = classPath();
    assertEquals(new TreeSet<>(classPath), jars(Installed.home().resolve("lib")));
    assertEquals(classPath.size(), Set.copyOf(classPath).size(), "no jar twice");
    assertTrue(classPath.stream().noneMatch(jar -> jar.startsWith("jmh-") || jar.startsWith("jopt-") || jar.startsWith("commons-math3")), "benchmarks only");
  }

  @Test
  void theTarArchiveUnpacksToAPeelThatRunsAnywhere() throws IOException {
    Run untar = Command.of("tar", "-xzf", Installed.archives() + ".tar.gz", "-C", temp.toString()).run();
    assertEquals(0, untar.exitCode(), untar.describe());
    Path home = temp.resolve("peel-" + Installed.version());
    assertTrue(Files.getPosixFilePermissions(home.resolve("bin/peel")).contains(PosixFilePermission.OWNER_EXECUTE));
    assertEquals(jars(Installed.home().resolve("lib")), jars(home.resolve("lib")));
    assertTrue(Files.exists(home.resolve("lib/peel.classlist")));
    assertTrue(Files.exists(home.resolve("share/bash-completion/completions/peel")));
    assertTrue(Files.notExists(home.resolve("lib/peel.jsa")) && Files.notExists(home.resolve("lib/peel.jsa.stamp")));
    Run run = Command.of(home.resolve("bin/peel"), "validate", "data").run();
    assertEquals(new Run(0, "9 files, 0 errors, 0 warnings\n", ""), run, run.describe());
  }

  @Test
  void theZipArchiveHoldsTheSameFiles() throws IOException {
    // Files only: tar lists some folders as entries of their own, zip others.
    Set<String> tar = new TreeSet<>(Command.of("tar", "-tzf", Installed.archives() + ".tar.gz").run().out().lines().filter(n -> !n.endsWith("/")).toList());
    Set<String> zip = new TreeSet<>();
    try (ZipFile file = new ZipFile(Installed.archives() + ".zip")) {
      file.stream().filter(entry -> !entry.isDirectory()).forEach(entry -> zip.add(entry.getName()));
    }
    assertEquals(tar, zip);
    assertTrue(zip.contains("peel-" + Installed.version() + "/bin/peel"), zip.toString());
  }
}
