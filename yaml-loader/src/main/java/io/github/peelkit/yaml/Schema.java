package io.github.peelkit.yaml;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of the {@code peelkit/v1} format, shipped in this jar as {@code
 * io/github/peelkit/yaml/peelkit-v1.schema.json}: the machine-readable list of every key of every
 * kind of document, for editors and for validators in other languages.
 *
 * <p>The schema validates one document at a time, read from YAML by YAML 1.2 core rules (as this
 * loader reads it: {@code no} is text, {@code 0x10} is 16). It and the loader agree on every file
 * they can both judge: the schema accepts a document exactly when the loader finds nothing wrong
 * with it, apart from what needs more than one document or one value at a time, which only the
 * loader checks: references that do not resolve ({@code PK008}), ids used twice ({@code PK007}),
 * successes above size or size above population ({@code PK009}), a period that ends before it
 * starts, a standard whose {@code atLeast} is above its {@code atMost}, scores that do not decrease,
 * counts that do not add up ({@code PK015}), an ungraded area given a grade or an area judged twice
 * ({@code PK012}), the laws of grade mappings ({@code PK011}), and whether a conversion record agrees
 * with its mapping and carries the grade its policy picks ({@code PK006}, {@code PK008}, {@code
 * PK011}, {@code PK012}). What is not YAML the schema cannot
 * see at all: malformed YAML, limits, anchors, aliases and tags ({@code PK001}, {@code PK002}, {@code
 * PK016}).
 */
public final class Schema {
  /** The resource name of the schema in this jar. */
  public static final String RESOURCE = "/io/github/peelkit/yaml/peelkit-v1.schema.json";

  private Schema() {}

  /** {@return the JSON Schema of the format, as JSON text} */
  public static String text() {
    return Holder.TEXT;
  }

  /** Reads the schema once, on first use. */
  private static final class Holder {
    static final String TEXT = read();

    private static String read() {
      try (InputStream in = Schema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the schema resource " + RESOURCE + " is missing from the jar");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
