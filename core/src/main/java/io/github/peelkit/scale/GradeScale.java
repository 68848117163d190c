package io.github.peelkit.scale;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.Suggestions;
import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Invariants;
import java.util.ArrayList;
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
 * <p>Invariants checked when a scale is built: its id is a slug; at least two grades; grade ids
 * unique; no label or alias names two grades (ignoring case); scores, if any grade has one, on
 * every grade and strictly decreasing from best to worst. The grades given are placed in the
 * scale: each returned grade knows the scale's id and its rank.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeScale implements Extensible {
  GradeScale() {}

  /** {@return the id, a slug such as {@code peel-2021}} */
  public abstract String id();

  /** {@return the name, such as {@code PEEL graded judgments, 2021/22 onward}} */
  public abstract String name();

  /** {@return what the scale is for and where it comes from, when given} */
  public abstract Optional<String> description();

  /** {@return the grades, best first} */
  public abstract List<Grade> grades();

  @Override
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
   * @param grades the grades, best first, at least two
   * @return the scale
   * @throws InvariantException when an invariant of the scale fails
   */
  public static GradeScale of(String id, String name, List<Grade> grades) {
    return builder().id(id).name(name).grades(grades).build();
  }

  /** {@return the number of grades} */
  public int size() {
    return grades().size();
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
   * @throws InvariantException with {@link ModelCode#UNRESOLVED_REFERENCE} when no grade has that name; the message
   *     lists the valid ids and says which one was probably meant
   */
  public Grade grade(String name) {
    return findGrade(name).orElseThrow(() -> unknownGrade(name));
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
   * @return the grades between them, inclusive
   * @throws IllegalArgumentException when either grade is not of this scale
   */
  public List<Grade> range(Grade from, Grade to) {
    requireContains(from);
    requireContains(to);
    int a = Math.min(from.rank(), to.rank());
    int b = Math.max(from.rank(), to.rank());
    return grades().subList(a, b + 1);
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

  private InvariantException unknownGrade(String name) {
    List<String> names = new ArrayList<>(ids());
    grades().forEach(g -> names.add(g.label()));
    String hint =
        Suggestions.closest(name, names)
            .flatMap(this::findGrade)
            .map(g -> "; did you mean '" + g.id() + "'?")
            .orElse("");
    return new InvariantException(
        ModelCode.UNRESOLVED_REFERENCE,
        "grade exists",
        "grade",
        name,
        "unknown grade '" + name + "' in scale " + id() + hint);
  }

  /** Names (ids, labels, aliases) by comparison key, to the rank of the grade they name. */
  @Value.Lazy
  Map<String, Integer> index() {
    Map<String, Integer> index = new java.util.HashMap<>();
    for (Grade grade : grades()) {
      index.put(Checks.nameKey(grade.id()), grade.rank());
      index.put(Checks.nameKey(grade.label()), grade.rank());
      grade.aliases().forEach(a -> index.put(Checks.nameKey(a), grade.rank()));
    }
    return Map.copyOf(index);
  }

  @Value.Check
  GradeScale check() {
    Checks.slug("id", id());
    Checks.notBlank("name", name());
    Invariants.require(
        grades().size() >= 2,
        ModelCode.INVALID_VALUE,
        "a scale has at least two grades",
        "grades",
        grades().size(),
        "scale " + id() + " has " + grades().size() + " grade(s); a scale needs at least two");
    Set<String> ids = new HashSet<>();
    Map<String, String> names = Checks.names();
    for (int i = 0; i < grades().size(); i++) {
      Grade grade = grades().get(i);
      String at = "grades[" + i + "]";
      Invariants.require(
          ids.add(grade.id()),
          ModelCode.DUPLICATE_ID,
          "grade ids are unique",
          at + ".id",
          grade.id(),
          "grade id '" + grade.id() + "' appears twice in scale " + id());
      Checks.registerName(names, grade.id(), grade.id(), at + ".id", "grade");
      Checks.registerName(names, grade.label(), grade.id(), at + ".label", "grade");
      for (int j = 0; j < grade.aliases().size(); j++) {
        Checks.registerName(names, grade.aliases().get(j), grade.id(), at + ".aliases[" + j + "]", "grade");
      }
    }
    checkScores();
    return placed();
  }

  private void checkScores() {
    long scored = grades().stream().filter(g -> g.score().isPresent()).count();
    if (scored == 0) {
      return;
    }
    for (int i = 0; i < grades().size(); i++) {
      Grade grade = grades().get(i);
      Invariants.require(
          grade.score().isPresent(),
          ModelCode.MISSING_REQUIRED,
          "all grades have a score or none",
          "grades[" + i + "].score",
          grade.id(),
          "grade '" + grade.id() + "' has no score, but other grades of scale " + id() + " do: give every grade a score or none");
      if (i > 0) {
        double previous = grades().get(i - 1).score().getAsDouble();
        double current = grade.score().getAsDouble();
        Invariants.require(
            current < previous,
            ModelCode.INVALID_VALUE,
            "scores decrease from best to worst",
            "grades[" + i + "].score",
            current,
            "score "
                + current
                + " of grade '"
                + grade.id()
                + "' is not below "
                + previous
                + " of the better grade '"
                + grades().get(i - 1).id()
                + "': scores must strictly decrease from best to worst");
      }
    }
  }

  /** Returns this scale with every grade placed in it, or this scale when they already are. */
  private GradeScale placed() {
    boolean done = true;
    for (int i = 0; i < grades().size() && done; i++) {
      done = grades().get(i).scale().equals(id()) && grades().get(i).rank() == i;
    }
    if (done) {
      return this;
    }
    List<Grade> placed = new ArrayList<>(grades().size());
    for (int i = 0; i < grades().size(); i++) {
      placed.add(Grade.builder().from(grades().get(i)).scale(id()).rank(i).build());
    }
    return builder().from(this).grades(placed).build();
  }

  /** Builds a scale. */
  public static final class Builder extends ImmutableGradeScale.Builder {
    Builder() {}
  }
}
