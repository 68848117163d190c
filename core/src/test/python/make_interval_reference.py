#!/usr/bin/env python3
"""Writes the reference intervals that IntervalReferenceTest checks peelkit against.

An implementation independent of peelkit and of Apache Commons Statistics: SciPy's
binomtest(k, n).proportion_ci for Clopper-Pearson ('exact'), Wilson ('wilson') and Wilson with
continuity correction ('wilsoncc'); the textbook formulas over scipy.stats.norm and
scipy.stats.beta for Wald, Agresti-Coull and Jeffreys.

Run from anywhere with python3 (SciPy and NumPy, no other package):

    python3 core/src/test/python/make_interval_reference.py

and commit the CSV it rewrites. Floats are written with repr, which round-trips exactly.
"""

import math
import os
import random

import numpy
import scipy
from scipy.stats import beta, binomtest, norm

LEVELS = (0.90, 0.95, 0.99)

OUTPUT = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "resources", "io", "github", "peelkit",
    "interval", "reference-intervals.csv")


def z_of(level):
    return float(norm.ppf(0.5 + 0.5 * level))


def wald(k, n, level):
    # Clipped to [0, 1]; at k = 0 or k = n the interval has zero width.
    z = z_of(level)
    p = k / n
    d = z * math.sqrt(p * (1 - p) / n)
    return max(0.0, p - d), min(1.0, p + d)


def agresti_coull(k, n, level):
    # Agresti and Coull (1998): add z^2/2 successes and z^2/2 failures, then Wald; clipped.
    z = z_of(level)
    n_tilde = n + z * z
    p_tilde = (k + z * z / 2) / n_tilde
    d = z * math.sqrt(p_tilde * (1 - p_tilde) / n_tilde)
    return max(0.0, p_tilde - d), min(1.0, p_tilde + d)


def jeffreys(k, n, level):
    # Equal-tailed Beta(k + 1/2, n - k + 1/2) interval; lower 0 at k = 0, upper 1 at k = n.
    tail = (1 - level) / 2
    posterior = beta(k + 0.5, n - k + 0.5)
    lower = 0.0 if k == 0 else float(posterior.ppf(tail))
    upper = 1.0 if k == n else float(posterior.isf(tail))
    return lower, upper


def scipy_ci(method):
    def interval(k, n, level):
        ci = binomtest(k, n).proportion_ci(confidence_level=level, method=method)
        return float(ci.low), float(ci.high)
    return interval


def clopper_pearson_by_beta(k, n, level):
    tail = (1 - level) / 2
    lower = 0.0 if k == 0 else float(beta.ppf(tail, k, n - k + 1))
    upper = 1.0 if k == n else float(beta.isf(tail, k + 1, n - k))
    return lower, upper


METHODS = (
    ("wald", wald),
    ("wilson", scipy_ci("wilson")),
    ("wilson-cc", scipy_ci("wilsoncc")),
    ("agresti-coull", agresti_coull),
    ("clopper-pearson", scipy_ci("exact")),
    ("jeffreys", jeffreys),
)


def cases():
    seen = []

    def add(k, n):
        if (k, n) not in seen:
            seen.append((k, n))

    # The smallest samples.
    for n in (1, 2, 3):
        for k in range(n + 1):
            add(k, n)
    # The figures of the seed reports (PEEL 2021/22, Essex).
    for k, n in ((168, 196), (22, 28), (54, 58), (83, 90), (68, 69), (28, 31), (6, 51)):
        add(k, n)
    # No successes and all successes at ordinary sizes.
    for n in (5, 28, 196, 1000):
        add(0, n)
        add(n, n)
    # A million records.
    million = 10**6
    for k in (0, 1, 2, 500000, 857143, million - 1, million):
        add(k, million)
    # A spread of ordinary cases, fixed by the seed.
    rng = random.Random(20261123)
    while len(seen) < 60:
        n = int(round(10 ** rng.uniform(0.5, 5)))
        add(rng.randint(0, n), n)
    return seen


def main():
    rows = []
    for k, n in cases():
        for level in LEVELS:
            for name, method in METHODS:
                lower, upper = method(k, n, level)
                if not (0.0 <= lower <= upper <= 1.0):
                    raise SystemExit(f"{name} {k}/{n} at {level}: [{lower}, {upper}] is not inside [0, 1]")
                rows.append((name, level, k, n, lower, upper))
            # Two independent routes to Clopper-Pearson must agree before either is trusted.
            exact = scipy_ci("exact")(k, n, level)
            by_beta = clopper_pearson_by_beta(k, n, level)
            if max(abs(a - b) for a, b in zip(exact, by_beta)) > 1e-11:
                raise SystemExit(f"clopper-pearson {k}/{n} at {level}: {exact} vs {by_beta}")
    with open(OUTPUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("# Reference binomial proportion intervals, written by "
                  "core/src/test/python/make_interval_reference.py\n")
        out.write(f"# with SciPy {scipy.__version__} and NumPy {numpy.__version__}; do not edit by hand.\n")
        out.write("method,level,successes,size,lower,upper\n")
        for name, level, k, n, lower, upper in rows:
            out.write(f"{name},{level!r},{k},{n},{lower!r},{upper!r}\n")
    print(f"wrote {len(rows)} rows to {os.path.normpath(OUTPUT)}")


if __name__ == "__main__":
    main()
