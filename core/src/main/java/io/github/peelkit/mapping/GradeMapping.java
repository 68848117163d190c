package io.github.peelkit.mapping;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.extension.Extensible;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.GradeRanges;
import io.github.peelkit.internal.Invariants;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A declared rule that converts grades of one scale into grades of another: every grade of the
 * {@linkplain #from() source scale} maps to a non-empty range of the {@linkplain #to() target
 * scale}'s grades, best first, such as the built-in {@code peel-2014-to-peel-2021} (PEEL 2014's
 * <em>Good</em> is <em>Good</em> or <em>Adequate</em> on the 2021/22 scale).
 *
 * <p>The {@linkplain Law laws} are checked when a mapping is built: total, contiguous, monotone. A
 * mapping that breaks one is refused with an {@link InvariantException} of code {@link
 * ModelCode#MAPPING_LAW_VIOLATED} whose invariant is the law's id ({@code total}, {@code contiguous}, {@code
 * monotone}), whose attribute is {@code rules.<grade-id>} of the source grade at fault, whose value
 * is that grade's targets, and whose message names the law and the grades. Other invariants: the id
 * is a slug; every key of the rules is a grade of the source scale and every target a grade of the
 * target scale ({@link ModelCode#UNRESOLVED_REFERENCE}, attribute {@code rules.<grade-id>} or {@code
 * rules.<grade-id>[<index>]}); targets are listed best first, each once ({@link ModelCode#INVALID_VALUE}). The
 * rules are kept in the order of the source scale, whatever order they were given in.
 *
 * <p>Converting never returns a bare grade: {@link #convert(Grade)} gives the range with the
 * mapping's id, the {@linkplain Relation relation} and the comparability caveat, and a {@link
 * Policy} picks one grade from it. Mappings compose ({@link #andThen(GradeMapping)}) and invert
 * ({@link #inverse()}); where the result would break a law, they refuse with an explicit error,
 * never a null.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeMapping implements Extensible {
  /** The id of every identity mapping, whatever its scale. */
  public static final String IDENTITY = "identity";

  private static final String INVERSE_SUFFIX = "-inverse";
  private static final String INVERSE_NAME = "Inverse of ";
  private static final String PARAGRAPH = "\n\n";

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

  /**
   * {@return every grade of the source scale, in the scale's order, with the range of target grades
   * it maps to, best first}
   */
  public abstract Map<Grade, List<Grade>> rules();

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

  @Override
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder for a mapping} */
  public static Builder builder() {
    return new Builder();
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
   * @throws InvariantException when the rule breaks a law ({@link ModelCode#MAPPING_LAW_VIOLATED}) or gives a grade that
   *     is not of {@code to} ({@link ModelCode#UNRESOLVED_REFERENCE})
   */
  public static GradeMapping of(
      String id, GradeScale from, GradeScale to, Function<? super Grade, ? extends Collection<Grade>> rule) {
    Builder builder = builder();
    builder.id(id).from(from).to(to);
    for (Grade grade : from.grades()) {
      Collection<Grade> targets = rule.apply(grade);
      TreeSet<Grade> sorted = new TreeSet<>((a, b) -> Integer.compare(a.rank(), b.rank()));
      if (targets != null) {
        sorted.addAll(targets);
      }
      builder.putRule(grade, List.copyOf(sorted));
    }
    return builder.build();
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
   * @throws InvariantException when a name is not a grade of its scale ({@link ModelCode#UNRESOLVED_REFERENCE}, with a
   *     "did you mean") or the rules break a law ({@link ModelCode#MAPPING_LAW_VIOLATED})
   */
  public static GradeMapping of(String id, GradeScale from, GradeScale to, Map<String, List<String>> rules) {
    Builder builder = builder();
    builder.id(id).from(from).to(to);
    for (Map.Entry<String, List<String>> rule : rules.entrySet()) {
      Grade source = resolve(from, rule.getKey(), "rules." + rule.getKey());
      List<Grade> targets = new ArrayList<>();
      for (int i = 0; i < rule.getValue().size(); i++) {
        targets.add(resolve(to, rule.getValue().get(i), "rules." + rule.getKey() + "[" + i + "]"));
      }
      builder.putRule(source, targets);
    }
    return builder.build();
  }

  private static Grade resolve(GradeScale scale, String name, String path) {
    try {
      return scale.grade(name);
    } catch (InvariantException e) {
      throw new InvariantException(e.code(), e.invariant(), path, e.value(), e.getMessage());
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
    scale.grades().forEach(g -> builder.putRule(g, List.of(g)));
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
   * @return its targets, a range of the target scale, best first
   * @throws IllegalArgumentException when the grade is not of the source scale
   */
  public List<Grade> targets(Grade grade) {
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
    rules().values().forEach(targets -> targets.forEach(t -> reached.merge(t, 1, Integer::sum)));
    Map<Grade, Relation> relations = new LinkedHashMap<>();
    rules()
        .forEach(
            (grade, targets) ->
                relations.put(
                    grade, Relation.of(targets.size() > 1, targets.stream().anyMatch(t -> reached.get(t) > 1))));
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
              .note(note())
              .build());
    }
    return List.copyOf(conversions);
  }

  /**
   * Converts one judgment, as {@link #convert(Assessment, Policy)} converts each judgment of an
   * assessment: a graded judgment gets the grade the policy picks from its range (none under {@link
   * Policy#RANGE} when the range holds several) and a {@link io.github.peelkit.assessment.Conversion}
   * recording where it came from; its peer distribution is converted or dropped by the same rule;
   * its findings, evidence and the rest are kept. An ungraded judgment is returned as it is.
   *
   * <p>For converting many judgments on their own (one area across forces, say); an assessment is
   * converted whole with {@link #convert(Assessment, Policy)}, which also checks that the result is a
   * valid assessment.
   *
   * @param judgment a judgment whose grade is of this mapping's source scale, not yet converted
   * @param policy how to pick one grade from a range
   * @return the converted judgment
   * @throws ConversionException under {@link Policy#STRICT} when the grade maps to several grades;
   *     the message names the judgment's area, the grade and the range
   * @throws IllegalArgumentException when the grade is not of this mapping's source scale, or the
   *     judgment was converted already
   */
  public Judgment convert(Judgment judgment, Policy policy) {
    if (judgment.conversion().isPresent()) {
      throw new IllegalArgumentException(
          "cannot convert the judgment of area '"
              + judgment.area().id()
              + "' with mapping "
              + id()
              + ": it was converted already by mapping "
              + judgment.conversion().get().mapping()
              + "; convert the original with the mappings composed, first.andThen(second)");
    }
    return AssessmentConversion.judgment(this, judgment, policy, "the judgment");
  }

  /**
   * Converts an assessment on this mapping's source scale to its target scale.
   *
   * <p>Every graded judgment gets the grade the policy picks from its range, and records where it
   * came from as a {@link io.github.peelkit.assessment.Conversion} (mapping id, original grade,
   * targets, relation, comparability, policy); under {@link Policy#RANGE}, a judgment whose range
   * holds several grades keeps the range in its conversion and has no grade. Ungraded judgments,
   * statements, findings, finding counts, evidence, notes and extensions are kept as they are, and
   * the assessment's {@linkplain Assessment#scale() scale} becomes the target scale.
   *
   * <p>A judgment's peer distribution is converted with the same policy, peer by peer: under {@link
   * Policy#BEST} and {@link Policy#WORST} every peer's grade becomes the best or worst of its range;
   * under {@link Policy#STRICT} and {@link Policy#RANGE} the distribution is converted only when
   * every grade that some peer holds maps to exactly one grade, and is <strong>dropped</strong>
   * otherwise, because peers' counts cannot be split across a range without inventing figures. (A
   * distribution cannot stay on the old scale: an assessment's grades are all on one scale.)
   *
   * @param assessment an assessment whose scale is this mapping's source scale, not yet converted
   * @param policy how to pick one grade from a range
   * @return the converted assessment
   * @throws ConversionException under {@link Policy#STRICT} when a judgment's grade maps to several
   *     grades; the message names the assessment, the judgment's area, the grade and the range
   * @throws IllegalArgumentException when the assessment is not on this mapping's source scale, or
   *     was converted already (convert the original with the mappings composed by {@link
   *     #andThen(GradeMapping)}, so that the record of the first step is not lost)
   */
  public Assessment convert(Assessment assessment, Policy policy) {
    return AssessmentConversion.convert(this, assessment, policy);
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
    if (!to().equals(next.from())) {
      throw new IllegalArgumentException(
          "cannot compose mapping "
              + id()
              + " with mapping "
              + next.id()
              + ": "
              + id()
              + " converts to scale "
              + to().id()
              + " but "
              + next.id()
              + " converts from "
              + (to().id().equals(next.from().id()) ? "another definition of scale " : "scale ")
              + next.from().id()
              + "; the mappings do not chain");
    }
    if (isIdentity()) {
      return next;
    }
    if (next.isIdentity()) {
      return this;
    }
    String id = id() + "-then-" + next.id();
    Builder builder = builder();
    builder.id(id).from(from()).to(next.to()).comparable(comparable() && next.comparable());
    if (name().isPresent() && next.name().isPresent()) {
      builder.name(name().get() + ", then " + next.name().get());
    }
    LinkedHashSet<String> paragraphs = new LinkedHashSet<>();
    note().ifPresent(n -> paragraphs.addAll(List.of(n.split(PARAGRAPH))));
    next.note().ifPresent(n -> paragraphs.addAll(List.of(n.split(PARAGRAPH))));
    if (!paragraphs.isEmpty()) {
      builder.note(String.join(PARAGRAPH, paragraphs));
    }
    for (Grade grade : from().grades()) {
      List<Grade> middle = targets(grade);
      TreeSet<Grade> union = new TreeSet<>((a, b) -> Integer.compare(a.rank(), b.rank()));
      middle.forEach(b -> union.addAll(next.targets(b)));
      List<Grade> targets = List.copyOf(union);
      List<Grade> span = next.to().range(targets.get(0), targets.get(targets.size() - 1));
      if (span.size() != targets.size()) {
        List<Grade> missing = span.stream().filter(g -> !union.contains(g)).toList();
        throw new InvariantException(
            ModelCode.MAPPING_LAW_VIOLATED,
            Law.CONTIGUOUS.id(),
            "rules." + grade.id(),
            GradeRanges.format(targets),
            "cannot compose mapping "
                + id()
                + " with mapping "
                + next.id()
                + ": "
                + id()
                + " maps "
                + grade.id()
                + " to "
                + GradeRanges.format(middle)
                + ", which "
                + next.id()
                + " maps to "
                + GradeRanges.format(targets)
                + ", leaving out "
                + GradeRanges.format(missing)
                + "; the composed mapping would not be contiguous");
      }
      builder.putRule(grade, targets);
    }
    return builder.build();
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
    return unreached().isEmpty();
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
    if (isIdentity()) {
      return this;
    }
    List<Grade> unreached = unreached();
    if (!unreached.isEmpty()) {
      throw new InvariantException(
          ModelCode.MAPPING_LAW_VIOLATED,
          Law.TOTAL.id(),
          "rules",
          GradeRanges.format(unreached),
          "mapping "
              + id()
              + " has no inverse: no grade of "
              + from().id()
              + " maps to "
              + unreached.stream().map(Grade::id).collect(Collectors.joining(", "))
              + " of "
              + to().id()
              + ", so the inverse would not be total");
    }
    Builder builder = builder();
    builder
        .id(inverseId())
        .name(name().map(n -> n.startsWith(INVERSE_NAME) ? n.substring(INVERSE_NAME.length()) : INVERSE_NAME + n))
        .from(to())
        .to(from())
        .comparable(comparable())
        .note(note())
        .extensions(extensions());
    for (Grade target : to().grades()) {
      builder.putRule(target, from().grades().stream().filter(g -> targets(g).contains(target)).toList());
    }
    return builder.build();
  }

  private String inverseId() {
    if (id().equals(from().id() + "-to-" + to().id())) {
      return to().id() + "-to-" + from().id();
    }
    if (id().endsWith(INVERSE_SUFFIX)) {
      return id().substring(0, id().length() - INVERSE_SUFFIX.length());
    }
    return id() + INVERSE_SUFFIX;
  }

  private List<Grade> unreached() {
    return to().grades().stream().filter(t -> rules().values().stream().noneMatch(r -> r.contains(t))).toList();
  }

  private Grade requireSource(Grade grade) {
    if (!from().contains(grade)) {
      throw new IllegalArgumentException(
          "grade '"
              + grade.id()
              + "' of scale "
              + (grade.isPlaced() ? grade.scale() : "(none)")
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
    Checks.slug("id", id());
    name().ifPresent(n -> Checks.notBlank("name", n));
    note().ifPresent(n -> Checks.notBlank("note", n));
    for (Map.Entry<Grade, List<Grade>> rule : rules().entrySet()) {
      Grade source = rule.getKey();
      String at = "rules." + source.id();
      Invariants.require(
          from().contains(source),
          ModelCode.UNRESOLVED_REFERENCE,
          "rules are for grades of the source scale",
          at,
          source.id(),
          "mapping "
              + id()
              + " has a rule for grade '"
              + source.id()
              + "' of scale "
              + source.scale()
              + ", which is not a grade of "
              + from().id()
              + ", the scale it converts from");
      List<Grade> targets = rule.getValue();
      for (int i = 0; i < targets.size(); i++) {
        Grade target = targets.get(i);
        Invariants.require(
            to().contains(target),
            ModelCode.UNRESOLVED_REFERENCE,
            "targets are grades of the target scale",
            at + "[" + i + "]",
            target.id(),
            "mapping "
                + id()
                + " maps "
                + source.id()
                + " to grade '"
                + target.id()
                + "' of scale "
                + target.scale()
                + ", which is not a grade of "
                + to().id()
                + ", the scale it converts to");
      }
    }
    List<LawViolation> violations = MappingLaws.check(id(), from(), to(), rules()::get);
    if (!violations.isEmpty()) {
      throw violations.get(0).toException();
    }
    boolean normal = true;
    Map<Grade, List<Grade>> ordered = new LinkedHashMap<>();
    for (Grade grade : from().grades()) {
      List<Grade> targets = rules().get(grade);
      Invariants.require(
          GradeRanges.isRange(targets),
          ModelCode.INVALID_VALUE,
          "targets best first, each once",
          "rules." + grade.id(),
          GradeRanges.format(targets),
          "mapping "
              + id()
              + " maps "
              + grade.id()
              + " to "
              + GradeRanges.format(targets)
              + ": list the targets best first, each once, as "
              + GradeRanges.format(new TreeSet<>(targets)));
      List<Grade> copy = List.copyOf(targets);
      ordered.put(grade, copy);
      normal &= copy == targets;
    }
    normal &= List.copyOf(ordered.keySet()).equals(List.copyOf(rules().keySet()));
    return normal ? this : copy().rules(ordered).build();
  }

  /** Builds a mapping; the laws are checked by {@code build()}. */
  public static final class Builder extends ImmutableGradeMapping.Builder {
    Builder() {}
  }
}
