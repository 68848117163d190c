package io.github.peelkit.examples.report;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real headless Chromium, run as a separate process on a page of the report, offline: every
 * network feature it would otherwise start (component updates, sync, background requests, QUIC) is
 * off, and each run gets a profile of its own in a fresh folder.
 */
final class Chromium {
  /** How to get it, for the message of a test that cannot run without it. */
  static final String INSTALL = "headless Chromium is needed to render the report's pages: install Debian's package with"
      + " 'apt-get install -y chromium' (.ci/run installs it when it is missing), or set PEEL_CHROMIUM to the browser's path";

  private static final long TIMEOUT_SECONDS = 90;

  private final Path executable;
  private final Path work;

  private Chromium(Path executable, Path work) {
    this.executable = executable;
    this.work = work;
  }

  /** {@return the browser, working in a folder of its own; the test fails, saying how to install it, when there is none} */
  static Chromium find(Path work) {
    return locate().map(path -> new Chromium(path, work)).orElseGet(() -> fail(INSTALL));
  }

  private static Optional<Path> locate() {
    String named = System.getenv("PEEL_CHROMIUM");
    if (named != null && !named.isBlank()) {
      return Optional.of(Path.of(named)).filter(Files::isExecutable);
    }
    for (String folder : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        Path candidate = Path.of(folder.isEmpty() ? "." : folder, name);
        if (Files.isExecutable(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The result of one run.
   *
   * @param exitCode the browser's exit code
   * @param out what it printed to standard output (the DOM, for {@code --dump-dom})
   * @param err what it printed to standard error, for messages
   */
  record Run(int exitCode, String out, String err) {}

  /** {@return the DOM of a page after Chromium loaded, styled and laid it out} */
  Run dumpDom(Path page) {
    return run("--dump-dom", page.toUri().toString());
  }

  /** {@return the run that draws a page into a PNG of the given width and height} */
  Run screenshot(Path page, Path png, int width, int height) {
    return run("--window-size=" + width + "," + height, "--screenshot=" + png.toAbsolutePath(), page.toUri().toString());
  }

  /** {@return the run that prints a page to PDF, as its print style sheet lays it out} */
  Run printToPdf(Path page, Path pdf) {
    return run("--no-pdf-header-footer", "--print-to-pdf=" + pdf.toAbsolutePath(), page.toUri().toString());
  }

  private Run run(String... arguments) {
    try {
      Path profile = Files.createTempDirectory(work, "profile-");
      Path out = Files.createTempFile(work, "out-", ".txt");
      Path err = Files.createTempFile(work, "err-", ".txt");
      List<String> command = new ArrayList<>(List.of(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
          "--hide-scrollbars", "--user-data-dir=" + profile));
      command.addAll(List.of(arguments));
      Process process = new ProcessBuilder(command).directory(work.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
        fail("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + String.join(" ", command));
      }
      return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
