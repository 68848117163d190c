package io.github.peelkit.yaml.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A map made on first use: made once, whichever threads ask at once, in order, and unmodifiable. */
class LazyMapTest {
  private static Map<String, Integer> ordered(Object... keysAndValues) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], (Integer) keysAndValues[i + 1]);
    }
    return map;
  }

  @Test
  void isMadeOnFirstUseOnly() {
    AtomicInteger made = new AtomicInteger();
    Map<String, Integer> map = LazyMap.of(() -> {
      made.incrementAndGet();
      return ordered("b", 2, "a", 1);
    });
    assertEquals(0, made.get());
    assertEquals(List.of("b", "a"), List.copyOf(map.keySet()));
    assertEquals(1, map.get("a"));
    assertEquals(ordered("b", 2, "a", 1), map);
    assertEquals(1, made.get());
    assertThrows(UnsupportedOperationException.class, () -> map.put("c", 3));
    assertThrows(UnsupportedOperationException.class, () -> map.entrySet().clear());
  }

  @Test
  void threadsAskingAtOnceShareOneMaking() throws Exception {
    AtomicInteger made = new AtomicInteger();
    Map<String, Integer> map = LazyMap.of(() -> {
      made.incrementAndGet();
      return ordered("x", 1);
    });
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<Integer>> asked = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        asked.add(pool.submit(() -> {
          start.await();
          return map.get("x");
        }));
      }
      start.countDown();
      for (Future<Integer> value : asked) {
        assertEquals(1, value.get(10, TimeUnit.SECONDS));
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(1, made.get());
  }

  @Test
  void joinedHoldsTheFirstThenTheSecondAndCopiesKeepAMapLazy() {
    AtomicInteger made = new AtomicInteger();
    Map<String, Integer> base = LazyMap.of(() -> {
      made.incrementAndGet();
      return ordered("built-in", 1);
    });
    Map<String, Integer> joined = LazyMap.joined(base, ordered("loaded", 2, "another", 3));
    assertSame(joined, LazyMap.copyOf(joined));
    assertEquals(0, made.get(), "joining makes neither map");
    assertEquals(List.of("built-in", "loaded", "another"), List.copyOf(joined.keySet()));
    Map<String, Integer> plain = ordered("k", 1);
    Map<String, Integer> copy = LazyMap.copyOf(plain);
    plain.put("later", 2);
    assertEquals(ordered("k", 1), copy, "a plain map is copied at once");
  }
}
