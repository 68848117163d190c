package io.github.peelkit.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Holds every method to SciPy's results, written by {@code
 * core/src/test/python/make_interval_reference.py} into {@code reference-intervals.csv}.
 */
class IntervalReferenceTest {
  private static final double TOLERANCE = 1e-9;

  private record Row(IntervalMethod method, double level, long successes, long size, double lower, double upper) {}

  @Test
  void agreesWithScipyToOneBillionthForEveryMethodAndRow() {
    List<Row> rows = read();
    Map<IntervalMethod, Double> deviation = new EnumMap<>(IntervalMethod.class);
    List<String> failures = new ArrayList<>();
    for (Row row : rows) {
      ConfidenceInterval interval = ConfidenceInterval.of(row.successes(), row.size(), row.level(), row.method());
      double off = Math.max(Math.abs(interval.lower() - row.lower()), Math.abs(interval.upper() - row.upper()));
      deviation.merge(row.method(), off, Math::max);
      if (!(off <= TOLERANCE)) {
        failures.add(row + " gave [" + interval.lower() + ", " + interval.upper() + "]");
      }
    }
    System.out.println("largest absolute deviation from SciPy per method: " + deviation);
    assertEquals(List.of(), failures);
  }

  @Test
  void coversEveryMethodAtEveryLevelWithTheEdgeCases() {
    List<Row> rows = read();
    assertTrue(rows.size() >= 300, "rows: " + rows.size());
    for (IntervalMethod method : IntervalMethod.values()) {
      Set<Double> levels = new TreeSet<>();
      boolean none = false;
      boolean all = false;
      boolean single = false;
      boolean million = false;
      for (Row row : rows) {
        if (row.method() != method) {
          continue;
        }
        levels.add(row.level());
        none |= row.successes() == 0;
        all |= row.successes() == row.size();
        single |= row.size() == 1;
        million |= row.size() == 1_000_000;
      }
      assertEquals(Set.of(0.90, 0.95, 0.99), levels, method.id());
      assertTrue(none && all && single && million, method.id());
    }
  }

  private static List<Row> read() {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = IntervalReferenceTest.class.getResourceAsStream("reference-intervals.csv");
        BufferedReader reader = new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, "reference-intervals.csv"), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        if (line.startsWith("#") || line.startsWith("method,") || line.isBlank()) {
          continue;
        }
        String[] cell = line.split(",");
        rows.add(
            new Row(
                IntervalMethod.parse(cell[0]),
                Double.parseDouble(cell[1]),
                Long.parseLong(cell[2]),
                Long.parseLong(cell[3]),
                Double.parseDouble(cell[4]),
                Double.parseDouble(cell[5])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
