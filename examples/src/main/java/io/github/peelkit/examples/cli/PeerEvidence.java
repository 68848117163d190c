package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.NumberRules;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.examples.cli.PeerMeasure.Place;
import io.github.peelkit.yaml.Catalog;
import io.github.peelkit.yaml.DocumentKind;
import io.github.peelkit.yaml.Origin;
import io.github.peelkit.yaml.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The measure of {@code peel outliers --evidence ID PATH...}: the {@link Measure} evidence with one
 * id across loaded assessments, one value per assessment's subject, in loading order.
 *
 * <p>Each value is located at its assessment's document (file, line and column where it starts)
 * with the path to the evidence ({@code judgments[5].evidence[3]}). Problems: evidence with the id
 * that is a sample rather than a measure, a unit that differs from the first measure's (values in
 * different units cannot be compared), a subject with the measure in two assessments, and then the
 * measure as a whole (fewer than three subjects, more than 5000, all values equal).
 */
final class PeerEvidence {
  /**
   * What was collected.
   *
   * @param measure the measure, when any assessment holds evidence with the id and nothing is wrong
   * @param problems the problems, in loading order
   * @param found whether any assessment holds evidence with the id at all
   */
  record Result(Optional<PeerMeasure> measure, List<Problem> problems, boolean found) {}

  private PeerEvidence() {}

  /**
   * Collects the measures with an evidence id.
   *
   * @param catalog what was loaded, for the assessments' origins
   * @param assessments the assessments to look in, in order
   * @param id the evidence id
   * @return the measure or the problems
   */
  static Result collect(Catalog catalog, List<Assessment> assessments, String id) {
    List<PeerMeasure.Value> values = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<String, String> assessmentOfSubject = new HashMap<>();
    Measure first = null;
    String firstAssessment = null;
    boolean found = false;
    for (Assessment assessment : assessments) {
      Origin origin = catalog.origin(DocumentKind.ASSESSMENT, assessment.id()).orElseThrow();
      List<Judgment> judgments = assessment.judgments();
      for (int i = 0; i < judgments.size(); i++) {
        List<Evidence> evidence = judgments.get(i).evidence();
        for (int j = 0; j < evidence.size(); j++) {
          Evidence e = evidence.get(j);
          if (!e.id().filter(id::equals).isPresent()) {
            continue;
          }
          found = true;
          Place place = new Place(origin.file(), origin.line(), origin.column(), "judgments[" + i + "].evidence[" + j + "]");
          if (!(e instanceof Measure measure)) {
            problems.add(place.error(
                ModelCode.INVALID_VALUE,
                "evidence '" + id + "' of assessment '" + assessment.id() + "' is a sample, not a measure: outliers compares"
                    + " measured values"));
            continue;
          }
          if (first == null) {
            first = measure;
            firstAssessment = assessment.id();
          } else if (!measure.unit().equals(first.unit())) {
            problems.add(place.error(
                ModelCode.INVALID_VALUE,
                "measure '" + id + "' of assessment '" + assessment.id() + "' is in " + measure.unit() + ", that of '"
                    + firstAssessment + "' in " + first.unit() + ": values in different units cannot be compared"));
            continue;
          }
          String subject = assessment.subject().id();
          String earlier = assessmentOfSubject.putIfAbsent(subject, assessment.id());
          if (earlier != null) {
            problems.add(place.error(
                ModelCode.DUPLICATE_ID,
                "subject '" + subject + "' has measure '" + id + "' in two assessments, '" + earlier + "' and '" + assessment.id()
                    + "': give the files of one assessment per subject"));
            continue;
          }
          // The model takes numbers of up to 1,000 digits; the analysis takes doubles, as a CSV's values are checked.
          double number = measure.value().doubleValue();
          if (Double.isInfinite(number) || (number == 0 && measure.value().signum() != 0)) {
            problems.add(place.error(
                ModelCode.INVALID_VALUE,
                "measure '" + id + "' of assessment '" + assessment.id() + "' is " + NumberRules.shown(measure.value())
                    + ", too " + (number == 0 ? "small for a double to tell from zero (at least about 4.9e-324)"
                    : "large for a double (at most about 1.8e308)")));
            continue;
          }
          values.add(new PeerMeasure.Value(subject, measure.value(), place));
        }
      }
    }
    if (!found || !problems.isEmpty()) {
      return new Result(Optional.empty(), List.copyOf(problems), found);
    }
    // Found and without problems, so every match gave a value: there is a first one to locate by.
    PeerMeasure measure = new PeerMeasure(Optional.of(id), values.get(0).place(), values);
    Optional<Problem> problem = measure.problem();
    return problem.isPresent()
        ? new Result(Optional.empty(), List.of(problem.get()), true)
        : new Result(Optional.of(measure), List.of(), true);
  }

  /** {@return the ids of all measures the assessments hold, sorted, for a "did you mean"} */
  static Set<String> measureIds(List<Assessment> assessments) {
    Set<String> ids = new TreeSet<>();
    for (Assessment assessment : assessments) {
      for (Judgment judgment : assessment.judgments()) {
        for (Evidence e : judgment.evidence()) {
          if (e instanceof Measure) {
            e.id().ifPresent(ids::add);
          }
        }
      }
    }
    return ids;
  }
}
