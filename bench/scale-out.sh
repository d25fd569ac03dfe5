#!/usr/bin/env bash
# The scale-out benchmark (BENCHMARKS.md, section "scale-out"): a three-node Kafka cluster, two command-side and two
# query-side instances as processes on one PostgreSQL and one MongoDB; throughput with one and two instances of each;
# then kill -9 of a Kafka node, a command instance and a query instance under load, and what survived.
#
#   bench/scale-out.sh          the full run (about 6 minutes on 2 cores), under flock /tmp/bench.lock so two full
#                               benchmark runs never overlap; rewrites the scale-out block of BENCHMARKS.md
#   bench/scale-out.sh --smoke  a tiny size (2 to 3 minutes) that proves the whole path works; its report goes to
#                               bench/target/BENCHMARKS.scale-out-smoke.md and BENCHMARKS.md is left alone
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    *) echo "usage: bench/scale-out.sh [--smoke]" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/common.sh
source bench/common.sh

args=(--platform-jar infra/target/tandem-platform.jar --work-dir bench/target/scale-out --java-version "$java_version"
      --command "bench/scale-out.sh$($smoke && echo ' --smoke' || true)")
if $smoke; then
  report=bench/target/BENCHMARKS.scale-out-smoke.md
  if [ -f BENCHMARKS.md ]; then cp BENCHMARKS.md "$report"; else : > "$report"; fi
  args+=(--smoke)
else
  report=BENCHMARKS.md
fi
args+=(--report "$report")

# PostgreSQL, the Mongo wire server, the issuer and the load generator live in this JVM; Kafka nodes and apps in theirs.
run=("$java" -Xms512m -Xmx1g -Dloader.main=care.tandem.bench.scaleout.ScaleOutBenchmark -cp "$jar"
     org.springframework.boot.loader.launch.PropertiesLauncher "${args[@]}")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if $smoke; then "${run[@]}" >/dev/null; else flock /tmp/bench.lock "${run[@]}" >/dev/null; fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "done in $(( $(date +%s) - started )) s (build included); results in $report" >&2
