package io.github.peelkit.yaml;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The kinds of document of the {@code peelkit/v1} format, by the names written after {@code kind:}. */
public enum DocumentKind {
  /** A grade scale, {@code kind: GradeScale}. */
  GRADE_SCALE("GradeScale"),
  /** An assessment framework, {@code kind: Framework}. */
  FRAMEWORK("Framework"),
  /** An assessment, {@code kind: Assessment}. */
  ASSESSMENT("Assessment"),
  /** A grade mapping, {@code kind: GradeMapping}. */
  GRADE_MAPPING("GradeMapping"),
  /** Grading rules, {@code kind: GradingRules}. */
  GRADING_RULES("GradingRules");

  private static final List<String> IDS = Arrays.stream(values()).map(DocumentKind::id).toList();

  private final String id;

  DocumentKind(String id) {
    this.id = id;
  }

  /** {@return the name written after {@code kind:}, such as {@code GradeScale}} */
  public String id() {
    return id;
  }

  /** {@return the names of all kinds, in declaration order} */
  public static List<String> ids() {
    return IDS;
  }

  /**
   * Finds a kind by the name written after {@code kind:}, exactly (keys and kinds are case-sensitive).
   *
   * @param id the name, such as {@code Framework}
   * @return the kind, or empty
   */
  public static Optional<DocumentKind> find(String id) {
    for (DocumentKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
