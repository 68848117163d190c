package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Converted;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.Ungraded;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import java.util.Optional;

/**
 * Reads a judgment's outcome from the three keys the format writes it with: {@code grade}, {@code
 * ungraded} and {@code conversion}. The model holds one outcome; a file can write keys that
 * contradict each other (a grade and ungraded, a grade beside a range, a grade other than the one
 * the conversion's policy picks), and each such contradiction is refused here, where the keys are.
 */
final class OutcomeReader {
  private final ObjectReader o;
  private final AssessmentScope scope;
  private final String area;

  private OutcomeReader(ObjectReader judgment, AssessmentScope scope, String area) {
    this.o = judgment;
    this.scope = scope;
    this.area = area;
  }

  /**
   * Reads the outcome of a judgment.
   *
   * @param judgment the judgment as an object
   * @param scope what the assessment's parts are read against
   * @param area the id of the judgment's area, or the reference as written when it did not resolve
   * @return the outcome, or empty when anything was refused (reported)
   */
  static Optional<Outcome> read(ObjectReader judgment, AssessmentScope scope, String area) {
    return new OutcomeReader(judgment, scope, area).read();
  }

  private Optional<Outcome> read() {
    boolean graded = o.has("grade");
    boolean ungraded = o.has("ungraded");
    if (graded && ungraded) {
      o.markUnusable();
      conflict(o.node().get("ungraded"), "ungraded", "has both a grade and ungraded: keep one");
    } else if (!graded && !ungraded && !holdsRange(o.node().get("conversion"))) {
      o.markUnusable();
      if (!o.isMeant("grade") && !o.isMeant("ungraded")) {
        conflict(o.node(), "grade", "has neither a grade nor ungraded: give one");
      }
    }
    Optional<Grade> grade = grade();
    Optional<Ungraded> reason = o.optional("ungraded").object(Keys.UNGRADED, "the reason for no grade").flatMap(u -> o.take(ungraded(u)));
    Optional<Converted> converted = o.optional("conversion").object(Keys.CONVERSION, "a conversion record").flatMap(c -> o.take(ConversionReader.read(c, scope)));
    if (!o.isUsable()) {
      return Optional.empty();
    }
    if (converted.isEmpty()) {
      return grade.<Outcome>map(Outcome::graded).or(() -> reason.map(Outcome.class::cast));
    }
    Converted conversion = converted.get();
    String range = conversion.conversion().targets().toString();
    if (reason.isPresent()) {
      return refuse(
          o.node().get("conversion"),
          "conversion",
          area,
          conversion.isRange()
              ? "is ungraded, but its conversion under policy range holds " + range + ": keep one"
              : "is ungraded but has a conversion: a conversion records where a grade came from");
    }
    Optional<Grade> picked = conversion.findGrade();
    if (picked.isEmpty()) {
      return grade.isEmpty()
          ? Optional.of(conversion)
          : refuse(
              o.node().get("grade"),
              "grade",
              area,
              "has grade '" + grade.get().id() + "', but its conversion under policy range holds " + range
                  + ": give no grade, or convert under another policy");
    }
    if (grade.equals(picked)) {
      return Optional.of(conversion);
    }
    return refuse(
        grade.isPresent() ? o.node().get("grade") : o.node(),
        "grade",
        grade.map(Grade::id).orElse(""),
        "has " + grade.map(g -> "grade '" + g.id() + "'").orElse("no grade") + ", but its conversion under policy "
            + conversion.policy().id() + " picks '" + picked.get().id() + "' from " + range);
  }

  /** Refuses the outcome for keys that contradict each other, naming the value at fault. */
  private Optional<Outcome> refuse(Node at, String key, String value, String message) {
    o.markUnusable();
    o.report().report(ModelCode.JUDGMENT_CONFLICT, at, o.path().key(key), "judgment of area '" + area + "' " + message, value);
    return Optional.empty();
  }

  private void conflict(Node at, String key, String message) {
    o.report().report(ModelCode.JUDGMENT_CONFLICT, at, o.path().key(key), "judgment of area '" + area + "' " + message);
  }

  /**
   * Whether a conversion, as written, leaves a range of several grades in place of a grade (policy
   * {@code range}, several targets): a judgment may then have neither a grade nor ungraded.
   */
  private static boolean holdsRange(Node conversion) {
    return conversion instanceof MapNode map
        && map.get("policy") instanceof ScalarNode policy
        && policy.text().equals(Policy.RANGE.id())
        && map.get("targets") instanceof SeqNode targets
        && targets.size() > 1;
  }

  private Optional<Grade> grade() {
    Field field = o.optional("grade");
    Optional<String> reference = field.name();
    if (reference.isEmpty()) {
      return Optional.empty();
    }
    if (scope.scale().isEmpty()) {
      o.markUnusable();
      scope.scaleless().ifPresent(
          framework ->
              o.report().report(
                  ModelCode.JUDGMENT_CONFLICT,
                  field.node().get(),
                  field.path(),
                  "framework " + framework.id() + " has no scale, so its areas are not graded: use ungraded with a reason",
                  Texts.abbreviate(reference.get())));
      return Optional.empty();
    }
    return o.take(References.grade(o.report(), scope.scale().get(), reference.get(), field.node().get(), field.path()));
  }

  private static Optional<Ungraded> ungraded(ObjectReader u) {
    Optional<UngradedReason> reason = u.required("reason").choice("ungraded reason", Choices.UNGRADED_REASONS);
    Optional<String> note = u.optional("note").text();
    Extensions extensions = u.extensions();
    return u.build(() -> Ungraded.builder().reason(reason.get()).note(note).extensions(extensions).build());
  }
}
