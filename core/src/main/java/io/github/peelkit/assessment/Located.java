package io.github.peelkit.assessment;

import io.github.peelkit.evidence.Evidence;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of an assessment with its place in the document, such as {@code judgments[2].findings[0]}.
 * The place is kept as indexes and written out as a path only when asked for, for a problem: every
 * assessment built locates all its findings and evidence to check their ids and links.
 *
 * @param judgment the index of the judgment that holds the value, or -1 for the assessment's own list
 * @param list the list that holds the value: {@code findings} or {@code evidence}
 * @param index the value's index in that list
 * @param value the value
 */
record Located<T>(int judgment, String list, int index, T value) {

  /** {@return the path of the value, such as {@code judgments[2].findings[0]} or {@code findings[1]}} */
  String path() {
    return path(judgment, list, index);
  }

  /**
   * The path of a value of an assessment.
   *
   * @param judgment the index of the judgment that holds it, or -1 for the assessment's own list
   * @param list the list that holds it: {@code findings} or {@code evidence}
   * @param index its index in that list
   * @return the path, such as {@code judgments[2].findings[0]} or {@code findings[1]}
   */
  static String path(int judgment, String list, int index) {
    String own = list + "[" + index + "]";
    return judgment < 0 ? own : "judgments[" + judgment + "]." + own;
  }

  /** Every finding of an assessment, overall findings first, then each judgment's, in order. */
  static List<Located<Finding>> findings(Assessment assessment) {
    List<Located<Finding>> all = new ArrayList<>();
    for (int i = 0; i < assessment.findings().size(); i++) {
      all.add(new Located<>(-1, "findings", i, assessment.findings().get(i)));
    }
    for (int i = 0; i < assessment.judgments().size(); i++) {
      List<Finding> findings = assessment.judgments().get(i).findings();
      for (int j = 0; j < findings.size(); j++) {
        all.add(new Located<>(i, "findings", j, findings.get(j)));
      }
    }
    return all;
  }

  /** Every piece of evidence of an assessment, judgment by judgment, in order. */
  static List<Located<Evidence>> evidence(Assessment assessment) {
    List<Located<Evidence>> all = new ArrayList<>();
    for (int i = 0; i < assessment.judgments().size(); i++) {
      List<Evidence> evidence = assessment.judgments().get(i).evidence();
      for (int j = 0; j < evidence.size(); j++) {
        all.add(new Located<>(i, "evidence", j, evidence.get(j)));
      }
    }
    return all;
  }
}
