package io.github.peelkit.assessment;

import io.github.peelkit.mapping.ConversionException;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Converts a whole assessment with a grade mapping; see {@link Assessment#convert(GradeMapping, Policy)}. */
final class AssessmentConversion {
  private AssessmentConversion() {}

  static Assessment convert(GradeMapping mapping, Assessment assessment, Policy policy) {
    String refused = "cannot convert assessment " + assessment.id() + " with mapping " + mapping.id() + ": ";
    GradeScale scale =
        assessment
            .scale()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        refused + "the assessment grades nothing (framework " + assessment.framework().id() + " has no scale)"));
    if (!scale.equals(mapping.from())) {
      throw new IllegalArgumentException(
          refused
              + "the assessment is on "
              + (scale.id().equals(mapping.from().id()) ? "another definition of scale " : "scale ")
              + scale.id()
              + ", but the mapping converts from scale "
              + mapping.from().id());
    }
    for (Judgment judgment : assessment.judgments()) {
      judgment
          .conversion()
          .ifPresent(
              c -> {
                throw new IllegalArgumentException(
                    refused
                        + "it was converted already (the judgment of area '"
                        + judgment.area().id()
                        + "' by mapping "
                        + c.conversion().mapping()
                        + "); convert the original assessment with the mappings composed, first.andThen(second)");
              });
    }
    String what = "assessment " + assessment.id();
    List<Judgment> judgments = new ArrayList<>(assessment.judgments().size());
    for (Judgment judgment : assessment.judgments()) {
      judgments.add(judgment(mapping, judgment, policy, what));
    }
    return Assessment.builder().from(assessment).scale(mapping.to()).judgments(judgments).build();
  }

  /**
   * Converts one judgment; see {@link Judgment#convert(GradeMapping, Policy)}.
   *
   * @param what what is being converted, for the message of a refusal: {@code assessment <id>}, or
   *     {@code the judgment}
   */
  static Judgment judgment(GradeMapping mapping, Judgment judgment, Policy policy, String what) {
    if (judgment.grade().isEmpty()) {
      return judgment;
    }
    Grade original = judgment.grade().get();
    GradeConversion conversion = mapping.convert(original);
    if (policy == Policy.STRICT && !conversion.isSingle()) {
      throw new ConversionException(
          mapping.id(),
          original.id(),
          conversion.targets().ids(),
          Optional.of(judgment.area().id()),
          "cannot convert "
              + what
              + " under policy strict: mapping "
              + mapping.id()
              + " converts the grade "
              + original.id()
              + " of area '"
              + judgment.area().id()
              + "' to the range "
              + conversion.targets()
              + ", not to one grade; use policy best, worst or range");
    }
    return judgment.withConversion(
        new Converted(conversion, policy), judgment.distribution().flatMap(d -> convert(d, mapping, policy)));
  }

  /** The distribution with every peer's grade converted, or empty when that needs a split count. */
  private static Optional<PeerDistribution> convert(PeerDistribution distribution, GradeMapping mapping, Policy policy) {
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<Grade, Integer> entry : distribution.counts().entrySet()) {
      Optional<Grade> grade = policy.select(mapping.targets(entry.getKey()));
      if (grade.isPresent()) {
        counts.merge(grade.get(), entry.getValue(), Integer::sum);
      } else if (entry.getValue() > 0) {
        return Optional.empty();
      }
    }
    return Optional.of(PeerDistribution.builder().from(distribution).counts(counts).build());
  }
}
