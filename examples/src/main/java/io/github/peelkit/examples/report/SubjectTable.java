package io.github.peelkit.examples.report;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.TableRow;
import io.github.peelkit.framework.Area;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The subject × area grades of one framework, as the index and the framework's page show them: a
 * row per subject (its latest assessment of the framework, linked to its grade card), a column per
 * area, a chip per cell; and the earlier assessments each subject has, linked, below.
 *
 * @param columns the areas' labels, in the framework's order
 * @param rows the rows, by subject id
 * @param earlier the earlier assessments of each subject, by subject id, each in publication order
 */
public record SubjectTable(List<Column> columns, List<Row> rows, List<Earlier> earlier) {
  /**
   * A column.
   *
   * @param label the area's shortest name (its name or an alias), which keeps a table of twelve areas readable
   * @param name the area's full name
   */
  public record Column(String label, String name) {
    /** {@return whether the label is an abbreviation of the name, so the full name is worth giving too} */
    public boolean abbreviated() {
      return !label.equals(name);
    }
  }

  /**
   * A row.
   *
   * @param subject the subject's name, linked to the grade card shown
   * @param published the publication date of the assessment shown
   * @param cells a chip per area
   */
  public record Row(Link subject, String published, List<Chip> cells) {}

  /**
   * The assessments of a subject that its row does not show.
   *
   * @param subject the subject's name
   * @param cards their grade cards, in publication order
   */
  public record Earlier(String subject, List<Link> cards) {}

  /** {@return the table, with links relative to a page {@code prefix} deep ({@code ""} or {@code "../"})} */
  static SubjectTable of(GradeTable table, String prefix) {
    int size = table.framework().scale().map(s -> s.size()).orElse(2);
    List<Column> columns = table.areas().stream().map(a -> new Column(shortest(a), Texts.line(a.name()))).toList();
    List<Row> rows = new ArrayList<>();
    for (TableRow row : table.rows()) {
      Assessment a = row.assessment();
      List<Chip> cells = table.areas().stream().map(area -> Chip.of(row.judgment(area.id()), size)).toList();
      rows.add(new Row(new Link(Texts.line(a.subject().name()), prefix + SitePaths.card(a.id())), a.published().toString(), cells));
    }
    Map<String, List<Assessment>> bySubject = new TreeMap<>();
    table.superseded().forEach(a -> bySubject.computeIfAbsent(a.subject().id(), s -> new ArrayList<>()).add(a));
    List<Earlier> earlier = bySubject.values().stream()
        .map(list -> new Earlier(Texts.line(list.get(0).subject().name()), list.stream()
            .map(a -> new Link(Texts.line(a.title()) + " (" + a.published() + ")", prefix + SitePaths.card(a.id())))
            .toList()))
        .toList();
    return new SubjectTable(columns, rows, earlier);
  }

  private static String shortest(Area area) {
    List<String> names = new ArrayList<>(area.aliases());
    names.add(0, area.name());
    return Texts.line(names.stream().min(Comparator.comparingInt(String::length)).orElseThrow());
  }
}
