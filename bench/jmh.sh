#!/usr/bin/env bash
# The in-process benchmarks (JMH; BENCHMARKS.md, "In process"): what an event costs to encode for the Kafka feed and
# to decode from it, against plain Jackson on the same payloads.
#
#   bench/jmh.sh           2 forks x 5 iterations of 2 s per operation (about 3 minutes); rewrites the codec block
#   bench/jmh.sh --quick   1 fork x 2 iterations (about a minute); BENCHMARKS.md is left alone
#
# JMH forks its JVMs with the launching JVM's class path, so this runs from target/classes and the module's class
# path rather than from the exec jar.
set -euo pipefail
cd "$(dirname "$0")/.."

quick=false
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) quick=true ;;
    *) echo "usage: bench/jmh.sh [--quick]" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/common.sh
source bench/common.sh
classpath=$(./mvnw -q -B -pl bench dependency:build-classpath -Dmdep.outputFile=/dev/stdout -Dmdep.includeScope=runtime)

args=(--java-version "$java_version")
if $quick; then args+=(--quick --command "bench/jmh.sh --quick"); else args+=(--report BENCHMARKS.md); fi
run=("$java" -cp "bench/target/classes:$classpath" care.tandem.bench.rebuild.EventCodecReport "${args[@]}")
if $quick; then "${run[@]}"; else flock /tmp/bench.lock "${run[@]}"; fi
echo "done in $(( $(date +%s) - started )) s (build included)" >&2
