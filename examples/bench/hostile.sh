#!/bin/sh
# Every hostile case of issue 12 through the installed peel in a heap of 256 MB: the committed hostile
# corpus (yaml-loader/src/test/resources/hostile, one `peel validate` each), and the cases too big or too
# special to commit, made here: eight 500 KB files of 249,000 values, the same as one-entry mappings,
# 2,000 files of 201 problems, ten unknown areas against 38 area names of 99,000 characters, a FIFO,
# /dev/zero, a loop of links, terminal escapes shown as text and Markdown, extension numbers of huge
# exponent through `show` and `convert --format json`, usage errors as JSON, and a full-width digit.
# For each it prints the wall time, the peak resident memory and the exit code (from /usr/bin/time -v),
# as a Markdown table, and fails when a case ends with an exit code other than 0, 1 or 2 or takes
# longer than LIMIT seconds (10 by default).
#
#   mvn -q -DskipTests package && examples/bench/hostile.sh [LIMIT]
#
# Needs /usr/bin/time (GNU time), python3 to make the big inputs, mkfifo, and the JDK peel finds.
set -eu

limit=${1:-10}
examples=$(cd "$(dirname "$0")/.." && pwd -P)
root=$(cd "$examples/.." && pwd -P)
peel=$examples/target/peel/bin/peel
corpus=$root/yaml-loader/src/test/resources/hostile
if [ ! -x "$peel" ]; then
  echo "hostile.sh: build first: mvn -q -DskipTests package" >&2
  exit 2
fi
if [ ! -x /usr/bin/time ]; then
  echo "hostile.sh: needs GNU time at /usr/bin/time (Debian: apt-get install time)" >&2
  exit 2
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
PEEL_OPTS=-Xmx256m
export PEEL_OPTS

# The inputs too big to commit, made from fixed text (no randomness: the same files every run).
python3 - "$work" <<'EOF'
import os, sys
work = sys.argv[1]
head = ("apiVersion: peelkit/v1\nkind: GradeScale\nid: s{i}\nname: n\n"
        "grades: [{{id: pass, label: Pass}}, {{id: fail, label: Fail}}]\n")
for folder in ("values", "maps", "problems"):
    os.makedirs(os.path.join(work, folder))
for i in range(8):
    with open(os.path.join(work, "values", "v%d.yaml" % i), "w") as f:
        f.write(head.format(i=i) + "extensions:\n")
        for j in range(3):
            f.write("  l%d: [%s]\n" % (j, ",".join(["1"] * 82990)))
    with open(os.path.join(work, "maps", "m%d.yaml" % i), "w") as f:
        f.write(head.format(i=i) + "extensions:\n")
        for j in range(12):
            f.write("  l%d: [%s]\n" % (j, ",".join(["{a: 1}"] * 10300)))
for i in range(2000):
    with open(os.path.join(work, "problems", "p%04d.yaml" % i), "w") as f:
        f.write(head.format(i=i) + "".join("k%d: %d\n" % (j, j) for j in range(201)))
with open(os.path.join(work, "areas.yaml"), "w") as f:
    f.write("apiVersion: peelkit/v1\nkind: Framework\nid: f\nname: F\nscale: peel-2021\nareas:\n")
    for i in range(38):
        f.write("  - {id: a%d, name: %s}\n" % (i, chr(97 + i % 26) + "x" * (98999 - i)))
    f.write("---\napiVersion: peelkit/v1\nkind: Assessment\nid: e\nsubject: {id: s, name: S}\nframework: f\n"
            "title: T\npublished: 2022-10-14\njudgments:\n")
    for i in range(10):
        f.write("  - {area: %s%d, grade: good}\n" % ("q" * 99, i))
assessment = ("apiVersion: peelkit/v1\nkind: Assessment\nid: e\nsubject: {id: essex, name: \"\\e]0;pwned\\a\"}\n"
              "framework: peel-2021-22\ntitle: \"\\e[2J\\0\\x9b31m\"\npublished: 2022-10-14\n"
              "extensions: {big: 1e10000, tiny: 5e-999999999}\n"
              "judgments:\n  - {area: investigating-crime, grade: good}\n")
with open(os.path.join(work, "escapes.yaml"), "w") as f:
    f.write(assessment)
EOF
mkfifo "$work/fifo.yaml"
mkdir "$work/empty"
ln -s "$work/loop-b.yaml" "$work/loop-a.yaml"
ln -s "$work/loop-a.yaml" "$work/loop-b.yaml"

failed=0
echo "| case | command | exit | wall (s) | peak RSS (MB) |"
echo "|---|---|---:|---:|---:|"
# measure NAME ARGS...: one run of peel, its exit code, wall time and peak RSS in one table row.
measure() {
  name=$1
  shift
  set +e
  # The FIFO would block a reader that opened it: timeout is the guard of this script, not of peel.
  timeout 60 /usr/bin/time -v -o "$work/time.txt" "$peel" "$@" > "$work/out.txt" 2> "$work/err.txt"
  code=$?
  set -e
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$work/time.txt" | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$work/time.txt" | awk '{ printf "%.0f", $1 / 1024 }')
  shown=$(printf '%s' "$*" | sed "s|$work|WORK|g; s|$corpus|HOSTILE|g")
  echo "| $name | \`peel $shown\` | $code | $wall | $rss |"
  case $code in
    0 | 1 | 2) ;;
    *) failed=1 ;;
  esac
  if awk -v w="${wall:-999}" -v l="$limit" 'BEGIN { exit !(w > l) }'; then
    failed=1
  fi
}

for file in "$corpus"/*.yaml; do
  measure "$(basename "$file")" validate "$file"
done
measure "8 × 500 KB, 249,000 values each" validate "$work/values"
measure "8 files, 123,600 one-entry mappings each" validate "$work/maps"
measure "2,000 files × 201 problems" validate "$work/problems"
measure "10 unknown areas, 38 names of 99,000" validate --max-file-bytes 8000000 "$work/areas.yaml"
measure "FIFO" validate "$work/fifo.yaml"
measure "/dev/zero" validate /dev/zero
measure "loop of links" validate "$work/loop-a.yaml"
measure "terminal escapes, text" show "$work/escapes.yaml"
measure "terminal escapes, Markdown" show "$work/escapes.yaml" --format markdown
measure "terminal escapes, convert text" convert "$work/escapes.yaml" --to peel-2014 --policy best --format text
measure "extension 1e10000, show JSON" show "$work/escapes.yaml" --format json
measure "extension 1e10000, convert JSON" convert "$work/escapes.yaml" --to peel-2014 --policy best --format json
measure "folder with no YAML file, JSON" validate "$work/empty" --format json
measure "usage error, JSON" validate --no-such-option --format json
measure "full-width digit" interval --successes "１" --size 2
exit $failed
