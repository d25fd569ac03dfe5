#!/usr/bin/env bash
# The load benchmark (BENCHMARKS.md, section "load"): M1 commands/s over HTTP at p99 <= 50 ms with its raw-JDBC
# baseline B2, M2 projection lag, M4 resident memory and GC pauses of each app, and CPU seconds per 1,000 commands.
#
#   bench/load.sh           the full run (8 to 20 minutes on 2 cores), under flock /tmp/bench.lock
#                           so two full benchmark runs never overlap; rewrites the load block of BENCHMARKS.md
#   bench/load.sh --smoke   a tiny size (about a minute) that proves the whole path works; its report goes to
#                           bench/target/BENCHMARKS.load-smoke.md and BENCHMARKS.md is left alone
#   bench/load.sh --jfr     the full run with a flight recording of each app (bench/target/{command,query}-side.jfr)
#
# Extra arguments after "--" go to the benchmark, e.g. bench/load.sh -- --rates 200,400 --plans 2000
set -euo pipefail
cd "$(dirname "$0")/.."

smoke=false
jfr=false
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=true ;;
    --jfr) jfr=true ;;
    --) shift; extra=("$@"); break ;;
    *) echo "usage: bench/load.sh [--smoke] [--jfr] [-- benchmark arguments]" >&2; exit 2 ;;
  esac
  shift
done

# shellcheck source=bench/common.sh
source bench/common.sh

args=(--platform-jar infra/target/tandem-platform.jar --work-dir bench/target/load --java-version "$java_version"
      --command "bench/load.sh$($smoke && echo ' --smoke' || true)")
if $smoke; then
  report=bench/target/BENCHMARKS.load-smoke.md
  if [ -f BENCHMARKS.md ]; then cp BENCHMARKS.md "$report"; else : > "$report"; fi
  args+=(--smoke)
else
  report=BENCHMARKS.md
fi
$jfr && args+=(--jfr bench/target)
args+=(--report "$report" "${extra[@]}")

# The load generator, PostgreSQL, the Kafka broker and the Mongo wire server live in this JVM; the apps in their own.
run=("$java" -Xms1g -Xmx1g -Dloader.main=care.tandem.bench.load.LoadBenchmark -cp "$jar"
     org.springframework.boot.loader.launch.PropertiesLauncher "${args[@]}")
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
if $smoke; then "${run[@]}" >/dev/null; else flock /tmp/bench.lock "${run[@]}" >/dev/null; fi
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
echo "done in $(( $(date +%s) - started )) s (build included); results in $report" >&2
