package io.github.peelkit.mapping;

import io.github.peelkit.scale.GradeScale;
import java.math.BigInteger;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.random.RandomGenerator;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Every lawful mapping between two scales: an exhaustive enumeration, their number, and a uniformly
 * random one, for property tests that check a claim about all mappings rather than a sample.
 *
 * <p>A lawful mapping from a scale of {@code m} grades to a scale of {@code n} grades is fixed by
 * the best and worst ends of each range: two sequences {@code l} and {@code r} of {@code m} ranks,
 * both non-decreasing (monotone), with {@code l[i] <= r[i]} (a non-empty range; contiguity makes the
 * range everything between). Read as two lattice paths that may touch but not cross, the
 * Lindström–Gessel–Viennot lemma counts them as a 2 × 2 determinant, which simplifies to the
 * Narayana number
 *
 * <pre>
 *   N(m, n) = C(m+n-1, m)² − C(m+n-1, m-1) · C(m+n-1, m+1)
 *           = C(m+n, m) · C(m+n, m+1) / (m+n)
 * </pre>
 *
 * <p>So {@code N(1, n) = n(n+1)/2} (one grade to any range), {@code N(m, 1) = 1}, {@code N(2, 2) =
 * 6}, {@code N(4, 4) = 490}, {@code N(4, 5) = 1764} (PEEL 2014 to PEEL 2021) and {@code N(5, 4) =
 * 1176}. The enumeration and the uniform sampler use the recurrence on the number {@code W(i, l, r)}
 * of ways to complete a mapping from source rank {@code i} on, when the previous range was {@code
 * [l, r]}: {@code W(m, l, r) = 1}, {@code W(i, l, r) = Σ W(i+1, l', r')} over {@code l <= l' <= r'},
 * {@code r <= r' < n}; {@code N(m, n) = W(0, 0, 0)}.
 */
public final class LawfulMappings {
  private LawfulMappings() {}

  /**
   * The number of lawful mappings from a scale of {@code fromSize} grades to one of {@code toSize}
   * grades: {@code C(m+n, m) · C(m+n, m+1) / (m+n)}.
   *
   * @param fromSize the number of grades of the source scale, at least 1
   * @param toSize the number of grades of the target scale, at least 1
   * @return the number of lawful mappings
   * @throws IllegalArgumentException when a size is below 1
   */
  public static BigInteger count(int fromSize, int toSize) {
    if (fromSize < 1 || toSize < 1) {
      throw new IllegalArgumentException("scale sizes must be at least 1, not " + fromSize + " and " + toSize);
    }
    int total = fromSize + toSize;
    return binomial(total, fromSize).multiply(binomial(total, fromSize + 1)).divide(BigInteger.valueOf(total));
  }

  /**
   * The number of lawful mappings between two scales.
   *
   * @param from the source scale
   * @param to the target scale
   * @return {@link #count(int, int)} of their sizes
   */
  public static BigInteger count(GradeScale from, GradeScale to) {
    return count(from.size(), to.size());
  }

  /**
   * Every lawful mapping between two scales, each once, in a fixed order: lexicographic by the
   * ranks of the ends of each range, source grade by source grade, starting with every grade mapped
   * to the best target grade. The {@code k}-th mapping (counting from 0) has the id {@code
   * lawful-<k+1>}, and equals {@link #get(GradeScale, GradeScale, BigInteger) get(from, to, k)}.
   * The stream is lazy and has {@link #count(GradeScale, GradeScale)} elements.
   *
   * @param from the source scale
   * @param to the target scale
   * @return the mappings
   */
  public static Stream<GradeMapping> all(GradeScale from, GradeScale to) {
    BigInteger count = count(from, to);
    long size = count.bitLength() < Long.SIZE ? count.longValue() : Long.MAX_VALUE;
    int characteristics = Spliterator.ORDERED | Spliterator.DISTINCT | Spliterator.NONNULL | Spliterator.IMMUTABLE;
    Spliterator<GradeMapping> spliterator =
        size == Long.MAX_VALUE
            ? Spliterators.spliteratorUnknownSize(new Odometer(from, to), characteristics)
            : Spliterators.spliterator(new Odometer(from, to), size, characteristics);
    return StreamSupport.stream(spliterator, false);
  }

  /**
   * The lawful mapping at a position of the order of {@link #all(GradeScale, GradeScale)}.
   *
   * @param from the source scale
   * @param to the target scale
   * @param index the position, from 0 to {@code count(from, to) - 1}
   * @return the mapping, with the id {@code lawful-<index+1>}
   * @throws IndexOutOfBoundsException when the index is outside that range
   */
  public static GradeMapping get(GradeScale from, GradeScale to, BigInteger index) {
    BigInteger count = count(from, to);
    if (index.signum() < 0 || index.compareTo(count) >= 0) {
      throw new IndexOutOfBoundsException("index " + index + " is outside 0 to " + count.subtract(BigInteger.ONE));
    }
    Ways ways = new Ways(from.size(), to.size());
    int m = from.size();
    int n = to.size();
    int[] best = new int[m];
    int[] worst = new int[m];
    BigInteger rest = index;
    int l = 0;
    int r = 0;
    for (int i = 0; i < m; i++) {
      search:
      for (int nl = l; nl < n; nl++) {
        for (int nr = Math.max(nl, r); nr < n; nr++) {
          BigInteger w = ways.of(i + 1, nl, nr);
          if (rest.compareTo(w) < 0) {
            best[i] = nl;
            worst[i] = nr;
            l = nl;
            r = nr;
            break search;
          }
          rest = rest.subtract(w);
        }
      }
    }
    return mapping("lawful-" + index.add(BigInteger.ONE), from, to, best, worst);
  }

  /**
   * A lawful mapping drawn uniformly at random from all lawful mappings between two scales.
   *
   * @param id the id to give the mapping
   * @param from the source scale
   * @param to the target scale
   * @param random the source of randomness
   * @return the mapping, with the rules of {@link #get(GradeScale, GradeScale, BigInteger)} at a
   *     uniformly random index, and the id given
   */
  public static GradeMapping random(String id, GradeScale from, GradeScale to, RandomGenerator random) {
    return get(from, to, below(count(from, to), random)).withId(id);
  }

  /** A uniformly random number from 0 to {@code bound - 1}, by rejection of the bits above. */
  private static BigInteger below(BigInteger bound, RandomGenerator random) {
    int bits = bound.bitLength();
    while (true) {
      BigInteger candidate = BigInteger.ZERO;
      for (int done = 0; done < bits; done += 62) {
        int take = Math.min(62, bits - done);
        candidate = candidate.shiftLeft(take).or(BigInteger.valueOf(random.nextLong() >>> (64 - take)));
      }
      if (candidate.compareTo(bound) < 0) {
        return candidate;
      }
    }
  }

  private static GradeMapping mapping(String id, GradeScale from, GradeScale to, int[] best, int[] worst) {
    GradeMapping.Builder builder = GradeMapping.builder();
    builder.id(id).from(from).to(to);
    for (int i = 0; i < best.length; i++) {
      builder.putRule(from.grade(i), to.range(to.grade(best[i]), to.grade(worst[i])));
    }
    return builder.build();
  }

  private static BigInteger binomial(int n, int k) {
    if (k < 0 || k > n) {
      return BigInteger.ZERO;
    }
    BigInteger result = BigInteger.ONE;
    for (int i = 1; i <= k; i++) {
      result = result.multiply(BigInteger.valueOf(n - k + i)).divide(BigInteger.valueOf(i));
    }
    return result;
  }

  /** The recurrence W(i, l, r), memoised. */
  static final class Ways {
    private final int m;
    private final int n;
    private final BigInteger[][][] memo;

    Ways(int m, int n) {
      this.m = m;
      this.n = n;
      this.memo = new BigInteger[m + 1][n][n];
    }

    BigInteger of(int i, int l, int r) {
      if (i == m) {
        return BigInteger.ONE;
      }
      BigInteger known = memo[i][l][r];
      if (known == null) {
        known = BigInteger.ZERO;
        for (int nl = l; nl < n; nl++) {
          for (int nr = Math.max(nl, r); nr < n; nr++) {
            known = known.add(of(i + 1, nl, nr));
          }
        }
        memo[i][l][r] = known;
      }
      return known;
    }
  }

  /** Steps through the ends of the ranges like an odometer, last source grade fastest. */
  private static final class Odometer implements Iterator<GradeMapping> {
    private final GradeScale from;
    private final GradeScale to;
    private final int[] best;
    private final int[] worst;
    private BigInteger index = BigInteger.ZERO;
    private boolean more = true;

    Odometer(GradeScale from, GradeScale to) {
      this.from = from;
      this.to = to;
      this.best = new int[from.size()];
      this.worst = new int[from.size()];
    }

    @Override
    public boolean hasNext() {
      return more;
    }

    @Override
    public GradeMapping next() {
      if (!more) {
        throw new NoSuchElementException();
      }
      index = index.add(BigInteger.ONE);
      GradeMapping mapping = mapping("lawful-" + index, from, to, best, worst);
      more = advance();
      return mapping;
    }

    /** Moves to the next pair of sequences; false when there is none. */
    private boolean advance() {
      int last = to.size() - 1;
      for (int i = best.length - 1; i >= 0; i--) {
        int floor = i == 0 ? 0 : worst[i - 1];
        if (worst[i] < last) {
          worst[i]++;
        } else if (best[i] < last) {
          best[i]++;
          worst[i] = Math.max(best[i], floor);
        } else {
          continue;
        }
        for (int j = i + 1; j < best.length; j++) {
          best[j] = best[j - 1];
          worst[j] = worst[j - 1];
        }
        return true;
      }
      return false;
    }
  }
}
