package io.github.peelkit.examples.report;

import io.github.peelkit.compare.GradeTable;
import java.util.List;
import java.util.Optional;

/**
 * The index of a report: what was loaded, grouped by framework, each framework with its subject ×
 * area table of grades. A framework with more subjects than {@link #TABLE_ROWS} is only summarised
 * and linked here, so that the index stays short whatever was loaded; its page has the whole table.
 *
 * @param summary what was loaded, in words
 * @param frameworks a section per framework, by framework name
 */
public record IndexPage(String summary, List<Section> frameworks) {
  /** The most rows a framework's table has on the index. */
  static final int TABLE_ROWS = 60;

  /**
   * The section of one framework.
   *
   * @param framework the framework's name, linked to its page
   * @param anchor the id of the section, for the table of contents
   * @param counts how many assessments and subjects, in words
   * @param table the subject × area table, when it is short enough for the index
   */
  public record Section(Link framework, String anchor, String counts, Optional<SubjectTable> table) {}

  static IndexPage of(List<GradeTable> tables, int assessments) {
    List<Section> sections = tables.stream().map(IndexPage::section).toList();
    String summary = assessments + (assessments == 1 ? " assessment" : " assessments") + " of " + tables.size()
        + (tables.size() == 1 ? " framework" : " frameworks");
    return new IndexPage(summary, sections);
  }

  private static Section section(GradeTable t) {
    int assessments = t.rows().size() + t.superseded().size();
    String counts = assessments + (assessments == 1 ? " assessment" : " assessments") + " of " + t.rows().size()
        + (t.rows().size() == 1 ? " subject" : " subjects");
    Optional<SubjectTable> table = t.rows().size() <= TABLE_ROWS
        ? Optional.of(SubjectTable.of(t, ""))
        : Optional.empty();
    return new Section(new Link(Texts.line(t.framework().name()), SitePaths.framework(t.framework().id())), "framework-" + t.framework().id(),
        counts, table);
  }
}
