package io.github.peelkit.testkit;

import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.internal.Invariants;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The size and shape of the assessments a {@link ModelGenerator} makes: whether every area is
 * judged, how many findings and pieces of evidence each judgment has (exactly, or a random number
 * when not given), and whether the assessment is converted to another scale.
 *
 * <p>For a benchmark corpus such as 43 forces × 4 rounds against one framework, use {@link
 * #of(int, int)}: every area judged, a fixed number of findings and evidence per judgment.
 *
 * <p>Immutable, thread-safe, a value type.
 */
@Value.Immutable
public abstract class AssessmentShape {
  /** A count of things to generate is not negative. */
  static final Rule NON_NEGATIVE_COUNT = Rule.of(ModelCode.INVALID_VALUE, "count >= 0");

  AssessmentShape() {}

  /** {@return whether every area of the framework is judged (graded areas then always get a grade)} */
  @Value.Default
  public boolean judgeEveryArea() {
    return false;
  }

  /** {@return the number of findings of each judgment; random (0 to 4) when not given} */
  public abstract OptionalInt findingsPerJudgment();

  /** {@return the number of pieces of evidence of each judgment; random (0 to 3) when not given} */
  public abstract OptionalInt evidencePerJudgment();

  /** {@return the number of findings not tied to an area; random (0 to 3) when not given} */
  public abstract OptionalInt overallFindings();

  /**
   * {@return whether to convert the assessment to a random scale with a random lawful mapping and
   * policy, so that judgments carry conversions (and, under policy range, ranges)}
   */
  @Value.Default
  public boolean converted() {
    return false;
  }

  /** {@return the shape with every size random and nothing converted} */
  public static AssessmentShape random() {
    return builder().build();
  }

  /**
   * The shape of a benchmark assessment: every area judged, exact sizes.
   *
   * @param findingsPerJudgment the number of findings of each judgment
   * @param evidencePerJudgment the number of pieces of evidence of each judgment
   * @return the shape
   */
  public static AssessmentShape of(int findingsPerJudgment, int evidencePerJudgment) {
    return builder()
        .judgeEveryArea(true)
        .findingsPerJudgment(findingsPerJudgment)
        .evidencePerJudgment(evidencePerJudgment)
        .build();
  }

  /** {@return a builder for a shape} */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    require("findingsPerJudgment", findingsPerJudgment());
    require("evidencePerJudgment", evidencePerJudgment());
    require("overallFindings", overallFindings());
  }

  private static void require(String attribute, OptionalInt count) {
    count.ifPresent(
        n -> Invariants.require(n >= 0, NON_NEGATIVE_COUNT, attribute, n, () -> attribute + " " + n + " is negative"));
  }

  /** Builds a shape. */
  public static final class Builder extends ImmutableAssessmentShape.Builder {
    Builder() {}
  }
}
