package io.github.peelkit.compare;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The grades of many subjects in one framework: a row per subject, a column per area of the
 * framework (every area of its tree, depth first, in the framework's order), and the distribution of
 * grades per area computed from the rows.
 *
 * <pre>{@code
 * GradeTable table = GradeTable.of(catalog.findFramework("peel-2021-22").orElseThrow(), catalog.assessments().values());
 * table.row("essex").flatMap(r -> r.judgment("investigating-crime")).flatMap(Judgment::grade);   // adequate
 * table.distribution("investigating-crime").count(good);                                      // how many are good
 * }</pre>
 *
 * <p>The table takes the assessments of its framework (by id) and leaves out the others. A subject
 * with several assessments of the framework, such as two inspection rounds on one framework, has
 * one row, of its latest assessment (by published date, then id, as a {@link TimeSeries} orders
 * them); the others are {@linkplain #superseded() superseded}, listed so that a tool can say so.
 * Rows are ordered by subject id.
 *
 * <p>Immutable, thread-safe, a value type.
 */
public final class GradeTable {
  private final Framework framework;
  private final List<TableRow> rows;
  private final List<Assessment> superseded;
  private final List<AreaDistribution> distributions;

  private GradeTable(Framework framework, List<TableRow> rows, List<Assessment> superseded) {
    this.framework = framework;
    this.rows = List.copyOf(rows);
    this.superseded = List.copyOf(superseded);
    this.distributions = distributions(framework, this.rows);
  }

  /**
   * The table of a framework.
   *
   * @param framework the framework
   * @param assessments assessments of any frameworks: those of this framework make the rows
   * @return the table; without rows when no assessment is of the framework
   * @throws IllegalArgumentException when an assessment of the framework holds grades a mapping
   *     converted (table the assessment as published)
   */
  public static GradeTable of(Framework framework, Collection<Assessment> assessments) {
    Map<String, List<Assessment>> bySubject = new TreeMap<>();
    for (Assessment a : assessments) {
      if (a.framework().id().equals(framework.id())) {
        Published.requireUnconverted(a);
        bySubject.computeIfAbsent(a.subject().id(), s -> new ArrayList<>()).add(a);
      }
    }
    List<TableRow> rows = new ArrayList<>();
    List<Assessment> superseded = new ArrayList<>();
    for (List<Assessment> ofSubject : bySubject.values()) {
      ofSubject.sort(Published.ORDER);
      superseded.addAll(ofSubject.subList(0, ofSubject.size() - 1));
      rows.add(new TableRow(ofSubject.get(ofSubject.size() - 1)));
    }
    return new GradeTable(framework, rows, superseded);
  }

  private static List<AreaDistribution> distributions(Framework framework, List<TableRow> rows) {
    List<AreaDistribution> distributions = new ArrayList<>();
    Optional<GradeScale> scale = framework.scale();
    for (Area area : framework.allAreas()) {
      Map<Grade, Integer> counts = new LinkedHashMap<>();
      scale.ifPresent(s -> s.grades().forEach(g -> counts.put(g, 0)));
      int ungraded = 0;
      int absent = 0;
      for (TableRow row : rows) {
        Optional<Judgment> judgment = row.judgment(area.id());
        if (judgment.isEmpty()) {
          absent++;
        } else if (judgment.get().grade().isPresent()) {
          counts.merge(judgment.get().grade().get(), 1, Integer::sum);
        } else {
          ungraded++;
        }
      }
      distributions.add(new AreaDistribution(area, counts, ungraded, absent));
    }
    return List.copyOf(distributions);
  }

  /** {@return the framework} */
  public Framework framework() {
    return framework;
  }

  /** {@return the columns: every area of the framework's tree, depth first, in the framework's order} */
  public List<Area> areas() {
    return framework.allAreas();
  }

  /** {@return the rows, one per subject, ordered by subject id} */
  public List<TableRow> rows() {
    return rows;
  }

  /**
   * Finds the row of a subject.
   *
   * @param subjectId the subject's id
   * @return the row, or empty when no assessment of the subject is of the framework
   */
  public Optional<TableRow> row(String subjectId) {
    return rows.stream().filter(r -> r.subject().id().equals(subjectId)).findFirst();
  }

  /**
   * {@return the assessments of the framework that no row shows, because a later one of the same
   * subject does: by subject id, then in publication order}
   */
  public List<Assessment> superseded() {
    return superseded;
  }

  /** {@return the distribution of grades in every area, in the order of {@link #areas()}} */
  public List<AreaDistribution> distributions() {
    return distributions;
  }

  /**
   * The distribution of grades in one area.
   *
   * @param areaId the id of an area of the framework
   * @return the distribution
   * @throws IllegalArgumentException when the framework has no area with that id
   */
  public AreaDistribution distribution(String areaId) {
    return distributions.stream()
        .filter(d -> d.area().id().equals(areaId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("framework " + framework.id() + " has no area '" + areaId + "'"));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof GradeTable that
        && framework.equals(that.framework)
        && rows.equals(that.rows)
        && superseded.equals(that.superseded);
  }

  @Override
  public int hashCode() {
    return Objects.hash(framework.id(), rows, superseded.stream().map(Assessment::id).toList());
  }

  /** {@return the framework's id and the number of rows, such as {@code GradeTable{peel-2021-22, 43 rows}}} */
  @Override
  public String toString() {
    return "GradeTable{" + framework.id() + ", " + rows.size() + " rows}";
  }
}
