package io.github.peelkit.testkit;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.Outcome;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.assessment.Period;
import io.github.peelkit.assessment.Source;
import io.github.peelkit.assessment.Subject;
import io.github.peelkit.assessment.Ungraded;
import io.github.peelkit.assessment.UngradedReason;
import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Generates one assessment against a framework; see {@link ModelGenerator#assessment(Framework, AssessmentShape)}. */
final class AssessmentGenerator {
  /** The grade id that needs a cause of concern, as {@link Assessment#warnings()} checks it. */
  private static final String INADEQUATE = "inadequate";

  /** The normal quantile of a 95% interval, as the inspectorate's published margins use it. */
  private static final double Z_95 = 1.959963984540054;

  private static final List<UngradedReason> REASONS_ON_GRADED_AREAS =
      List.of(UngradedReason.PENDING, UngradedReason.POSTPONED, UngradedReason.NOT_INSPECTED,
          UngradedReason.INSUFFICIENT_EVIDENCE, UngradedReason.GRADED_SEPARATELY);

  private static final List<FindingKind> OVERALL_KINDS =
      List.of(FindingKind.OBSERVATION, FindingKind.STRENGTH, FindingKind.AREA_FOR_IMPROVEMENT,
          FindingKind.RECOMMENDATION, FindingKind.INNOVATIVE_PRACTICE, FindingKind.PROMISING_PRACTICE,
          FindingKind.WORK_IN_PROGRESS);

  private static final List<String> UNITS = List.of("proportion", "percent", "count", "seconds", "days");

  private final ModelGenerator generator;
  private final Texts texts;
  private final Framework framework;
  private final AssessmentShape shape;
  private final Texts.Ids findingIds;
  private final Texts.Ids evidenceIds;
  private final List<String> allEvidence = new ArrayList<>();

  AssessmentGenerator(ModelGenerator generator, Texts texts, Framework framework, AssessmentShape shape) {
    this.generator = generator;
    this.texts = texts;
    this.framework = framework;
    this.shape = shape;
    this.findingIds = texts.ids();
    this.evidenceIds = texts.ids();
  }

  Assessment generate() {
    LocalDate published = generator.date();
    Assessment.Builder assessment = Assessment.builder();
    assessment
        .id(texts.ids().next("assessment"))
        .subject(Subject.builder().id(texts.ids().next("force")).name(texts.text()).extensions(generator.extensions()).build())
        .framework(framework)
        .title(texts.text())
        .published(published)
        .extensions(generator.extensions());
    for (Area area : framework.allAreas()) {
      if (shape.judgeEveryArea() || texts.chance(0.7)) {
        assessment.addJudgments(judgment(area, published));
      }
    }
    int overall = shape.overallFindings().orElseGet(() -> texts.between(0, 3));
    for (int i = 0; i < overall; i++) {
      assessment.addFindings(finding(texts.pick(OVERALL_KINDS), allEvidence, List.of()));
    }
    if (texts.chance(0.5)) {
      LocalDate to = published.minusDays(texts.between(0, 400));
      assessment.period(Period.builder().from(to.minusDays(texts.between(0, 730))).to(to).extensions(generator.extensions()).build());
    }
    if (texts.chance(0.5)) {
      assessment.source(source());
    }
    if (texts.chance(0.2)) {
      assessment.note(texts.text());
    }
    return assessment.build();
  }

  /** Converts to a random scale with a random lawful mapping, under a policy that can convert it. */
  static Assessment convert(ModelGenerator generator, Texts texts, Assessment assessment) {
    GradeScale target;
    do {
      target = generator.scale();
    } while (target.findGrade(INADEQUATE).filter(g -> g.id().equals(INADEQUATE)).isPresent());
    GradeMapping mapping = generator.mapping(assessment.scale().orElseThrow(), target);
    boolean exact =
        assessment.judgments().stream()
            .allMatch(j -> j.grade().map(g -> mapping.targets(g).size() == 1).orElse(true));
    List<Policy> policies = exact ? List.of(Policy.values()) : List.of(Policy.BEST, Policy.WORST, Policy.RANGE);
    return assessment.convert(mapping, texts.pick(policies));
  }

  private Source source() {
    Source.Builder source = Source.builder();
    source.title(texts.text()).extensions(generator.extensions());
    if (texts.chance(0.5)) {
      source.publisher(texts.text());
    }
    if (texts.chance(0.5)) {
      source.url("https://example.org/" + texts.ids().next("report"));
    }
    if (texts.chance(0.5)) {
      source.published(generator.date());
    }
    if (texts.chance(0.3)) {
      source.note(texts.text());
    }
    return source.build();
  }

  private Judgment judgment(Area area, LocalDate published) {
    Judgment.Builder judgment = Judgment.builder();
    judgment.area(area).extensions(generator.extensions());
    int findings = shape.findingsPerJudgment().orElseGet(() -> texts.between(0, 4));
    Optional<Grade> grade = Optional.empty();
    Optional<GradeScale> scale = framework.scale();
    if (area.graded() && scale.isPresent() && (shape.judgeEveryArea() || texts.chance(0.95))) {
      grade = Optional.of(grade(scale.get(), findings));
      if (grade.get().id().equals(INADEQUATE) && shape.findingsPerJudgment().isEmpty()) {
        findings = Math.max(findings, 2);
      }
      judgment.outcome(Outcome.graded(grade.get()));
    } else {
      UngradedReason reason =
          area.graded() ? texts.pick(REASONS_ON_GRADED_AREAS) : texts.pick(List.of(UngradedReason.NOT_GRADED, UngradedReason.NARRATIVE));
      Ungraded.Builder ungraded = Ungraded.builder();
      ungraded.reason(reason).extensions(generator.extensions());
      if (texts.chance(0.3)) {
        ungraded.note(texts.text());
      }
      judgment.outcome(ungraded.build());
    }
    List<String> evidence = new ArrayList<>();
    int pieces = shape.evidencePerJudgment().orElseGet(() -> texts.between(0, 3));
    for (int i = 0; i < pieces; i++) {
      Evidence e = evidence();
      e.id().ifPresent(evidence::add);
      judgment.addEvidence(e);
    }
    allEvidence.addAll(evidence);
    judgment.findings(findings(findings, grade.filter(g -> g.id().equals(INADEQUATE)).isPresent(), evidence));
    if (texts.chance(0.5)) {
      judgment.statement(texts.text());
    }
    if (texts.chance(0.15)) {
      judgment.published(published.plusDays(texts.between(-200, 200)));
    }
    if (texts.chance(0.15)) {
      judgment.note(texts.text());
    }
    if (texts.chance(0.2)) {
      judgment.findingCounts(findingCounts());
    }
    if (grade.isPresent() && texts.chance(0.3)) {
      judgment.distribution(distribution(scale.get(), grade.get()));
    }
    return judgment.build();
  }

  /** A grade; not inadequate when an exact shape leaves too few findings for its cause of concern. */
  private Grade grade(GradeScale scale, int findings) {
    List<Grade> grades = scale.grades();
    if (shape.findingsPerJudgment().isPresent() && findings < 2) {
      grades = grades.stream().filter(g -> !g.id().equals(INADEQUATE)).toList();
    }
    return texts.pick(grades);
  }

  /**
   * The findings of one judgment: every cause of concern links a recommendation of the same
   * judgment, and an inadequate grade comes with a cause of concern.
   */
  private List<Finding> findings(int count, boolean inadequate, List<String> evidence) {
    List<FindingKind> kinds = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      kinds.add(texts.pick(List.of(FindingKind.values())));
    }
    if (inadequate && count >= 2 && !kinds.contains(FindingKind.CAUSE_OF_CONCERN)) {
      kinds.set(0, FindingKind.CAUSE_OF_CONCERN);
    }
    if (kinds.contains(FindingKind.CAUSE_OF_CONCERN) && !kinds.contains(FindingKind.RECOMMENDATION)) {
      if (count >= 2) {
        // The last finding that is not a cause of concern; if all are, the last one (a cause of
        // concern stays at the front).
        int slot = count - 1;
        for (int i = count - 1; i >= 0 && kinds.get(slot) == FindingKind.CAUSE_OF_CONCERN; i--) {
          slot = kinds.get(i) == FindingKind.CAUSE_OF_CONCERN ? slot : i;
        }
        kinds.set(slot, FindingKind.RECOMMENDATION);
      } else {
        kinds.set(0, FindingKind.AREA_FOR_IMPROVEMENT);
      }
    }
    // Recommendations first, so that causes of concern can link them by id.
    List<String> recommendations = new ArrayList<>();
    Map<Integer, Finding> made = new LinkedHashMap<>();
    for (int i = 0; i < kinds.size(); i++) {
      if (kinds.get(i) == FindingKind.RECOMMENDATION) {
        Finding recommendation = finding(FindingKind.RECOMMENDATION, evidence, List.of());
        recommendations.add(recommendation.id().orElseThrow());
        made.put(i, recommendation);
      }
    }
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < kinds.size(); i++) {
      Finding finding = made.get(i);
      if (finding == null) {
        finding = finding(kinds.get(i), evidence, recommendations);
      }
      findings.add(finding);
    }
    return findings;
  }

  private Finding finding(FindingKind kind, List<String> evidence, List<String> recommendations) {
    Finding.Builder finding = Finding.builder();
    finding.kind(kind).title(texts.text()).extensions(generator.extensions());
    if (kind == FindingKind.RECOMMENDATION || texts.chance(0.4)) {
      finding.id(findingIds.next(kind.id()));
    }
    if (texts.chance(0.4)) {
      finding.number(texts.between(0, 30));
    }
    if (texts.chance(0.5)) {
      finding.text(texts.text());
    }
    for (String id : evidence) {
      if (texts.chance(0.4)) {
        finding.addEvidence(id);
      }
    }
    if (kind == FindingKind.CAUSE_OF_CONCERN) {
      List<String> linked = new ArrayList<>();
      for (String id : recommendations) {
        if (linked.isEmpty() || texts.chance(0.5)) {
          linked.add(id);
        }
      }
      finding.recommendations(linked);
    }
    return finding.build();
  }

  private FindingCounts findingCounts() {
    Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
    for (FindingKind kind : FindingKind.values()) {
      if (texts.chance(0.3)) {
        counts.put(kind, texts.between(0, 12));
      }
    }
    return FindingCounts.builder().counts(counts).extensions(generator.extensions()).build();
  }

  /**
   * Peers' grades adding up to the population: often the 43 forces of England and Wales. A population
   * of one is the subject alone, with its own grade, so that an assessment loaded on its own is the
   * whole population of its distribution and agrees with it (no warning PK020).
   */
  private PeerDistribution distribution(GradeScale scale, Grade own) {
    int population = texts.chance(0.5) ? 43 : texts.between(1, 60);
    Map<Grade, Integer> counts = new LinkedHashMap<>();
    int left = population;
    for (int i = 0; i < scale.size(); i++) {
      int count = i == scale.size() - 1 ? left : texts.between(0, left);
      left -= count;
      if (count > 0 || texts.chance(0.5)) {
        counts.put(scale.grade(i), count);
      }
    }
    if (population == 1) {
      counts.clear();
      counts.put(own, 1);
    }
    PeerDistribution.Builder distribution = PeerDistribution.builder();
    distribution.population(population).counts(counts).extensions(generator.extensions());
    if (texts.chance(0.5)) {
      distribution.description(texts.text());
    }
    return distribution.build();
  }

  private Evidence evidence() {
    return texts.chance(0.65) ? sample() : measure();
  }

  /**
   * A sample in one of the forms the reports publish: successes and size, with or without the
   * published figures; a size alone; or only the published estimate and margin.
   */
  private Sample sample() {
    Sample.Builder sample = Sample.builder();
    sample.description(texts.text()).extensions(generator.extensions());
    if (texts.chance(0.8)) {
      sample.id(evidenceIds.next("evidence"));
    }
    if (texts.chance(0.2)) {
      sample.note(texts.text());
    }
    long n = texts.between(1, 1_000);
    long k;
    do {
      k = texts.random().nextLong(n + 1);
    } while (isRoundingTie(k, n));
    double roll = texts.random().nextDouble();
    if (roll < 0.4) {
      sample.successes(k).size(n).reported(reported(k, n));
    } else if (roll < 0.7) {
      sample.successes(k).size(n);
      if (texts.chance(0.4)) {
        sample.method(texts.pick(List.of(IntervalMethod.values())));
      }
      if (texts.chance(0.3)) {
        sample.level(texts.pick(List.of(0.8, 0.9, 0.95, 0.99)));
      }
      if (texts.chance(0.3)) {
        sample.population(n + texts.between(0, 10_000));
      }
    } else if (roll < 0.8) {
      sample.size(n);
    } else {
      sample.reported(reported(k, n));
    }
    return sample.build();
  }

  /** Whether k/n lies exactly halfway between two published figures, where rounding is ambiguous. */
  private static boolean isRoundingTie(long k, long n) {
    long scaled = 2_000 * k;
    return scaled % n == 0 && (scaled / n) % 2 == 1;
  }

  /** The figures as the inspectorate publishes them: Wald at 95%, proportions rounded to 0.001. */
  private Reported reported(long k, long n) {
    double p = (double) k / n;
    BigDecimal estimate = BigDecimal.valueOf(k).divide(BigDecimal.valueOf(n), 3, RoundingMode.HALF_UP);
    BigDecimal margin = BigDecimal.valueOf(Z_95 * Math.sqrt(p * (1 - p) / n)).setScale(3, RoundingMode.HALF_UP);
    return Reported.builder().estimate(estimate).margin(margin).extensions(generator.extensions()).build();
  }

  private Measure measure() {
    String unit = texts.pick(UNITS);
    Measure.Builder measure = Measure.builder();
    measure.description(texts.text()).unit(unit).value(value(unit)).extensions(generator.extensions());
    if (texts.chance(0.8)) {
      measure.id(evidenceIds.next("measure"));
    }
    if (texts.chance(0.4)) {
      BigDecimal a = value(unit);
      BigDecimal b = value(unit);
      Standard.Builder standard = Standard.builder();
      standard.name(texts.text()).extensions(generator.extensions());
      double roll = texts.random().nextDouble();
      if (roll < 0.5) {
        standard.atLeast(a);
      } else if (roll < 0.8) {
        standard.atMost(a);
      } else {
        standard.atLeast(a.min(b)).atMost(a.max(b));
      }
      measure.standard(standard.build());
    }
    if (texts.chance(0.4)) {
      measure.comparison(Comparison.builder().name(texts.text()).value(value(unit)).extensions(generator.extensions()).build());
    }
    if (texts.chance(0.2)) {
      measure.note(texts.text());
    }
    return measure.build();
  }

  private BigDecimal value(String unit) {
    return switch (unit) {
      case "proportion" -> BigDecimal.valueOf(texts.between(0, 1_000), 3);
      case "percent" -> BigDecimal.valueOf(texts.between(0, 1_000), 1);
      case "count", "days" -> BigDecimal.valueOf(texts.between(0, 100_000));
      default -> BigDecimal.valueOf(texts.between(0, 10_000), texts.between(0, 2));
    };
  }
}
