package io.github.peelkit.examples.cli;

import io.github.peelkit.check.Code;
import io.github.peelkit.check.Severity;
import io.github.peelkit.yaml.Problem;
import io.github.peelkit.yaml.YamlReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Problems as a SARIF 2.1.0 log, the format code-scanning tools read: one run of the tool {@code
 * peel}, one rule per problem code (every code, so that a rule's index never changes), and one
 * result per problem with its level and its place: the file as a URI, relative to the working
 * directory where it lies under it, and the line and column.
 *
 * <p>Columns are counted in Unicode code points, as the loader counts them, and the run says so
 * ({@code columnKind: unicodeCodePoints}).
 */
final class Sarif {
  /** The SARIF 2.1.0 schema the log conforms to. */
  static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json";

  /**
   * The base that relative file URIs are resolved against: the working directory, which in a CI job
   * is the root of the checked-out sources (the name code-scanning tools expect).
   */
  static final String SOURCE_ROOT = "%SRCROOT%";

  private Sarif() {}

  /**
   * The log of one run.
   *
   * @param problems the problems, in order
   * @param version the version of peel
   * @param workingDirectory the directory file names are resolved against
   * @return the log
   */
  static ObjectNode log(List<Problem> problems, String version, Path workingDirectory) {
    return log(problems, version, workingDirectory, problems.stream().anyMatch(Problem::isError) ? 1 : 0, Optional.empty());
  }

  /**
   * The log of one run, with the invocation that records how it ended.
   *
   * @param problems the problems, in order
   * @param version the version of peel
   * @param workingDirectory the directory file names are resolved against
   * @param exitCode the exit code of the run
   * @param failure why the run ended without checking everything (a usage error, a catalogue with
   *     errors), or empty when it checked what it was asked to
   * @return the log
   */
  static ObjectNode log(List<Problem> problems, String version, Path workingDirectory, int exitCode, Optional<String> failure) {
    ObjectNode log = Json.object();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    ObjectNode run = log.putArray("runs").addObject();
    ObjectNode driver = run.putObject("tool").putObject("driver");
    driver.put("name", "peel");
    driver.put("version", version);
    driver.put("informationUri", "https://github.com/peelkit/peelkit");
    ArrayNode rules = driver.putArray("rules");
    for (Code code : YamlReader.codes()) {
      ObjectNode rule = rules.addObject();
      rule.put("id", code.id());
      rule.put("name", ruleName(code));
      rule.putObject("shortDescription").put("text", code.title());
      rule.putObject("defaultConfiguration").put("level", level(code.severity()));
    }
    // Says what the base of relative file URIs is: the working directory, as a directory URI.
    run.putObject("originalUriBaseIds").putObject(SOURCE_ROOT).put("uri", directoryUri(workingDirectory));
    run.put("columnKind", "unicodeCodePoints");
    ObjectNode invocation = run.putArray("invocations").addObject();
    invocation.put("exitCode", exitCode);
    invocation.put("executionSuccessful", failure.isEmpty());
    failure.ifPresent(
        message -> {
          ObjectNode notification = invocation.putArray("toolExecutionNotifications").addObject();
          notification.put("level", "error");
          notification.putObject("message").put("text", message);
        });
    ArrayNode results = run.putArray("results");
    for (Problem p : problems) {
      ObjectNode result = results.addObject();
      result.put("ruleId", p.code().id());
      result.put("ruleIndex", YamlReader.codes().indexOf(p.code()));
      result.put("level", level(p.severity()));
      result.putObject("message").put("text", p.fullMessage());
      ObjectNode location = result.putArray("locations").addObject();
      ObjectNode physical = location.putObject("physicalLocation");
      ObjectNode artifact = physical.putObject("artifactLocation");
      String uri = uri(p.file(), workingDirectory);
      artifact.put("uri", uri);
      if (!uri.startsWith("file:")) {
        artifact.put("uriBaseId", SOURCE_ROOT);
      }
      ObjectNode region = physical.putObject("region");
      region.put("startLine", p.line());
      region.put("startColumn", p.column());
      if (!p.path().isEmpty()) {
        location.putArray("logicalLocations").addObject().put("fullyQualifiedName", p.path());
      }
      ObjectNode properties = Json.object();
      p.value().ifPresent(v -> properties.put("value", v));
      Json.putTexts(properties, "validValues", p.validValues());
      p.suggestion().ifPresent(s -> properties.put("suggestion", s));
      if (!properties.isEmpty()) {
        result.set("properties", properties);
      }
    }
    return log;
  }

  /** {@return the {@code file:} URI of a directory, ending with a slash as SARIF requires of a base} */
  static String directoryUri(Path directory) {
    String uri = directory.toAbsolutePath().normalize().toUri().toASCIIString();
    return uri.endsWith("/") ? uri : uri + "/";
  }

  /** {@return a SARIF level for a severity: {@code error} or {@code warning}} */
  static String level(Severity severity) {
    return severity == Severity.ERROR ? "error" : "warning";
  }

  /** {@return a code's title as a rule name, such as {@code UnresolvedReference}} */
  static String ruleName(Code code) {
    StringBuilder b = new StringBuilder();
    for (String word : code.title().split("[^A-Za-z0-9]+")) {
      if (!word.isEmpty()) {
        b.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
      }
    }
    return b.toString();
  }

  /**
   * The URI of a file as a problem names it: a relative reference with forward slashes for a
   * relative name or for an absolute one under the working directory; a {@code file:} URI for any
   * other absolute name.
   */
  static String uri(String file, Path workingDirectory) {
    Path path;
    try {
      path = Path.of(file);
    } catch (InvalidPathException notAPath) {
      return encode(file);
    }
    if (path.isAbsolute()) {
      Path base = workingDirectory.toAbsolutePath().normalize();
      Path normal = path.normalize();
      if (!normal.startsWith(base)) {
        return normal.toUri().toASCIIString();
      }
      path = base.relativize(normal);
    }
    String slashes = path.toString().replace(path.getFileSystem().getSeparator(), "/");
    return encode(slashes);
  }

  private static String encode(String relative) {
    // A colon in the first segment would read as a scheme: "./" keeps the reference relative.
    String safe = relative.indexOf(':') >= 0 && relative.indexOf(':') < (relative.indexOf('/') < 0 ? Integer.MAX_VALUE : relative.indexOf('/'))
        ? "./" + relative
        : relative;
    try {
      return new URI(null, null, safe, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("file name " + relative + " has no URI form", e);
    }
  }
}
