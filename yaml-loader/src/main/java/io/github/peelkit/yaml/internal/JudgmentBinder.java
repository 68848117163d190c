package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.GradeOverride;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Derivation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Binds one judgment of an assessment: resolves its area in the framework, reads its outcome, its
 * findings, counts, evidence and peer distribution, and adds its area, findings and evidence to
 * the assessment's outline.
 */
final class JudgmentBinder {
  private JudgmentBinder() {}

  /**
   * Binds a judgment.
   *
   * @param scalars the reader of the file's scalars
   * @param node the judgment's node
   * @param path its path
   * @param scope what the assessment's parts are read against
   * @return the judgment, or empty when anything was refused (reported)
   */
  static Optional<Judgment> bind(ScalarReader scalars, Node node, DocumentPath path, AssessmentScope scope) {
    Optional<ObjectReader> object = ObjectReader.open(scalars, node, path, Keys.JUDGMENT, "a judgment");
    if (object.isEmpty()) {
      return Optional.empty();
    }
    ObjectReader o = object.get();
    Field areaField = o.required("area");
    Optional<String> reference = areaField.name();
    Optional<Area> area =
        reference.flatMap(
            ref -> scope.framework().flatMap(f -> o.take(References.area(o.report(), f, ref, areaField.node().get(), areaField.path()))));
    area.ifPresent(a -> scope.outline().judgment(path::toString, a.id(), reference.get()));
    Optional<Outcome> outcome = OutcomeReader.read(o, scope, area.map(Area::id).or(() -> reference).orElse("?"));
    Optional<Derivation> derived =
        o.optional("derived").object(Keys.DERIVED, "a derivation").flatMap(d -> o.take(derivation(d, scope)));
    Optional<GradeOverride> override =
        o.optional("override").object(Keys.OVERRIDE, "an override").flatMap(v -> o.take(override(v)));
    Optional<String> statement = o.optional("statement").text();
    Optional<LocalDate> published = o.optional("published").date();
    Optional<String> note = o.optional("note").text();
    OutlineReader.findings(scope.outline(), Optional.ofNullable(o.node().get("findings")), path.key("findings"));
    List<Finding> findings = o.optional("findings").each((n, p) -> FindingBinder.bind(scalars, n, p));
    Optional<FindingCounts> counts =
        o.optional("findingCounts").object(Keys.FINDING_COUNTS, "finding counts").flatMap(c -> o.take(DistributionBinder.findingCounts(c)));
    OutlineReader.evidence(scope.outline(), Optional.ofNullable(o.node().get("evidence")), path.key("evidence"));
    List<Evidence> evidence = o.optional("evidence").each((n, p) -> EvidenceBinder.bind(scalars, n, p));
    Optional<PeerDistribution> distribution =
        o.optional("distribution")
            .object(Keys.DISTRIBUTION, "a peer distribution")
            .flatMap(d -> o.take(DistributionBinder.distribution(d, scope.scale())));
    Extensions extensions = o.extensions();
    if (area.isEmpty() || outcome.isEmpty()) {
      return Optional.empty();
    }
    return o.build(
        () -> Judgment.builder()
            .area(area.get())
            .outcome(outcome.get())
            .derived(derived)
            .override(override)
            .statement(statement)
            .published(published)
            .note(note)
            .findings(findings)
            .findingCounts(counts)
            .evidence(evidence)
            .distribution(distribution)
            .extensions(extensions)
            .build());
  }

  /** A judgment's derivation: its areas are references, resolved in the framework to their ids. */
  private static Optional<Derivation> derivation(ObjectReader o, AssessmentScope scope) {
    Optional<String> rules = o.required("rules").id();
    List<String> from =
        o.required("from")
            .each(
                (node, at) -> o.scalars().name(node, at, "area")
                    .flatMap(ref -> scope.framework().flatMap(f -> References.area(o.report(), f, ref, node, at)))
                    .map(Area::id));
    Extensions extensions = o.extensions();
    return o.build(() -> Derivation.builder().rules(rules.get()).from(from).extensions(extensions).build());
  }

  private static Optional<GradeOverride> override(ObjectReader o) {
    Optional<String> reason = o.required("reason").name();
    Extensions extensions = o.extensions();
    return o.build(() -> GradeOverride.builder().reason(reason.get()).extensions(extensions).build());
  }
}
