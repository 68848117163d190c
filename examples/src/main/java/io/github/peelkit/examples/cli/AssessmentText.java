package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Converted;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.grading.DerivedGrade;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * An assessment as plain text for a terminal of 100 columns: a heading, a table of areas with their
 * grade (or why there is none) and their findings by kind, the counts of grades and findings, and
 * the evidence area by area with its figures.
 */
final class AssessmentText {
  /** The widest line printed: the text fits a terminal of this many columns. */
  static final int WIDTH = 100;

  /** The header of the column that places a grade among the peers' grades. */
  private static final String PEERS = "Peers better/same/worse";

  /** Figures up to this width follow their description on its last line; longer ones get lines of their own. */
  private static final int SHORT_FIGURES = 30;

  private AssessmentText() {}

  /** {@return the view as text, each line ending with a line break} */
  static String render(AssessmentView view) {
    Assessment a = view.assessment();
    StringBuilder b = new StringBuilder();
    b.append(Wrap.paragraph(a.title(), "", "", WIDTH));
    field(b, "Id", a.id());
    field(b, "Subject", a.subject().name() + " (" + a.subject().id() + ")");
    field(b, "Framework", a.framework().name() + " (" + a.framework().id() + ")");
    field(b, "Published", a.published() + a.period().map(p -> ", covering " + p.from() + " to " + p.to()).orElse(""));
    conversion(a).ifPresent(c -> field(b, "Converted", converted(a, c)));
    view.asOf().ifPresent(date -> field(b, "As of", asOf(view, date.toString())));
    b.append('\n');
    b.append(table(view));
    b.append('\n');
    if (a.scale().isPresent()) {
      b.append(Wrap.paragraph(grades(view), "Grades: ", "        ", WIDTH));
    }
    b.append(Wrap.paragraph(Words.findingCounts(view.findingCounts()), "Findings: ", "          ", WIDTH));
    List<String> legend = new ArrayList<>();
    if (view.hasJudgmentDates()) {
      legend.add("Published: a judgment's own date, where it differs from the assessment's");
    }
    List<FindingKind> kinds = view.judgmentFindingKinds();
    if (!kinds.isEmpty()) {
      legend.add(kinds.stream().map(k -> Words.abbreviation(k) + " " + Words.plural(k)).collect(Collectors.joining(", "))
          + ": the findings of each area");
    }
    if (!legend.isEmpty()) {
      b.append(Wrap.paragraph("(" + String.join("; ", legend) + ")", "", "", WIDTH));
    }
    derived(b, view);
    evidence(b, view);
    return b.toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    String label = Wrap.pad(name + ":", 11);
    b.append(Wrap.paragraph(value, label, " ".repeat(11), WIDTH));
  }

  /** {@return the conversion record of the first converted judgment, when the assessment was converted} */
  static Optional<Converted> conversion(Assessment assessment) {
    return assessment.judgments().stream().flatMap(j -> j.conversion().stream()).findFirst();
  }

  private static String converted(Assessment a, Converted converted) {
    GradeConversion c = converted.conversion();
    return "to scale " + a.scale().map(s -> s.id()).orElse("?") + " from " + c.from().scale() + " by mapping " + c.mapping()
        + ", policy " + converted.policy().id() + (c.comparable() ? "" : "; the grades of the two scales are not directly comparable");
  }

  private static String asOf(AssessmentView view, String date) {
    if (view.leftOut().isEmpty()) {
      return date + ": every judgment was published by then";
    }
    String later = view.leftOut().stream()
        .map(j -> j.area().name() + " (" + AssessmentView.published(view.assessment(), j) + ")")
        .collect(Collectors.joining(", "));
    return date + ": left out " + Words.count(view.leftOut().size(), "judgment", "judgments") + " published later: " + later;
  }

  /** {@return the grade counts line: "1 Outstanding, 4 Good (10 of 12 judgments graded)"} */
  static String grades(AssessmentView view) {
    StringBuilder b = new StringBuilder(Words.gradeCounts(view.gradeCounts()));
    b.append(" (").append(view.graded()).append(" of ").append(Words.count(view.judgments().size(), "judgment", "judgments"))
        .append(" graded");
    if (view.ranges() > 0) {
      b.append(", ").append(view.ranges()).append(" left as a range of grades");
    }
    return b.append(')').toString();
  }

  private static String table(AssessmentView view) {
    boolean dates = view.hasJudgmentDates();
    boolean peers = view.judgments().stream().anyMatch(j -> j.distribution().isPresent() && j.isGraded());
    List<FindingKind> kinds = view.judgmentFindingKinds();
    List<String> headers = new ArrayList<>(List.of("Area", "Grade"));
    if (dates) {
      headers.add("Published");
    }
    if (peers) {
      headers.add(PEERS);
    }
    kinds.forEach(k -> headers.add(Words.abbreviation(k)));
    TextTable table = new TextTable(headers, headers.size() - kinds.size());
    Map<String, Integer> depths = view.depths();
    for (Judgment j : view.judgments()) {
      List<String> row = new ArrayList<>(List.of(j.area().name(), Words.grade(j)));
      if (dates) {
        row.add(j.published().map(Object::toString).orElse(""));
      }
      if (peers) {
        row.add(peers(j));
      }
      Map<FindingKind, Integer> tally = AssessmentView.tally(j);
      kinds.forEach(k -> row.add(Integer.toString(tally.getOrDefault(k, 0))));
      table.row(2 * depths.getOrDefault(j.area().id(), 0), row);
    }
    return table.render(WIDTH);
  }

  /** {@return where a graded judgment stands among its peers: "20 / 21 / 2 of 43"} */
  static String peers(Judgment j) {
    if (j.distribution().isEmpty() || j.grade().isEmpty()) {
      return "";
    }
    PeerDistribution d = j.distribution().get();
    Grade g = j.grade().get();
    return d.countBetterThan(g) + " / " + d.count(g) + " / " + d.countWorseThan(g) + " of " + d.population();
  }

  private static void derived(StringBuilder b, AssessmentView view) {
    if (view.derived().isEmpty()) {
      return;
    }
    b.append("\nDerived grades\n");
    for (DerivedGrade d : view.derived()) {
      b.append('\n').append(Wrap.paragraph(derivedHeading(d), "", "", WIDTH));
      b.append(Wrap.paragraph(d.evaluation().explanation(), "  ", "    ", WIDTH));
      d.override().ifPresent(o -> b.append(Wrap.paragraph(o.reason(), "  Override: ", "    ", WIDTH)));
    }
  }

  /** {@return a derived grade's first line: the area, the published and derived grades, the rules and inputs} */
  static String derivedHeading(DerivedGrade d) {
    String grades = d.agrees()
        ? d.published().id() + ", as the rules derive"
        : "published " + d.published().id() + ", the rules derive " + d.derived().id();
    String from = d.from().size() <= 6
        ? String.join(", ", d.from().stream().map(a -> a.id()).toList())
        : Words.count(d.from().size(), "area", "areas");
    return d.judgment().area().name() + ": " + grades + " (" + d.rules().id() + " from " + from
        + (d.isStated() ? "" : ", as the framework states") + ")";
  }

  private static void evidence(StringBuilder b, AssessmentView view) {
    boolean first = true;
    for (Judgment j : view.judgments()) {
      if (j.evidence().isEmpty()) {
        continue;
      }
      if (first) {
        b.append("\nEvidence\n");
        first = false;
      }
      b.append('\n').append(Wrap.paragraph(j.area().name(), "", "", WIDTH));
      for (Evidence e : j.evidence()) {
        String figures = Figures.evidence(e);
        if (Wrap.width(figures) <= SHORT_FIGURES) {
          // Short figures follow the description, never broken across lines (no-break spaces while wrapping).
          String line = e.description() + ": " + figures.replace(' ', '\u00A0');
          b.append(Wrap.paragraph(line, "  - ", "    ", WIDTH).replace('\u00A0', ' '));
        } else {
          // Long figures start a line of their own, so that they read as one.
          b.append(Wrap.paragraph(e.description() + ":", "  - ", "    ", WIDTH));
          b.append(Wrap.paragraph(figures, "    ", "    ", WIDTH));
        }
      }
    }
  }
}
