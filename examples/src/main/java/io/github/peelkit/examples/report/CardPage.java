package io.github.peelkit.examples.report;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.compare.DirectionOfTravel;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.examples.cli.AssessmentView;
import io.github.peelkit.examples.cli.Figures;
import io.github.peelkit.examples.cli.Words;
import io.github.peelkit.grading.DerivedGrade;
import io.github.peelkit.grading.GradingRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The grade card of one assessment: every area with its grade and statement and its findings by
 * kind, the counts of findings, the assessment's own findings, the grades that derive from others
 * with their derivation, the direction of travel from the subject's previous assessment, the peer
 * distributions the report published, and the evidence with its error bars.
 *
 * @param title the assessment's title
 * @param id the assessment's id
 * @param subject the subject's name and id
 * @param framework the framework, linked to its page
 * @param published the publication date, and the period covered where known
 * @param source the source cited, when there is one
 * @param sourceUrl the source's address, only when it is a web address (http or https)
 * @param note the assessment's note
 * @param areas a row per judgment, in the report's order
 * @param findingTotals the counts of findings by kind over the whole assessment, such as {@code 35 strengths}
 * @param findings the findings not tied to an area
 * @param derived the grades that derive from other areas' grades
 * @param direction the direction of travel from the subject's previous assessment loaded, if any
 * @param peers the peer distributions published with the judgments
 * @param evidence the evidence, area by area
 */
public record CardPage(
    String title,
    String id,
    String subject,
    Link framework,
    String published,
    Optional<String> source,
    Optional<String> sourceUrl,
    Optional<String> note,
    List<AreaRow> areas,
    List<String> findingTotals,
    List<FindingRow> findings,
    List<DerivedRow> derived,
    Optional<DirectionSection> direction,
    List<PeerChart> peers,
    List<EvidenceGroup> evidence) {
  /** A web address worth a link: anything else (a {@code javascript:} or {@code data:} address above all) stays text. */
  private static final Pattern WEB_ADDRESS = Pattern.compile("https?://[^\\s\"'<>]+");

  /**
   * A judgment.
   *
   * @param name the area's name
   * @param depth how deep the area is in the framework's tree, 0 at the top
   * @param chip its grade
   * @param statement its one-line statement, or empty
   * @param published its own publication date, where it has one
   * @param counts its findings by kind, such as {@code 3 strengths}
   */
  public record AreaRow(String name, int depth, Chip chip, String statement, String published, List<String> counts) {
    /** {@return the CSS class of its indentation} */
    public String indent() {
      return "depth-" + Math.min(depth, 3);
    }
  }

  /**
   * A finding.
   *
   * @param kind its kind, in words
   * @param title its headline
   */
  public record FindingRow(String kind, String title) {}

  /**
   * A derived grade.
   *
   * @param area the area
   * @param published the grade published
   * @param derived the grade the rules derive
   * @param agrees whether they are the same grade
   * @param rules the rules' id and name
   * @param from the input areas
   * @param explanation what produced the derived grade, in words
   * @param override why the published grade departs from the rules, where the judgment says so
   */
  public record DerivedRow(String area, Chip published, Chip derived, boolean agrees, String rules, String from, String explanation,
      Optional<String> override) {}

  /**
   * A peer distribution.
   *
   * @param area the area
   * @param description what the distribution is, as published
   * @param chart its bars
   */
  public record PeerChart(String area, Optional<String> description, BarChart chart) {}

  /**
   * The evidence of one area.
   *
   * @param area the area
   * @param items the evidence
   */
  public record EvidenceGroup(String area, List<EvidenceItem> items) {}

  /**
   * One piece of evidence.
   *
   * @param description what was measured or sampled
   * @param figures its figures in words, as {@code peel show} prints them
   * @param chart its error bars, for a sample with an interval or published figures
   */
  public record EvidenceItem(String description, String figures, Optional<IntervalChart> chart) {}

  /** {@return the card of an assessment, with the direction of travel that leads to it, if any} */
  static CardPage of(Assessment a, Map<String, GradingRules> rules, Optional<DirectionOfTravel> direction) {
    AssessmentView view = AssessmentView.of(a, rules);
    int size = a.scale().map(s -> s.size()).orElse(2);
    Map<String, Integer> depths = view.depths();
    List<AreaRow> areas = new ArrayList<>();
    List<PeerChart> peers = new ArrayList<>();
    List<EvidenceGroup> evidence = new ArrayList<>();
    String subject = Texts.line(a.subject().name());
    for (Judgment j : a.judgments()) {
      String name = Texts.line(j.area().name());
      List<String> counts = new ArrayList<>();
      AssessmentView.tally(j).forEach((kind, n) -> counts.add(Words.count(kind, n)));
      areas.add(new AreaRow(name, depths.getOrDefault(j.area().id(), 0), Chip.of(j, size), j.statement().map(Texts::line).orElse(""),
          j.published().map(Object::toString).orElse(""), counts));
      j.distribution().ifPresent(d -> peers.add(peers(name, d, j, subject)));
      if (!j.evidence().isEmpty()) {
        evidence.add(new EvidenceGroup(name, j.evidence().stream().map(CardPage::item).toList()));
      }
    }
    List<String> totals = new ArrayList<>();
    view.findingCounts().forEach((kind, n) -> {
      if (n > 0) {
        totals.add(Words.count(kind, n));
      }
    });
    List<FindingRow> findings = a.findings().stream().map(f -> new FindingRow(kind(f.kind()), Texts.line(f.title()))).toList();
    List<DerivedRow> derived = view.derived().stream().map(d -> derived(d, size)).toList();
    String published = a.published() + a.period().map(p -> ", covering " + p.from() + " to " + p.to()).orElse("");
    Optional<String> url = a.source().flatMap(s -> s.url()).filter(u -> WEB_ADDRESS.matcher(u).matches());
    return new CardPage(Texts.line(a.title()), a.id(), subject + " (" + Texts.line(a.subject().id()) + ")",
        new Link(Texts.line(a.framework().name()), "../" + SitePaths.framework(a.framework().id())), published,
        a.source().map(s -> Texts.line(s.title())), url, a.note().map(Texts::line), areas, totals, findings, derived,
        direction.map(d -> DirectionSection.of(d, size)), peers, evidence);
  }

  private static PeerChart peers(String area, PeerDistribution d, Judgment j, String subject) {
    BarChart chart = BarChart.of(area + ": grades of " + d.population() + " peers", d.counts(), j.grade(), subject);
    return new PeerChart(area, d.description().map(Texts::line), chart);
  }

  private static EvidenceItem item(Evidence e) {
    Optional<IntervalChart> chart = e instanceof Sample s ? IntervalChart.of(s) : IntervalChart.of((Measure) e);
    return new EvidenceItem(Texts.line(e.description()), Texts.line(Figures.evidence(e)), chart);
  }

  private static DerivedRow derived(DerivedGrade d, int size) {
    String rules = d.rules().id() + d.rules().name().map(n -> " (" + Texts.line(n) + ")").orElse("");
    String from = String.join(", ", d.from().stream().map(area -> Texts.line(area.name())).toList());
    return new DerivedRow(Texts.line(d.judgment().area().name()), Chip.of(d.published(), size), Chip.of(d.derived(), size), d.agrees(),
        rules, from, Texts.line(d.evaluation().explanation()), d.override().map(o -> Texts.line(o.reason())));
  }

  private static String kind(FindingKind kind) {
    String words = kind.id().replace('-', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
