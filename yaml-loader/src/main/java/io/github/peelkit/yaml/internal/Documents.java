package io.github.peelkit.yaml.internal;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Converted;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingCounts;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.assessment.Period;
import io.github.peelkit.assessment.Source;
import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Qualifier;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.extension.ExtensionValue;
import io.github.peelkit.extension.Extensions;
import io.github.peelkit.framework.Area;
import io.github.peelkit.framework.Criterion;
import io.github.peelkit.framework.Derivation;
import io.github.peelkit.framework.Framework;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.mapping.GradeConversion;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.scale.Grade;
import io.github.peelkit.scale.GradeScale;
import io.github.peelkit.yaml.internal.Emitter.Raw;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns model values into the ordered trees {@link Emitter} writes: keys in the order of the
 * format's reference ({@code apiVersion, kind, id} first), references as ids, defaults and empty
 * sequences left out ({@code graded: true}, {@code level: 0.95}, {@code method: wald}, {@code
 * comparable: true}, the assessment's scale when it is its framework's), numbers exactly as held.
 */
public final class Documents {
  /** Extensions nested deeper than this could not be read back within the reader's depth ceiling. */
  private static final int MAX_EXTENSION_DEPTH = 990;

  private Documents() {}

  /**
   * The tree of a grade scale document.
   *
   * @param scale the scale
   * @return the document
   */
  public static Map<String, Object> of(GradeScale scale) {
    Map<String, Object> m = header("GradeScale", scale.id());
    m.put("name", scale.name());
    put(m, "description", scale.description());
    List<Object> grades = new ArrayList<>();
    for (Grade g : scale.grades()) {
      Map<String, Object> grade = new LinkedHashMap<>();
      grade.put("id", g.id());
      grade.put("label", g.label());
      put(grade, "description", g.description());
      putTexts(grade, "aliases", g.aliases());
      if (g.score().isPresent()) {
        grade.put("score", new Raw(Double.toString(g.score().getAsDouble())));
      }
      extensions(grade, g.extensions());
      grades.add(grade);
    }
    m.put("grades", grades);
    extensions(m, scale.extensions());
    return m;
  }

  /**
   * The tree of a framework document.
   *
   * @param framework the framework
   * @return the document
   */
  public static Map<String, Object> of(Framework framework) {
    Map<String, Object> m = header("Framework", framework.id());
    m.put("name", framework.name());
    put(m, "description", framework.description());
    framework.scale().ifPresent(s -> m.put("scale", s.id()));
    putList(m, "areas", areas(framework.areas()));
    extensions(m, framework.extensions());
    return m;
  }

  private static List<Object> areas(List<Area> areas) {
    List<Object> out = new ArrayList<>();
    for (Area a : areas) {
      Map<String, Object> area = new LinkedHashMap<>();
      area.put("id", a.id());
      area.put("name", a.name());
      put(area, "description", a.description());
      putTexts(area, "aliases", a.aliases());
      if (!a.graded()) {
        area.put("graded", new Raw("false"));
      }
      a.derived().ifPresent(d -> area.put("derived", derivation(d)));
      List<Object> criteria = new ArrayList<>();
      for (Criterion c : a.criteria()) {
        Map<String, Object> criterion = new LinkedHashMap<>();
        criterion.put("id", c.id());
        criterion.put("text", c.text());
        extensions(criterion, c.extensions());
        criteria.add(criterion);
      }
      putList(area, "criteria", criteria);
      putList(area, "areas", areas(a.areas()));
      extensions(area, a.extensions());
      out.add(area);
    }
    return out;
  }

  /**
   * The tree of a grade mapping document.
   *
   * @param mapping the mapping
   * @return the document
   */
  public static Map<String, Object> of(GradeMapping mapping) {
    Map<String, Object> m = header("GradeMapping", mapping.id());
    put(m, "name", mapping.name());
    m.put("from", mapping.from().id());
    m.put("to", mapping.to().id());
    if (!mapping.comparable()) {
      m.put("comparable", new Raw("false"));
    }
    put(m, "note", mapping.note());
    Map<String, Object> rules = new LinkedHashMap<>();
    mapping.rules().forEach((grade, targets) -> rules.put(grade.id(), ids(targets.grades())));
    m.put("rules", rules);
    extensions(m, mapping.extensions());
    return m;
  }

  static List<Object> ids(List<Grade> grades) {
    List<Object> ids = new ArrayList<>();
    grades.forEach(g -> ids.add(g.id()));
    return ids;
  }

  /**
   * The tree of an assessment document.
   *
   * @param assessment the assessment
   * @return the document
   */
  public static Map<String, Object> of(Assessment assessment) {
    Map<String, Object> m = header("Assessment", assessment.id());
    Map<String, Object> subject = new LinkedHashMap<>();
    subject.put("id", assessment.subject().id());
    subject.put("name", assessment.subject().name());
    extensions(subject, assessment.subject().extensions());
    m.put("subject", subject);
    m.put("framework", assessment.framework().id());
    if (!assessment.scale().equals(assessment.framework().scale())) {
      assessment.scale().ifPresent(s -> m.put("scale", s.id()));
    }
    m.put("title", assessment.title());
    m.put("published", date(assessment.published(), "published"));
    assessment.period().ifPresent(p -> m.put("period", period(p)));
    assessment.source().ifPresent(s -> m.put("source", source(s)));
    put(m, "note", assessment.note());
    putList(m, "findings", findings(assessment.findings()));
    List<Object> judgments = new ArrayList<>();
    for (Judgment j : assessment.judgments()) {
      judgments.add(judgment(j));
    }
    putList(m, "judgments", judgments);
    extensions(m, assessment.extensions());
    return m;
  }

  private static Map<String, Object> period(Period p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("from", date(p.from(), "period.from"));
    m.put("to", date(p.to(), "period.to"));
    extensions(m, p.extensions());
    return m;
  }

  static Map<String, Object> source(Source s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", s.title());
    put(m, "publisher", s.publisher());
    put(m, "url", s.url());
    s.published().ifPresent(d -> m.put("published", date(d, "source.published")));
    put(m, "note", s.note());
    extensions(m, s.extensions());
    return m;
  }

  private static Map<String, Object> judgment(Judgment j) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("area", j.area().id());
    j.grade().ifPresent(g -> m.put("grade", g.id()));
    j.ungraded().ifPresent(u -> {
      Map<String, Object> ungraded = new LinkedHashMap<>();
      ungraded.put("reason", u.reason().id());
      put(ungraded, "note", u.note());
      extensions(ungraded, u.extensions());
      m.put("ungraded", ungraded);
    });
    j.derived().ifPresent(d -> m.put("derived", derivation(d)));
    j.override().ifPresent(o -> {
      Map<String, Object> override = new LinkedHashMap<>();
      override.put("reason", o.reason());
      extensions(override, o.extensions());
      m.put("override", override);
    });
    put(m, "statement", j.statement());
    j.published().ifPresent(d -> m.put("published", date(d, "published")));
    put(m, "note", j.note());
    putList(m, "findings", findings(j.findings()));
    j.findingCounts().ifPresent(c -> m.put("findingCounts", counts(c)));
    List<Object> evidence = new ArrayList<>();
    for (Evidence e : j.evidence()) {
      evidence.add(evidence(e));
    }
    putList(m, "evidence", evidence);
    j.distribution().ifPresent(d -> m.put("distribution", distribution(d)));
    j.conversion().ifPresent(c -> m.put("conversion", conversion(c)));
    extensions(m, j.extensions());
    return m;
  }

  private static Map<String, Object> derivation(Derivation d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("rules", d.rules());
    m.put("from", new ArrayList<Object>(d.from()));
    extensions(m, d.extensions());
    return m;
  }

  private static Map<String, Object> conversion(Converted converted) {
    GradeConversion c = converted.conversion();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("mapping", c.mapping());
    m.put("from", c.from().id());
    m.put("targets", ids(c.targets().grades()));
    m.put("relation", c.relation().id());
    if (!c.comparable()) {
      m.put("comparable", new Raw("false"));
    }
    m.put("policy", converted.policy().id());
    extensions(m, c.extensions());
    return m;
  }

  private static Map<String, Object> counts(FindingCounts c) {
    Map<String, Object> m = new LinkedHashMap<>();
    c.counts().forEach((kind, n) -> m.put(kind.id(), new Raw(n.toString())));
    extensions(m, c.extensions());
    return m;
  }

  private static Map<String, Object> distribution(PeerDistribution d) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("population", new Raw(Integer.toString(d.population())));
    Map<String, Object> counts = new LinkedHashMap<>();
    d.counts().forEach((g, n) -> counts.put(g.id(), new Raw(n.toString())));
    m.put("counts", counts);
    put(m, "description", d.description());
    extensions(m, d.extensions());
    return m;
  }

  private static List<Object> findings(List<Finding> findings) {
    List<Object> out = new ArrayList<>();
    for (Finding f : findings) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", f.kind().id());
      put(m, "id", f.id());
      if (f.number().isPresent()) {
        m.put("number", new Raw(Integer.toString(f.number().getAsInt())));
      }
      m.put("title", f.title());
      put(m, "text", f.text());
      putTexts(m, "evidence", f.evidence());
      putTexts(m, "recommendations", f.recommendations());
      extensions(m, f.extensions());
      out.add(m);
    }
    return out;
  }

  private static Map<String, Object> evidence(Evidence e) {
    Map<String, Object> m = new LinkedHashMap<>();
    if (e instanceof Sample s) {
      put(m, "id", s.id());
      m.put("description", s.description());
      if (s.successes().isPresent()) {
        m.put("successes", new Raw(Long.toString(s.successes().getAsLong())));
      }
      if (s.size().isPresent()) {
        m.put("size", new Raw(Long.toString(s.size().getAsLong())));
      }
      if (s.population().isPresent()) {
        m.put("population", new Raw(Long.toString(s.population().getAsLong())));
      }
      if (Double.compare(s.level(), Sample.DEFAULT_LEVEL) != 0) {
        m.put("level", new Raw(Double.toString(s.level())));
      }
      if (s.method() != IntervalMethod.WALD) {
        m.put("method", s.method().id());
      }
      s.reported().ifPresent(r -> m.put("reported", reported(r)));
      put(m, "note", s.note());
    } else {
      Measure ms = (Measure) e;
      m.put("kind", "measure");
      put(m, "id", ms.id());
      m.put("description", ms.description());
      m.put("value", number(ms.value()));
      if (ms.qualifier() != Qualifier.EXACT) {
        m.put("qualifier", ms.qualifier().id());
      }
      m.put("unit", ms.unit());
      ms.standard().ifPresent(s -> m.put("standard", standard(s)));
      ms.comparison().ifPresent(c -> m.put("comparison", comparison(c)));
      put(m, "note", ms.note());
    }
    extensions(m, e.extensions());
    return m;
  }

  private static Map<String, Object> reported(Reported r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("estimate", number(r.estimate()));
    r.margin().ifPresent(x -> m.put("margin", number(x)));
    extensions(m, r.extensions());
    return m;
  }

  private static Map<String, Object> standard(Standard s) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", s.name());
    s.atLeast().ifPresent(x -> m.put("atLeast", number(x)));
    s.atMost().ifPresent(x -> m.put("atMost", number(x)));
    extensions(m, s.extensions());
    return m;
  }

  private static Map<String, Object> comparison(Comparison c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.put("value", number(c.value()));
    extensions(m, c.extensions());
    return m;
  }

  // ---- helpers ----

  static Map<String, Object> header(String kind, String id) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apiVersion", DocumentHeader.API_VERSION);
    m.put("kind", kind);
    m.put("id", id);
    return m;
  }

  /** A number exactly as held: {@code 0.857} stays {@code 0.857} and {@code 1.50} stays {@code 1.50}. */
  static Raw number(BigDecimal value) {
    return new Raw(value.toString());
  }

  /** A date, written plain as YYYY-MM-DD: the loader reads it as text and parses it; YAML 1.1 tools see a date. */
  private static Raw date(LocalDate date, String path) {
    if (date.getYear() < 0 || date.getYear() > 9999) {
      throw new IllegalArgumentException(
          "date at " + path + " is " + date + ": the format writes dates as YYYY-MM-DD, years 0000 to 9999");
    }
    return new Raw(date.toString());
  }

  static void put(Map<String, Object> m, String key, Optional<String> value) {
    value.ifPresent(v -> m.put(key, v));
  }

  private static void putTexts(Map<String, Object> m, String key, List<String> texts) {
    if (!texts.isEmpty()) {
      m.put(key, new ArrayList<Object>(texts));
    }
  }

  static void putList(Map<String, Object> m, String key, List<Object> items) {
    if (!items.isEmpty()) {
      m.put(key, items);
    }
  }

  static void extensions(Map<String, Object> m, Extensions extensions) {
    if (!extensions.isEmpty()) {
      m.put("extensions", value(extensions.asMapping(), 0));
    }
  }

  private static Object value(ExtensionValue value, int depth) {
    if (depth > MAX_EXTENSION_DEPTH) {
      throw new IllegalArgumentException(
          "extensions nest deeper than " + MAX_EXTENSION_DEPTH + " levels: no reader could read them back");
    }
    if (value instanceof ExtensionValue.Text t) {
      return t.value();
    }
    if (value instanceof ExtensionValue.Decimal d) {
      return number(d.value());
    }
    if (value instanceof ExtensionValue.Bool b) {
      return new Raw(Boolean.toString(b.value()));
    }
    if (value instanceof ExtensionValue.Sequence s) {
      List<Object> out = new ArrayList<>();
      s.values().forEach(v -> out.add(value(v, depth + 1)));
      return out;
    }
    if (value instanceof ExtensionValue.Mapping mapping) {
      Map<String, Object> out = new LinkedHashMap<>();
      mapping.values().forEach((k, v) -> out.put(k, value(v, depth + 1)));
      return out;
    }
    return new Raw("null");
  }
}
