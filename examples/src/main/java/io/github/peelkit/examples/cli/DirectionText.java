package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.compare.AreaDirection;
import io.github.peelkit.compare.Direction;
import io.github.peelkit.compare.DirectionOfTravel;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.yaml.TerminalText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A direction of travel as text for a terminal of 100 columns: the two assessments, the mapping and
 * its caveat where the grades are not directly comparable, a table of areas with both grades and the
 * direction in words, and why each area judged in both has its direction. A series prints its
 * assessments in publication order, then each step.
 */
final class DirectionText {
  private static final int WIDTH = AssessmentText.WIDTH;
  private static final String INDENT = "          ";

  private DirectionText() {}

  /** {@return the direction of travel between two assessments, each line ending with a line break} */
  static String render(DirectionOfTravel d) {
    StringBuilder b = new StringBuilder();
    b.append(Wrap.paragraph("Direction of travel of " + printable(d.subject().name()) + " (" + d.subject().id() + ")", "", "", WIDTH));
    b.append(body(d));
    return b.toString();
  }

  /** {@return a subject's series: its assessments in publication order, then the direction of each step} */
  static String render(TimeSeries series) {
    StringBuilder b = new StringBuilder();
    List<Assessment> assessments = series.assessments();
    b.append(Wrap.paragraph(
        "Time series of " + printable(series.subject().name()) + " (" + series.subject().id() + "): "
            + Words.count(assessments.size(), "assessment", "assessments") + " in publication order",
        "", "", WIDTH));
    b.append('\n');
    TextTable table = new TextTable(List.of("Title", "Id", "Published", "Framework"), 4);
    for (int i = 0; i < assessments.size(); i++) {
      Assessment a = assessments.get(i);
      boolean sameDay = i > 0 && assessments.get(i - 1).published().equals(a.published());
      table.row(List.of(printable(a.title()), a.id(), a.published() + (sameDay ? " (same day: by id)" : ""), a.framework().id()));
    }
    b.append(table.render(WIDTH));
    if (series.steps().isEmpty()) {
      b.append('\n').append("One assessment: there is nothing to compare it with.\n");
    }
    for (int i = 0; i < series.steps().size(); i++) {
      DirectionOfTravel step = series.steps().get(i);
      b.append('\n');
      b.append(Wrap.paragraph(
          "Step " + (i + 1) + " of " + series.steps().size() + ": " + step.earlier().id() + " to " + step.later().id(), "", "", WIDTH));
      b.append(body(step));
    }
    return b.toString();
  }

  private static String body(DirectionOfTravel d) {
    StringBuilder b = new StringBuilder();
    b.append(Wrap.paragraph(describe(d.earlier()), "Earlier:  ", INDENT, WIDTH));
    b.append(Wrap.paragraph(describe(d.later()), "Later:    ", INDENT, WIDTH));
    b.append(Wrap.paragraph(mapping(d), "Mapping:  ", INDENT, WIDTH));
    d.caveat().ifPresent(caveat -> b.append(Wrap.paragraph(printable(caveat), "Caveat:   ", INDENT, WIDTH)));
    b.append(Wrap.paragraph(areas(d), "Areas:    ", INDENT, WIDTH));
    if (d.areas().isEmpty()) {
      return b.toString();
    }
    b.append('\n');
    TextTable table = new TextTable(List.of("Area", "Earlier", "Later", "Direction"), 4);
    for (AreaDirection a : d.areas()) {
      table.row(List.of(printable(a.area().name()), grade(a.earlier().orElse(null)), grade(a.later().orElse(null)), a.direction().id()));
    }
    b.append(table.render(WIDTH));
    b.append('\n');
    b.append(Wrap.paragraph(counts(d.counts()), "Directions: ", "            ", WIDTH));
    List<AreaDirection> both = d.areas().stream().filter(a -> a.earlier().isPresent() && a.later().isPresent()).toList();
    if (!both.isEmpty()) {
      b.append("Why:\n");
      for (AreaDirection a : both) {
        b.append(Wrap.paragraph(printable(a.area().name()) + ": " + printable(a.explanation()), "  - ", "    ", WIDTH));
      }
    }
    return b.toString();
  }

  private static String describe(Assessment a) {
    return printable(a.title()) + " (" + a.id() + "), published " + a.published() + ", framework " + a.framework().id()
        + a.scale().map(s -> ", scale " + s.id()).orElse(", no scale");
  }

  private static String mapping(DirectionOfTravel d) {
    if (d.earlier().scale().isEmpty() || d.later().scale().isEmpty()) {
      return "none: " + (d.earlier().scale().isEmpty() ? d.earlier() : d.later()).framework().id() + " grades nothing";
    }
    if (d.mapping().isEmpty()) {
      return "none declared from scale " + d.earlier().scale().get().id() + " to scale " + d.later().scale().get().id();
    }
    GradeMapping m = d.mapping().get();
    if (m.isIdentity()) {
      return "identity (both on scale " + m.from().id() + ")";
    }
    return m.id() + (m.comparable() ? "" : ", which declares the two scales not directly comparable");
  }

  private static String areas(DirectionOfTravel d) {
    if (d.isSameFramework()) {
      return Words.count(d.areas().size(), "area", "areas") + " judged, of framework " + d.later().framework().id();
    }
    long shared = d.areas().stream().filter(a -> a.earlier().isPresent() && a.later().isPresent()).count();
    return "matched by id across frameworks " + d.earlier().framework().id() + " and " + d.later().framework().id() + ": "
        + (shared == 0 ? "no area judged in both" : Words.count(shared, "area", "areas") + " judged in both");
  }

  private static String grade(Judgment judgment) {
    return judgment == null ? "-" : printable(Words.grade(judgment));
  }

  private static String counts(Map<Direction, Integer> counts) {
    List<String> parts = new ArrayList<>();
    counts.forEach((direction, count) -> {
      if (count > 0) {
        parts.add(count + " " + direction.id());
      }
    });
    return String.join(", ", parts);
  }

  private static String printable(String text) {
    return TerminalText.printable(text);
  }
}
