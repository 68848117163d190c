package io.github.peelkit.mapping;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.Violations;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.immutables.value.Value;

/**
 * A declared rule that converts grades of one scale into grades of another: every grade of the
 * {@linkplain #from() source scale} maps to a non-empty range of the {@linkplain #to() target
 * scale}'s grades, such as the built-in {@code peel-2014-to-peel-2021} (PEEL 2014's <em>Good</em>
 * is <em>Good</em> or <em>Adequate</em> on the 2021/22 scale).
 *
 * <p>The {@linkplain Law laws} are checked when a mapping is built: total, contiguous, monotone. A
 * mapping that breaks one is refused with an {@link InvariantException} of code {@link
 * ModelCode#MAPPING_LAW_VIOLATED} whose invariant is the law's id ({@code total}, {@code
 * contiguous}, {@code monotone}), whose attribute is {@code rules.<grade-id>} of the source grade at
 * fault, whose value is that grade's targets, and whose message names the law and the grades; the
 * exception carries every law broken. Other invariants: the id is a slug; every key of the rules is
 * a grade of the source scale and every target a grade of the target scale ({@link
 * ModelCode#UNRESOLVED_REFERENCE}, attribute {@code rules.<grade-id>} or {@code
 * rules.<grade-id>[<index>]}); targets given as a list are listed best first, each once ({@link
 * ModelCode#INVALID_VALUE}). The rules are kept in the order of the source scale, whatever order
 * they were given in.
 *
 * <p>Converting never returns a bare grade: {@link #convert(Grade)} gives the range with the
 * mapping's id, the {@linkplain Relation relation} and the comparability caveat, and a {@link
 * Policy} picks one grade from it; {@link io.github.peelkit.assessment.Assessment#convert} converts
 * a whole assessment. Mappings compose ({@link #andThen(GradeMapping)}) and invert ({@link
 * #inverse()}); where the result would break a law, they refuse with an explicit error, never a
 * null.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeMapping {
  /** The id of every identity mapping, whatever its scale. */
  public static final String IDENTITY = "identity";

  /** Every rule is for a grade of the source scale. */
  public static final Rule SOURCE_GRADES = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "rules are for grades of the source scale");
  /** Every target is a grade of the target scale. */
  public static final Rule TARGET_GRADES = Rule.of(ModelCode.UNRESOLVED_REFERENCE, "targets are grades of the target scale");
  /** The targets of a rule are listed best first, each once. */
  public static final Rule ORDERED_TARGETS = Rule.of(ModelCode.INVALID_VALUE, "targets best first, each once");

  GradeMapping() {}

  /** {@return the id, a slug such as {@code peel-2014-to-peel-2021}} */
  public abstract String id();

  /** {@return a name for people, when given} */
  public abstract Optional<String> name();

  /** {@return the scale this mapping converts from} */
  // No copying builder method from(value) then: the attribute is named as the YAML format names it.
  @SuppressWarnings("immutables:from")
  public abstract GradeScale from();

  /** {@return the scale this mapping converts to} */
  public abstract GradeScale to();

  /** {@return every grade of the source scale, in the scale's order, with the range of target grades it maps to} */
  public abstract Map<Grade, GradeRange> rules();

  /**
   * {@return whether grades of the two scales can be compared directly; {@code true} unless the
   * mapping says otherwise, as the inspectorate does for PEEL 2014 and 2021/22}
   */
  @Value.Default
  public boolean comparable() {
    return true;
  }

  /** {@return the caveat that comes with every conversion, when there is one} */
  public abstract Optional<String> note();

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder for a mapping} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder of the mapping with rules given as lists of grades, such as a file writes them: the
   * lists are checked now, against the scales and the laws, and become the ranges of the rules. Add
   * the name, note, comparability and extensions, and build.
   *
   * @param id the id, a slug
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @param rules the grades of {@code to} each grade of {@code from} maps to, best first, each once
   * @return a builder holding the id, the scales and the rules
   * @throws InvariantException carrying every violation found: a key that is not a grade of {@code
   *     from} or a target that is not a grade of {@code to} ({@link ModelCode#UNRESOLVED_REFERENCE}),
   *     a law broken ({@link ModelCode#MAPPING_LAW_VIOLATED}), targets not best first, each once
   *     ({@link ModelCode#INVALID_VALUE})
   */
  public static Builder builder(String id, GradeScale from, GradeScale to, Map<Grade, List<Grade>> rules) {
    Violations found = new Violations();
    MappingRules.check(found, id, from, to, rules);
    found.throwIfAny();
    Builder builder = builder();
    builder.id(id).from(from).to(to);
    for (Grade grade : from.grades()) {
      List<Grade> targets = rules.get(grade);
      builder.putRule(grade, to.range(targets.get(0), targets.get(targets.size() - 1)));
    }
    return builder;
  }

  /**
   * Creates a mapping from a rule given as a function, called once for each grade of the source
   * scale. The targets may come in any order; they are kept best first, each once.
   *
   * @param id the id, a slug
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @param rule the grades of {@code to} each grade of {@code from} maps to
   * @return the mapping
   * @throws InvariantException when the rule breaks a law ({@link ModelCode#MAPPING_LAW_VIOLATED})
   *     or gives a grade that is not of {@code to} ({@link ModelCode#UNRESOLVED_REFERENCE})
   */
  public static GradeMapping of(
      String id, GradeScale from, GradeScale to, Function<? super Grade, ? extends Collection<Grade>> rule) {
    Map<Grade, List<Grade>> rules = new LinkedHashMap<>();
    for (Grade grade : from.grades()) {
      Collection<Grade> targets = rule.apply(grade);
      TreeSet<Grade> sorted = new TreeSet<>((a, b) -> Integer.compare(a.rank(), b.rank()));
      if (targets != null) {
        sorted.addAll(targets);
      }
      rules.put(grade, List.copyOf(sorted));
    }
    return builder(id, from, to, rules).build();
  }

  /**
   * Creates a mapping from rules written as names: each grade of the source scale, by id, label or
   * alias, to the grades of the target scale it maps to, best first.
   *
   * @param id the id, a slug
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @param rules the rules, such as {@code good: [good, adequate]}
   * @return the mapping
   * @throws InvariantException when a name is not a grade of its scale ({@link
   *     ModelCode#UNRESOLVED_REFERENCE}, with a "did you mean") or the rules break a law ({@link
   *     ModelCode#MAPPING_LAW_VIOLATED}); it carries every such violation
   */
  public static GradeMapping of(String id, GradeScale from, GradeScale to, Map<String, List<String>> rules) {
    Violations unknown = new Violations();
    Map<Grade, List<Grade>> resolved = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> rule : rules.entrySet()) {
      Optional<Grade> source = resolve(from, rule.getKey(), "rules." + rule.getKey(), unknown);
      List<Grade> targets = new ArrayList<>();
      for (int i = 0; i < rule.getValue().size(); i++) {
        resolve(to, rule.getValue().get(i), "rules." + rule.getKey() + "[" + i + "]", unknown).ifPresent(targets::add);
      }
      source.ifPresent(s -> resolved.put(s, targets));
    }
    unknown.throwIfAny();
    return builder(id, from, to, resolved).build();
  }

  private static Optional<Grade> resolve(GradeScale scale, String name, String path, Violations unknown) {
    try {
      return Optional.of(scale.grade(name));
    } catch (InvariantException e) {
      for (Violation v : e.violations()) {
        unknown.add(Violation.of(v.rule(), path, v.value(), v.message(), v.validValues(), v.suggestion()));
      }
      return Optional.empty();
    }
  }

  /**
   * The identity mapping of a scale: every grade to itself, exactly. Its id is {@value #IDENTITY}
   * whatever the scale, so that "the identity" can be asked for on any scale; the scale tells
   * identities apart.
   *
   * @param scale the scale
   * @return the identity mapping, neutral on either side of {@link #andThen(GradeMapping)}
   */
  public static GradeMapping identity(GradeScale scale) {
    Builder builder = builder();
    builder.id(IDENTITY).name("Identity on " + scale.id()).from(scale).to(scale);
    scale.grades().forEach(g -> builder.putRule(g, GradeRange.of(g)));
    return builder.build();
  }

  /** {@return whether this is the {@linkplain #identity(GradeScale) identity mapping} of its scale} */
  @Value.Lazy
  public boolean isIdentity() {
    return IDENTITY.equals(id()) && from().equals(to()) && equals(identity(from()));
  }

  /**
   * The grades a grade of the source scale maps to.
   *
   * @param grade a grade of the source scale
   * @return its targets, a range of the target scale
   * @throws IllegalArgumentException when the grade is not of the source scale
   */
  public GradeRange targets(Grade grade) {
    return convert(grade).targets();
  }

  /**
   * How a grade of the source scale corresponds to its targets.
   *
   * @param grade a grade of the source scale
   * @return the relation
   * @throws IllegalArgumentException when the grade is not of the source scale
   */
  public Relation relation(Grade grade) {
    return convert(grade).relation();
  }

  /** {@return the relation of every grade of the source scale, in the scale's order} */
  @Value.Lazy
  public Map<Grade, Relation> relations() {
    Map<Grade, Integer> reached = new LinkedHashMap<>();
    rules().values().forEach(targets -> targets.grades().forEach(t -> reached.merge(t, 1, Integer::sum)));
    Map<Grade, Relation> relations = new LinkedHashMap<>();
    rules()
        .forEach(
            (grade, targets) ->
                relations.put(
                    grade, Relation.of(targets.size() > 1, targets.grades().stream().anyMatch(t -> reached.get(t) > 1))));
    return java.util.Collections.unmodifiableMap(relations);
  }

  /**
   * Converts one grade: the range it maps to, with this mapping's id, the relation and the caveat.
   *
   * @param grade a grade of the source scale
   * @return the conversion; pick one grade with {@link GradeConversion#toGrade(Policy)}
   * @throws IllegalArgumentException when the grade is not of the source scale
   */
  public GradeConversion convert(Grade grade) {
    return conversions().get(requireSource(grade).rank());
  }

  /**
   * The conversion of every grade of the source scale by its rank, made once: converting is a
   * look-up in a list, without hashing a grade.
   */
  @Value.Lazy
  List<GradeConversion> conversions() {
    List<GradeConversion> conversions = new ArrayList<>();
    for (Grade grade : from().grades()) {
      conversions.add(
          GradeConversion.builder()
              .mapping(id())
              .from(grade)
              .targets(rules().get(grade))
              .relation(relations().get(grade))
              .comparable(comparable())
              .build());
    }
    return List.copyOf(conversions);
  }

  /**
   * This mapping followed by another: each grade maps to every grade the other mapping gives any of
   * its targets. The result's id is {@code <this id>-then-<next id>}; its name joins both names when
   * both have one; it is comparable when both are; its note holds the notes of both, each paragraph
   * once; it has no extensions. Composing with an {@linkplain #identity(GradeScale) identity}
   * returns the other mapping unchanged. Composition is associative.
   *
   * @param next a mapping from this mapping's target scale
   * @return the composed mapping, from this mapping's source scale to the other's target scale
   * @throws IllegalArgumentException when the scales do not chain: {@code next} does not convert
   *     from this mapping's target scale
   * @throws InvariantException with {@link ModelCode#MAPPING_LAW_VIOLATED} and invariant {@code contiguous} when some
   *     grade would map to grades with a gap between them; the message names the grade and both
   *     ranges
   */
  public GradeMapping andThen(GradeMapping next) {
    return MappingAlgebra.andThen(this, next);
  }

  /**
   * Returns this mapping with another id, such as a shorter id for a composed mapping.
   *
   * @param id the new id, a slug
   * @return the mapping with that id
   * @throws InvariantException when the id is not a slug
   */
  public GradeMapping withId(String id) {
    return copy().id(id).build();
  }

  /** A builder holding every attribute of this mapping; the generated builder has no copy method. */
  Builder copy() {
    Builder builder = builder();
    builder
        .id(id())
        .name(name())
        .from(from())
        .to(to())
        .rules(rules())
        .comparable(comparable())
        .note(note())
        .extensions(extensions());
    return builder;
  }

  /** {@return whether the mapping has an inverse: whether every grade of the target scale is reached} */
  public boolean isInvertible() {
    return MappingAlgebra.unreached(this).isEmpty();
  }

  /**
   * The inverse mapping, when there is one.
   *
   * @return the inverse, as {@link #inverse()} gives it; empty when some grade of the target scale
   *     is reached from no grade
   */
  public Optional<GradeMapping> findInverse() {
    return isInvertible() ? Optional.of(inverse()) : Optional.empty();
  }

  /**
   * The inverse mapping: from the target scale back to the source scale, each target grade to the
   * source grades that map to it. The inverse of the inverse equals this mapping.
   *
   * <p>The inverse keeps the comparability, the note and the extensions. Its id: for an id of the
   * form {@code <from>-to-<to>} (the scales' ids), {@code <to>-to-<from>}, so that the inverse of
   * {@code peel-2014-to-peel-2021} is {@code peel-2021-to-peel-2014}; otherwise the id with {@code
   * -inverse} removed from its end, or added when it has none. Its name: {@code Inverse of } removed
   * from the front of the name, or added when absent. The identity is its own inverse.
   *
   * @return the inverse
   * @throws InvariantException with {@link ModelCode#MAPPING_LAW_VIOLATED} and invariant {@code total} when some grade
   *     of the target scale is reached from no grade, so that the inverse would not be total; the
   *     message names those grades
   */
  public GradeMapping inverse() {
    return MappingAlgebra.inverse(this);
  }

  private Grade requireSource(Grade grade) {
    if (!from().contains(grade)) {
      throw new IllegalArgumentException(
          "grade '"
              + grade.id()
              + "' of scale "
              + grade.scale()
              + " is not a grade of scale "
              + from().id()
              + ", the scale mapping "
              + id()
              + " converts from");
    }
    return grade;
  }

  @Value.Check
  GradeMapping check() {
    Violations found = new Violations();
    Checks.id(found, "id", id());
    name().ifPresent(n -> Checks.notBlank(found, "name", n));
    note().ifPresent(n -> Checks.notBlank(found, "note", n));
    Map<Grade, List<Grade>> lists = new LinkedHashMap<>();
    rules().forEach((grade, range) -> lists.put(grade, range.grades()));
    MappingRules.check(found, id(), from(), to(), lists);
    found.throwIfAny();
    if (List.copyOf(rules().keySet()).equals(from().grades())) {
      return this;
    }
    // Keep the rules in the order of the source scale, whatever order they were given in.
    Map<Grade, GradeRange> ordered = new LinkedHashMap<>();
    from().grades().forEach(g -> ordered.put(g, rules().get(g)));
    return copy().rules(ordered).build();
  }

  /** {@return the id and the scales: {@code peel-2014-to-peel-2021: peel-2014 to peel-2021, not comparable}} */
  @Override
  public String toString() {
    return id() + ": " + from().id() + " to " + to().id() + (comparable() ? "" : ", not comparable");
  }

  /** Builds a mapping from ranges; the laws are checked by {@code build()}. */
  public static final class Builder extends ImmutableGradeMapping.Builder {
    Builder() {}
  }
}
