package io.github.peelkit.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.peelkit.assessment.Assessment;
import io.github.peelkit.mapping.GradeMapping;
import io.github.peelkit.mapping.Policy;
import io.github.peelkit.scale.GradeScale;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * One reader and one catalogue shared by many threads give what one thread gets: the reader keeps no
 * state between loads, and catalogues and models are immutable.
 */
class ConcurrentLoadTest {
  private static final Path DATA = Path.of("../examples/data");
  private static final int THREADS = 8;
  private static final int LOADS = 1_000;

  /** What each load also does with the shared catalogue: every assessment converted to the 2014 scale. */
  private static Map<String, Assessment> converted(Catalog catalog) {
    GradeScale to = catalog.findScale("peel-2014").orElseThrow();
    Map<String, Assessment> out = new java.util.TreeMap<>();
    for (Assessment a : catalog.assessments().values()) {
      a.framework().scale().ifPresent(from -> {
        List<GradeMapping> mappings = catalog.mappingsBetween(from, to);
        if (!mappings.isEmpty()) {
          out.put(a.id(), a.convert(mappings.get(0), Policy.RANGE));
        }
      });
    }
    return out;
  }

  @Test
  void eightThreadsLoadingTheExampleDataAThousandTimesGetWhatOneThreadGets() throws Exception {
    Catalog shared = Catalog.builtIn();
    YamlReader reader = YamlReader.builder().catalog(shared).build();
    LoadResult alone = reader.read(DATA);
    assertEquals(List.of(), alone.problems());
    Catalog expected = alone.catalog();
    assertTrue(expected.assessments().size() >= 4, expected::toString);
    Map<String, Assessment> expectedConversions = converted(expected);
    assertTrue(!expectedConversions.isEmpty());

    AtomicInteger loads = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  while (loads.getAndIncrement() < LOADS) {
                    LoadResult result = reader.read(DATA);
                    assertEquals(List.of(), result.problems());
                    assertEquals(expected, result.catalog());
                    // The shared catalogues are read by every thread at once, too.
                    assertEquals(expectedConversions, converted(expected));
                    assertEquals(expectedConversions, converted(result.catalog()));
                    assertEquals(shared.scales(), Catalog.builtIn().scales());
                  }
                  return null;
                }));
      }
      start.countDown();
      assertTimeoutPreemptively(
          Duration.ofMinutes(2),
          () -> {
            for (Future<?> f : done) {
              f.get();
            }
          });
    } finally {
      pool.shutdownNow();
      assertTrue(pool.awaitTermination(10, TimeUnit.SECONDS));
    }
    assertEquals(LOADS + THREADS, loads.get());
  }
}
