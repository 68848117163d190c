package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.AssessmentOutline;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads the outline of an assessment from what the file says: the ids and kinds of its findings,
 * the ids of its evidence and the links between them, straight from the nodes, so that a finding or
 * piece of evidence with a problem of its own still counts as existing for the links to it.
 */
final class OutlineReader {
  private OutlineReader() {}

  /**
   * Adds the findings under a node, with their ids, kinds and links.
   *
   * @param outline the outline
   * @param findings the value of {@code findings:}, if any
   * @param path its path
   */
  static void findings(AssessmentOutline.Builder outline, Optional<Node> findings, DocumentPath path) {
    if (!(findings.orElse(null) instanceof SeqNode seq)) {
      return;
    }
    for (int i = 0; i < seq.size(); i++) {
      if (seq.get(i) instanceof MapNode finding) {
        DocumentPath at = path.index(i);
        outline.finding(at::toString, text(finding.get("id")), text(finding.get("kind")).map(Choices.FINDING_KINDS.byId()::get));
        links(finding.get("evidence"), at.key("evidence"), outline::evidenceLink);
        links(finding.get("recommendations"), at.key("recommendations"), outline::recommendationLink);
      }
    }
  }

  /**
   * Adds the pieces of evidence under a node, with their ids.
   *
   * @param outline the outline
   * @param evidence the value of {@code evidence:}, if any
   * @param path its path
   */
  static void evidence(AssessmentOutline.Builder outline, Optional<Node> evidence, DocumentPath path) {
    if (!(evidence.orElse(null) instanceof SeqNode seq)) {
      return;
    }
    for (int i = 0; i < seq.size(); i++) {
      if (seq.get(i) instanceof MapNode piece) {
        outline.evidence(path.index(i)::toString, text(piece.get("id")));
      }
    }
  }

  /** Adds the links of a sequence, each of which is text. */
  private static void links(Node links, DocumentPath path, Link add) {
    if (links instanceof SeqNode seq) {
      for (int k = 0; k < seq.size(); k++) {
        DocumentPath at = path.index(k);
        text(seq.get(k)).ifPresent(id -> add.to(at::toString, id));
      }
    }
  }

  /** Adds one link to the outline. */
  @FunctionalInterface
  private interface Link {
    void to(Supplier<String> path, String id);
  }

  /** {@return the text of a node that YAML 1.2 core rules read as text} */
  private static Optional<String> text(Node node) {
    return node instanceof ScalarNode s && s.type() == ScalarType.TEXT ? Optional.of(s.text()) : Optional.empty();
  }
}
