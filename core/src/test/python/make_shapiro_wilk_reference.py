#!/usr/bin/env python3
"""Writes the Shapiro-Wilk reference table that ShapiroWilkReferenceTest checks peelkit against.

The reference is SciPy's scipy.stats.shapiro, a translation of Royston's Fortran algorithm AS R94
(Applied Statistics 44(4), 1995). Each row is one sample, its W and its p-value. The samples cover
n from 3 to 5000 and the shapes a user meets: normal, lognormal, uniform and heavy-tailed data,
ties, near-constant data, exact normal scores, and figures shaped like published police statistics
(rates per 1,000 people, proportions of calls answered in time, counts). The police-like figures
are synthetic, drawn from a fixed seed: no real force's figures are used.

Run from anywhere with python3 (SciPy and NumPy, no other package):

    python3 core/src/test/python/make_shapiro_wilk_reference.py

and commit the CSV it rewrites. Sample values are rounded to a few significant digits before the
test is run, so the file is small and the values the test reads are exactly those SciPy was given;
W and p are written with repr, which round-trips exactly. Any SciPy warning (such as "Input data
has range zero") stops the script: every row must be a case SciPy computes normally.
"""

import math
import os
import warnings

import numpy
import scipy
from scipy import stats

OUTPUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "resources", "io", "github", "peelkit",
    "normality", "shapiro-wilk-reference.csv")

SEED = 20261201


def rounded(values, digits):
    return [float(f"{float(v):.{digits}g}") for v in values]


def normal_scores(n):
    # Blom's scores: the ordered sample closest to normal there is (W very close to 1).
    return [float(stats.norm.ppf((i - 0.375) / (n + 0.25))) for i in range(1, n + 1)]


def cases():
    rng = numpy.random.default_rng(SEED)
    out = []

    def add(name, values):
        out.append((name, list(values)))

    # The smallest sizes, with the exact p-value of n = 3, and hand-picked shapes.
    add("n3-equally-spaced", [1.0, 2.0, 3.0])
    add("n3-tie-low", [1.0, 1.0, 2.0])
    add("n3-tie-high", [1.0, 2.0, 2.0])
    add("n3-skewed", [0.1, 0.2, 0.9])
    add("n3-negative", [-4.5, 1.25, 2.0])
    add("n4-one-apart", [0.0, 0.0, 0.0, 1.0])
    add("n5-near-constant-last-digit", [1.0, 1.0, 1.0, 1.0, 1.0 + 2.0 ** -52])
    add("n5-near-constant-millionth", [5.0, 5.0, 5.0, 5.0, 5.000001])
    add("n7-one-apart", [1.0] * 6 + [2.0])
    add("n11-one-apart", [1.0] * 10 + [2.0])
    add("n12-one-apart", [1.0] * 11 + [2.0])
    add("n4-large-offset", [1e9 + 0.001, 1e9, 1e9 + 0.002, 1e9 + 0.0005])
    add("n4-huge-magnitude", [1e300, -1e300, 0.0, 5e299])
    # Not here: samples whose range is below 1e-19, which SciPy treats as constant (W = 1, p = 1
    # with a warning); peelkit computes them as it computes the same sample scaled up.

    sizes = [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15, 20, 25, 30, 43, 50, 75, 100, 250, 500, 1000, 2000, 5000]
    for n in sizes:
        add(f"normal-{n}", rounded(rng.normal(10.0, 2.0, n), 7))
        add(f"lognormal-{n}", rounded(rng.lognormal(0.0, 1.0, n), 7))
        if n <= 1000:
            add(f"uniform-{n}", rounded(rng.uniform(-1.0, 1.0, n), 7))
            add(f"student-t2-{n}", rounded(rng.standard_t(2, n), 7))
    for n in [4000, 4999]:
        add(f"normal-{n}", rounded(rng.normal(10.0, 2.0, n), 6))
    for n in [3, 4, 5, 8, 11, 12, 20, 43, 100, 1000, 5000]:
        # Ties: normal data rounded to whole numbers (few distinct values) and to one decimal.
        add(f"ties-whole-{n}", [float(v) for v in numpy.round(rng.normal(0.0, 1.5, n))])
        add(f"ties-tenths-{n}", [float(v) for v in numpy.round(rng.normal(50.0, 3.0, n), 1)])
        if n <= 1000:
            # Near-constant: tiny differences on a large value.
            add(f"near-constant-{n}", rounded(1e6 + rng.normal(0.0, 1e-4, n), 15))
        add(f"cauchy-{n}", rounded(rng.standard_cauchy(n), 7))
    for n in [3, 4, 5, 11, 12, 43, 100, 1000, 5000]:
        add(f"normal-scores-{n}", rounded(normal_scores(n), 10))
    for n in [6, 11, 12, 20, 43, 100, 500]:
        # Shapes of published police figures (synthetic): crime rates per 1,000 people, one decimal;
        # proportions of 999 calls answered within ten seconds, three decimals; counts of orders.
        add(f"police-rate-per-1000-{n}", [float(v) for v in numpy.round(rng.lognormal(math.log(75.0), 0.3, n), 1)])
        add(f"police-proportion-{n}", [float(v) for v in numpy.round(numpy.clip(rng.beta(40, 6, n), 0, 1), 3)])
        add(f"police-count-{n}", [float(v) for v in rng.poisson(rng.lognormal(math.log(60.0), 0.8, n))])
    # The same sample moved and scaled: W and p do not change (beyond rounding).
    base = rounded(rng.gamma(2.0, 1.0, 43), 7)
    add("gamma-43", base)
    add("gamma-43-times-1e-9", [v * 1e-9 for v in base])
    add("gamma-43-times-1e12", [v * 1e12 for v in base])
    add("gamma-43-plus-1e6", [v + 1e6 for v in base])
    add("gamma-43-reversed", list(reversed(base)))
    return out


def main():
    rows = []
    warnings.simplefilter("error")
    for name, values in cases():
        if len(values) < 3 or len(values) > 5000:
            raise SystemExit(f"{name}: n = {len(values)} is outside 3..5000")
        if max(values) == min(values):
            raise SystemExit(f"{name}: constant")
        try:
            result = stats.shapiro(values)
        except UserWarning as warning:
            raise SystemExit(f"{name}: {warning}")
        w, p = float(result.statistic), float(result.pvalue)
        if not (0.0 < w <= 1.0 and 0.0 <= p <= 1.0):
            raise SystemExit(f"{name}: W = {w}, p = {p}")
        rows.append((name, len(values), w, p, values))
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Reference Shapiro-Wilk statistics, written by core/src/test/python/make_shapiro_wilk_reference.py\n")
        out.write(f"# with SciPy {scipy.__version__} and NumPy {numpy.__version__}; do not edit by hand.\n")
        out.write("# values: the sample, separated by spaces, in the order given to scipy.stats.shapiro\n")
        out.write("case,n,w,p,values\n")
        for name, n, w, p, values in rows:
            out.write(f"{name},{n},{w!r},{p!r},{' '.join(repr(v) for v in values)}\n")
    print(f"wrote {len(rows)} rows to {os.path.normpath(OUTPUT)} ({os.path.getsize(OUTPUT)} bytes)")


if __name__ == "__main__":
    main()
