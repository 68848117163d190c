package io.github.peelkit.examples;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.interval.ConfidenceInterval;
import io.github.peelkit.interval.IntervalMethod;
import io.github.peelkit.yaml.YamlReader;
import java.nio.file.Path;
import java.util.Locale;

/** The stop and search sample of Essex's 2021/22 report: its interval by every method, its published figures checked. */
public final class ComputeInterval {
  public static void main(String[] args) {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/data/essex/peel-2021-22.yaml");
    Assessment essex = YamlReader.standard().read(file).orThrow().findAssessment("essex-peel-2021-22").orElseThrow();
    Sample grounds = (Sample) essex.evidence("stop-search-grounds-2021");
    System.out.println(grounds.figuresCheck().orElseThrow().explanation());
    ConfidenceInterval wald = grounds.interval().orElseThrow();
    for (IntervalMethod method : IntervalMethod.values()) {
      ConfidenceInterval ci = wald.withMethod(method);
      System.out.printf(Locale.ROOT, "%-16s %.4f to %.4f%n", method.id(), ci.lower(), ci.upper());
    }
    Sample previous = (Sample) essex.evidence("stop-search-grounds-2019");   // 85.5% ± 4.9%, no size
    System.out.println("2019 sample sizes that fit: " + previous.fittingSizes(10_000));
  }
}
