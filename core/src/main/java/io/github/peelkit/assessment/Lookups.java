package io.github.peelkit.assessment;

import io.github.peelkit.check.Violation;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.framework.Area;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The look-ups of an assessment and a judgment by name that throw, and the "did you mean" of each
 * miss: the judged areas by id, name or alias; evidence and findings by id.
 */
final class Lookups {
  /** Words of an id shorter than this (and, of, the) say too little to suggest an area by. */
  private static final int MEANINGFUL_WORD = 4;

  private Lookups() {}

  static Judgment judgment(Assessment assessment, String area) {
    return assessment.findJudgment(area).orElseThrow(() -> {
      List<String> ids = new ArrayList<>();
      // Every name of a judged area, and each word of an id that only one judged area has, so that
      // "Fairnes" finds fairness-and-respect.
      Map<String, String> names = new LinkedHashMap<>();
      Map<String, String> words = new HashMap<>();
      for (Judgment j : assessment.judgments()) {
        Area a = j.area();
        ids.add(a.id());
        names.put(a.id(), a.id());
        names.put(a.name(), a.id());
        a.aliases().forEach(alias -> names.put(alias, a.id()));
        for (String word : a.id().split("-")) {
          if (word.length() >= MEANINGFUL_WORD) {
            words.merge(word, a.id(), (one, other) -> one.equals(other) ? one : "");
          }
        }
      }
      words.forEach((word, id) -> names.putIfAbsent(word, id));
      names.values().removeIf(String::isEmpty);
      String where = assessment.framework().findArea(area)
          .map(a -> "assessment " + assessment.id() + ", which has no judgment of area " + a.id())
          .orElse("assessment " + assessment.id());
      return Violation.unknown(Assessment.KNOWN_JUDGMENT, "judgment", area, where, ids, names.keySet(),
          n -> Optional.ofNullable(names.get(n))).toException();
    });
  }

  static Evidence evidence(List<Evidence> evidence, String id, String where) {
    List<String> ids = evidence.stream().flatMap(e -> e.id().stream()).toList();
    return evidence.stream().filter(e -> e.id().filter(id::equals).isPresent()).findFirst().orElseThrow(
        () -> Violation.unknown(Assessment.KNOWN_EVIDENCE, "evidence", id, where, ids, ids, Optional::of).toException());
  }

  static Finding finding(Assessment assessment, String id) {
    return assessment.findFinding(id).orElseThrow(() -> {
      List<String> ids = Located.findings(assessment).stream().flatMap(f -> f.value().id().stream()).toList();
      return Violation.unknown(Assessment.KNOWN_FINDING, "finding", id, "assessment " + assessment.id(), ids, ids, Optional::of)
          .toException();
    });
  }

  static List<Evidence> allEvidence(Assessment assessment) {
    return assessment.judgments().stream().flatMap(j -> j.evidence().stream()).toList();
  }
}
