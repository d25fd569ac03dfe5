#!/usr/bin/env bash
# M3 and B4 of the benchmarks issue (BENCHMARKS.md, "Rebuilding every read model"): the query side builds every read
# model from the events on the Kafka feed, against a raw Kafka read plus raw MongoDB upserts of the same volume,
# measured in the same run on the same embedded servers.
#
#   bench/rebuild.sh              the full run: 1,000,000 events; rewrites the rebuild section of BENCHMARKS.md
#   bench/rebuild.sh --events N   N events instead (plans of 100 events); also rewrites the section
#   bench/rebuild.sh --partitions P   a topic of P partitions (default 1; 6, as the command side provisions, stalls:
#                                 see BENCHMARKS.md)
#   bench/rebuild.sh --smoke      2,000 events, well under a minute: proves the whole path works; its report goes to
#                                 bench/target/BENCHMARKS.rebuild-smoke.md and BENCHMARKS.md is left alone
#
# A full run takes the machine: run it as `flock /tmp/bench.lock bench/rebuild.sh` on a shared one.
# BENCH_JAVA_OPTS adds JVM options, e.g. BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/rebuild.jfr
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false
events=
partitions=
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    --events) shift; events="${1:?--events needs a number}" ;;
    --partitions) shift; partitions="${1:?--partitions needs a number}" ;;
    *) echo "usage: bench/rebuild.sh [--smoke] [--events N] [--partitions P]" >&2; exit 2 ;;
  esac
  shift
done

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
started=$(date +%s)

echo "building the bench module and what it depends on ..." >&2
./mvnw -q -B -o -pl bench -am package -DskipTests
jar=$(ls bench/target/bench-*-exec.jar)

# `java -version` on one line, for the report.
java_version=$("$java" -version 2>&1 | sed 's/^ *//' | paste -sd ';' - | sed 's/;/; /g')

args=(--command "bench/rebuild.sh$($smoke && echo ' --smoke' || true)${events:+ --events $events}${partitions:+ --partitions $partitions}")
$smoke && args+=(--smoke)
[ -n "$events" ] && args+=(--events "$events")
[ -n "$partitions" ] && args+=(--partitions "$partitions")
if $smoke; then
  report=bench/target/BENCHMARKS.rebuild-smoke.md
  if [ -f BENCHMARKS.md ]; then cp BENCHMARKS.md "$report"; else : > "$report"; fi
else
  report=BENCHMARKS.md
fi

# The exec jar's main is the snapshot benchmark; Spring Boot's PropertiesLauncher starts another class from it.
# A fixed heap, so that heap resizing does not land in the measured passes.
# shellcheck disable=SC2086
"$java" -Xms2g -Xmx2g ${BENCH_JAVA_OPTS:-} -cp "$jar" -Dloader.main=care.tandem.bench.rebuild.RebuildBenchmark \
  org.springframework.boot.loader.launch.PropertiesLauncher \
  "${args[@]}" --java-version "$java_version" --report "$report" >/dev/null

echo "done in $(( $(date +%s) - started )) s (build included); results in $report" >&2
