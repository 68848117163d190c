package io.github.peelkit.examples.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.peelkit.examples.launcher.Installed.Command;
import io.github.peelkit.examples.launcher.Installed.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class-data-sharing archive, {@code lib/peel.jsa}: used by the JVM that the build made it with,
 * and silently left out by any other (another JDK, a moved folder, options that rule sharing out),
 * which then starts as a plain {@code java} would; {@code PEEL_CDS=make} makes one where peel is.
 */
class ClassDataArchiveTest {
  private static final String SHARED = "io.github.peelkit.examples.cli.Peel source: shared objects file";
  private static final String FROM_JAR = "io.github.peelkit.examples.cli.Peel source: file:";

  @TempDir Path temp;

  /** {@return peel --version, with the classes loaded listed on standard output after the version} */
  private static Run versionListingClasses(Path peel, String... environment) {
    Command command = Command.of(peel, "--version").with("PEEL_OPTS", "-Xlog:class+load");
    for (int i = 0; i < environment.length; i += 2) {
      command.with(environment[i], environment[i + 1]);
    }
    Run run = command.run();
    assertEquals(0, run.exitCode(), run.describe());
    assertEquals("", run.err(), "nothing on standard error, whatever the archive");
    assertTrue(run.out().contains("\npeel " + Installed.version() + "\n"), run.describe());
    return run;
  }

  private static Path installedCopy(Path to) throws IOException {
    Installed.copy(Installed.home(), to);
    return to.resolve("bin/peel");
  }

  @Test
  void theBuildsArchiveServesTheBuildsJava() {
    Path peel = Installed.home().resolve("bin/peel");
    assertTrue(versionListingClasses(peel).out().contains(SHARED));
    assertTrue(versionListingClasses(peel, "JAVA_HOME", Installed.javaHome().toString()).out().contains(SHARED));
    assertTrue(versionListingClasses(peel, "PEEL_CDS", "off").out().contains(FROM_JAR));
  }

  @Test
  void aOneFileValidateFindsEveryClassOfPeelkitInTheArchive() {
    // The archive is made from a rehearsal of every command: one that missed the direct path of
    // `validate PATH...`, or the catalogue read ahead, would leave their classes and lambdas to be
    // read from the jars and made at run time on the call made most.
    Run run = Command.of(Installed.home().resolve("bin/peel"), "validate", "data/essex/peel-2021-22.yaml")
        .with("PEEL_OPTS", "-Xlog:class+load")
        .run();
    assertEquals(0, run.exitCode(), run.describe());
    List<String> fromElsewhere = run.out().lines()
        .filter(line -> line.contains("[class,load] io.github.peelkit.") && !line.contains("source: shared objects file"))
        .toList();
    assertEquals(List.of(), fromElsewhere);
    assertTrue(run.out().contains("io.github.peelkit.examples.cli.ReadAhead source: shared objects file"), run.describe());
  }

  @Test
  void optionsThatRuleSharingOutLeaveItOutSilently() {
    // The stamp matches, so the JVM is offered the archive, and must refuse it without a word.
    Run run = versionListingClasses(Installed.home().resolve("bin/peel"), "PEEL_OPTS", "-Xlog:class+load -XX:-UseCompressedClassPointers");
    assertFalse(run.out().contains(SHARED), run.describe());
  }

  @Test
  void anotherJavaRunsWithoutTheArchiveSilently() throws IOException {
    Optional<Path> other = otherJava();
    assumeTrue(other.isPresent(), "no second Java 17 or newer in /usr/lib/jvm");
    Run run = versionListingClasses(Installed.home().resolve("bin/peel"), "JAVA_HOME", other.get().toString());
    assertFalse(run.out().contains(SHARED), run.describe());
  }

  @Test
  void aMovedFolderRunsWithoutTheArchiveUntilMakeMakesOne() throws IOException {
    // No space in this path: JDK 17 shares the JDK's classes but not the application's from a class path with one.
    Path peel = installedCopy(temp.resolve("moved-peel"));
    assertTrue(versionListingClasses(peel).out().contains(FROM_JAR));
    Run make = Command.of(peel).with("PEEL_CDS", "make").run();
    assertEquals(new Run(0, "", ""), make, make.describe());
    assertTrue(versionListingClasses(peel).out().contains(SHARED));
  }

  @Test
  void aDamagedArchiveIsLeftOutSilently() throws IOException {
    // JDK 17 given a truncated archive dies of SIGBUS: the stamp's size keeps it from being offered one.
    Path peel = installedCopy(temp.resolve("damaged"));
    assertEquals(0, Command.of(peel).with("PEEL_CDS", "make").run().exitCode());
    Path archive = temp.resolve("damaged/lib/peel.jsa");
    byte[] bytes = Files.readAllBytes(archive);
    assertTrue(archive.toFile().setWritable(true));
    Files.write(archive, Arrays.copyOf(bytes, bytes.length / 3));
    assertFalse(versionListingClasses(peel).out().contains(SHARED));
  }

  @Test
  void anArchiveWithoutItsStampIsNotOffered() throws IOException {
    // As an interrupted make leaves it: the stamp is removed first and written last.
    Path peel = installedCopy(temp.resolve("interrupted"));
    assertEquals(0, Command.of(peel).with("PEEL_CDS", "make").run().exitCode());
    Files.delete(temp.resolve("interrupted/lib/peel.jsa.stamp"));
    assertTrue(versionListingClasses(peel).out().contains(FROM_JAR));
  }

  @Test
  void makeSaysWhyItFailedAndUnknownModesAreRefused() throws IOException {
    Path peel = installedCopy(temp.resolve("no class list"));
    Files.delete(temp.resolve("no class list/lib/peel.classlist"));
    Run make = Command.of(peel).with("PEEL_CDS", "make").run();
    assertEquals(1, make.exitCode(), make.describe());
    assertTrue(make.err().startsWith("peel: could not make " + temp.resolve("no class list/lib/peel.jsa")), make.describe());
    assertFalse(Files.exists(temp.resolve("no class list/lib/peel.jsa.stamp")));
    Run unknown = Command.of(peel, "--version").with("PEEL_CDS", "yes").run();
    assertEquals(new Run(2, "", "peel: PEEL_CDS is 'yes': expected auto, off or make\n"), unknown);
  }

  /** {@return a Java 17 or newer under /usr/lib/jvm other than the one running the tests} */
  private static Optional<Path> otherJava() throws IOException {
    Path jvms = Path.of("/usr/lib/jvm");
    if (!Files.isDirectory(jvms)) {
      return Optional.empty();
    }
    Path running = Installed.javaHome().toRealPath();
    try (Stream<Path> homes = Files.list(jvms)) {
      for (Path home : homes.sorted().toList()) {
        Path release = home.resolve("release");
        if (Files.isExecutable(home.resolve("bin/java")) && Files.exists(release) && !home.toRealPath().equals(running)) {
          List<String> lines = Files.readAllLines(release);
          Optional<Integer> major = lines.stream()
              .filter(line -> line.startsWith("JAVA_VERSION="))
              .map(line -> line.replaceAll("[^0-9.]", "").split("\\.")[0])
              .map(Integer::valueOf)
              .findFirst();
          if (major.isPresent() && major.get() >= 17) {
            return Optional.of(home);
          }
        }
      }
    }
    return Optional.empty();
  }
}
