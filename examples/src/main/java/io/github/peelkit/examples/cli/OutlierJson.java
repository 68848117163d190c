package io.github.peelkit.examples.cli;

import io.github.peelkit.normality.ShapiroWilk;
import io.github.peelkit.outlier.Band;
import io.github.peelkit.outlier.Flag;
import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.outlier.OutlierOptions;
import io.github.peelkit.outlier.Standing;
import java.math.BigDecimal;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON form of {@code peel outliers}: an array with one object per measure, every figure with
 * all its digits (the shortest decimal that reads back as the same double), values as written.
 *
 * <pre>{@code
 * [
 *   {
 *     "measure": "outcome-17-rate",
 *     "size": 43,
 *     "options": {"alpha": 0.05, "logWhen": "at-least-alpha", "sd": "sample", "k": 1.0},
 *     "shapiroWilk": {"values": {"w": 0.82, "p": 0.000012}, "logs": {"w": 0.96, "p": 0.19}},
 *     "scale": "log",
 *     "reason": "logs-normal",
 *     "mean": -5.9, "sd": 0.49,
 *     "band": {"lower": 0.0017, "centre": 0.0027, "upper": 0.0044},
 *     "counts": {"wellAbove": 2, "wellBelow": 6, "within": 35},
 *     "subjects": [{"subject": "essex", "value": 0.009, "z": 2.27, "flag": "well-above"}, ...]
 *   }
 * ]
 * }</pre>
 *
 * <p>{@code measure} is left out when the CSV has no measure column, {@code logs} when the logs were
 * not tested ({@code reason} says why). {@code sd} and the band's bounds are {@code null} in the one
 * case where they exceed the range of a double (values near ±1.8e308, or a large k on the log scale).
 */
final class OutlierJson {
  private OutlierJson() {}

  /** {@return the analyses as a JSON array} */
  static ArrayNode of(List<MeasureOutliers> analyses) {
    ArrayNode array = Json.array();
    analyses.forEach(m -> array.add(of(m)));
    return array;
  }

  private static ObjectNode of(MeasureOutliers m) {
    OutlierAnalysis a = m.analysis();
    OutlierOptions o = a.options();
    ObjectNode node = Json.object();
    Json.put(node, "measure", m.measure().name());
    node.put("size", a.size());
    ObjectNode options = node.putObject("options");
    number(options, "alpha", o.alpha());
    options.put("logWhen", o.logRule().id());
    options.put("sd", o.standardDeviation().id());
    number(options, "k", o.threshold());
    ObjectNode tests = node.putObject("shapiroWilk");
    test(tests.putObject("values"), a.rawTest());
    a.logTest().ifPresent(t -> test(tests.putObject("logs"), t));
    node.put("scale", a.scale().id());
    node.put("reason", a.scaleReason().id());
    number(node, "mean", a.mean());
    number(node, "sd", a.standardDeviation());
    Band band = a.band();
    ObjectNode bounds = node.putObject("band");
    number(bounds, "lower", band.lower());
    number(bounds, "centre", band.centre());
    number(bounds, "upper", band.upper());
    ObjectNode counts = node.putObject("counts");
    counts.put("wellAbove", a.count(Flag.WELL_ABOVE));
    counts.put("wellBelow", a.count(Flag.WELL_BELOW));
    counts.put("within", a.count(Flag.WITHIN));
    ArrayNode subjects = node.putArray("subjects");
    for (int i = 0; i < a.size(); i++) {
      Standing s = m.standing(i);
      ObjectNode subject = subjects.addObject();
      subject.put("subject", s.subject());
      subject.put("value", m.written(i));
      number(subject, "z", s.z());
      subject.put("flag", s.flag().id());
    }
    return node;
  }

  private static void test(ObjectNode node, ShapiroWilk test) {
    number(node, "w", test.statistic());
    number(node, "p", test.pValue());
  }

  /** Puts a double as the shortest decimal that reads back as it, or null when it is infinite. */
  private static void number(ObjectNode node, String key, double value) {
    if (Double.isFinite(value)) {
      node.put(key, BigDecimal.valueOf(value));
    } else {
      node.putNull(key);
    }
  }
}
