package io.github.peelkit.examples.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.examples.launcher.Installed.Command;
import io.github.peelkit.examples.launcher.Installed.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/peel} run as a user runs it: from any folder, through symbolic links, with any arguments,
 * on the Java of {@code JAVA_HOME} or of {@code PATH}, with peel's exit codes passed through.
 */
class LauncherTest {
  private static final Path PEEL = Installed.home().resolve("bin/peel");
  private static final Path ESSEX = Installed.module().resolve("data/essex/peel-2021-22.yaml");

  @TempDir Path temp;

  private static void assertVersion(Run run) {
    assertEquals(new Run(0, "peel " + Installed.version() + "\n", ""), run, run.describe());
  }

  @Test
  void runsFromAnotherFolderAndReadsPathsAgainstIt() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("my data"));
    Files.copy(ESSEX, folder.resolve("essex 2021.yaml"));
    assertVersion(Command.of(PEEL, "--version").in(temp).run());
    Run run = Command.of(PEEL, "validate", "my data/essex 2021.yaml").in(temp).run();
    assertEquals(new Run(0, "1 file, 0 errors, 0 warnings\n", ""), run, run.describe());
  }

  @Test
  void runsThroughAbsoluteRelativeAndChainedSymbolicLinks() throws IOException {
    Path absolute = Files.createSymbolicLink(Files.createDirectories(temp.resolve("absolute link")).resolve("peel"), PEEL);
    Path relativeFolder = Files.createDirectories(temp.resolve("relative link"));
    Path relative = Files.createSymbolicLink(relativeFolder.resolve("peel"), relativeFolder.relativize(PEEL));
    Path chained = Files.createSymbolicLink(Files.createDirectories(temp.resolve("chain")).resolve("peel"), Path.of("../relative link/peel"));
    Path linkedFolder = Files.createSymbolicLink(temp.resolve("linked bin"), PEEL.getParent());
    for (Path link : new Path[] {absolute, relative, chained, linkedFolder.resolve("peel")}) {
      assertVersion(Command.of(link, "--version").in(temp).run());
    }
    // By its name on PATH, as a shell finds it, and with a relative path to the link.
    assertVersion(Command.of("/bin/sh", "-c", "exec peel --version").with("PATH", absolute.getParent() + ":/usr/bin:/bin").run());
    assertVersion(Command.of("chain/peel", "--version").in(temp).run());
  }

  @Test
  void findsItselfWhateverCdpathSays() throws IOException {
    // A relative bin/peel, with a CDPATH that holds a bin folder of its own: cd would go there.
    Files.createDirectories(temp.resolve("elsewhere/bin"));
    assertVersion(Command.of("bin/peel", "--version").in(Installed.home()).with("CDPATH", temp.resolve("elsewhere").toString()).run());
  }

  @Test
  void passesArgumentsThroughUntouched() {
    String path = "a  b\t'c' \"d\" $HOME * \\ `x` ; |.yaml";
    Run run = Command.of(PEEL, "show", path).in(temp).run();
    assertEquals(2, run.exitCode(), run.describe());
    assertTrue(run.err().startsWith("peel show: no such file or folder: " + path + "\n"), run.describe());
  }

  @Test
  void passesExitCodesThrough() {
    assertEquals(0, Command.of(PEEL, "validate", ESSEX.toString()).run().exitCode());
    Run invalid = Command.of(PEEL, "validate", "src/test/resources/cli/invalid").run();
    assertEquals(1, invalid.exitCode(), invalid.describe());
    assertTrue(invalid.err().contains("error[PK"), invalid.describe());
    Run usage = Command.of(PEEL, "validate", ESSEX.toString(), "--colour").run();
    assertEquals(2, usage.exitCode(), usage.describe());
    assertTrue(usage.err().startsWith("peel validate: Unknown option: '--colour'\n"), usage.describe());
  }

  @Test
  void findsJavaThroughJavaHomeOrPath() {
    String javaBin = Installed.javaHome().resolve("bin").toString();
    assertVersion(Command.of(PEEL, "--version").without("JAVA_HOME").with("PATH", javaBin + ":/usr/bin:/bin").run());
    assertVersion(Command.of(PEEL, "--version").with("JAVA_HOME", Installed.javaHome().toString()).with("PATH", "/nowhere").run());
  }

  @Test
  void saysWhereJavaIsMissing() {
    Run badHome = Command.of(PEEL, "--version").with("JAVA_HOME", temp.toString()).run();
    assertEquals(127, badHome.exitCode(), badHome.describe());
    assertEquals("peel: JAVA_HOME is " + temp + ", which has no bin/java: set it to a Java 17 or newer, or unset it to use"
        + " the java on PATH\n", badHome.err());
    Run none = Command.of(PEEL, "--version").without("JAVA_HOME").with("PATH", temp.toString()).run();
    assertEquals(127, none.exitCode(), none.describe());
    assertEquals("peel: no java on PATH and JAVA_HOME is not set: install a Java 17 or newer, or set JAVA_HOME to one\n", none.err());
  }

  @Test
  void peelOptsComeLastSplitAtSpacesWithoutGlobbing() throws IOException {
    // A file that a glob in PEEL_OPTS would expand to: the option must reach the JVM as written.
    Files.createFile(temp.resolve("-Dpeel.glob=expanded"));
    Run run = Command.of(PEEL, "--version").in(temp).with("PEEL_OPTS", "-XshowSettings:properties -Dpeel.glob=*  -XX:TieredStopAtLevel=4").run();
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.err().contains("peel.glob = *\n"), run.describe());
  }

  @Test
  void aCollectorChosenInPeelOptsReplacesTheLaunchersOwn() {
    // The JVM refuses two collectors; the launcher leaves its own out.
    Run run = Command.of(PEEL, "--version").with("PEEL_OPTS", "-XX:+UseParallelGC -XX:+PrintCommandLineFlags").run();
    assertEquals(0, run.exitCode(), run.describe());
    assertTrue(run.out().contains("-XX:+UseParallelGC") && !run.out().contains("UseSerialGC"), run.describe());
    Run own = Command.of(PEEL, "--version").with("PEEL_OPTS", "-XX:+PrintCommandLineFlags").run();
    assertTrue(own.out().contains("-XX:+UseSerialGC") && own.out().contains("-XX:TieredStopAtLevel=1"), own.describe());
  }

  @Test
  void oneCompilerThreadUnlessTheOptionsChooseTiersOrThreads() {
    Run own = Command.of(PEEL, "--version").with("PEEL_OPTS", "-XX:+PrintCommandLineFlags").run();
    assertTrue(own.out().contains("-XX:CICompilerCount=1 "), own.describe());
    // The JVM refuses a single compiler thread with the optimising tier: the launcher leaves the count to it.
    for (String options : List.of("-XX:TieredStopAtLevel=4", "-XX:CICompilerCount=3", "-XX:-TieredCompilation")) {
      Run chosen = Command.of(PEEL, "--version").with("PEEL_OPTS", options + " -XX:+PrintCommandLineFlags").run();
      assertEquals(0, chosen.exitCode(), chosen.describe());
      assertFalse(chosen.out().contains("-XX:CICompilerCount=1 "), chosen.describe());
    }
  }

  @Test
  void theArchiveIsMappedWhereItWasMadeWhenThisJavaCan() {
    // Recent JDKs relocate an archive at every start unless told otherwise: a tenth of a short command.
    Run run = Command.of(PEEL, "--version").with("PEEL_OPTS", "-XX:+PrintCommandLineFlags").run();
    assertTrue(run.out().contains("-XX:ArchiveRelocationMode=0") && run.out().contains("-XX:SharedArchiveFile="), run.describe());
    Run off = Command.of(PEEL, "--version").with("PEEL_CDS", "off").with("PEEL_OPTS", "-XX:+PrintCommandLineFlags").run();
    assertFalse(off.out().contains("ArchiveRelocationMode") || off.out().contains("SharedArchiveFile"), off.describe());
  }
}
