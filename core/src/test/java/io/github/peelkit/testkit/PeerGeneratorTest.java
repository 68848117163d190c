package io.github.peelkit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.outlier.OutlierAnalysis;
import io.github.peelkit.outlier.ValueScale;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PeerGeneratorTest {
  @Test
  void namesSayTheSubjectsAreSyntheticAndSortInOrder() {
    assertEquals("synthetic-peer-07", PeerGenerator.subject(7, 42));
    assertEquals("synthetic-peer-0007", PeerGenerator.subject(7, 5000));
    assertEquals("synthetic-peer-01", PeerGenerator.subject(1, 3));
    Map<String, BigDecimal> peers = PeerGenerator.of(1).normal(43, 10, 2, 1);
    List<String> names = new ArrayList<>(peers.keySet());
    assertEquals("synthetic-peer-01", names.get(0));
    assertEquals("synthetic-peer-43", names.get(42));
    assertEquals(names.stream().sorted().toList(), names);
  }

  @Test
  void theSameSeedGivesTheSameValues() {
    assertEquals(PeerGenerator.of(7).logNormal(42, 0.003, 0.5, 4), PeerGenerator.of(7).logNormal(42, 0.003, 0.5, 4));
    assertNotEquals(PeerGenerator.of(7).logNormal(42, 0.003, 0.5, 4), PeerGenerator.of(8).logNormal(42, 0.003, 0.5, 4));
  }

  @Test
  void valuesAreRoundedToTheDecimalsAsked() {
    for (BigDecimal v : PeerGenerator.of(3).logNormal(100, 75, 0.3, 1).values()) {
      assertEquals(1, v.scale(), v::toString);
      assertTrue(v.signum() > 0);
    }
    for (BigDecimal v : PeerGenerator.of(3).normal(100, 0, 1, 3).values()) {
      assertEquals(3, v.scale(), v::toString);
    }
  }

  @Test
  void lognormalPeersAreSkewedAndTheirLogsNormal() {
    // 43 peers of a lognormal measure: an outlier analysis takes the log scale.
    Map<String, Double> values = new LinkedHashMap<>();
    PeerGenerator.of(20221014).logNormal(200, 0.003, 0.6, 6).forEach((s, v) -> values.put(s, v.doubleValue()));
    assertEquals(ValueScale.LOG, OutlierAnalysis.of(values).scale());
  }

  @Test
  void refusesArgumentsOutOfRange() {
    PeerGenerator generate = PeerGenerator.of(1);
    assertThrows(IllegalArgumentException.class, () -> generate.normal(0, 1, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> generate.normal(3, 1, -1, 1));
    assertThrows(IllegalArgumentException.class, () -> generate.normal(3, 1, 1, -1));
    assertThrows(IllegalArgumentException.class, () -> generate.logNormal(3, 0, 1, 1));
    assertThrows(IllegalArgumentException.class, () -> generate.logNormal(3, 1, Double.NaN, 1));
    assertThrows(IllegalArgumentException.class, () -> generate.normal(3, Double.POSITIVE_INFINITY, 1, 1));
    assertThrows(NullPointerException.class, () -> PeerGenerator.of(null));
  }
}
