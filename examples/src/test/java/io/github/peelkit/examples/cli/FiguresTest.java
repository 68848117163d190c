package io.github.peelkit.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.peelkit.evidence.Comparison;
import io.github.peelkit.evidence.Measure;
import io.github.peelkit.evidence.Reported;
import io.github.peelkit.evidence.Sample;
import io.github.peelkit.evidence.Standard;
import io.github.peelkit.interval.IntervalMethod;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Evidence as one line, with the seeds' real figures. */
class FiguresTest {
  @Test
  void aSampleReadsAsTheReportPrintsIt() {
    Sample grounds = Sample.builder().description("Stop and search records with reasonable grounds recorded").successes(168).size(196)
        .reported(Reported.of(new BigDecimal("0.857"), new BigDecimal("0.049"))).build();
    assertEquals("168 of 196 = 85.7% (95% Wald: 80.8%–90.6%), published 85.7% ± 4.9%", Figures.sample(grounds));
  }

  @Test
  void figuresThatDoNotFitSayWhatTheSampleGives() {
    Sample grounds = Sample.builder().description("d").successes(168).size(196)
        .reported(Reported.of(new BigDecimal("0.850"), new BigDecimal("0.049"))).build();
    assertEquals(
        "168 of 196 = 85.7% (95% Wald: 80.8%–90.6%), published 85.0% ± 4.9%, which does not fit (warning PK010):"
            + " the sample gives 85.7% ± 4.9%",
        Figures.sample(grounds));
  }

  @Test
  void aSampleWithoutASizeTellsTheSizesThatFit() {
    Sample previous = Sample.builder().description("2019 review").reported(Reported.of(new BigDecimal("0.855"), new BigDecimal("0.049"))).build();
    assertEquals("published 85.5% ± 4.9%, size not published: 200 is the only size up to 10,000 that fits", Figures.sample(previous));
  }

  @Test
  void aPopulationAndAnotherMethodAndLevelAreNamed() {
    Sample s = Sample.builder().description("d").successes(22).size(28).population(196).level(0.9).method(IntervalMethod.CLOPPER_PEARSON).build();
    assertEquals("22 of 28 from a population of 196 = 78.6% (90% Clopper–Pearson: 63.2%–89.4%)", Figures.sample(s));
  }

  @Test
  void aMeasureIsHeldAgainstItsStandardAndComparedWithItsPeers() {
    Measure calls = Measure.builder().description("999 calls answered within ten seconds").value(new BigDecimal("0.85")).unit("proportion")
        .standard(Standard.atLeast("national standard", new BigDecimal("0.90"))).build();
    assertEquals("85% (national standard: at least 90%, not met)", Figures.measure(calls));
    Measure outcome17 = Measure.builder().description("Outcome 17").value(new BigDecimal("0.009")).unit("proportion")
        .comparison(Comparison.of("England and Wales", new BigDecimal("0.003"))).build();
    assertEquals("0.9%, England and Wales: 0.3%", Figures.measure(outcome17));
  }

  @Test
  void valuesReadInTheirUnits() {
    assertEquals("2,500", Figures.value(new BigDecimal("2500"), "count"));
    assertEquals("£132m", Figures.value(new BigDecimal("132"), "£m"));
    assertEquals("6 months", Figures.value(new BigDecimal("6"), "months"));
    assertEquals("12.5%", Figures.value(new BigDecimal("12.5"), "percent"));
    assertEquals("10%", Figures.value(new BigDecimal("0.10"), "proportion"));
    assertEquals("85.0%", Figures.value(new BigDecimal("0.850"), "proportion"));
    assertEquals("1.5 hours", Figures.value(new BigDecimal("1.5"), "hours"));
  }

  @Test
  void levelsAndPercentagesRoundAsReportsDo() {
    assertEquals("95%", Figures.level(0.95));
    assertEquals("99.5%", Figures.level(0.995));
    assertEquals("85.7%", Figures.percent(168.0 / 196));
    assertEquals("100.0%", Figures.percent(1.0));
    assertEquals("0.1%", Figures.percent(0.0005));
  }
}
