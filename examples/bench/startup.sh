#!/bin/sh
# Start-up and whole-process cost of the installed peel, as cold runs of new JVMs, alternated, with
# medians: a hello-world JVM (the floor of any Java command), `peel --version`, `peel validate` of one
# Essex file, `peel validate` of the 172-file benchmark corpus, and the bare Jackson parse-and-walk of
# the same 172 files (JacksonParseOnly, run as `java -cp peel.jar`, the floor of any YAML reader on
# this parser; also with the launcher's JIT and collector options), and, for comparison, the first
# two commands as `java -jar peel.jar`. Peak resident memory comes from /usr/bin/time where it is installed, otherwise from
# VmHWM in /proc in a separate run.
#
#   mvn -q -DskipTests package && examples/bench/startup.sh [RUNS]      (RUNS rounds, 21 by default)
#
# With PEEL_BASELINE_JAR set to the peel.jar of another build (such as an earlier commit's), its
# `--version` and one-file `validate` run in the same rounds, as `java -jar`, for a before and after.
#
# Needs a JDK (java and javac, through JAVA_HOME or PATH, as peel finds them) and coreutils.
set -eu

runs=${1:-21}
examples=$(cd "$(dirname "$0")/.." && pwd -P)
peel=$examples/target/peel/bin/peel
jar=$examples/target/peel.jar
essex=$examples/data/essex/peel-2021-22.yaml
if [ ! -x "$peel" ] || [ ! -f "$jar" ]; then
  echo "startup.sh: build first: mvn -q -DskipTests package" >&2
  exit 2
fi
bin=${JAVA_HOME:+$JAVA_HOME/bin/}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cat > "$work/Hello.java" <<'EOF'
public class Hello {
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
EOF
"${bin}javac" -d "$work" "$work/Hello.java"
"${bin}java" -cp "$jar" io.github.peelkit.examples.bench.Corpus "$work/corpus" > /dev/null
# The floor gets the files themselves, as WholeProcess gives them.
set -- "$work"/corpus/force-*/round-*.yaml
files=$#
set --

# The measurements, in the order each round runs them.
names="hello version validate corpus floor floor-c1 jar-version jar-validate"
if [ -n "${PEEL_BASELINE_JAR:-}" ]; then
  names="$names base-version base-validate"
fi
command_of() {
  case $1 in
    hello) echo "${bin}java -cp $work Hello" ;;
    version) echo "$peel --version" ;;
    validate) echo "$peel validate $essex" ;;
    corpus) echo "$peel validate $work/corpus" ;;
    floor) echo "${bin}java -cp $jar io.github.peelkit.examples.bench.JacksonParseOnly FILES" ;;
    floor-c1) echo "${bin}java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp $jar io.github.peelkit.examples.bench.JacksonParseOnly FILES" ;;
    jar-version) echo "${bin}java -jar $jar --version" ;;
    jar-validate) echo "${bin}java -jar $jar validate $essex" ;;
    base-version) echo "${bin}java -jar $PEEL_BASELINE_JAR --version" ;;
    base-validate) echo "${bin}java -jar $PEEL_BASELINE_JAR validate $essex" ;;
  esac
}
# Runs one measurement, through /usr/bin/time when there is one (its peak RSS goes to $work/rss).
measure() {
  if [ -x /usr/bin/time ]; then
    /usr/bin/time -f %M -o "$work/rss" "$@"
  else
    "$@"
  fi
}
run() {
  name=$1
  shift
  case $name in
    hello) measure "${bin}java" -cp "$work" Hello ;;
    version) measure "$peel" --version ;;
    validate) measure "$peel" validate "$essex" ;;
    corpus) measure "$peel" validate "$work/corpus" ;;
    floor) measure "${bin}java" -cp "$jar" io.github.peelkit.examples.bench.JacksonParseOnly "$@" ;;
    floor-c1) measure "${bin}java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -cp "$jar" io.github.peelkit.examples.bench.JacksonParseOnly "$@" ;;
    jar-version) measure "${bin}java" -jar "$jar" --version ;;
    jar-validate) measure "${bin}java" -jar "$jar" validate "$essex" ;;
    base-version) measure "${bin}java" -jar "$PEEL_BASELINE_JAR" --version ;;
    base-validate) measure "${bin}java" -jar "$PEEL_BASELINE_JAR" validate "$essex" ;;
  esac
}

# Prints the wall-clock time in microseconds and the peak RSS in KiB of one run. Without
# /usr/bin/time, the RSS comes from a second run whose VmHWM is read until it ends (the launcher
# execs the JVM, so its process is the JVM's), so that polling never slows the timed run.
timed() {
  start=$(date +%s%N)
  run "$@" > /dev/null 2>&1
  end=$(date +%s%N)
  if [ -x /usr/bin/time ]; then
    peak=$(tail -n 1 "$work/rss")
  else
    run "$@" > /dev/null 2>&1 &
    pid=$!
    peak=0
    while kill -0 "$pid" 2> /dev/null; do
      while IFS= read -r line; do
        case $line in VmHWM:*) set -- $line; peak=$2 ;; esac
      done < "/proc/$pid/status" 2> /dev/null || true
      sleep 0.005
    done
    wait "$pid" || true
  fi
  echo "$(( (end - start) / 1000 )) $peak"
}

for name in $names; do
  : > "$work/$name.times"
  : > "$work/$name.rss"
done
# One round first, left out, to warm the file cache.
for name in $names; do
  timed "$name" "$work"/corpus/force-*/round-*.yaml > /dev/null
done
round=0
while [ "$round" -lt "$runs" ]; do
  for name in $names; do
    set -- $(timed "$name" "$work"/corpus/force-*/round-*.yaml)
    echo "$1" >> "$work/$name.times"
    echo "$2" >> "$work/$name.rss"
  done
  round=$((round + 1))
done

median() {
  count=$(wc -l < "$1")
  sort -n "$1" | head -n $(( (count + 1) / 2 )) | tail -n 1
}
lowest() { sort -n "$1" | head -n 1; }
highest() { sort -n "$1" | tail -n 1; }
# ratio A B: A/B with two decimals
ratio() { printf '%d.%02d' $(( $1 * 100 / $2 / 100 )) $(( $1 * 100 / $2 % 100 )); }

echo "$(date -u +%Y-%m-%d) $(uname -m), $(nproc) CPUs, $(${bin}java -version 2>&1 | head -n 1)"
echo "$runs rounds of cold runs, alternated, after one round left out; $files corpus files; times in ms, peak RSS in MB"
printf '%-12s %8s %8s %8s %8s  %s\n' run median lowest highest rss command
for name in $names; do
  printf '%-12s %8d %8d %8d %8d  %s\n' "$name" $(( $(median "$work/$name.times") / 1000 )) $(( $(lowest "$work/$name.times") / 1000 )) \
    $(( $(highest "$work/$name.times") / 1000 )) $(( $(median "$work/$name.rss") / 1024 )) "$(command_of "$name")"
done
hello=$(median "$work/hello.times")
floor=$(median "$work/floor.times")
echo
echo "--version / hello            $(ratio "$(median "$work/version.times")" "$hello")   (target <= 3)"
echo "validate one file / hello    $(ratio "$(median "$work/validate.times")" "$hello")   (target <= 4)"
echo "corpus / Jackson floor       $(ratio "$(median "$work/corpus.times")" "$floor")   (target <= 1.1)"
echo "corpus / floor, C1 + serial  $(ratio "$(median "$work/corpus.times")" "$(median "$work/floor-c1.times")")"
echo "corpus RSS / floor RSS       $(ratio "$(median "$work/corpus.rss")" "$(median "$work/floor.rss")")   (target <= 1.25)"
echo "java -jar --version / peel   $(ratio "$(median "$work/jar-version.times")" "$(median "$work/version.times")")"
echo "java -jar validate / peel    $(ratio "$(median "$work/jar-validate.times")" "$(median "$work/validate.times")")"
if [ -n "${PEEL_BASELINE_JAR:-}" ]; then
  echo "baseline --version / peel    $(ratio "$(median "$work/base-version.times")" "$(median "$work/version.times")")"
  echo "baseline validate / peel     $(ratio "$(median "$work/base-validate.times")" "$(median "$work/validate.times")")"
fi
