package io.github.peelkit.normality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Holds the test to SciPy's {@code scipy.stats.shapiro}, whose results {@code
 * core/src/test/python/make_shapiro_wilk_reference.py} wrote into {@code shapiro-wilk-reference.csv}.
 */
class ShapiroWilkReferenceTest {
  private static final double TOLERANCE = 1e-6;

  /** One sample and SciPy's W and p for it. */
  record Row(String name, double w, double p, double[] values) {
    @Override
    public String toString() {
      return name + " (n = " + values.length + ", SciPy W = " + w + ", p = " + p + ")";
    }
  }

  @Test
  void agreesWithScipyToOneMillionthOnWAndPForEveryRow() {
    List<Row> rows = rows();
    double worstW = 0;
    double worstP = 0;
    String whereW = "";
    String whereP = "";
    List<String> failures = new ArrayList<>();
    for (Row row : rows) {
      ShapiroWilk test = ShapiroWilk.of(row.values());
      double offW = Math.abs(test.statistic() - row.w());
      double offP = Math.abs(test.pValue() - row.p());
      if (offW > worstW) {
        worstW = offW;
        whereW = row.name();
      }
      if (offP > worstP) {
        worstP = offP;
        whereP = row.name();
      }
      if (!(offW <= TOLERANCE && offP <= TOLERANCE)) {
        failures.add(row + " gave " + test);
      }
    }
    System.out.println(
        "Shapiro–Wilk against SciPy, " + rows.size() + " samples: largest |ΔW| " + worstW + " (" + whereW
            + "), largest |Δp| " + worstP + " (" + whereP + ")");
    assertEquals(List.of(), failures);
  }

  @Test
  void tableCoversTheSizesAndShapesItPromises() {
    List<Row> rows = rows();
    Set<Integer> sizes = new TreeSet<>();
    rows.forEach(r -> sizes.add(r.values().length));
    assertTrue(sizes.containsAll(List.of(3, 4, 5, 6, 11, 12, 20, 43, 100, 1000, 5000)), sizes::toString);
    for (String shape : List.of("normal-", "lognormal-", "uniform-", "student-t2-", "cauchy-", "ties-", "near-constant-", "police-", "normal-scores-")) {
      assertTrue(rows.stream().anyMatch(r -> r.name().startsWith(shape)), shape);
    }
    // Ties really are there, and near-constant data really is near-constant.
    Row ties = find(rows, "ties-whole-1000");
    assertTrue(Arrays.stream(ties.values()).distinct().count() < 20);
    Row flat = find(rows, "near-constant-100");
    double[] v = flat.values();
    double range = Arrays.stream(v).max().orElseThrow() - Arrays.stream(v).min().orElseThrow();
    assertTrue(range < 1e-9 * 1e6 && range > 0, "range " + range);
  }

  static Row find(List<Row> rows, String name) {
    return rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(name));
  }

  static List<Row> rows() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = ShapiroWilkReferenceTest.class.getResourceAsStream("shapiro-wilk-reference.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "shapiro-wilk-reference.csv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("case,") || line.isBlank()) {
          continue;
        }
        String[] cell = line.split(",");
        double[] values = Arrays.stream(cell[4].split(" ")).mapToDouble(Double::parseDouble).toArray();
        assertEquals(Integer.parseInt(cell[1]), values.length, cell[0]);
        rows.add(new Row(cell[0], Double.parseDouble(cell[2]), Double.parseDouble(cell[3]), values));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
