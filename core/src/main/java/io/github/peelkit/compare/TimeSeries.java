package io.github.peelkit.compare;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Subject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * All the assessments of one subject in publication order, with the {@linkplain DirectionOfTravel
 * direction of travel} between each one and the next: Essex Police from HMIC 2007 to PEEL 2021/22.
 *
 * <p>Publication order is by the assessments' published dates; assessments published on the same
 * day are ordered by id, so that the series is the same whatever order they were loaded in (the
 * direction between two of one day is computed like any other). A judgment's own published date,
 * such as a PEEL 2016 pillar's, does not move its assessment.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class TimeSeries {
  private final List<Assessment> assessments;
  private final List<DirectionOfTravel> steps;

  private TimeSeries(List<Assessment> assessments, List<DirectionOfTravel> steps) {
    this.assessments = List.copyOf(assessments);
    this.steps = List.copyOf(steps);
  }

  /**
   * The series of one subject's assessments.
   *
   * @param assessments the assessments, at least one, all of one subject, in any order
   * @param mappings how to choose the mapping between two scales
   * @return the series
   * @throws IllegalArgumentException when there is no assessment, they are of several subjects, or
   *     for a reason of {@link DirectionOfTravel#of(Assessment, Assessment, MappingChoice)}
   */
  public static TimeSeries of(Collection<Assessment> assessments, MappingChoice mappings) {
    if (assessments.isEmpty()) {
      throw new IllegalArgumentException("a time series needs at least one assessment");
    }
    List<Assessment> ordered = new ArrayList<>(assessments);
    ordered.sort(Published.ORDER);
    String subject = ordered.get(0).subject().id();
    for (Assessment a : ordered) {
      if (!a.subject().id().equals(subject)) {
        throw new IllegalArgumentException(
            "assessment " + a.id() + " is of subject " + a.subject().id() + ", not " + subject
                + ": a time series is of one subject; use TimeSeries.bySubject for several");
      }
      Published.requireUnconverted(a);
    }
    List<DirectionOfTravel> steps = new ArrayList<>();
    for (int i = 1; i < ordered.size(); i++) {
      steps.add(DirectionOfTravel.of(ordered.get(i - 1), ordered.get(i), mappings));
    }
    return new TimeSeries(ordered, steps);
  }

  /**
   * The series of every subject, each in publication order.
   *
   * @param assessments assessments of any subjects, in any order
   * @param mappings how to choose the mapping between two scales
   * @return one series per subject, ordered by subject id; empty when there is no assessment
   * @throws IllegalArgumentException for a reason of {@link DirectionOfTravel#of(Assessment,
   *     Assessment, MappingChoice)}
   */
  public static List<TimeSeries> bySubject(Collection<Assessment> assessments, MappingChoice mappings) {
    Map<String, List<Assessment>> bySubject = new TreeMap<>();
    assessments.forEach(a -> bySubject.computeIfAbsent(a.subject().id(), s -> new ArrayList<>()).add(a));
    List<TimeSeries> series = new ArrayList<>();
    bySubject.values().forEach(list -> series.add(of(list, mappings)));
    return List.copyOf(series);
  }

  /** {@return the subject, as its latest assessment names it} */
  public Subject subject() {
    return latest().subject();
  }

  /** {@return the assessments, in publication order} */
  public List<Assessment> assessments() {
    return assessments;
  }

  /** {@return the latest assessment: the last in publication order} */
  public Assessment latest() {
    return assessments.get(assessments.size() - 1);
  }

  /** {@return the direction of travel from each assessment to the next; empty for a single assessment} */
  public List<DirectionOfTravel> steps() {
    return steps;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TimeSeries that && assessments.equals(that.assessments) && steps.equals(that.steps);
  }

  @Override
  public int hashCode() {
    return Objects.hash(assessments.stream().map(Assessment::id).toList(), steps);
  }

  /** {@return the subject's id and the ids in order, such as {@code essex: [essex-hmic-2007, essex-peel-2016]}} */
  @Override
  public String toString() {
    return subject().id() + ": " + assessments.stream().map(Assessment::id).toList();
  }
}
