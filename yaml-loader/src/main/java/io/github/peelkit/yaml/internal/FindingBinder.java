package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.check.InvariantException;
import io.github.peelkit.extension.Extensions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Binds findings, the overall ones of an assessment and those of a judgment. */
final class FindingBinder {
  private FindingBinder() {}

  /**
   * Binds the findings under a key.
   *
   * @param ctx the file's context
   * @param parent the object holding the key
   * @param nodes where each finding bound is recorded with its node and path, for the link checks
   * @return the findings bound; when any is refused, the parent is marked unusable
   */
  static List<Finding> bind(Ctx ctx, Obj parent, List<Located> nodes) {
    SeqNode seq = parent.seq("findings", false);
    List<Finding> findings = new ArrayList<>();
    if (seq == null) {
      return findings;
    }
    YPath at = parent.path.key("findings");
    for (int i = 0; i < seq.size(); i++) {
      YPath path = at.index(i);
      Finding finding = finding(ctx, seq.get(i), path);
      if (parent.take(finding) != null) {
        findings.add(finding);
        nodes.add(new Located(finding, seq.get(i), path));
      }
    }
    return findings;
  }

  private static Finding finding(Ctx ctx, Node node, YPath path) {
    Obj o = ctx.object(node, path, Keys.FINDING, "a finding");
    if (o == null) {
      return null;
    }
    FindingKind kind = o.choice("kind", true, "finding kind", Choices.FINDING_KINDS.byId(), Choices.FINDING_KINDS.ids());
    String id = o.slug("id", false);
    Integer number = o.smallInteger("number", false);
    String title = o.text("title", true, true);
    String text = o.text("text", false, false);
    List<String> evidence = o.texts("evidence", false, true);
    List<String> recommendations = o.texts("recommendations", false, true);
    Extensions extensions = o.extensions();
    if (!o.ok()) {
      return null;
    }
    try {
      Finding.Builder b =
          Finding.builder()
              .kind(kind)
              .title(title)
              .evidence(evidence)
              .recommendations(recommendations)
              .extensions(extensions);
      b.id(Optional.ofNullable(id));
      if (number != null) {
        b.number(number);
      }
      b.text(Optional.ofNullable(text));
      return b.build();
    } catch (InvariantException e) {
      ctx.invariant(e, o.map, o.path);
      return null;
    }
  }

  /**
   * A value bound from the input with its node and path, for checks across the assessment.
   *
   * @param value the value
   * @param node its node
   * @param path its path
   */
  record Located(Object value, Node node, YPath path) {}
}
