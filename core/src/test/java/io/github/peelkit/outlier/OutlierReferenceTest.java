package io.github.peelkit.outlier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.normality.ShapiroWilk;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Holds the analysis to an independent computation with SciPy and NumPy, written by {@code
 * core/src/test/python/make_outlier_reference.py} into {@code outlier-reference-analyses.csv} and
 * {@code outlier-reference-standings.csv}: z-scores, mean, standard deviation and band to 1e-9, W
 * and p to 1e-6, scale, reason and flags exactly.
 */
class OutlierReferenceTest {
  private static final double TOLERANCE = 1e-9;
  private static final double TEST_TOLERANCE = 1e-6;

  private record Expected(
      String name, OutlierOptions options, ValueScale scale, String reason, double rawW, double rawP, String logW, String logP,
      double mean, double deviation, double lower, double centre, double upper) {}

  private record ExpectedStanding(String subject, double value, double z, String flag) {}

  @Test
  void agreesWithScipyAndNumpyOnEveryAnalysisAndSubject() {
    Map<String, List<ExpectedStanding>> standings = standings();
    List<Expected> analyses = analyses();
    List<String> failures = new ArrayList<>();
    double worstZ = 0;
    double worstBand = 0;
    double worstTest = 0;
    Set<ScaleReason> reasons = EnumSet.noneOf(ScaleReason.class);
    for (Expected e : analyses) {
      List<ExpectedStanding> subjects = standings.get(e.name());
      Map<String, Double> values = new LinkedHashMap<>();
      subjects.forEach(s -> values.put(s.subject(), s.value()));
      OutlierAnalysis a = OutlierAnalysis.of(values, e.options());
      reasons.add(a.scaleReason());
      check(failures, e.name() + " scale", e.scale(), a.scale());
      check(failures, e.name() + " reason", e.reason(), a.scaleReason().id());
      worstTest = Math.max(worstTest, near(failures, e.name() + " raw W", e.rawW(), a.rawTest().statistic(), TEST_TOLERANCE));
      worstTest = Math.max(worstTest, near(failures, e.name() + " raw p", e.rawP(), a.rawTest().pValue(), TEST_TOLERANCE));
      check(failures, e.name() + " logs tested", !e.logW().isEmpty(), a.logTest().isPresent());
      if (a.logTest().isPresent() && !e.logW().isEmpty()) {
        ShapiroWilk logs = a.logTest().get();
        worstTest = Math.max(worstTest, near(failures, e.name() + " log W", Double.parseDouble(e.logW()), logs.statistic(), TEST_TOLERANCE));
        worstTest = Math.max(worstTest, near(failures, e.name() + " log p", Double.parseDouble(e.logP()), logs.pValue(), TEST_TOLERANCE));
      }
      worstBand = Math.max(worstBand, near(failures, e.name() + " mean", e.mean(), a.mean(), TOLERANCE));
      worstBand = Math.max(worstBand, near(failures, e.name() + " sd", e.deviation(), a.standardDeviation(), TOLERANCE));
      worstBand = Math.max(worstBand, near(failures, e.name() + " band lower", e.lower(), a.band().lower(), TOLERANCE));
      worstBand = Math.max(worstBand, near(failures, e.name() + " band centre", e.centre(), a.band().centre(), TOLERANCE));
      worstBand = Math.max(worstBand, near(failures, e.name() + " band upper", e.upper(), a.band().upper(), TOLERANCE));
      check(failures, e.name() + " size", subjects.size(), a.size());
      for (int i = 0; i < subjects.size(); i++) {
        ExpectedStanding expected = subjects.get(i);
        Standing actual = a.standings().get(i);
        String where = e.name() + " " + expected.subject();
        check(failures, where + " order", expected.subject(), actual.subject());
        worstZ = Math.max(worstZ, near(failures, where + " z", expected.z(), actual.z(), TOLERANCE));
        check(failures, where + " flag", expected.flag(), actual.flag().id());
      }
    }
    System.out.println(
        "outlier analysis against SciPy and NumPy, " + analyses.size() + " analyses: largest |Δz| " + worstZ
            + ", largest |Δ| of mean, sd and band " + worstBand + ", largest |Δ| of W and p " + worstTest);
    assertEquals(List.of(), failures);
    assertEquals(EnumSet.complementOf(EnumSet.of(ScaleReason.LOGS_EQUAL)), reasons, "reasons the table reaches");
    assertTrue(analyses.size() >= 60, "analyses: " + analyses.size());
  }

  private static void check(List<String> failures, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      failures.add(what + ": expected " + expected + ", got " + actual);
    }
  }

  private static double near(List<String> failures, String what, double expected, double actual, double tolerance) {
    double off = Math.abs(expected - actual);
    if (!(off <= tolerance)) {
      failures.add(what + ": expected " + expected + ", got " + actual);
    }
    return off;
  }

  private static List<Expected> analyses() {
    List<Expected> rows = new ArrayList<>();
    for (String[] c : lines("outlier-reference-analyses.csv", "analysis,")) {
      OutlierOptions options = OutlierOptions.of(
          Double.parseDouble(c[1]), LogRule.parse(c[2]), StandardDeviation.parse(c[3]), Double.parseDouble(c[4]));
      rows.add(new Expected(
          c[0], options, c[5].equals("log") ? ValueScale.LOG : ValueScale.RAW, c[6], Double.parseDouble(c[7]), Double.parseDouble(c[8]),
          c[9], c[10], Double.parseDouble(c[11]), Double.parseDouble(c[12]), Double.parseDouble(c[13]), Double.parseDouble(c[14]),
          Double.parseDouble(c[15])));
    }
    return rows;
  }

  private static Map<String, List<ExpectedStanding>> standings() {
    Map<String, List<ExpectedStanding>> rows = new LinkedHashMap<>();
    for (String[] c : lines("outlier-reference-standings.csv", "analysis,")) {
      rows.computeIfAbsent(c[0], k -> new ArrayList<>())
          .add(new ExpectedStanding(c[1], Double.parseDouble(c[2]), Double.parseDouble(c[3]), c[4]));
    }
    return rows;
  }

  private static List<String[]> lines(String resource, String header) {
    List<String[]> rows = new ArrayList<>();
    try (InputStream in = OutlierReferenceTest.class.getResourceAsStream(resource);
        BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, resource), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (!line.startsWith("#") && !line.startsWith(header) && !line.isBlank()) {
          rows.add(line.split(",", -1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
