package io.github.peelkit.mapping;

import io.github.peelkit.extension.Extensions;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeRange;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a {@link GradeMapping} makes of one grade: the range of target grades, best first, with its
 * provenance (the mapping's id), the {@linkplain Relation relation} of the grade to its targets, and
 * whether the two scales are directly comparable (the mapping's {@linkplain GradeMapping#note()
 * note} says why not). Never a bare grade: a caller picks one with a {@link Policy}, and a converted
 * judgment keeps the conversion with the policy that picked its grade.
 *
 * <pre>{@code
 * GradeConversion c = GradeMappings.PEEL_2014_TO_PEEL_2021.convert(GradeScales.PEEL_2014.grade("good"));
 * c.targets();              // [good, adequate] of peel-2021
 * c.toGrade(Policy.WORST);  // adequate
 * c.comparable();           // false
 * }</pre>
 *
 * <p>Only a mapping makes conversions ({@link GradeMapping#convert(Grade)}), so a conversion always
 * agrees with a lawful mapping; {@link #withExtensions(Extensions)} attaches free-form data to one.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class GradeConversion {
  GradeConversion() {}

  /** {@return the id of the mapping that converted the grade, such as {@code peel-2014-to-peel-2021}} */
  public abstract String mapping();

  /** {@return the grade converted, of the mapping's source scale} */
  // No copying builder method from(value) then: the attribute is named as the YAML format names it.
  @SuppressWarnings("immutables:from")
  public abstract Grade from();

  /** {@return the grades it converts to, a range of the target scale, best first} */
  public abstract GradeRange targets();

  /** {@return how the grade corresponds to its targets} */
  public abstract Relation relation();

  /** {@return whether grades of the two scales can be compared directly, as the mapping declares} */
  @Value.Default
  public boolean comparable() {
    return true;
  }

  /** {@return the free-form data kept with this value, empty when there is none} */
  @Value.Default
  public Extensions extensions() {
    return Extensions.empty();
  }

  /** {@return a builder, for the mapping that makes the conversion} */
  static Builder builder() {
    return new Builder();
  }

  /**
   * Returns this conversion with free-form data attached, such as the {@code extensions} a file
   * gives a converted judgment's record.
   *
   * @param extensions the data
   * @return the conversion with those extensions
   */
  public GradeConversion withExtensions(Extensions extensions) {
    return ImmutableGradeConversion.copyOf(this).withExtensions(extensions);
  }

  /** {@return whether the range holds exactly one grade} */
  public boolean isSingle() {
    return targets().isSingle();
  }

  /** {@return the best grade of the range} */
  public Grade best() {
    return targets().best();
  }

  /** {@return the worst grade of the range} */
  public Grade worst() {
    return targets().worst();
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
          targets().ids(),
          Optional.empty(),
          "cannot convert grade "
              + from().id()
              + " of scale "
              + from().scale()
              + " under policy strict: mapping "
              + mapping()
              + " converts it to the range "
              + targets()
              + ", not to one grade; use policy best, worst or range");
    }
    return grade;
  }

  /** {@return the grade, its range and the mapping: {@code Good (peel-2014) to [good, adequate] of peel-2021 by peel-2014-to-peel-2021, not comparable}} */
  @Override
  public String toString() {
    return from() + " to " + targets() + " of " + targets().scale() + " by " + mapping() + (comparable() ? "" : ", not comparable");
  }

  /** Builds a conversion; only {@link GradeMapping} does. */
  static final class Builder extends ImmutableGradeConversion.Builder {
    Builder() {}
  }
}
