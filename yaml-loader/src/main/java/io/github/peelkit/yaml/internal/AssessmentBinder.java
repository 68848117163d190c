package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.AssessmentOutline;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Period;
import io.github.peelkit.assessment.Source;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.check.Severity;
import io.github.peelkit.check.Violation;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.Derivations;
import io.github.peelkit.scale.GradeScale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Binds an {@code Assessment} document into an {@link Assessment}: resolves its framework and
 * scale, binds its findings and judgments, and checks the rules across its parts (one judgment per
 * area, unique ids, links that resolve) on the {@linkplain AssessmentOutline outline} of what the
 * file says, so that they are found even where a part could not be read. The assessment's warnings
 * are reported where they point, and so are its derived grades checked against the grading rules of
 * the load; an assessment whose derivations cannot hold is not kept.
 */
final class AssessmentBinder {
  private AssessmentBinder() {}

  /**
   * Binds an assessment document.
   *
   * @param o the document as an object, its keys checked
   * @param id the id, read by the header; empty when it was refused
   * @param registry the items references may name
   * @return the assessment, or empty when anything was refused (reported)
   */
  static Optional<Assessment> bind(ObjectReader o, Optional<String> id, Registry registry) {
    Optional<Subject> subject = o.required("subject").object(Keys.SUBJECT, "a subject").flatMap(s -> o.take(subject(s)));
    Field frameworkField = o.required("framework");
    Optional<Framework> framework =
        frameworkField.name()
            .flatMap(ref -> o.take(References.framework(o.report(), registry, ref, frameworkField.node().get(), frameworkField.path())));
    Field scaleField = o.optional("scale");
    Optional<GradeScale> ownScale =
        scaleField.name().flatMap(ref -> o.take(References.scale(o.report(), registry, ref, scaleField.node().get(), scaleField.path())));
    Optional<GradeScale> scale = ownScale.or(() -> framework.flatMap(Framework::scale));
    Optional<Framework> scaleless = scaleField.isPresent() ? Optional.empty() : framework.filter(f -> f.scale().isEmpty());
    String written = o.node().get("id") instanceof ScalarNode s ? s.text() : "?";
    AssessmentScope scope = new AssessmentScope(framework, scale, scaleless, registry, AssessmentOutline.builder(written));
    Optional<String> title = o.required("title").name();
    Optional<LocalDate> published = o.required("published").date();
    Optional<Period> period = o.optional("period").object(Keys.PERIOD, "a period").flatMap(p -> o.take(period(p)));
    Optional<Source> source = o.optional("source").object(Keys.SOURCE, "a source").flatMap(s -> o.take(source(s)));
    Optional<String> note = o.optional("note").text();
    OutlineReader.findings(scope.outline(), Optional.ofNullable(o.node().get("findings")), o.path().key("findings"));
    List<Finding> findings = o.optional("findings").each((n, p) -> FindingBinder.bind(o.scalars(), n, p));
    List<Judgment> judgments = o.optional("judgments").each((n, p) -> JudgmentBinder.bind(o.scalars(), n, p, scope));
    Extensions extensions = o.extensions();
    AssessmentOutline outline = scope.outline().build();
    if (!outline.violations().isEmpty()) {
      o.markUnusable();
      o.report().violations(outline.violations(), o.node(), o.path());
    }
    if (id.isEmpty() || framework.isEmpty() || (scaleField.isPresent() && ownScale.isEmpty())) {
      return Optional.empty();
    }
    Optional<Assessment> assessment =
        o.build(
            () -> Assessment.builder()
                .id(id.get())
                .subject(subject.get())
                .framework(framework.get())
                .scale(scale)
                .title(title.get())
                .published(published.get())
                .period(period)
                .source(source)
                .note(note)
                .findings(findings)
                .judgments(judgments)
                .extensions(extensions)
                .build());
    assessment.ifPresent(a -> o.report().violations(a.warnings(), o.node(), o.path()));
    if (assessment.isPresent()) {
      List<Violation> derivations = Derivations.check(assessment.get(), registry.rules());
      o.report().violations(derivations, o.node(), o.path());
      if (derivations.stream().anyMatch(v -> v.severity() == Severity.ERROR)) {
        return Optional.empty();
      }
    }
    return assessment;
  }

  private static Optional<Subject> subject(ObjectReader o) {
    Optional<String> id = o.required("id").id();
    Optional<String> name = o.required("name").name();
    Extensions extensions = o.extensions();
    return o.build(() -> Subject.builder().id(id.get()).name(name.get()).extensions(extensions).build());
  }

  private static Optional<Period> period(ObjectReader o) {
    Optional<LocalDate> from = o.required("from").date();
    Optional<LocalDate> to = o.required("to").date();
    Extensions extensions = o.extensions();
    return o.build(() -> Period.builder().from(from.get()).to(to.get()).extensions(extensions).build());
  }

  static Optional<Source> source(ObjectReader o) {
    Optional<String> title = o.required("title").name();
    Optional<String> publisher = o.optional("publisher").text();
    Optional<String> url = o.optional("url").text();
    Optional<LocalDate> published = o.optional("published").date();
    Optional<String> note = o.optional("note").text();
    Extensions extensions = o.extensions();
    return o.build(
        () -> Source.builder()
            .title(title.get())
            .publisher(publisher)
            .url(url)
            .published(published)
            .note(note)
            .extensions(extensions)
            .build());
  }
}
