package io.github.peelkit.mapping;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.assessment.Conversion;
import io.github.peelkit.internal.Checks;
import io.github.peelkit.internal.GradeRanges;
import io.github.peelkit.internal.Invariants;
import io.github.peelkit.scale.Grade;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link GradeMapping} makes of one grade: the range of target grades, best first, with its
 * provenance (the mapping's id), the {@linkplain Relation relation} of the grade to its targets, and
 * the comparability caveat. Never a bare grade: a caller picks one with a {@link Policy}.
 *
 * <pre>{@code
 * GradeConversion c = GradeMappings.PEEL_2014_TO_PEEL_2021.convert(GradeScales.PEEL_2014.grade("good"));
 * c.targets();              // [good, adequate] of peel-2021
 * c.toGrade(Policy.WORST);  // adequate
 * c.comparable();           // false, and c.note() says why
 * }</pre>
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeConversion {
  GradeConversion() {}

  /** {@return the id of the mapping that converted the grade} */
  public abstract String mapping();

  /** {@return the grade converted, of the mapping's source scale} */
  // No copying builder method from(value) then: the attribute is named as the YAML format names it.
  @SuppressWarnings("immutables:from")
  public abstract Grade from();

  /** {@return the grades it converts to, a range of the target scale, best first} */
  public abstract List<Grade> targets();

  /** {@return how the grade corresponds to its targets} */
  public abstract Relation relation();

  /** {@return whether grades of the two scales can be compared directly; see {@link #note()}} */
  @Value.Default
  public boolean comparable() {
    return true;
  }

  /** {@return the mapping's caveat, when it has one} */
  public abstract Optional<String> note();

  /** {@return a builder for a conversion result} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return whether the range holds exactly one grade} */
  public boolean isSingle() {
    return targets().size() == 1;
  }

  /** {@return the best grade of the range} */
  public Grade best() {
    return targets().get(0);
  }

  /** {@return the worst grade of the range} */
  public Grade worst() {
    return targets().get(targets().size() - 1);
  }

  /**
   * The one grade a policy picks from the range.
   *
   * @param policy the policy
   * @return the grade; empty only under {@link Policy#RANGE} when the range holds several grades
   * @throws ConversionException under {@link Policy#STRICT} when the range holds several grades;
   *     the message names the grade and the range
   */
  public Optional<Grade> toGrade(Policy policy) {
    Optional<Grade> grade = policy.select(targets());
    if (grade.isEmpty() && policy == Policy.STRICT) {
      throw new ConversionException(
          mapping(),
          from().id(),
          targets().stream().map(Grade::id).toList(),
          null,
          "cannot convert grade "
              + from().id()
              + " of scale "
              + from().scale()
              + " under policy strict: mapping "
              + mapping()
              + " converts it to the range "
              + GradeRanges.format(targets())
              + ", not to one grade; use policy best, worst or range");
    }
    return grade;
  }

  /**
   * The record a converted judgment keeps of where its grade came from.
   *
   * @param policy the policy the grade was picked with
   * @return the record
   * @throws ConversionException under {@link Policy#STRICT} when the range holds several grades
   */
  public Conversion toConversion(Policy policy) {
    toGrade(policy);
    return conversions().get(policy);
  }

  /**
   * The record under every policy that can convert this grade (all but {@code strict} for a range),
   * made once: a mapping converts each grade of a whole assessment with the same few records.
   */
  @Value.Lazy
  Map<Policy, Conversion> conversions() {
    Map<Policy, Conversion> conversions = new EnumMap<>(Policy.class);
    for (Policy policy : Policy.values()) {
      if (policy != Policy.STRICT || isSingle()) {
        conversions.put(
            policy,
            Conversion.builder()
                .mapping(mapping())
                .from(from())
                .targets(targets())
                .relation(relation())
                .comparable(comparable())
                .policy(policy)
                .build());
      }
    }
    return Collections.unmodifiableMap(conversions);
  }

  @Value.Check
  void check() {
    Checks.slug("mapping", mapping());
    if (!GradeRanges.isRange(targets())) {
      throw Invariants.violation(
          ModelCode.MAPPING_LAW_VIOLATED,
          "targets are a range",
          "targets",
          GradeRanges.format(targets()),
          "targets " + GradeRanges.format(targets()) + " are not a range of one scale, best first");
    }
    Invariants.require(
        relation().hasOneTarget() == isSingle(),
        ModelCode.INVALID_VALUE,
        "relation fits the targets",
        "relation",
        relation().id(),
        () -> "relation " + relation().id() + " does not fit " + targets().size() + " target grade(s)");
  }

  /** Builds a conversion result; {@link GradeMapping#convert(Grade)} is the usual way to get one. */
  public static final class Builder extends ImmutableGradeConversion.Builder {
    Builder() {}
  }
}
