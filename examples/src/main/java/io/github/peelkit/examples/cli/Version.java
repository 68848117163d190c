package io.github.peelkit.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The version of peel: the Maven project version, put into a resource when the jar is built. */
final class Version implements IVersionProvider {
  private static final String RESOURCE = "version.properties";

  /** {@return the Maven project version peel was built as, such as {@code 0.1.0-SNAPSHOT}} */
  static String number() {
    try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return "unknown";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"peel " + number()};
  }
}
