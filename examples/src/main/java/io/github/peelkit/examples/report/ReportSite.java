package io.github.peelkit.examples.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.compare.DirectionOfTravel;
import io.github.peelkit.compare.GradeTable;
import io.github.peelkit.compare.MappingChoice;
import io.github.peelkit.compare.TimeSeries;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.grading.GradingRules;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A static report of graded assessments, as {@code peel report} writes it: an index with the subject
 * × area grades of everything loaded (grouped by framework), a grade card per assessment and a page
 * per framework, all plain HTML and inline SVG, with one local style sheet; nothing to run and
 * nothing fetched from a network. The file names are made from ids ({@link SitePaths}), so that they
 * stay the same from one run to the next.
 *
 * <p>The pages come from templates compiled with the rest of the code (jte, {@code src/main/jte}),
 * which escape everything they are given; text from input is also made visible
 * ({@link Texts#line(String)}) before it reaches them.
 */
public final class ReportSite {
  private static final String STYLE_RESOURCE = "style.css";

  private final List<Assessment> assessments;
  private final Map<String, GradingRules> rules;
  private final List<GradeTable> tables;
  private final Map<String, DirectionOfTravel> directions;

  private ReportSite(List<Assessment> assessments, Map<String, GradingRules> rules, List<GradeTable> tables, Map<String, DirectionOfTravel> directions) {
    this.assessments = assessments;
    this.rules = rules;
    this.tables = tables;
    this.directions = directions;
  }

  /**
   * Prepares the report of assessments.
   *
   * @param assessments the assessments, as published (not converted by a mapping)
   * @param rules the grading rules known, by id, for the grades that derive from others
   * @param mappings how to put an earlier assessment's grades on a later scale, for the direction of travel
   * @return the report, ready to write
   * @throws IllegalArgumentException when an assessment holds converted grades, or several mappings
   *     are declared between two scales a subject's series crosses and none was chosen
   */
  public static ReportSite of(Collection<Assessment> assessments, Map<String, GradingRules> rules, MappingChoice mappings) {
    List<Assessment> sorted = assessments.stream().sorted(Comparator.comparing(Assessment::id)).toList();
    Map<String, Framework> frameworks = new LinkedHashMap<>();
    sorted.forEach(a -> frameworks.putIfAbsent(a.framework().id(), a.framework()));
    List<GradeTable> tables = frameworks.values().stream()
        .sorted(Comparator.comparing(Framework::name).thenComparing(Framework::id))
        .map(f -> GradeTable.of(f, sorted))
        .toList();
    Map<String, DirectionOfTravel> directions = new HashMap<>();
    for (TimeSeries series : TimeSeries.bySubject(sorted, mappings)) {
      series.steps().forEach(step -> directions.put(step.later().id(), step));
    }
    return new ReportSite(sorted, Map.copyOf(rules), tables, directions);
  }

  /**
   * Writes the report into a folder, made if missing; files of the same names are replaced, others left alone.
   *
   * @param folder the folder
   * @return the files written, relative to the folder, the index first
   * @throws UncheckedIOException when a file cannot be written
   */
  public List<String> write(Path folder) {
    TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    List<String> written = new ArrayList<>();
    try {
      Files.createDirectories(folder.resolve(SitePaths.ASSESSMENTS));
      Files.createDirectories(folder.resolve(SitePaths.FRAMEWORKS));
      write(folder, SitePaths.INDEX, render(engine, "index.jte", IndexPage.of(tables, assessments.size())), written);
      Files.writeString(folder.resolve(SitePaths.STYLE), styleSheet(), StandardCharsets.UTF_8);
      written.add(SitePaths.STYLE);
      for (GradeTable table : tables) {
        write(folder, SitePaths.framework(table.framework().id()), render(engine, "framework.jte", FrameworkPage.of(table)), written);
      }
      for (Assessment a : assessments) {
        CardPage card = CardPage.of(a, rules, Optional.ofNullable(directions.get(a.id())));
        write(folder, SitePaths.card(a.id()), render(engine, "card.jte", card), written);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the report into " + folder + ": " + e.getMessage(), e);
    }
    return List.copyOf(written);
  }

  /** {@return the number of pages the report has: the index, a page per framework and a card per assessment} */
  public int pages() {
    return 1 + tables.size() + assessments.size();
  }

  private static String render(TemplateEngine engine, String template, Object page) {
    StringOutput output = new StringOutput();
    engine.render(template, page, output);
    return output.toString();
  }

  private static void write(Path folder, String path, String html, List<String> written) throws IOException {
    Files.writeString(folder.resolve(path), html, StandardCharsets.UTF_8);
    written.add(path);
  }

  /** {@return the style sheet: the palette's colours, then the rules that use them} */
  static String styleSheet() {
    try (InputStream in = ReportSite.class.getResourceAsStream(STYLE_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the report's style sheet is missing from the class path: " + STYLE_RESOURCE);
      }
      return Palette.customProperties() + new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
