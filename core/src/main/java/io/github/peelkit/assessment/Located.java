package io.github.peelkit.assessment;

import io.github.peelkit.evidence.Evidence;
import java.util.ArrayList;
import java.util.List;

/** A value of an assessment with its path in the document, such as {@code judgments[2].findings[0]}. */
record Located<T>(String path, T value) {

  /** Every finding of an assessment, overall findings first, then each judgment's, in order. */
  static List<Located<Finding>> findings(Assessment assessment) {
    List<Located<Finding>> all = new ArrayList<>();
    for (int i = 0; i < assessment.findings().size(); i++) {
      all.add(new Located<>("findings[" + i + "]", assessment.findings().get(i)));
    }
    for (int i = 0; i < assessment.judgments().size(); i++) {
      List<Finding> findings = assessment.judgments().get(i).findings();
      for (int j = 0; j < findings.size(); j++) {
        all.add(new Located<>("judgments[" + i + "].findings[" + j + "]", findings.get(j)));
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
        all.add(new Located<>("judgments[" + i + "].evidence[" + j + "]", evidence.get(j)));
      }
    }
    return all;
  }
}
