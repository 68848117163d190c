package io.github.peelkit.interval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.OptionalLong;

/**
 * The search behind {@link PublishedFigures#fittingSizes} and {@link
 * PublishedFigures#fittingSuccesses}, for one level, method and optional population.
 *
 * <p>For a size n, the candidates are the successes k whose estimate k/n fits the published
 * estimate: one run of k. The search prunes with three properties of the half-width h(k, n) of
 * every method, population-corrected or not, which {@code FittingProperties} checks:
 *
 * <ol>
 *   <li>h(k, n) = h(n − k, n): an interval of k successes mirrors one of k failures;
 *   <li>for 1 ≤ k ≤ n/2, h rises with k (also from k = 0, except for Jeffreys, whose bound 0 at k =
 *       0 can make that interval wider than the next one at low levels);
 *   <li>for a fixed k ≤ n/2, h does not rise with n, and from n = 2 on neither does the peak
 *       h(⌊n/2⌋, n) of the methods other than Wald (whose clipping at extreme levels can lift it).
 * </ol>
 *
 * <p>The unclipped Wald {@linkplain ConfidenceInterval#margin() margin} has the same properties,
 * and z·f/(2√n), for a population correction f, bounds both it and the Wald half-width. So over candidates a to b of one size, h lies between its values at a, b and, when
 * they straddle n/2, the peak; and over a block of sizes n1 to n2 it lies between values at the
 * fewest successes (or failures) at n2 and the most at n1. A run or block whose range cannot meet
 * the published margin is discarded; any other is halved.
 */
final class Fitting {
  /**
   * Room for floating-point noise when ruling candidates out: the properties hold in exact
   * arithmetic, and beta quantiles of a billion trials carry errors of about 1e-12.
   */
  static final double SLACK = 1e-10;
  /** Blocks of fewer sizes than this are searched size by size. */
  private static final long SMALL_BLOCK = 8;

  private final PublishedFigures figures;
  private final OptionalLong population;
  private final double level;
  private final IntervalMethod method;
  private final double[] estimateWindow;
  private final double[] marginWindow;
  private final double estimateLow;
  private final double estimateHigh;
  private final double marginLow;
  private final double marginHigh;

  Fitting(PublishedFigures figures, OptionalLong population, double level, IntervalMethod method) {
    this.figures = figures;
    this.population = population;
    this.level = level;
    this.method = method;
    this.estimateWindow = PublishedFigures.window(figures.estimate());
    this.marginWindow = figures.margin().map(PublishedFigures::window).orElse(new double[] {0, 1});
    this.estimateLow = estimateWindow[0];
    this.estimateHigh = estimateWindow[1];
    this.marginLow = marginWindow[0];
    this.marginHigh = marginWindow[1];
  }

  /** {@return every size from 1 to limit for which some number of successes fits, ascending} */
  List<Long> sizes(long limit) {
    List<Long> found = new ArrayList<>();
    if (figures.margin().isEmpty()) {
      for (long n = 1; n <= limit; n++) {
        if (band(n).length > 0) {
          found.add(n);
        }
      }
    } else {
      sizes(1, limit, found);
    }
    return Collections.unmodifiableList(found);
  }

  /** {@return every number of successes out of n that fits, ascending} */
  List<Long> successes(long n) {
    long[] band = band(n);
    if (band.length == 0) {
      return List.of();
    }
    List<Long> found = new ArrayList<>();
    if (figures.margin().isEmpty()) {
      for (long k = band[0]; k <= band[1]; k++) {
        found.add(k);
      }
    } else {
      search(n, band[0], band[1], found);
    }
    return Collections.unmodifiableList(found);
  }

  private void sizes(long first, long last, List<Long> found) {
    if (last - first < SMALL_BLOCK) {
      for (long n = first; n <= last; n++) {
        long[] band = band(n);
        if (band.length > 0 && search(n, band[0], band[1], null)) {
          found.add(n);
        }
      }
      return;
    }
    if (!blockMayFit(first, last)) {
      return;
    }
    long middle = first + (last - first) / 2;
    sizes(first, middle, found);
    sizes(middle + 1, last, found);
  }

  /**
   * {@return the first and last successes out of n whose estimate fits, or an empty array} The
   * window gives the run to within one at each end; the check's own test settles the ends, so that
   * rounding in the window cannot drop one.
   */
  private long[] band(long n) {
    long first = Math.max(0, (long) Math.ceil(estimateLow * n) - 1);
    long last = Math.min(n, (long) Math.floor(estimateHigh * n) + 1);
    while (first <= last && !PublishedFigures.within((double) first / n, estimateWindow)) {
      first++;
    }
    while (last >= first && !PublishedFigures.within((double) last / n, estimateWindow)) {
      last--;
    }
    return first <= last ? new long[] {first, last} : new long[0];
  }

  /**
   * Tests the successes from a to b out of n in ascending order, all of them when collecting into
   * a list, until the first fit without one.
   *
   * @return whether any fits
   */
  private boolean search(long n, long a, long b, List<Long> found) {
    boolean any = false;
    long first = a;
    long last = b;
    // k = 0 and k = n are tested on their own: Jeffreys' bound convention breaks property 2 there.
    if (first == 0) {
      any = test(0, interval(0, n), found);
      if (any && found == null) {
        return true;
      }
      first = 1;
    }
    boolean all = last == n;
    if (all) {
      last = n - 1;
    }
    if (first <= last) {
      ConfidenceInterval low = interval(first, n);
      any |= test(first, low, found);
      if (any && found == null) {
        return true;
      }
      if (last > first) {
        ConfidenceInterval high = interval(last, n);
        any |= between(n, first, low, last, high, found);
        if (any && found == null) {
          return true;
        }
        any |= test(last, high, found);
        if (any && found == null) {
          return true;
        }
      }
    }
    if (all && n > 0) {
      any |= test(n, interval(n, n), found);
    }
    return any;
  }

  /** Tests the successes strictly between a and b (both from 1 to n − 1), whose intervals are given. */
  private boolean between(
      long n, long a, ConfidenceInterval low, long b, ConfidenceInterval high, List<Long> found) {
    if (b - a <= 1) {
      return false;
    }
    Range range = new Range().add(low).add(high);
    if (a <= n - n / 2 && n / 2 <= b) {
      range.add(interval(n / 2, n));
    }
    if (!range.mayFit()) {
      return false;
    }
    long middle = a + (b - a) / 2;
    ConfidenceInterval centre = interval(middle, n);
    boolean any = between(n, a, low, middle, centre, found);
    if (any && found == null) {
      return true;
    }
    any |= test(middle, centre, found);
    if (any && found == null) {
      return true;
    }
    return between(n, middle, centre, b, high, found) || any;
  }

  private boolean test(long k, ConfidenceInterval interval, List<Long> found) {
    boolean fits =
        PublishedFigures.fitsEstimate(interval, estimateWindow)
            && PublishedFigures.fitsMargin(interval, marginWindow);
    if (fits && found != null) {
      found.add(k);
    }
    return fits;
  }

  /** {@return whether some candidate of a size from n1 to n2 could have a margin that fits} */
  private boolean blockMayFit(long n1, long n2) {
    // Fewest and most successes, and failures, of any candidate in the block (a superset).
    long fewestSuccesses = Math.max(0, (long) Math.ceil(estimateLow * n1) - 1);
    long mostSuccesses = Math.min(n2, (long) Math.floor(estimateHigh * n2) + 1);
    long fewestFailures = Math.max(0, (long) Math.ceil((1 - estimateHigh) * n1) - 1);
    long mostFailures = Math.min(n2, (long) Math.floor((1 - estimateLow) * n2) + 1);
    if (fewestSuccesses > mostSuccesses) {
      return false;
    }
    Range lowest = new Range();
    // Candidates with k <= n/2 have h(k, n) >= h(k, n2) >= h(fewest, n2); by mirror, likewise k > n/2.
    if (fewestSuccesses <= n2 - fewestSuccesses) {
      lowest.add(interval(Math.max(1, fewestSuccesses), n2));
      if (fewestSuccesses == 0) {
        lowest.add(interval(0, n2));
      }
    }
    if (fewestFailures <= n2 - fewestFailures) {
      lowest.add(interval(n2 - Math.max(1, fewestFailures), n2));
      if (fewestFailures == 0) {
        lowest.add(interval(n2, n2));
      }
    }
    Range highest = new Range();
    if (mostSuccesses <= n1 - mostSuccesses) {
      highest.add(interval(mostSuccesses, n1));
    } else if (mostFailures <= n1 - mostFailures) {
      highest.add(interval(n1 - mostFailures, n1));
    } else if (method == IntervalMethod.WALD) {
      // Its clipping can lift the peak from one size to the next; the unclipped margin cannot.
      double correction =
          population.isPresent() ? IntervalMath.populationCorrection(population.getAsLong(), n1) : 1;
      double peak = IntervalMath.z(level) * correction / (2 * Math.sqrt(n1));
      highest.include(peak, peak);
    } else if (n1 >= 2) {
      highest.add(interval(n1 / 2, n1));
    } else {
      // From n = 1 to n = 2 the peak rises at low levels.
      return true;
    }
    if (fewestSuccesses == 0) {
      highest.add(interval(0, n1));
    }
    if (fewestFailures == 0) {
      highest.add(interval(n1, n1));
    }
    return new Range()
        .spanning(lowest.lowHalfWidth, highest.highHalfWidth, lowest.lowMargin, highest.highMargin)
        .mayFit();
  }

  private ConfidenceInterval interval(long k, long n) {
    return population.isPresent()
        ? ConfidenceInterval.of(k, n, population.getAsLong(), level, method)
        : ConfidenceInterval.of(k, n, level, method);
  }

  /** The smallest and largest half-widths and margins seen, and whether the published margin fits between. */
  private final class Range {
    private double lowHalfWidth = Double.POSITIVE_INFINITY;
    private double highHalfWidth = Double.NEGATIVE_INFINITY;
    private double lowMargin = Double.POSITIVE_INFINITY;
    private double highMargin = Double.NEGATIVE_INFINITY;

    Range add(ConfidenceInterval interval) {
      return include(interval.halfWidth(), interval.margin());
    }

    Range include(double halfWidth, double margin) {
      lowHalfWidth = Math.min(lowHalfWidth, halfWidth);
      highHalfWidth = Math.max(highHalfWidth, halfWidth);
      lowMargin = Math.min(lowMargin, margin);
      highMargin = Math.max(highMargin, margin);
      return this;
    }

    Range spanning(double lowHalfWidth, double highHalfWidth, double lowMargin, double highMargin) {
      this.lowHalfWidth = lowHalfWidth;
      this.highHalfWidth = highHalfWidth;
      this.lowMargin = lowMargin;
      this.highMargin = highMargin;
      return this;
    }

    boolean mayFit() {
      return overlaps(lowHalfWidth, highHalfWidth) || overlaps(lowMargin, highMargin);
    }

    private boolean overlaps(double low, double high) {
      return high >= marginLow - SLACK && low <= marginHigh + SLACK;
    }
  }
}
