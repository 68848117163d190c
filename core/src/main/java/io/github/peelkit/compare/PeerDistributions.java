package io.github.peelkit.compare;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.check.Rule;
import io.github.peelkit.check.Violation;
import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * Checks the peer distributions that assessments publish against the grades of a set of assessments
 * loaded together, where the set holds the whole population a distribution counts: the 2007
 * national distribution of neighbourhood policing grades (Excellent 6, Good 14, Fair 21, Poor 2 of
 * 43 forces) against the 43 forces' 2007 assessments.
 *
 * <p><strong>The whole population</strong>: a distribution of population N on an assessment of
 * framework F is checked when the set holds exactly N assessments of F, one per subject (N distinct
 * subjects). A set holding fewer or more, or two assessments of one subject (two rounds on one
 * framework, say, which no single distribution counts), is not the population the distribution
 * describes, and nothing is checked. Assessments whose grades a mapping converted are left out. The
 * assessment that publishes the distribution counts as one of the peers, as Essex Police is one of
 * the 43 forces of the 2007 national summary.
 *
 * <p>Where the grades of the area across the set differ from the published counts (including a
 * subject with no grade in the area), the warning {@link #AGREES_WITH_LOADED_POPULATION} ({@link
 * ModelCode#DISTRIBUTION_DIFFERS_FROM_PEERS}, PK020) is reported at {@code
 * judgments[i].distribution.counts} of the assessment that publishes it.
 */
public final class PeerDistributions {
  /** A published distribution agrees with the grades of the whole population loaded: a warning. */
  public static final Rule AGREES_WITH_LOADED_POPULATION =
      Rule.of(ModelCode.DISTRIBUTION_DIFFERS_FROM_PEERS, "a published distribution agrees with the whole population loaded");

  private PeerDistributions() {}

  /**
   * Checks every published distribution of a set of assessments against the set.
   *
   * @param assessments the assessments loaded together, each id once (as in a catalogue)
   * @return the warnings of each assessment that has any, by the assessment's id, in the order of
   *     the assessments and of their judgments; each path is relative to its assessment ({@code
   *     judgments[3].distribution.counts})
   */
  public static Map<String, List<Violation>> warnings(Collection<Assessment> assessments) {
    Map<String, List<Assessment>> byFramework = new LinkedHashMap<>();
    for (Assessment a : assessments) {
      if (!Published.isConverted(a)) {
        byFramework.computeIfAbsent(a.framework().id(), f -> new ArrayList<>()).add(a);
      }
    }
    Map<String, List<Violation>> warnings = new LinkedHashMap<>();
    for (List<Assessment> peers : byFramework.values()) {
      if (!isOnePerSubject(peers) || !publishesPopulationOf(peers)) {
        continue;
      }
      GradeTable table = GradeTable.of(peers.get(0).framework(), peers);
      for (Assessment a : peers) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < a.judgments().size(); i++) {
          Judgment judgment = a.judgments().get(i);
          if (judgment.distribution().isPresent() && judgment.distribution().get().population() == peers.size()) {
            check(judgment, table.distribution(judgment.area().id()), a.framework().id(), "judgments[" + i + "].distribution.counts", found);
          }
        }
        if (!found.isEmpty()) {
          warnings.computeIfAbsent(a.id(), id -> new ArrayList<>()).addAll(found);
        }
      }
    }
    warnings.replaceAll((id, list) -> List.copyOf(list));
    return java.util.Collections.unmodifiableMap(warnings);
  }

  private static boolean isOnePerSubject(List<Assessment> peers) {
    Set<String> subjects = new HashSet<>();
    peers.forEach(a -> subjects.add(a.subject().id()));
    return subjects.size() == peers.size();
  }

  private static boolean publishesPopulationOf(List<Assessment> peers) {
    for (Assessment a : peers) {
      for (Judgment j : a.judgments()) {
        if (j.distribution().isPresent() && j.distribution().get().population() == peers.size()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void check(Judgment judgment, AreaDistribution loaded, String framework, String path, List<Violation> found) {
    PeerDistribution published = judgment.distribution().get();
    boolean differs = false;
    for (Grade grade : loaded.counts().keySet()) {
      differs |= published.count(grade) != loaded.count(grade);
    }
    if (!differs) {
      return;
    }
    // The grades either side counts, so that a five-grade scale's empty grades do not crowd the message.
    List<Grade> shownGrades = new ArrayList<>();
    loaded.counts().keySet().forEach(g -> {
      if (published.count(g) > 0 || loaded.count(g) > 0) {
        shownGrades.add(g);
      }
    });
    String shown = counts(shownGrades, published::count);
    int missing = loaded.ungraded() + loaded.absent();
    found.add(
        AGREES_WITH_LOADED_POPULATION.violation(
            path,
            shown,
            "distribution of area '" + judgment.area().id() + "' differs from the " + published.population()
                + " loaded assessments of framework " + framework + ", the whole population of " + published.population()
                + ": published " + shown + "; loaded " + counts(shownGrades, loaded::count)
                + (missing > 0 ? ", " + missing + " without a grade" : "") + "; correct the counts or the grades"));
  }

  private static String counts(List<Grade> grades, ToIntFunction<Grade> count) {
    List<String> parts = new ArrayList<>();
    grades.forEach(grade -> parts.add(grade.id() + " " + count.applyAsInt(grade)));
    return String.join(", ", parts);
  }
}
