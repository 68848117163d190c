package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.grading.DerivedGrade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * An assessment as GitHub-flavoured Markdown: a heading, a table of areas, grades and findings by
 * kind, the counts of grades and findings, and the evidence area by area.
 */
final class AssessmentMarkdown {
  private AssessmentMarkdown() {}

  /** {@return the view as Markdown, each line ending with a line break} */
  static String render(AssessmentView view) {
    Assessment a = view.assessment();
    StringBuilder b = new StringBuilder();
    b.append("## ").append(escape(a.title())).append("\n\n");
    b.append("- **Id:** `").append(a.id()).append("`\n");
    b.append("- **Subject:** ").append(escape(a.subject().name())).append(" (`").append(a.subject().id()).append("`)\n");
    b.append("- **Framework:** ").append(escape(a.framework().name())).append(" (`").append(a.framework().id()).append("`)\n");
    b.append("- **Published:** ").append(a.published())
        .append(a.period().map(p -> ", covering " + p.from() + " to " + p.to()).orElse("")).append('\n');
    AssessmentText.conversion(a).ifPresent(c -> b.append("- **Converted:** to scale `")
        .append(a.scale().map(s -> s.id()).orElse("?")).append("` from `").append(c.conversion().from().scale())
        .append("` by mapping `").append(c.conversion().mapping()).append("`, policy `").append(c.policy().id()).append('`')
        .append(c.conversion().comparable() ? "" : "; the grades of the two scales are not directly comparable").append('\n'));
    view.asOf().ifPresent(date -> {
      b.append("- **As of:** ").append(date);
      if (!view.leftOut().isEmpty()) {
        b.append(": left out ").append(Words.count(view.leftOut().size(), "judgment", "judgments")).append(" published later: ")
            .append(view.leftOut().stream()
                .map(j -> escape(j.area().name()) + " (" + AssessmentView.published(a, j) + ")")
                .collect(Collectors.joining(", ")));
      }
      b.append('\n');
    });
    b.append('\n');
    table(b, view);
    b.append('\n');
    if (a.scale().isPresent()) {
      b.append("**Grades:** ").append(escape(AssessmentText.grades(view))).append("\\\n");
    }
    b.append("**Findings:** ").append(escape(Words.findingCounts(view.findingCounts()))).append('\n');
    derived(b, view);
    evidence(b, view);
    return b.toString();
  }

  private static void table(StringBuilder b, AssessmentView view) {
    boolean dates = view.hasJudgmentDates();
    boolean peers = view.judgments().stream().anyMatch(j -> j.distribution().isPresent() && j.isGraded());
    List<FindingKind> kinds = view.judgmentFindingKinds();
    List<String> headers = new ArrayList<>(List.of("Area", "Grade"));
    List<String> aligns = new ArrayList<>(List.of("---", "---"));
    if (dates) {
      headers.add("Published");
      aligns.add("---");
    }
    if (peers) {
      headers.add("Peers better / same / worse");
      aligns.add("---");
    }
    for (FindingKind kind : kinds) {
      String plural = Words.plural(kind);
      headers.add(Character.toUpperCase(plural.charAt(0)) + plural.substring(1));
      aligns.add("--:");
    }
    row(b, headers);
    row(b, aligns);
    Map<String, Integer> depths = view.depths();
    for (Judgment j : view.judgments()) {
      // Cells lose their leading spaces: em spaces written as entities indent a sub-area.
      String indent = "&emsp;".repeat(depths.getOrDefault(j.area().id(), 0));
      List<String> cells = new ArrayList<>(List.of(indent + escape(j.area().name()), escape(Words.grade(j))));
      if (dates) {
        cells.add(j.published().map(Object::toString).orElse(""));
      }
      if (peers) {
        cells.add(AssessmentText.peers(j));
      }
      Map<FindingKind, Integer> tally = AssessmentView.tally(j);
      kinds.forEach(k -> cells.add(Integer.toString(tally.getOrDefault(k, 0))));
      row(b, cells);
    }
  }

  private static void row(StringBuilder b, List<String> cells) {
    b.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  private static void derived(StringBuilder b, AssessmentView view) {
    if (view.derived().isEmpty()) {
      return;
    }
    b.append("\n### Derived grades\n\n");
    for (DerivedGrade d : view.derived()) {
      b.append("- ").append(escape(AssessmentText.derivedHeading(d))).append(": ").append(escape(d.evaluation().explanation()));
      d.override().ifPresent(o -> b.append(". Override: ").append(escape(o.reason())));
      b.append('\n');
    }
  }

  private static void evidence(StringBuilder b, AssessmentView view) {
    boolean first = true;
    for (Judgment j : view.judgments()) {
      if (j.evidence().isEmpty()) {
        continue;
      }
      if (first) {
        b.append("\n### Evidence\n");
        first = false;
      }
      b.append("\n#### ").append(escape(j.area().name())).append("\n\n");
      for (Evidence e : j.evidence()) {
        b.append("- ").append(escape(e.description())).append(": ").append(escape(Figures.evidence(e))).append('\n');
      }
    }
  }

  /**
   * Escapes the characters that Markdown would read as markup in a line of text or a table cell:
   * the backslash, the pipe, and those that start emphasis, code, links and HTML.
   */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    String flat = text.strip().replaceAll("\\s+", " ");
    for (int i = 0; i < flat.length(); i++) {
      char c = flat.charAt(i);
      if ("\\|*_`[]<>#".indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
