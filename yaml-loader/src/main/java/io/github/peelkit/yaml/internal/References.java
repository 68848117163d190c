package io.github.peelkit.yaml.internal;

import io.github.peelkit.check.InvariantException;
import io.github.peelkit.check.ModelCode;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.Problem;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves references by id, name, label or alias, in any case, and reports those that name
 * nothing, with the valid ids and the one probably meant. Grades and areas are looked up by their
 * scale and framework, which say what a name that names nothing is; scales and frameworks by the
 * {@link Registry} of the load. A reference to a document that was defined but could not be built
 * resolves to nothing silently: that document's own problems say why.
 */
final class References {
  private References() {}

  static Optional<GradeScale> scale(FileReport report, Registry registry, String reference, Node node, DocumentPath path) {
    Optional<GradeScale> scale = registry.scale(reference);
    if (scale.isEmpty() && !registry.isBrokenScale(reference)) {
      Optional<String> meant = report.suggestion(reference, registry.scaleNames()).flatMap(registry::scale).map(GradeScale::id);
      unknown(report, node, path, "unknown scale '" + Texts.abbreviate(reference) + "'", reference, registry.scaleIds(), meant);
    }
    return scale;
  }

  static Optional<Framework> framework(FileReport report, Registry registry, String reference, Node node, DocumentPath path) {
    Optional<Framework> framework = registry.framework(reference);
    if (framework.isEmpty() && !registry.isBrokenFramework(reference)) {
      Optional<String> meant =
          report.suggestion(reference, registry.frameworkNames()).flatMap(registry::framework).map(Framework::id);
      unknown(
          report, node, path, "unknown framework '" + Texts.abbreviate(reference) + "'", reference, registry.frameworkIds(), meant);
    }
    return framework;
  }

  private static void unknown(
      FileReport report, Node node, DocumentPath path, String message, String reference, List<String> valid,
      Optional<String> meant) {
    Problem.Builder problem =
        report.problem(ModelCode.UNRESOLVED_REFERENCE, node, path, message).value(Texts.abbreviate(reference)).validValues(valid);
    meant.ifPresent(problem::suggestion);
    report.add(problem);
  }

  static Optional<Area> area(FileReport report, Framework framework, String reference, Node node, DocumentPath path) {
    return lookUp(() -> framework.area(reference), report, node, path);
  }

  static Optional<Grade> grade(FileReport report, GradeScale scale, String reference, Node node, DocumentPath path) {
    return lookUp(() -> scale.grade(reference), report, node, path);
  }

  /** Looks a name up in the model, which says what a name that names nothing is: reported at the node. */
  private static <T> Optional<T> lookUp(Supplier<T> find, FileReport report, Node node, DocumentPath path) {
    try {
      return Optional.of(find.get());
    } catch (InvariantException e) {
      e.violations().forEach(v -> report.violation(v, node, path.toString()));
      return Optional.empty();
    }
  }
}
