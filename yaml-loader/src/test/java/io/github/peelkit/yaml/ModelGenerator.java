package io.github.peelkit.yaml;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
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
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Criterion;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.scale.GradeScales;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded generator of valid models for the round-trip property: scales, frameworks and assessments
 * using every attribute of the format, with texts chosen to trouble a YAML writer (YAML 1.1 words,
 * numbers as text, indicators, line breaks, non-ASCII, emoji) and numbers with awkward scales.
 * Ids start with {@code gen-} so that none is a built-in id.
 */
final class ModelGenerator {
  /** Texts a careless YAML writer gets wrong. */
  static final List<String> TRICKY =
      List.of(
          "yes", "no", "on", "off", "y", "n", "~", "null", "Null", "true", "False", "0x10", "0o17", "1e3", "1_000",
          "1:20", ".5", "-1", "+1", ".inf", ".NaN", "- a", "a: b", "a:b", "#x", "a #b", " lead", "trail ", "", "?x",
          "&a", "*b", "!c", "%d", "@e", "`f", "|g", ">h", "'i'", "\"j\"", "[k]", "{l}", "m, n", "<<", "=", "---",
          "...", "2022-10-14", "tab\there", "line\nbreak", "two\n\nlines\n", "trailing\n\n", "\nleading",
          "carriage\r\nreturn", "back\\slash", "nel\u0085x", "ls\u2028x", "bom\uFEFFx", "del\u007Fx", "bell\u0007",
          "nul\u0000x", "non-char\uFFFE", "emoji 😀", "café", "Ünïcödé", "日本語", " ", "  indented\nblock");

  private final Random random;
  private int counter;

  ModelGenerator(long seed) {
    this.random = new Random(seed);
  }

  private String id(String prefix) {
    return "gen-" + prefix + "-" + (counter++) + (random.nextBoolean() ? "" : "-" + random.nextInt(100));
  }

  /** Any text: a tricky one, a random one over all valid code points, or plain words. */
  String text() {
    switch (random.nextInt(3)) {
      case 0:
        return TRICKY.get(random.nextInt(TRICKY.size()));
      case 1:
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(12);
        for (int i = 0; i < n; i++) {
          int cp;
          do {
            cp = random.nextInt(3) == 0 ? random.nextInt(0x10FFFF) : 0x20 + random.nextInt(0x250);
          } while (Character.getType(cp) == Character.SURROGATE);
          b.appendCodePoint(cp);
        }
        return b.toString();
      default:
        return "Words " + random.nextInt(1000) + " and more";
    }
  }

  /** A text that is not blank: prefixed so that it never is. */
  String nonBlank(String prefix) {
    return prefix + text();
  }

  BigDecimal decimal() {
    BigInteger unscaled = BigInteger.valueOf(random.nextLong() % 1_000_000_000L);
    return new BigDecimal(unscaled, random.nextInt(24) - 6);
  }

  BigDecimal proportion() {
    int scale = 1 + random.nextInt(4);
    BigInteger max = BigInteger.TEN.pow(scale);
    BigInteger v = BigInteger.valueOf(random.nextLong() & Long.MAX_VALUE).mod(max.add(BigInteger.ONE));
    return new BigDecimal(v, scale);
  }

  LocalDate date() {
    return LocalDate.of(random.nextInt(9_990), 1 + random.nextInt(12), 1 + random.nextInt(28));
  }

  Extensions extensions() {
    if (random.nextInt(3) != 0) {
      return Extensions.empty();
    }
    return Extensions.of(((ExtensionValue.Mapping) mapping(0)).values());
  }

  private ExtensionValue mapping(int depth) {
    Map<String, ExtensionValue> values = new LinkedHashMap<>();
    int n = random.nextInt(4);
    for (int i = 0; i < n; i++) {
      values.put(text(), value(depth + 1));
    }
    return new ExtensionValue.Mapping(values);
  }

  private ExtensionValue value(int depth) {
    switch (random.nextInt(depth > 3 ? 4 : 6)) {
      case 0:
        return ExtensionValue.of(text());
      case 1:
        return ExtensionValue.of(decimal());
      case 2:
        return ExtensionValue.of(random.nextBoolean());
      case 3:
        return ExtensionValue.Null.NULL;
      case 4:
        List<ExtensionValue> items = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          items.add(value(depth + 1));
        }
        return new ExtensionValue.Sequence(items);
      default:
        return mapping(depth);
    }
  }

  private List<String> aliases(String prefix) {
    List<String> aliases = new ArrayList<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      aliases.add(prefix + "-" + i + " " + text());
    }
    return aliases;
  }

  GradeScale scale() {
    int n = 2 + random.nextInt(4);
    boolean scored = random.nextBoolean();
    double score = random.nextDouble() * 100 - 20;
    List<Grade> grades = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Grade.Builder g =
          Grade.builder().id("g" + i + "-" + random.nextInt(50)).label("L" + i + " " + text()).aliases(aliases("A" + i))
              .extensions(extensions());
      if (random.nextBoolean()) {
        g.description(text());
      }
      if (scored) {
        g.score(score);
        score -= 0.5 + random.nextDouble() * 10;
      }
      grades.add(g.build());
    }
    GradeScale.Builder b = GradeScale.builder().id(id("scale")).name(nonBlank("Scale ")).grades(grades).extensions(extensions());
    if (random.nextBoolean()) {
      b.description(text());
    }
    return b.build();
  }

  Framework framework(GradeScale scale) {
    List<Area> areas = new ArrayList<>();
    int n = random.nextInt(5);
    boolean anyGraded = false;
    for (int i = 0; i < n; i++) {
      Area area = area("a" + i, 0);
      anyGraded |= graded(area);
      areas.add(area);
    }
    Framework.Builder b = Framework.builder().id(id("framework")).name(nonBlank("Framework ")).areas(areas).extensions(extensions());
    if (random.nextBoolean()) {
      b.description(text());
    }
    if (anyGraded || random.nextBoolean()) {
      b.scale(scale);
    }
    return b.build();
  }

  private static boolean graded(Area area) {
    return area.graded() || area.areas().stream().anyMatch(ModelGenerator::graded);
  }

  private Area area(String prefix, int depth) {
    Area.Builder b =
        Area.builder().id(prefix).name("N" + prefix + " " + text()).aliases(aliases("A" + prefix)).graded(random.nextInt(4) != 0)
            .extensions(extensions());
    if (random.nextBoolean()) {
      b.description(text());
    }
    int criteria = random.nextInt(3);
    for (int i = 0; i < criteria; i++) {
      b.addCriteria(Criterion.builder().id("c-" + prefix + "-" + i).text(nonBlank("C ")).extensions(extensions()).build());
    }
    if (depth < 2) {
      int sub = random.nextInt(3);
      for (int i = 0; i < sub; i++) {
        b.addAreas(area(prefix + "-" + i, depth + 1));
      }
    }
    return b.build();
  }

  /** An assessment of a framework, its grades on the framework's scale or, sometimes, on another. */
  Assessment assessment(Framework framework, GradeScale other) {
    GradeScale scale = framework.scale().orElse(null);
    boolean converted = scale != null && random.nextInt(4) == 0;
    if (converted) {
      scale = other;
    }
    List<String> evidenceIds = new ArrayList<>();
    List<String> recommendationIds = new ArrayList<>();
    List<Judgment> judgments = new ArrayList<>();
    List<Area> areas = new ArrayList<>(framework.allAreas());
    java.util.Collections.shuffle(areas, random);
    for (Area area : areas.subList(0, random.nextInt(areas.size() + 1))) {
      judgments.add(judgment(area, scale, evidenceIds, recommendationIds));
    }
    List<Finding> findings = findings(evidenceIds, recommendationIds);
    // Links go to evidence and recommendations made so far; judgments made before overall findings
    // cannot link recommendations defined after them, so only overall findings link both ways.
    Assessment.Builder b =
        Assessment.builder()
            .id(id("assessment"))
            .subject(Subject.builder().id(id("subject")).name(nonBlank("Subject ")).extensions(extensions()).build())
            .framework(framework)
            .title(nonBlank("Title "))
            .published(date())
            .findings(findings)
            .judgments(judgments)
            .extensions(extensions());
    if (converted) {
      b.scale(scale);
    }
    if (random.nextBoolean()) {
      LocalDate from = date();
      b.period(Period.builder().from(from).to(from.plusDays(random.nextInt(800))).extensions(extensions()).build());
    }
    if (random.nextBoolean()) {
      Source.Builder s = Source.builder().title(nonBlank("Source ")).extensions(extensions());
      if (random.nextBoolean()) {
        s.publisher(text());
      }
      if (random.nextBoolean()) {
        s.url("https://example.org/" + random.nextInt(100));
      }
      if (random.nextBoolean()) {
        s.published(date());
      }
      if (random.nextBoolean()) {
        s.note(text());
      }
      b.source(s.build());
    }
    if (random.nextBoolean()) {
      b.note(text());
    }
    return b.build();
  }

  private Judgment judgment(Area area, GradeScale scale, List<String> evidenceIds, List<String> recommendationIds) {
    Judgment.Builder b = Judgment.builder().area(area).extensions(extensions());
    Grade grade = null;
    if (area.graded() && scale != null && random.nextInt(4) != 0) {
      grade = scale.grade(random.nextInt(scale.size()));
      b.grade(grade);
    } else {
      UngradedReason reason = UngradedReason.values()[random.nextInt(UngradedReason.values().length)];
      Ungraded.Builder u = Ungraded.builder().reason(reason).extensions(extensions());
      if (random.nextBoolean()) {
        u.note(text());
      }
      b.ungraded(u.build());
    }
    if (random.nextBoolean()) {
      b.statement(text());
    }
    if (random.nextBoolean()) {
      b.published(date());
    }
    if (random.nextBoolean()) {
      b.note(text());
    }
    int evidence = random.nextInt(3);
    for (int i = 0; i < evidence; i++) {
      b.addEvidence(evidence(evidenceIds));
    }
    b.findings(findings(evidenceIds, recommendationIds));
    if (random.nextInt(3) == 0) {
      Map<FindingKind, Integer> counts = new LinkedHashMap<>();
      for (FindingKind kind : FindingKind.values()) {
        if (random.nextInt(3) == 0) {
          counts.put(kind, random.nextInt(20));
        }
      }
      b.findingCounts(FindingCounts.builder().counts(counts).extensions(extensions()).build());
    }
    if (grade != null && random.nextInt(3) == 0) {
      Map<Grade, Integer> counts = new LinkedHashMap<>();
      int population = 0;
      for (Grade g : scale.grades()) {
        if (random.nextBoolean()) {
          int c = random.nextInt(30);
          counts.put(g, c);
          population += c;
        }
      }
      if (population > 0) {
        PeerDistribution.Builder d = PeerDistribution.builder().population(population).counts(counts).extensions(extensions());
        if (random.nextBoolean()) {
          d.description(text());
        }
        b.distribution(d.build());
      }
    }
    return b.build();
  }

  private Evidence evidence(List<String> evidenceIds) {
    String id = random.nextBoolean() ? id("evidence") : null;
    if (id != null) {
      evidenceIds.add(id);
    }
    if (random.nextBoolean()) {
      Sample.Builder s = Sample.builder().description(nonBlank("D ")).extensions(extensions());
      boolean sized = random.nextInt(4) != 0;
      if (sized) {
        long n = 1 + random.nextInt(5000);
        s.size(n);
        if (random.nextBoolean()) {
          s.successes(random.nextInt((int) n + 1));
        }
        if (random.nextBoolean()) {
          s.population(n + random.nextInt(100_000));
        }
      }
      if (random.nextBoolean()) {
        s.level(random.nextBoolean() ? 0.9 : 0.001 + random.nextDouble() * 0.998);
      }
      if (random.nextBoolean()) {
        s.method(IntervalMethod.values()[random.nextInt(IntervalMethod.values().length)]);
      }
      if (!sized || random.nextBoolean()) {
        Reported.Builder r = Reported.builder().estimate(proportion()).extensions(extensions());
        if (!sized || random.nextBoolean()) {
          r.margin(proportion());
        }
        s.reported(r.build());
      }
      if (id != null) {
        s.id(id);
      }
      if (random.nextBoolean()) {
        s.note(text());
      }
      return s.build();
    }
    Measure.Builder m = Measure.builder().description(nonBlank("D ")).value(decimal()).unit(nonBlank("u")).extensions(extensions());
    if (id != null) {
      m.id(id);
    }
    if (random.nextBoolean()) {
      BigDecimal low = decimal();
      Standard.Builder st = Standard.builder().name(nonBlank("S ")).extensions(extensions());
      switch (random.nextInt(3)) {
        case 0:
          st.atLeast(low);
          break;
        case 1:
          st.atMost(low);
          break;
        default:
          st.atLeast(low).atMost(low.add(decimal().abs()));
      }
      m.standard(st.build());
    }
    if (random.nextBoolean()) {
      m.comparison(Comparison.builder().name(nonBlank("P ")).value(decimal()).extensions(extensions()).build());
    }
    if (random.nextBoolean()) {
      m.note(text());
    }
    return m.build();
  }

  private List<Finding> findings(List<String> evidenceIds, List<String> recommendationIds) {
    List<Finding> findings = new ArrayList<>();
    int n = random.nextInt(3);
    for (int i = 0; i < n; i++) {
      FindingKind kind = FindingKind.values()[random.nextInt(FindingKind.values().length)];
      Finding.Builder f = Finding.builder().kind(kind).title(nonBlank("T ")).extensions(extensions());
      if (kind == FindingKind.RECOMMENDATION || random.nextBoolean()) {
        String id = id("finding");
        f.id(id);
        if (kind == FindingKind.RECOMMENDATION) {
          recommendationIds.add(id);
        }
      }
      if (random.nextBoolean()) {
        f.number(random.nextInt(100));
      }
      if (random.nextBoolean()) {
        f.text(text());
      }
      if (!evidenceIds.isEmpty() && random.nextBoolean()) {
        f.addEvidence(evidenceIds.get(random.nextInt(evidenceIds.size())));
      }
      if (kind == FindingKind.CAUSE_OF_CONCERN && !recommendationIds.isEmpty()) {
        f.addRecommendations(recommendationIds.get(random.nextInt(recommendationIds.size())));
      }
      findings.add(f.build());
    }
    return findings;
  }

  /** A built-in scale or a generated one. */
  GradeScale anyScale() {
    return random.nextInt(3) == 0 ? GradeScales.all().get(random.nextInt(GradeScales.all().size())) : scale();
  }
}
