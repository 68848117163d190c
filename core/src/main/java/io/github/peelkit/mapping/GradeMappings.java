package io.github.peelkit.mapping;

import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The built-in grade mappings, available without any file: {@code peel-2014-to-peel-2021}, its
 * inverse {@code peel-2021-to-peel-2014}, and the identity of every scale.
 *
 * <p>Every identity mapping has the id {@value GradeMapping#IDENTITY}; its scale tells it apart.
 * {@link #find(String, GradeScale, GradeScale)} gives the identity of any scale, built-in or not,
 * and {@link #all()} lists the identities of the built-in scales.
 */
public final class GradeMappings {
  /**
   * The note of the two PEEL mappings: grades of the two PEEL scales are not directly comparable,
   * followed by the inspectorate's own words from its PEEL 2021/22 reports.
   */
  public static final String PEEL_2014_TO_2021_CAVEAT =
      "Grades of the four-tier PEEL scale (2014 to 2018/19) and of the five-tier scale (from 2021/22)"
          + " are not directly comparable. In the inspectorate's words: \"These changes mean that it"
          + " isn't possible to make direct comparisons between the grades awarded this year with those"
          + " from previous PEEL inspections. A reduction in grade, particularly from good to adequate,"
          + " doesn't necessarily mean that there has been a reduction in performance, unless we say so"
          + " in the report.\"";

  /**
   * PEEL 2014 to 2018/19 grades onto the 2021/22 scale: Outstanding to [Outstanding], Good to [Good,
   * Adequate], Requires improvement to [Adequate, Requires improvement], Inadequate to
   * [Inadequate]. Not comparable, with {@link #PEEL_2014_TO_2021_CAVEAT} as its note.
   */
  public static final GradeMapping PEEL_2014_TO_PEEL_2021 = peel2014ToPeel2021();

  /**
   * The inverse of {@link #PEEL_2014_TO_PEEL_2021}: Outstanding to [Outstanding], Good to [Good],
   * Adequate to [Good, Requires improvement], Requires improvement to [Requires improvement],
   * Inadequate to [Inadequate]. Not comparable, with the same note.
   */
  public static final GradeMapping PEEL_2021_TO_PEEL_2014 = PEEL_2014_TO_PEEL_2021.inverse();

  private static final List<GradeMapping> ALL = all(List.of(PEEL_2014_TO_PEEL_2021, PEEL_2021_TO_PEEL_2014));

  private GradeMappings() {}

  private static GradeMapping peel2014ToPeel2021() {
    GradeScale from = GradeScales.PEEL_2014;
    GradeScale to = GradeScales.PEEL_2021;
    return GradeMapping.builder()
        .id("peel-2014-to-peel-2021")
        .name("PEEL 2014 to 2018/19 grades onto the PEEL 2021/22 scale")
        .from(from)
        .to(to)
        .comparable(false)
        .note(PEEL_2014_TO_2021_CAVEAT)
        .putRule(from.grade("outstanding"), to.range(to.grade("outstanding"), to.grade("outstanding")))
        .putRule(from.grade("good"), to.range(to.grade("good"), to.grade("adequate")))
        .putRule(from.grade("requires-improvement"), to.range(to.grade("adequate"), to.grade("requires-improvement")))
        .putRule(from.grade("inadequate"), to.range(to.grade("inadequate"), to.grade("inadequate")))
        .build();
  }

  private static List<GradeMapping> all(List<GradeMapping> mappings) {
    List<GradeMapping> all = new ArrayList<>(mappings);
    GradeScales.all().forEach(s -> all.add(GradeMapping.identity(s)));
    return List.copyOf(all);
  }

  /** {@return every built-in mapping: the PEEL mappings, then the identity of every built-in scale} */
  public static List<GradeMapping> all() {
    return ALL;
  }

  /**
   * Finds a mapping by id between two scales: the identity of any scale (when the scales are equal
   * and the id is {@value GradeMapping#IDENTITY}), or a built-in mapping with that id between those
   * scales.
   *
   * @param id the mapping's id, ignoring case
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @return the mapping, or empty when there is none
   */
  public static Optional<GradeMapping> find(String id, GradeScale from, GradeScale to) {
    String wanted = id.strip();
    if (wanted.equalsIgnoreCase(GradeMapping.IDENTITY) && from.equals(to)) {
      return Optional.of(GradeMapping.identity(from));
    }
    return ALL.stream()
        .filter(m -> m.id().equalsIgnoreCase(wanted) && m.from().equals(from) && m.to().equals(to))
        .findFirst();
  }

  /**
   * The mappings from one scale to another: the identity when the scales are equal, and the
   * built-in mappings between them.
   *
   * @param from the scale to convert from
   * @param to the scale to convert to
   * @return the mappings, identity first; empty when there is none
   */
  public static List<GradeMapping> between(GradeScale from, GradeScale to) {
    List<GradeMapping> found = new ArrayList<>();
    if (from.equals(to)) {
      found.add(GradeMapping.identity(from));
    }
    ALL.stream().filter(m -> !m.isIdentity() && m.from().equals(from) && m.to().equals(to)).forEach(found::add);
    return List.copyOf(found);
  }
}
