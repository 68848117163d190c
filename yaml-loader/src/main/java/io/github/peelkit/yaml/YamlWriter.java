package io.github.peelkit.yaml;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.internal.Documents;
import io.github.peelkit.yaml.internal.RulesDocuments;
import io.github.peelkit.yaml.internal.Emitter;
import io.github.peelkit.yaml.internal.IoFailure;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes grade scales, frameworks, grade mappings, grading rules and assessments as {@code peelkit/v1}
 * YAML that a {@link YamlReader} reads back into equal values, extensions included.
 *
 * <p>The output is block style with a stable, readable key order (that of the format's reference,
 * {@code apiVersion}, {@code kind} and {@code id} first); references are written as ids; defaults are
 * left out ({@code graded: true}, {@code level: 0.95}, {@code method: wald}, {@code comparable:
 * true}, an assessment's scale when it is its framework's); numbers are written exactly as held ({@code 0.857}, {@code 1.50}).
 * Texts are quoted only where needed, but always where they would read back as something else
 * ({@code yes}, {@code ~}, {@code 0x10}, {@code - a}, {@code a: b}, a leading space, empty text).
 * A double-quoted text is broken over lines at its escapes once a line passes 1,000 characters, so
 * that any text the reader's default limits accept is written on lines those limits accept too.
 *
 * <p>Refused with an {@link IllegalArgumentException} naming the place, rather than written wrong:
 * text that is not well-formed UTF-16 (a lone surrogate, which has no UTF-8 form and which Jackson's
 * YAML writer silently corrupts), a date outside the years 0000 to 9999, a mapping key longer than
 * 1,024 characters, and extensions nested deeper than 990 levels. Reading back also needs the
 * written text to be within the reader's {@link Limits}.
 *
 * <p>A document refers to its framework and scales by id: read it together with their documents,
 * unless they are built in.
 *
 * <p>Immutable and thread-safe.
 */
public final class YamlWriter {
  private static final YamlWriter STANDARD = new YamlWriter();

  private YamlWriter() {}

  /** {@return the writer} */
  public static YamlWriter standard() {
    return STANDARD;
  }

  /**
   * Writes a grade scale as one document.
   *
   * @param scale the scale
   * @return the YAML text
   * @throws IllegalArgumentException when a value cannot be written faithfully
   */
  public String write(GradeScale scale) {
    return Emitter.document(Documents.of(scale));
  }

  /**
   * Writes a framework as one document.
   *
   * @param framework the framework
   * @return the YAML text
   * @throws IllegalArgumentException when a value cannot be written faithfully
   */
  public String write(Framework framework) {
    return Emitter.document(Documents.of(framework));
  }

  /**
   * Writes an assessment as one document.
   *
   * @param assessment the assessment
   * @return the YAML text
   * @throws IllegalArgumentException when a value cannot be written faithfully
   */
  public String write(Assessment assessment) {
    return Emitter.document(Documents.of(assessment));
  }

  /**
   * Writes a grade mapping as one document.
   *
   * @param mapping the mapping
   * @return the YAML text
   * @throws IllegalArgumentException when a value cannot be written faithfully
   */
  public String write(GradeMapping mapping) {
    return Emitter.document(Documents.of(mapping));
  }

  /**
   * Writes grading rules as one document.
   *
   * @param rules the rules
   * @return the YAML text
   * @throws IllegalArgumentException when the rules hold a text that cannot be written faithfully
   */
  public String write(GradingRules rules) {
    return Emitter.document(RulesDocuments.of(rules));
  }

  /**
   * Writes several values as the documents of one file, separated by {@code ---}.
   *
   * @param values grade scales, frameworks, grade mappings, grading rules and assessments, in the order to write them
   * @return the YAML text
   * @throws IllegalArgumentException when a value is of another type, or cannot be written faithfully
   */
  public String write(List<?> values) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        b.append("---\n");
      }
      b.append(Emitter.document(document(values.get(i))));
    }
    return b.toString();
  }

  /**
   * Writes several values as the documents of one UTF-8 file.
   *
   * @param file the file, replaced if it exists
   * @param values grade scales, frameworks, grade mappings, grading rules and assessments, in the order to write them
   * @throws IllegalArgumentException when a value cannot be written faithfully (nothing is written)
   * @throws UncheckedIOException when the file cannot be written
   */
  public void write(Path file, List<?> values) {
    String text = write(values);
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw IoFailure.writing(file, e);
    }
  }

  /**
   * Writes several values as the documents of one file to a writer, which is flushed, not closed.
   *
   * @param out the writer
   * @param values grade scales, frameworks, grade mappings, grading rules and assessments, in the order to write them
   * @throws IllegalArgumentException when a value cannot be written faithfully (nothing is written)
   * @throws UncheckedIOException when the writer fails
   */
  public void write(Writer out, List<?> values) {
    String text = write(values);
    try {
      out.write(text);
      out.flush();
    } catch (IOException e) {
      throw IoFailure.writing("the output", e);
    }
  }

  /**
   * Writes several values as the documents of one UTF-8 file to a stream, which is flushed, not closed.
   *
   * @param out the stream
   * @param values grade scales, frameworks, grade mappings, grading rules and assessments, in the order to write them
   * @throws IllegalArgumentException when a value cannot be written faithfully (nothing is written)
   * @throws UncheckedIOException when the stream fails
   */
  public void write(OutputStream out, List<?> values) {
    write(new OutputStreamWriter(out, StandardCharsets.UTF_8), values);
  }

  /**
   * Writes an assessment as a file that reads on its own: first every scale and framework it
   * depends on that is not built in (its framework's scale, its own scale when it was converted to
   * another, its framework), then the mappings its converted judgments name that are not built in,
   * then the assessment. Without them, an assessment on a framework of its own writes a file that
   * fails to read with PK008.
   *
   * @param assessment the assessment
   * @param mappings the mappings its converted judgments were converted by, when they are not built
   *     in; others are not written
   * @return the YAML text, documents separated by {@code ---}
   * @throws IllegalArgumentException when a converted judgment names a mapping that is neither built
   *     in nor given, or a value cannot be written faithfully
   */
  public String writeWithDefinitions(Assessment assessment, List<GradeMapping> mappings) {
    return write(Dependencies.of(assessment, mappings));
  }

  /**
   * Writes an assessment as a file that reads on its own, as {@link #writeWithDefinitions(Assessment,
   * List)} does, for an assessment none of whose judgments was converted by a mapping of its own.
   *
   * @param assessment the assessment
   * @return the YAML text
   * @throws IllegalArgumentException when a converted judgment names a mapping that is not built in
   */
  public String writeWithDefinitions(Assessment assessment) {
    return writeWithDefinitions(assessment, List.of());
  }

  private static Map<String, Object> document(Object value) {
    if (value instanceof GradeScale scale) {
      return Documents.of(scale);
    }
    if (value instanceof Framework framework) {
      return Documents.of(framework);
    }
    if (value instanceof Assessment assessment) {
      return Documents.of(assessment);
    }
    if (value instanceof GradeMapping mapping) {
      return Documents.of(mapping);
    }
    if (value instanceof GradingRules rules) {
      return RulesDocuments.of(rules);
    }
    throw new IllegalArgumentException(
        "cannot write " + (value == null ? "null" : value.getClass().getName())
            + " as a document: write GradeScale, Framework, GradeMapping, GradingRules or Assessment values");
  }
}
