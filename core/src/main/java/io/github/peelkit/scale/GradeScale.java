package io.github.peelkit.scale;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * An ordered list of grades, best first, at least two: the scale an inspectorate grades on, such as
 * {@code peel-2021} (Outstanding, Good, Adequate, Requires improvement, Inadequate).
 *
 * <p>A scale is built from {@linkplain GradeDefinition grade definitions} and places each: its
 * {@linkplain #grades() grades} know the scale's id and their rank.
 *
 * <p>Invariants checked when a scale is built: its id is a slug; at least two grades; grade ids
 * unique; no label or alias names two grades (ignoring case); scores, if any grade has one, on
 * every grade and strictly decreasing from best to worst. Paths name the grades as the format
 * does: {@code grades[1].id}.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeScale {
  /** A scale has at least two grades. */
  public static final Rule TWO_GRADES = Rule.of(ModelCode.INVALID_VALUE, "a scale has at least two grades");
  /** No two grades of a scale have one id. */
  public static final Rule UNIQUE_GRADE_IDS = Rule.of(ModelCode.DUPLICATE_ID, "grade ids are unique");
  /** No id, label or alias names two grades of a scale. */
  public static final Rule UNAMBIGUOUS_NAMES = Rule.of(ModelCode.DUPLICATE_ID, "grade names are unambiguous");
  /** Either every grade of a scale has a score, or none has. */
  public static final Rule ALL_SCORES_OR_NONE = Rule.of(ModelCode.MISSING_REQUIRED, "all grades have a score or none");
  /** Scores decrease strictly from the best grade to the worst. */
  public static final Rule DECREASING_SCORES = Rule.of(ModelCode.INVALID_VALUE, "scores decrease from best to worst");
  /** A grade asked for by name is a grade of the scale. */
  public static final Rule KNOWN_GRADE = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "grade exists");

  GradeScale() {}

  /** {@return the id, a slug such as {@code peel-2021}} */
  public abstract String id();

  /** {@return the name, such as {@code PEEL graded judgments, 2021/22 onward}} */
  public abstract String name();

  /** {@return what the scale is for and where it comes from, when given} */
  public abstract Optional<String> description();

  /** {@return the definitions of the grades, best first, as the scale was built from them} */
  public abstract List<GradeDefinition> definitions();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder for a scale} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Creates a scale from grade definitions, best first.
   *
   * @param id the id, a slug
   * @param name the name
   * @param grades the definitions of the grades, best first, at least two
   * @return the scale
   * @throws InvariantException when an invariant of the scale fails
   */
  public static GradeScale of(String id, String name, List<GradeDefinition> grades) {
    return builder().id(id).name(name).definitions(grades).build();
  }

  /** {@return the grades, best first, each placed in this scale} */
  // Made once, on first use: every conversion and check asks for them.
  @Value.Lazy
  public List<Grade> grades() {
    List<Grade> grades = new ArrayList<>(definitions().size());
    for (int i = 0; i < definitions().size(); i++) {
      grades.add(new Grade(id(), i, definitions().get(i)));
    }
    return List.copyOf(grades);
  }

  /** {@return the number of grades} */
  public int size() {
    return definitions().size();
  }

  /** {@return the best grade} */
  public Grade best() {
    return grades().get(0);
  }

  /** {@return the worst grade} */
  public Grade worst() {
    return grades().get(grades().size() - 1);
  }

  /**
   * Returns the grade at a rank.
   *
   * @param rank 0 for the best grade, {@code size() - 1} for the worst
   * @return the grade
   * @throws IndexOutOfBoundsException when the rank is outside the scale
   */
  public Grade grade(int rank) {
    return grades().get(rank);
  }

  /**
   * Whether text names this scale: its id or its name, ignoring case and runs of white space.
   *
   * @param text the text
   * @return whether it names this scale
   */
  public boolean isNamedBy(String text) {
    String key = Checks.nameKey(text);
    return id().equals(key) || Checks.nameKey(name()).equals(key);
  }

  /**
   * Finds a grade by id, label or alias, ignoring case.
   *
   * @param name the id, label or alias
   * @return the grade, or empty when no grade has that name
   */
  public Optional<Grade> findGrade(String name) {
    String key = Checks.nameKey(name);
    return Optional.ofNullable(index().get(key)).map(grades()::get);
  }

  /**
   * Returns the grade with an id, label or alias, ignoring case.
   *
   * @param name the id, label or alias
   * @return the grade
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when no grade has that
   *     name; its violation lists the valid ids and says which one was probably meant
   */
  public Grade grade(String name) {
    return findGrade(name).orElseThrow(() -> unknownGrade(name).toException());
  }

  /**
   * Whether a grade is one of this scale's grades.
   *
   * @param grade a grade
   * @return whether it belongs to this scale
   */
  public boolean contains(Grade grade) {
    return grade.scale().equals(id()) && grade.rank() < size() && grades().get(grade.rank()).equals(grade);
  }

  /**
   * The grades from one grade to another, inclusive, best first, whichever order they are given in.
   *
   * @param from one end of the range
   * @param to the other end
   * @return the range of grades between them, inclusive
   * @throws IllegalArgumentException when either grade is not of this scale
   */
  public GradeRange range(Grade from, Grade to) {
    requireContains(from);
    requireContains(to);
    int a = Math.min(from.rank(), to.rank());
    int b = Math.max(from.rank(), to.rank());
    return new GradeRange(grades().subList(a, b + 1));
  }

  /** {@return the ids of the grades, best first} */
  public List<String> ids() {
    return grades().stream().map(Grade::id).toList();
  }

  private void requireContains(Grade grade) {
    if (!contains(grade)) {
      throw new IllegalArgumentException(
          "grade '" + grade.id() + "' of scale '" + grade.scale() + "' is not a grade of scale " + id());
    }
  }

  /** The violation a name that names no grade is: the valid ids, and the grade probably meant. */
  private Violation unknownGrade(String name) {
    List<String> names = new ArrayList<>();
    for (GradeDefinition grade : definitions()) {
      names.add(grade.id());
      names.add(grade.label());
      names.addAll(grade.aliases());
    }
    Optional<String> meant = Suggestions.closest(name, names).flatMap(this::findGrade).map(Grade::id);
    String shown = Violation.abbreviate(name);
    return Violation.of(KNOWN_GRADE, "grade", shown, "unknown grade '" + shown + "' in scale " + id(), ids(), meant);
  }

  /** Names (ids, labels, aliases) by comparison key, to the rank of the grade they name. */
  @Value.Lazy
  Map<String, Integer> index() {
    Map<String, Integer> index = new HashMap<>();
    for (int rank = 0; rank < definitions().size(); rank++) {
      GradeDefinition grade = definitions().get(rank);
      index.put(Checks.nameKey(grade.id()), rank);
      index.put(Checks.nameKey(grade.label()), rank);
      for (String alias : grade.aliases()) {
        index.put(Checks.nameKey(alias), rank);
      }
    }
    return Map.copyOf(index);
  }

  @Value.Check
  void check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    Checks.notBlank(found, "name", name());
    List<GradeDefinition> grades = definitions();
    if (grades.size() < 2) {
      found.add(
          TWO_GRADES.violation(
              "grades", grades.size(), "scale " + id() + " has " + grades.size() + " grade(s); a scale needs at least two"));
    }
    Set<String> ids = new HashSet<>();
    Map<String, String> names = Checks.names();
    for (int i = 0; i < grades.size(); i++) {
      GradeDefinition grade = grades.get(i);
      String at = "grades[" + i + "]";
      if (!ids.add(grade.id())) {
        found.add(
            UNIQUE_GRADE_IDS.violation(at + ".id", grade.id(), "grade id '" + grade.id() + "' appears twice in scale " + id()));
      }
      Checks.registerName(found, UNAMBIGUOUS_NAMES, names, grade.id(), grade.id(), at + ".id", "grade");
      Checks.registerName(found, UNAMBIGUOUS_NAMES, names, grade.label(), grade.id(), at + ".label", "grade");
      for (int j = 0; j < grade.aliases().size(); j++) {
        Checks.registerName(found, UNAMBIGUOUS_NAMES, names, grade.aliases().get(j), grade.id(), at + ".aliases[" + j + "]", "grade");
      }
    }
    checkScores(found);
    found.throwIfAny();
  }

  private void checkScores(Violations found) {
    List<GradeDefinition> grades = definitions();
    boolean scored = false;
    for (GradeDefinition grade : grades) {
      scored |= grade.score().isPresent();
    }
    if (!scored) {
      return;
    }
    for (int i = 0; i < grades.size(); i++) {
      GradeDefinition grade = grades.get(i);
      if (grade.score().isEmpty()) {
        found.add(
            ALL_SCORES_OR_NONE.violation(
                "grades[" + i + "].score",
                grade.id(),
                "grade '" + grade.id() + "' has no score, but other grades of scale " + id()
                    + " do: give every grade a score or none"));
      } else if (i > 0 && grades.get(i - 1).score().isPresent()) {
        double previous = grades.get(i - 1).score().getAsDouble();
        double current = grade.score().getAsDouble();
        if (!(current < previous)) {
          found.add(
              DECREASING_SCORES.violation(
                  "grades[" + i + "].score",
                  current,
                  "score "
                      + current
                      + " of grade '"
                      + grade.id()
                      + "' is not below "
                      + previous
                      + " of the better grade '"
                      + grades.get(i - 1).id()
                      + "': scores must strictly decrease from best to worst"));
        }
      }
    }
  }

  /** {@return the id and the labels best first: {@code peel-2021 [Outstanding, Good, Adequate, Requires improvement, Inadequate]}} */
  @Override
  public String toString() {
    return id() + " " + grades().stream().map(Grade::label).toList();
  }

  /** Builds a scale from grade definitions. */
  public static final class Builder extends ImmutableGradeScale.Builder {
    Builder() {}
  }
}
