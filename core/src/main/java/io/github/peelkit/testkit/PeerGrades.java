package io.github.peelkit.testkit;

import io.github.peelkit.scale.Grade;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * Seeded random grades for synthetic peers, where an example or a benchmark needs many subjects'
 * grades and no real ones are published: grades {@linkplain #deal(Map) dealt} so that they match a
 * published distribution exactly (the 2007 national summary's Excellent 6, Good 14, Fair 21, Poor 2
 * for 43 forces), or {@linkplain #draw(Map, int) drawn} one by one in proportion to weights.
 *
 * <pre>{@code
 * PeerGrades peers = PeerGrades.of(2007);
 * List<Grade> grades = peers.deal(Map.of(excellent, 6, good, 14, fair, 21, poor, 2));   // 43 grades, shuffled
 * }</pre>
 *
 * <p>Reproducible as {@link ModelGenerator} is: the same seed and the same calls give the same
 * grades. Not thread-safe: a generator advances its random source with every grade.
 */
public final class PeerGrades {
  private final RandomGenerator random;

  private PeerGrades(RandomGenerator random) {
    this.random = Objects.requireNonNull(random, "random");
  }

  /**
   * A generator, seeded.
   *
   * @param seed the seed
   * @return the generator
   */
  public static PeerGrades of(long seed) {
    return new PeerGrades(new SplittableRandom(seed));
  }

  /**
   * A generator driven by a random generator, which it advances.
   *
   * @param random the source of randomness
   * @return the generator
   */
  public static PeerGrades of(RandomGenerator random) {
    return new PeerGrades(random);
  }

  /**
   * Deals grades: each grade as many times as its count, in a random order, so that the grades of the
   * peers add up to the counts exactly.
   *
   * @param counts the number of peers with each grade, in the order to deal them from
   * @return the grades, as many as the counts add up to, shuffled
   * @throws IllegalArgumentException when a count is negative
   */
  public List<Grade> deal(Map<Grade, Integer> counts) {
    List<Grade> grades = new ArrayList<>();
    counts.forEach((grade, count) -> {
      if (count < 0) {
        throw new IllegalArgumentException("count " + count + " of grade " + grade.id() + " is negative");
      }
      grades.addAll(Collections.nCopies(count, grade));
    });
    // Fisher–Yates, driven by this generator's source, so that the order is the seed's.
    for (int i = grades.size() - 1; i > 0; i--) {
      Collections.swap(grades, i, random.nextInt(i + 1));
    }
    return List.copyOf(grades);
  }

  /**
   * Draws grades one by one, each grade with probability proportional to its weight.
   *
   * @param weights the weight of each grade, not negative, at least one positive
   * @param count how many grades to draw, not negative
   * @return the grades drawn, in the order drawn
   * @throws IllegalArgumentException when a weight is negative, all are zero, or count is negative
   */
  public List<Grade> draw(Map<Grade, Integer> weights, int count) {
    if (count < 0) {
      throw new IllegalArgumentException("cannot draw " + count + " grades");
    }
    long total = 0;
    for (Map.Entry<Grade, Integer> entry : weights.entrySet()) {
      if (entry.getValue() < 0) {
        throw new IllegalArgumentException("weight " + entry.getValue() + " of grade " + entry.getKey().id() + " is negative");
      }
      total += entry.getValue();
    }
    if (total == 0) {
      throw new IllegalArgumentException("no grade has a positive weight");
    }
    List<Grade> grades = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      long at = random.nextLong(total);
      for (Map.Entry<Grade, Integer> entry : weights.entrySet()) {
        at -= entry.getValue();
        if (at < 0) {
          grades.add(entry.getKey());
          break;
        }
      }
    }
    return List.copyOf(grades);
  }
}
