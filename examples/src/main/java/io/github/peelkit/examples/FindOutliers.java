package io.github.peelkit.examples;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.outlier.Standing;
import io.github.peelkit.yaml.YamlReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Essex's outcome 17 rate (0.9%) among 42 synthetic peers, by the inspectorate's outlier method:
 * the measure with one evidence id, read from every loaded assessment, analysed with the defaults.
 */
public final class FindOutliers {
  public static void main(String[] args) {
    Path essex = Path.of(args.length > 0 ? args[0] : "examples/data/essex/peel-2021-22.yaml");
    Path peers = Path.of(args.length > 1 ? args[1] : "examples/synthetic/peers-peel-2021-22.yaml");
    Map<String, Double> rates = new LinkedHashMap<>();
    for (Assessment a : YamlReader.standard().read(essex, peers).orThrow().assessments().values()) {
      a.findEvidence("outcome-17-rate").map(Measure.class::cast).ifPresent(m -> rates.put(a.subject().id(), m.value().doubleValue()));
    }
    OutlierAnalysis analysis = OutlierAnalysis.of(rates);
    System.out.printf(Locale.ROOT, "%d subjects, %s scale: %s%n", analysis.size(), analysis.scale().id(), analysis.scaleReason().description());
    System.out.printf(Locale.ROOT, "band %.4f to %.4f%n", analysis.band().lower(), analysis.band().upper());
    Standing standing = analysis.findStanding("essex").orElseThrow();
    System.out.printf(Locale.ROOT, "essex %s: z = %.2f, %s%n", standing.value(), standing.z(), standing.flag().id());
  }
}
