package io.github.peelkit.check;

import java.util.Locale;
import java.util.Optional;

/**
 * The stable codes of peelkit's problems. A code never changes meaning; new codes may be added.
 *
 * <p>Each code has the severity it is normally reported with: only {@link #PK010}, {@link #PK013}
 * and {@link #PK014} are warnings.
 */
public enum Code {
  /** Malformed YAML. */
  PK001("malformed YAML", Severity.ERROR),
  /** A safety limit exceeded: size, depth, scalar or key length, documents, files. */
  PK002("safety limit exceeded", Severity.ERROR),
  /** Unknown {@code apiVersion} or {@code kind}. */
  PK003("unknown apiVersion or kind", Severity.ERROR),
  /** Unknown key. */
  PK004("unknown key", Severity.ERROR),
  /** Missing required key, or a file without any document. */
  PK005("missing required key", Severity.ERROR),
  /** Invalid value or type: dates, slugs, numbers, NaN. */
  PK006("invalid value or type", Severity.ERROR),
  /** Duplicate id. */
  PK007("duplicate id", Severity.ERROR),
  /** Unresolved reference: scale, framework, area, grade, evidence, finding, mapping. */
  PK008("unresolved reference", Severity.ERROR),
  /** Impossible evidence: successes above size, size not positive, level outside (0, 1), population below size. */
  PK009("impossible evidence", Severity.ERROR),
  /** Published estimate or margin inconsistent with successes and size beyond rounding. */
  PK010("published figures inconsistent", Severity.WARNING),
  /** A grade mapping breaks a law: total, contiguous, monotone. */
  PK011("mapping law violated", Severity.ERROR),
  /** Judgment conflicts: graded and ungraded, a grade on an ungraded area, two judgments for one area. */
  PK012("judgment conflict", Severity.ERROR),
  /** A cause of concern with no recommendation. */
  PK013("cause of concern without recommendation", Severity.WARNING),
  /** An inadequate grade with no cause of concern. */
  PK014("inadequate without cause of concern", Severity.WARNING),
  /** Distribution counts that do not add up to the population. */
  PK015("distribution does not add up", Severity.ERROR),
  /** Unsupported YAML feature: anchor, alias, merge key, tag. */
  PK016("unsupported YAML feature", Severity.ERROR);

  private final String title;
  private final Severity severity;

  Code(String title, Severity severity) {
    this.title = title;
    this.severity = severity;
  }

  /** {@return a few words saying what the code is about} */
  public String title() {
    return title;
  }

  /** {@return the severity this code is reported with} */
  public Severity severity() {
    return severity;
  }

  /**
   * Finds a code by its name, ignoring case.
   *
   * @param name a code such as {@code PK008} or {@code pk008}
   * @return the code, or empty when there is no such code
   */
  public static Optional<Code> find(String name) {
    try {
      return Optional.of(valueOf(name.toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
