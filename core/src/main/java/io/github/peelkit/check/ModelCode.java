package io.github.peelkit.check;


/**
 * The codes of the model's rules: what a value of the model can break, whatever it was read from.
 * A code never changes meaning; new codes are added at the end with the next free number.
 *
 * <p>Only {@link #FIGURES_INCONSISTENT} (PK010), {@link #CONCERN_WITHOUT_RECOMMENDATION} (PK013),
 * {@link #INADEQUATE_WITHOUT_CONCERN} (PK014), {@link #GRADING_RULE_UNREACHABLE} (PK018), {@link
 * #DERIVED_GRADE_DIFFERS} (PK019) and {@link #DISTRIBUTION_DIFFERS_FROM_PEERS} (PK020) are warnings.
 * The codes of a file that is not
 * even well-formed (PK001 to PK004, PK016) belong to the reader of the file's format.
 */
public enum ModelCode implements Code {
  /** PK005: a required value is missing, such as a key the format requires or a file without any document. */
  MISSING_REQUIRED("PK005", "missing required key", Severity.ERROR),
  /** PK006: an invalid value or type: dates, slugs, numbers, NaN. */
  INVALID_VALUE("PK006", "invalid value or type", Severity.ERROR),
  /** PK007: an id given twice. */
  DUPLICATE_ID("PK007", "duplicate id", Severity.ERROR),
  /** PK008: a reference that names nothing: scale, framework, area, grade, evidence, finding, mapping. */
  UNRESOLVED_REFERENCE("PK008", "unresolved reference", Severity.ERROR),
  /** PK009: impossible evidence: successes above size, size not positive, level outside (0, 1), population below size. */
  IMPOSSIBLE_EVIDENCE("PK009", "impossible evidence", Severity.ERROR),
  /** PK010: a published estimate or margin inconsistent with successes and size beyond rounding. */
  FIGURES_INCONSISTENT("PK010", "published figures inconsistent", Severity.WARNING),
  /** PK011: a grade mapping breaks a law: total, contiguous, monotone. */
  MAPPING_LAW_VIOLATED("PK011", "mapping law violated", Severity.ERROR),
  /** PK012: judgment conflicts: graded and ungraded, a grade on an ungraded area, two judgments for one area. */
  JUDGMENT_CONFLICT("PK012", "judgment conflict", Severity.ERROR),
  /** PK013: a cause of concern with no recommendation. */
  CONCERN_WITHOUT_RECOMMENDATION("PK013", "cause of concern without recommendation", Severity.WARNING),
  /** PK014: an inadequate grade with no cause of concern. */
  INADEQUATE_WITHOUT_CONCERN("PK014", "inadequate without cause of concern", Severity.WARNING),
  /** PK015: distribution counts that do not add up to the population. */
  DISTRIBUTION_DOES_NOT_ADD_UP("PK015", "distribution does not add up", Severity.ERROR),
  /**
   * PK017: grading rules break a law: total, monotone, well-formed; the message names the law and,
   * for total and monotone, a combination of inputs that shows it.
   */
  GRADING_LAW_VIOLATED("PK017", "grading law violated", Severity.ERROR),
  /** PK018: a rule, band or limit of grading rules decides no combination of inputs. */
  GRADING_RULE_UNREACHABLE("PK018", "grading rule unreachable", Severity.WARNING),
  /** PK019: a published grade differs from the grade its rules derive from the grades it derives from. */
  DERIVED_GRADE_DIFFERS("PK019", "derived grade differs", Severity.WARNING),
  /**
   * PK020: a published peer distribution that differs from the grades of the whole population loaded:
   * a check of a set of assessments, not of one.
   */
  DISTRIBUTION_DIFFERS_FROM_PEERS("PK020", "distribution differs from the loaded population", Severity.WARNING);

  private final String id;
  private final String title;
  private final Severity severity;

  ModelCode(String id, String title, Severity severity) {
    this.id = id;
    this.title = title;
    this.severity = severity;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String title() {
    return title;
  }

  @Override
  public Severity severity() {
    return severity;
  }
}
