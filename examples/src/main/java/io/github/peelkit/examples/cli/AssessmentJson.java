package io.github.peelkit.examples.cli;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.assessment.Converted;
import io.github.peelkit.assessment.Finding;
import io.github.peelkit.assessment.FindingKind;
import io.github.peelkit.assessment.Judgment;
import io.github.peelkit.assessment.PeerDistribution;
import io.github.peelkit.evidence.Evidence;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Qualifier;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.grading.DerivedGrade;
import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.mapping.GradeConversion;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An assessment as JSON, with the ids of the YAML format ({@code area}, {@code grade}, {@code
 * ungraded.reason}, ...) and what {@code peel show} works out beside them: the counts of grades and
 * findings, and each sample's confidence interval.
 *
 * <p>Absent optional values are left out. Dates are {@code YYYY-MM-DD} texts; decimals are written
 * as published; computed figures are full-precision numbers.
 */
final class AssessmentJson {
  private AssessmentJson() {}

  /** {@return the view as one JSON object} */
  static ObjectNode of(AssessmentView view) {
    Assessment a = view.assessment();
    ObjectNode o = Json.object();
    o.put("id", a.id());
    ObjectNode subject = o.putObject("subject");
    subject.put("id", a.subject().id());
    subject.put("name", a.subject().name());
    Json.putExtensions(subject, a.subject().extensions());
    o.put("framework", a.framework().id());
    a.scale().ifPresent(s -> o.put("scale", s.id()));
    o.put("title", a.title());
    o.put("published", a.published().toString());
    a.period().ifPresent(p -> {
      ObjectNode period = o.putObject("period");
      period.put("from", p.from().toString());
      period.put("to", p.to().toString());
    });
    a.source().ifPresent(s -> {
      ObjectNode source = o.putObject("source");
      source.put("title", s.title());
      Json.put(source, "publisher", s.publisher());
      Json.put(source, "url", s.url());
      s.published().ifPresent(d -> source.put("published", d.toString()));
      Json.put(source, "note", s.note());
    });
    Json.put(o, "note", a.note());
    view.asOf().ifPresent(date -> {
      o.put("asOf", date.toString());
      ArrayNode leftOut = o.putArray("leftOut");
      view.leftOut().forEach(j -> leftOut.addObject()
          .put("area", j.area().id())
          .put("published", AssessmentView.published(a, j).toString()));
    });
    if (a.scale().isPresent()) {
      ObjectNode grades = o.putObject("gradeCounts");
      view.gradeCounts().forEach((grade, n) -> grades.put(grade.id(), n));
    }
    o.set("findingCounts", counts(view.findingCounts()));
    o.set("findings", findings(a.findings()));
    ArrayNode judgments = o.putArray("judgments");
    view.judgments().forEach(j -> {
      ObjectNode judgment = judgment(a, j);
      view.derivedGrade(j).ifPresent(d -> judgment.set("derivation", derivation(d)));
      judgments.add(judgment);
    });
    Json.putExtensions(o, a.extensions());
    return o;
  }

  private static ObjectNode judgment(Assessment a, Judgment j) {
    ObjectNode o = Json.object();
    o.put("area", j.area().id());
    o.put("areaName", j.area().name());
    j.grade().ifPresent(g -> o.put("grade", g.id()));
    j.ungraded().ifPresent(u -> {
      ObjectNode ungraded = o.putObject("ungraded");
      ungraded.put("reason", u.reason().id());
      Json.put(ungraded, "note", u.note());
      Json.putExtensions(ungraded, u.extensions());
    });
    j.conversion().ifPresent(c -> o.set("conversion", conversion(c)));
    Json.put(o, "statement", j.statement());
    j.published().ifPresent(d -> o.put("published", d.toString()));
    Json.put(o, "note", j.note());
    o.set("findingCounts", counts(AssessmentView.tally(j)));
    o.set("findings", findings(j.findings()));
    ArrayNode evidence = o.putArray("evidence");
    j.evidence().forEach(e -> evidence.add(evidence(e)));
    j.distribution().ifPresent(d -> o.set("distribution", distribution(d, j)));
    Json.putExtensions(o, j.extensions());
    return o;
  }

  /**
   * {@return how a judgment's grade derives from others: the rules, the input areas and their grades,
   * the grade derived, whether the published grade is that, and what produced it}
   */
  static ObjectNode derivation(DerivedGrade d) {
    ObjectNode o = Json.object();
    o.put("rules", d.rules().id());
    o.put("stated", d.isStated());
    ArrayNode inputs = o.putArray("from");
    for (int i = 0; i < d.from().size(); i++) {
      inputs.addObject().put("area", d.from().get(i).id()).put("grade", d.evaluation().inputs().get(i).id());
    }
    o.put("grade", d.derived().id());
    o.put("agrees", d.agrees());
    d.evaluation().rule().ifPresent(n -> o.put("rule", n));
    d.evaluation().band().ifPresent(n -> o.put("band", n));
    d.evaluation().score().ifPresent(s -> o.set("score", GradeOutput.score(s)));
    ArrayNode caps = o.putArray("caps");
    d.evaluation().caps().forEach(caps::add);
    o.put("explanation", d.evaluation().explanation());
    d.override().ifPresent(v -> o.putObject("override").put("reason", v.reason()));
    return o;
  }

  /** {@return where a converted judgment's grade came from, with the ids of the grades} */
  static ObjectNode conversion(Converted converted) {
    GradeConversion c = converted.conversion();
    ObjectNode o = Json.object();
    o.put("from", c.from().id());
    o.set("targets", Json.texts(c.targets().ids()));
    o.put("relation", c.relation().id());
    o.put("mapping", c.mapping());
    o.put("comparable", c.comparable());
    o.put("policy", converted.policy().id());
    return o;
  }

  private static ObjectNode counts(Map<FindingKind, Integer> counts) {
    ObjectNode o = Json.object();
    counts.forEach((kind, n) -> o.put(kind.id(), n));
    return o;
  }

  private static ArrayNode findings(Iterable<Finding> findings) {
    ArrayNode array = Json.array();
    for (Finding f : findings) {
      ObjectNode o = array.addObject();
      o.put("kind", f.kind().id());
      Json.put(o, "id", f.id());
      Json.put(o, "number", f.number());
      o.put("title", f.title());
      Json.put(o, "text", f.text());
      Json.putTexts(o, "evidence", f.evidence());
      Json.putTexts(o, "recommendations", f.recommendations());
      Json.putExtensions(o, f.extensions());
    }
    return array;
  }

  private static ObjectNode evidence(Evidence e) {
    ObjectNode o = Json.object();
    o.put("kind", e instanceof Sample ? "sample" : "measure");
    Json.put(o, "id", e.id());
    o.put("description", e.description());
    if (e instanceof Sample s) {
      Json.put(o, "successes", s.successes());
      Json.put(o, "size", s.size());
      Json.put(o, "population", s.population());
      o.put("level", s.level());
      o.put("method", s.method().id());
      s.reported().ifPresent(r -> {
        ObjectNode reported = o.putObject("reported");
        reported.put("estimate", r.estimate());
        Json.putDecimal(reported, "margin", r.margin());
      });
      s.interval().ifPresent(ci -> o.set("interval", interval(ci)));
      s.figuresCheck().ifPresent(check -> {
        o.put("figuresConsistent", check.isConsistent());
        if (!check.isConsistent()) {
          o.put("figuresCheck", check.explanation());
        }
      });
      if (s.size().isEmpty() && s.reported().flatMap(r -> r.margin()).isPresent()) {
        ObjectNode fitting = o.putObject("fittingSizes");
        fitting.put("upTo", Figures.MAX_FITTING_SIZE);
        ArrayNode sizes = fitting.putArray("sizes");
        s.fittingSizes(Figures.MAX_FITTING_SIZE).forEach(sizes::add);
      }
    } else {
      Measure m = (Measure) e;
      o.put("value", m.value());
      // Only for a bound, so that an exact value's object stays as it was.
      if (m.qualifier() != Qualifier.EXACT) {
        o.put("qualifier", m.qualifier().id());
      }
      o.put("unit", m.unit());
      m.standard().ifPresent(st -> {
        ObjectNode standard = o.putObject("standard");
        standard.put("name", st.name());
        Json.putDecimal(standard, "atLeast", st.atLeast());
        Json.putDecimal(standard, "atMost", st.atMost());
        o.put("meetsStandard", st.isMetBy(m.value()));
      });
      m.comparison().ifPresent(c -> {
        ObjectNode comparison = o.putObject("comparison");
        comparison.put("name", c.name());
        comparison.put("value", c.value());
      });
    }
    Json.put(o, "note", e.note());
    Json.putExtensions(o, e.extensions());
    return o;
  }

  /**
   * {@return a confidence interval with the keys of {@code peel interval --format json}: successes,
   * size, population (when given), estimate, level, method, lower, upper and margin}
   */
  static ObjectNode interval(ConfidenceInterval ci) {
    ObjectNode o = Json.object();
    o.put("successes", ci.successes());
    o.put("size", ci.size());
    Json.put(o, "population", ci.population());
    o.put("estimate", ci.estimate());
    o.put("level", ci.level());
    o.put("method", ci.method().id());
    o.put("lower", ci.lower());
    o.put("upper", ci.upper());
    o.put("margin", ci.margin());
    // Only where Wald is unreliable, so that the shape of every other interval stays as it was.
    ci.caveat().ifPresent(why -> {
      o.put("reliable", false);
      o.put("caveat", why);
      ConfidenceInterval w = ci.alternative().orElseThrow();
      ObjectNode beside = o.putObject("alternative");
      beside.put("method", w.method().id());
      beside.put("lower", w.lower());
      beside.put("upper", w.upper());
    });
    return o;
  }

  private static ObjectNode distribution(PeerDistribution d, Judgment j) {
    ObjectNode o = Json.object();
    o.put("population", d.population());
    ObjectNode counts = o.putObject("counts");
    d.counts().forEach((grade, n) -> counts.put(grade.id(), n));
    Json.put(o, "description", d.description());
    j.grade().ifPresent(g -> {
      o.put("better", d.countBetterThan(g));
      o.put("same", d.count(g));
      o.put("worse", d.countWorseThan(g));
    });
    return o;
  }
}
