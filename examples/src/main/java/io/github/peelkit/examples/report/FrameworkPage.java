package io.github.peelkit.examples.report;

import io.github.peelkit.compare.AreaDistribution;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.framework.Framework;
import java.util.List;
import java.util.Optional;

/**
 * The page of one framework: how the subjects loaded were graded in each area (their latest
 * assessment of the framework each), as bars, and the subject × area table.
 *
 * @param name the framework's name
 * @param id the framework's id
 * @param description its description, if any
 * @param scale its scale's name and grades, or that it grades nothing
 * @param subjects how many subjects were loaded, in words
 * @param areas an entry per area, in the framework's order
 * @param table the subject × area table
 */
public record FrameworkPage(
    String name, String id, Optional<String> description, String scale, String subjects, List<AreaEntry> areas, SubjectTable table) {
  /**
   * One area.
   *
   * @param name its name
   * @param id its id
   * @param chart the grades of the subjects in it, when the framework grades it
   * @param note how many subjects were judged without a grade or not judged
   */
  public record AreaEntry(String name, String id, Optional<BarChart> chart, String note) {}

  static FrameworkPage of(GradeTable table) {
    Framework f = table.framework();
    int rows = table.rows().size();
    List<AreaEntry> areas = table.distributions().stream().map(d -> entry(d, f)).toList();
    String scale = f.scale()
        .map(s -> Texts.line(s.name()) + " (" + String.join(", ", s.grades().stream().map(g -> Texts.line(g.label())).toList()) + ")")
        .orElse("none: the framework grades no area");
    String subjects = rows + (rows == 1 ? " subject" : " subjects") + ", each by its latest assessment of the framework loaded";
    return new FrameworkPage(Texts.line(f.name()), f.id(), f.description().map(Texts::line), scale, subjects, areas, SubjectTable.of(table, "../"));
  }

  private static AreaEntry entry(AreaDistribution d, Framework f) {
    String name = Texts.line(d.area().name());
    Optional<BarChart> chart = d.area().graded() && f.scale().isPresent()
        ? Optional.of(BarChart.of(name + ": grades of the subjects loaded", d.counts(), Optional.empty(), ""))
        : Optional.empty();
    String note = d.graded() + " graded, " + d.ungraded() + " judged without a grade, " + d.absent() + " not judged";
    return new AreaEntry(name, d.area().id(), chart, note);
  }
}
