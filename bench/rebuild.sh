#!/usr/bin/env bash
# M3 and B4 of the benchmarks issue (BENCHMARKS.md, "Rebuilding every read model"): the query side builds every read
# model from the events on the Kafka feed, against a raw Kafka read plus raw MongoDB upserts of the same volume,
# measured in the same run on the same embedded servers.
#
#   bench/rebuild.sh              the full run: 1,000,000 events; rewrites the rebuild section of BENCHMARKS.md
#   bench/rebuild.sh --events N   N events instead (plans of 100 events); also rewrites the section
#   bench/rebuild.sh --partitions P   a topic of P partitions (default 6, as the command side provisions it)
#   bench/rebuild.sh --batch-sizes 1,100,1000   one query-side pass per processor batch size (default 1000, the
#                                 query side's; 1 is Axon's default, one document read and write per event)
#   bench/rebuild.sh --stores memory,h2   each embedded read store in turn, each with its own passes and B4 (default
#                                 memory, the platform's)
#   bench/rebuild.sh --query-samples N   M6 (the dashboard's queries on the first pass's read models) times N requests
#                                 of each query (default 300)
#   bench/rebuild.sh --smoke      600 events, about a minute: proves the whole path works; its report goes to
#                                 bench/target/BENCHMARKS.rebuild-smoke.md and BENCHMARKS.md is left alone
#
# Full runs wait for /tmp/bench.lock, so two benchmarks never share the machine.
# BENCH_JAVA_OPTS adds JVM options, e.g. BENCH_JAVA_OPTS=-XX:StartFlightRecording=filename=rebuild.jfr; BENCH_HEAP
# sets the fixed heap (default 2g; the in-memory store holds every read model on it: 1M events need about 8g)
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false
events=
partitions=
batch_sizes=
stores=
query_samples=
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    --events) shift; events="${1:?--events needs a number}" ;;
    --partitions) shift; partitions="${1:?--partitions needs a number}" ;;
    --batch-sizes) shift; batch_sizes="${1:?--batch-sizes needs a list such as 1,100,1000}" ;;
    --stores) shift; stores="${1:?--stores needs a list such as memory,h2}" ;;
    --query-samples) shift; query_samples="${1:?--query-samples needs a number}" ;;
    *) echo "usage: bench/rebuild.sh [--smoke] [--events N] [--partitions P] [--batch-sizes 1,100,1000] [--stores memory,h2] [--query-samples N]" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/common.sh
source bench/common.sh

args=(--command "bench/rebuild.sh$($smoke && echo ' --smoke' || true)${events:+ --events $events}${partitions:+ --partitions $partitions}${batch_sizes:+ --batch-sizes $batch_sizes}${stores:+ --stores $stores}${query_samples:+ --query-samples $query_samples}")
$smoke && args+=(--smoke)
[ -n "$events" ] && args+=(--events "$events")
[ -n "$partitions" ] && args+=(--partitions "$partitions")
[ -n "$batch_sizes" ] && args+=(--batch-sizes "$batch_sizes")
[ -n "$stores" ] && args+=(--stores "$stores")
[ -n "$query_samples" ] && args+=(--query-samples "$query_samples")
if $smoke; then
  report=bench/target/BENCHMARKS.rebuild-smoke.md
  if [ -f BENCHMARKS.md ]; then cp BENCHMARKS.md "$report"; else : > "$report"; fi
else
  report=BENCHMARKS.md
fi

# The exec jar's main is the snapshot benchmark; Spring Boot's PropertiesLauncher starts another class from it.
# A fixed heap, so that heap resizing does not land in the measured passes.
# shellcheck disable=SC2206
run=("$java" -Xms${BENCH_HEAP:-2g} -Xmx${BENCH_HEAP:-2g} ${BENCH_JAVA_OPTS:-} -cp "$jar" -Dloader.main=care.tandem.bench.rebuild.RebuildBenchmark
     org.springframework.boot.loader.launch.PropertiesLauncher
     "${args[@]}" --java-version "$java_version" --report "$report")
if $smoke; then "${run[@]}" >/dev/null; else flock /tmp/bench.lock "${run[@]}" >/dev/null; fi

echo "done in $(( $(date +%s) - started )) s (build included); results in $report" >&2
