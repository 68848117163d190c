#!/usr/bin/env python3
"""Writes the outlier-analysis reference tables that OutlierReferenceTest checks peelkit against.

An implementation independent of peelkit, with SciPy's scipy.stats.shapiro and NumPy, of the
method of the inspectorate's "About the data" as SPEC section 12 fixes it: the Shapiro-Wilk test of
the values; if its p-value is below alpha and every value is positive, the test of the natural
logs; the log scale when the logs' p-value is at least alpha (rule "at-least-alpha") or exceeds the
values' p-value (rule "more-normal"), otherwise the values; the unweighted mean and the sample
(ddof = 1) or population (ddof = 0) standard deviation on that scale; z = (value - mean) / sd;
"well-above" when z > k, "well-below" when z < -k, otherwise "within"; the band mean +/- k sd,
turned back into values by exp on the log scale.

The data sets are synthetic, drawn from a fixed seed or written by hand; subjects are named
peer-01, peer-02, ... and no real force's figures are used.

Run from anywhere with python3 (SciPy and NumPy, no other package):

    python3 core/src/test/python/make_outlier_reference.py

and commit the two CSVs it rewrites: outlier-reference-analyses.csv (one row per data set and
options) and outlier-reference-standings.csv (one row per subject). Floats are written with repr.
"""

import math
import os
import warnings

import numpy
import scipy
from scipy import stats

FOLDER = os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "resources", "io", "github", "peelkit", "outlier")

SEED = 20261202


def analyse(values, alpha=0.05, log_when="at-least-alpha", sd="sample", k=1.0):
    x = numpy.array(values, dtype=float)
    raw = stats.shapiro(x)
    raw_w, raw_p = float(raw.statistic), float(raw.pvalue)
    log_w = log_p = None
    if raw_p >= alpha:
        reason = "raw-normal"
    elif not numpy.all(x > 0):
        reason = "not-all-positive"
    else:
        logs = stats.shapiro(numpy.log(x))
        log_w, log_p = float(logs.statistic), float(logs.pvalue)
        if log_when == "more-normal":
            reason = "logs-more-normal" if log_p > raw_p else "logs-not-more-normal"
        else:
            reason = "logs-normal" if log_p >= alpha else "logs-not-normal"
    scale = "log" if reason in ("logs-normal", "logs-more-normal") else "raw"
    y = numpy.log(x) if scale == "log" else x
    mean = float(numpy.mean(y))
    deviation = float(numpy.std(y, ddof=1 if sd == "sample" else 0))
    z = (y - mean) / deviation
    flags = ["well-above" if v > k else "well-below" if v < -k else "within" for v in z]
    lower, centre, upper = mean - k * deviation, mean, mean + k * deviation
    if scale == "log":
        lower, centre, upper = math.exp(lower), math.exp(centre), math.exp(upper)
    return {
        "scale": scale, "reason": reason, "raw_w": raw_w, "raw_p": raw_p, "log_w": log_w, "log_p": log_p,
        "mean": mean, "sd": deviation, "lower": lower, "centre": centre, "upper": upper,
        "z": [float(v) for v in z], "flags": flags,
    }


def data_sets():
    rng = numpy.random.default_rng(SEED)

    def one_decimal(a):
        return [float(v) for v in numpy.round(a, 1)]

    sets = []
    # Rates per 1,000 people across 43 forces, right-skewed: the values fail, the logs pass.
    skewed = [float(v) for v in numpy.round(rng.lognormal(math.log(70.0), 0.45, 43), 1)]
    skewed[5] = 260.4  # one force far above
    sets.append(("rates-lognormal-43", skewed))
    # Proportions of 999 calls answered within ten seconds, near normal: the values pass.
    sets.append(("proportions-normal-43", [float(v) for v in numpy.round(rng.normal(0.82, 0.06, 43), 3)]))
    # Counts with a zero: the values fail and logs are impossible.
    counts = [float(v) for v in rng.poisson(rng.lognormal(math.log(40.0), 1.0, 43))]
    counts[7] = 0.0
    sets.append(("counts-with-zero-43", counts))
    # Year-on-year changes, negative and positive, with heavy tails: the values fail and logs are
    # impossible.
    changes = one_decimal(rng.standard_t(2, 43) * 3.0)
    changes[10] = -25.0
    sets.append(("changes-heavy-tailed-43", changes))
    # Two clusters of positive values: the values and the logs both fail; under more-normal the
    # logs may still be chosen.
    bimodal = numpy.concatenate([rng.normal(20.0, 1.5, 25), rng.normal(60.0, 3.0, 18)])
    sets.append(("two-clusters-43", one_decimal(bimodal)))
    # Severely skewed positive values where the logs are more normal but still fail.
    sets.append(("very-skewed-43", [float(f"{v:.6g}") for v in numpy.exp(rng.exponential(1.5, 43))]))
    # Positive and skewed to the left (most forces near a ceiling, a few far below): the logs are
    # less normal than the values.
    sets.append(("near-ceiling-43", [float(v) for v in numpy.round(100.0 - rng.lognormal(math.log(4.0), 0.9, 43), 2)]))
    # Small sets.
    sets.append(("three-exact", [-1.0, 0.0, 1.0]))
    sets.append(("three-skewed", [1.0, 2.0, 10.0]))
    sets.append(("four", [0.12, 0.15, 0.11, 0.4]))
    sets.append(("ties-tenths-20", one_decimal(rng.normal(5.0, 0.2, 20))))
    sets.append(("lognormal-500", [float(f"{v:.6g}") for v in rng.lognormal(0.0, 0.8, 500)]))
    return sets


OPTION_SETS = [
    ("default", {}),
    ("more-normal", {"log_when": "more-normal"}),
    ("population", {"sd": "population"}),
    ("k-1.5", {"k": 1.5}),
    ("alpha-0.01", {"alpha": 0.01}),
    ("more-normal-population-k-2", {"log_when": "more-normal", "sd": "population", "k": 2.0}),
]


def check_flags_are_robust(name, result, k):
    # A z-score a hair from +/-k could be flagged differently by any other correct implementation;
    # only exact boundaries (such as -1, 0, 1 with the sample sd) are allowed to sit on k.
    for z in result["z"]:
        for bound in (k, -k):
            if z != bound and abs(z - bound) < 1e-9:
                raise SystemExit(f"{name}: z = {z!r} is within 1e-9 of {bound}; pick another data set")


def main():
    warnings.simplefilter("error")
    analyses = []
    standings = []
    reasons = set()
    for name, values in data_sets():
        names = [f"peer-{i + 1:02d}" if len(values) < 100 else f"peer-{i + 1:03d}" for i in range(len(values))]
        for label, options in OPTION_SETS:
            full = {"alpha": 0.05, "log_when": "at-least-alpha", "sd": "sample", "k": 1.0}
            full.update(options)
            result = analyse(values, **full)
            check_flags_are_robust(f"{name}/{label}", result, full["k"])
            reasons.add(result["reason"])
            analysis = f"{name}/{label}"
            analyses.append((analysis, full, result))
            for subject, value, z, flag in zip(names, values, result["z"], result["flags"]):
                standings.append((analysis, subject, value, z, flag))
    expected = {"raw-normal", "not-all-positive", "logs-normal", "logs-not-normal", "logs-more-normal", "logs-not-more-normal"}
    if not expected <= reasons:
        raise SystemExit(f"the data sets do not reach every reason: missing {sorted(expected - reasons)}")

    def cell(v):
        return "" if v is None else repr(v)

    header = f"# with SciPy {scipy.__version__} and NumPy {numpy.__version__}; do not edit by hand.\n"
    with open(os.path.join(FOLDER, "outlier-reference-analyses.csv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# Reference outlier analyses, written by core/src/test/python/make_outlier_reference.py\n")
        out.write(header)
        out.write("analysis,alpha,log_when,sd,k,scale,reason,raw_w,raw_p,log_w,log_p,mean,standard_deviation,lower,centre,upper\n")
        for analysis, o, r in analyses:
            out.write(",".join([
                analysis, repr(o["alpha"]), o["log_when"], o["sd"], repr(o["k"]), r["scale"], r["reason"],
                cell(r["raw_w"]), cell(r["raw_p"]), cell(r["log_w"]), cell(r["log_p"]),
                cell(r["mean"]), cell(r["sd"]), cell(r["lower"]), cell(r["centre"]), cell(r["upper"])]) + "\n")
    with open(os.path.join(FOLDER, "outlier-reference-standings.csv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# Reference standings of the analyses of outlier-reference-analyses.csv, in input order, written by\n")
        out.write("# core/src/test/python/make_outlier_reference.py " + header[2:])
        out.write("analysis,subject,value,z,flag\n")
        for analysis, subject, value, z, flag in standings:
            out.write(f"{analysis},{subject},{value!r},{z!r},{flag}\n")
    print(f"wrote {len(analyses)} analyses and {len(standings)} standings to {os.path.normpath(FOLDER)}")
    print("reasons reached:", sorted(reasons))


if __name__ == "__main__":
    main()
