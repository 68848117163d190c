package io.github.peelkit.examples.launcher;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The installed {@code peel} that the build laid out ({@code examples/target/peel}), and a way to run
 * programs as a user's shell would: in a folder, with an environment, capturing what they print.
 * The build names the layout in the system property {@code peel.home}; without it the launcher's tests
 * fail rather than pass on nothing.
 */
final class Installed {
  private Installed() {}

  /** {@return the folder the build laid out, holding bin, lib and share} */
  static Path home() {
    String home = System.getProperty("peel.home");
    assertNotNull(home, "peel.home is not set: the launcher's tests run after package (mvn verify)");
    return Path.of(home).toAbsolutePath();
  }

  /** {@return the archives the build packed: the path of each without its .tar.gz or .zip} */
  static Path archives() {
    String archives = System.getProperty("peel.archives");
    assertNotNull(archives, "peel.archives is not set: the launcher's tests run after package (mvn verify)");
    return Path.of(archives).toAbsolutePath();
  }

  /** {@return the version the build gave peel} */
  static String version() {
    String version = System.getProperty("peel.version");
    assertNotNull(version, "peel.version is not set");
    return version;
  }

  /** {@return the Java running the tests, which the build made the class-data archive with} */
  static Path javaHome() {
    return Path.of(System.getProperty("java.home"));
  }

  /** {@return the module folder, where the example data is} */
  static Path module() {
    return Path.of("").toAbsolutePath();
  }

  /**
   * What a program did.
   *
   * @param exitCode its exit code
   * @param out what it printed to standard output
   * @param err what it printed to standard error
   */
  record Run(int exitCode, String out, String err) {
    /** {@return a description for assertion messages} */
    String describe() {
      return "exit " + exitCode + "\n--- out ---\n" + out + "--- err ---\n" + err;
    }
  }

  /** A program to run: its command, folder and environment, set up step by step. */
  static final class Command {
    private final List<String> command;
    private final Map<String, String> environment = new HashMap<>(System.getenv());
    private Path folder = module();

    private Command(List<String> command) {
      this.command = command;
      // Options for every JVM would reach peel's too, and what they print would not be peel's.
      environment.remove("JAVA_TOOL_OPTIONS");
      environment.remove("JDK_JAVA_OPTIONS");
      environment.remove("PEEL_OPTS");
      environment.remove("PEEL_CDS");
    }

    /** {@return a command of a program and its arguments} */
    static Command of(Object program, String... arguments) {
      List<String> command = new ArrayList<>();
      command.add(program.toString());
      command.addAll(List.of(arguments));
      return new Command(command);
    }

    /** {@return this command, run in another folder} */
    Command in(Path folder) {
      this.folder = folder;
      return this;
    }

    /** {@return this command, with a variable of the environment set} */
    Command with(String name, String value) {
      environment.put(name, value);
      return this;
    }

    /** {@return this command, with a variable of the environment unset} */
    Command without(String name) {
      environment.remove(name);
      return this;
    }

    /** {@return what the program did; it has a minute} */
    Run run() {
      ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
      builder.environment().clear();
      builder.environment().putAll(environment);
      try {
        Path out = Files.createTempFile("peel-out", ".txt");
        Path err = Files.createTempFile("peel-err", ".txt");
        try {
          Process process = builder.redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .start();
          if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("still running after a minute: " + command);
          }
          return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
        } finally {
          Files.deleteIfExists(out);
          Files.deleteIfExists(err);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new AssertionError("interrupted", e);
      }
    }
  }

  /** Copies a folder, symbolic links as they are, keeping modification times (the class-data archive checks them). */
  static void copy(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES, java.nio.file.LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
  }
}
